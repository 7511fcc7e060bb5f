"""Copies of the store kept beside it: ``vervangen/<time>`` (a store that a restore replaced) and
``beschadigd/<time>`` (damaged files set aside). They hold the same personal data as the store, so
the retention rules reach them too:

* a purge removes every set-aside copy (each was made before the purge and still holds the purged
  case; the purge report and the audit log say how many);
* every open removes set-aside copies older than ``KEEP_DAYS`` days: long enough to recover from a
  bad restore or to have damaged files examined, short enough that nothing lingers.

Staged restore files without a journal are removed by every open already (storage.restore_journal).
Files are overwritten with zeros before they are unlinked (best effort: SSDs and copy-on-write file
systems may keep old blocks; the files were encrypted all along).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

from storage.paths import StorePaths
from storage.restore_journal import REPLACED_FOLDER_NAME

KEEP_DAYS = 30
_CHUNK = 1024 * 1024


def copies(paths: StorePaths) -> list[Path]:
    """Every set-aside copy of this store, oldest first."""
    found: list[Path] = []
    for base in (paths.root / REPLACED_FOLDER_NAME, paths.quarantine):
        with contextlib.suppress(OSError):
            found.extend(p for p in base.iterdir() if p.is_dir() and not p.is_symlink())
    return sorted(found, key=_age_key)


def _age_key(folder: Path) -> float:
    try:
        return folder.stat().st_mtime
    except OSError:
        return 0.0


def _overwrite(path: Path) -> None:
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            zeros = b"\0" * _CHUNK
            done = 0
            while done < size:
                done += os.write(fd, zeros[: min(_CHUNK, size - done)])
            os.fsync(fd)
        finally:
            os.close(fd)


def remove(folder: Path) -> bool:
    """Overwrite and delete one set-aside copy; True when it is gone."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            _overwrite(path)
    shutil.rmtree(folder, ignore_errors=True)
    for base in (folder.parent,):
        with contextlib.suppress(OSError):
            base.rmdir()  # only when empty
    return not folder.exists()


def remove_all(paths: StorePaths) -> list[Path]:
    """The purge's reach: every set-aside copy goes."""
    return [folder for folder in copies(paths) if remove(folder)]


def expire(paths: StorePaths, *, now: float | None = None, days: int = KEEP_DAYS) -> list[Path]:
    """Remove set-aside copies older than ``days`` (by the time they were set aside)."""
    cutoff = (time.time() if now is None else now) - days * 86400
    return [folder for folder in copies(paths) if _age_key(folder) < cutoff and remove(folder)]
