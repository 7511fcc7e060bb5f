"""Store files on disk: private modes, no links followed, folders nobody else can write to.

* Every store file is 0600 and the store folder 0700. The application sets ``umask 077`` at
  start-up (``storage.hardening``); on top of that the database file is created 0600 before
  SQLite opens it, so its ``-wal`` and ``-shm`` files (which SQLite gives the database's mode)
  are private too, and an older store's readable files are made private at open.
* The lock and key files are opened with ``O_NOFOLLOW`` and must be regular files with one link:
  a planted symbolic or hard link would otherwise make the lock truncate its target.
* A store folder that others can write to is refused: whoever can write there can swap files.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from storage.errors import StoreFileIsLink, StoreFolderExposed, StoreFolderShared

FILE_MODE = 0o600
FOLDER_MODE = 0o700
PROCESS_UMASK = 0o077
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


def refuse_shared_folder(root: Path) -> None:
    """Raise StoreFolderShared when group or others may write to ``root``, or StoreFolderExposed
    when everyone may write to a folder above it without the sticky bit (then anyone can move the
    store folder away and put another in its place). POSIX only."""
    if os.name != "posix":
        return  # NTFS ACLs: the folder lies in the user's profile, which only they can write
    try:
        mode = os.stat(root).st_mode
    except FileNotFoundError:
        return
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise StoreFolderShared(path=str(root), mode=oct(stat.S_IMODE(mode))[2:])
    for parent in Path(root).resolve().parents:
        try:
            above = os.stat(parent).st_mode
        except OSError:
            continue
        if above & stat.S_IWOTH and not above & stat.S_ISVTX:
            raise StoreFolderExposed(path=str(parent))


def open_no_link(path: Path, flags: int, mode: int = FILE_MODE, *, single_link: bool = True) -> int:
    """``os.open`` that never follows a symbolic link and accepts only a regular file, with a
    single hard link when ``single_link`` (for files written in place); returns the descriptor."""
    if not _O_NOFOLLOW and os.path.islink(path):  # Windows has no O_NOFOLLOW
        raise StoreFileIsLink(path=str(path))
    try:
        fd = os.open(path, flags | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY, mode)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):  # EMLINK: FreeBSD's answer to O_NOFOLLOW
            raise StoreFileIsLink(path=str(path)) from exc
        raise
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or (single_link and info.st_nlink != 1):
        os.close(fd)
        raise StoreFileIsLink(path=str(path))
    return fd


def read_no_link(path: Path) -> bytes:
    # Only read, and saved by rename, never in place: a hard link (a `cp -al` copy of the store)
    # can do no harm here, a symbolic one could swap in a key file from anywhere.
    fd = open_no_link(path, os.O_RDONLY, single_link=False)
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def create_private(path: Path) -> None:
    """Create an empty file 0600 if none is there yet (never through a link)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC, FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def make_private(paths: Iterable[Path]) -> None:
    """Take group and other permissions off existing files (stores made before this rule)."""
    if os.name != "posix":
        return
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_CLOEXEC)
        except OSError:
            continue  # missing, or a link: the open itself refuses links
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077:
                os.fchmod(fd, stat.S_IMODE(info.st_mode) & ~0o077)
        except OSError:
            pass  # best effort: a read-only medium or a file owned by someone else stays as it is
        finally:
            os.close(fd)
