"""Crash-safe file writes: temp file in the target folder, fsync, rename, fsync the folder.

A full disk or a crash leaves either the old file or the new one, never a truncated mix
(KeePassXC once truncated databases to 0 bytes on a full disk).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from storage.errors import DiskFull, ReadOnlyStore, StoreIOError, ValidationError
from storage.i18n import pick
from storage.paths import StorePaths


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename itself.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def raise_for_oserror(exc: OSError, path: Path) -> None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        raise DiskFull(path=str(path)) from exc
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        raise ReadOnlyStore(path=str(path.parent if path.suffix else path)) from exc
    raise StoreIOError(path=str(path), detail=exc.strerror or str(exc)) from exc


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def remove_leftovers(path: Path) -> list[Path]:
    """Delete the temp files that killed or power-cut writes of ``path`` left beside it (the
    caller makes sure nobody is writing ``path`` now). A key file's leftover holds old slots: an
    old passphrase or recovery code would keep working on it."""
    removed: list[Path] = []
    prefix = _temp_prefix(path)
    with contextlib.suppress(OSError):
        for child in path.parent.iterdir():
            if child.name.startswith(prefix) and child.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    child.unlink()
                    removed.append(child)
    return removed


@contextlib.contextmanager
def atomic_writer(
    path: Path, mode: int = 0o600, *, store_file: bool = False, sync_folder: bool = True
) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it atomically replaces ``path``. An export, backup or
    report never replaces a store's own file (database, key file, lock); only the store itself
    writes its key file (``store_file=True``).

    ``sync_folder=False`` leaves out the folder's fsync: the new content is on disk before the
    rename, so a power cut still leaves the old file or the new one, whole; only the rename itself
    may be lost. For a write that may be lost that way (the key file's audit checkpoint after a
    commit: an older checkpoint is no alarm) this saves one of the two fsyncs."""
    path = Path(path)
    if not store_file and StorePaths.is_store_file(path):
        raise ValidationError(
            detail=pick(
                f"{path} is een bestand van de opslag zelf; kies een andere naam of map.",
                f"{path} is one of the store's own files; choose another name or folder.",
            )
        )
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=_temp_prefix(path), suffix=".tmp")
        os.chmod(tmp_name, mode)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        if sync_folder:
            fsync_dir(path.parent)
    except OSError as exc:
        raise_for_oserror(exc, path)
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_atomic(
    path: Path, data: bytes, mode: int = 0o600, *, store_file: bool = False, sync_folder: bool = True
) -> None:
    with atomic_writer(path, mode, store_file=store_file, sync_folder=sync_folder) as fh:
        fh.write(data)
