"""One process at a time per store, enforced with an OS file lock.

The OS releases the lock when a process dies, so a crash never leaves a store locked. The lock
file records the holder while the store is open and is emptied on a clean close: finding it
non-empty at the next open means the previous session ended abruptly (a stale lock).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path

from storage.atomic import raise_for_oserror
from storage.errors import StoreAlreadyOpen
from storage.file_safety import open_no_link
from storage.i18n import pick

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class StoreLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self.stale_holder: dict[str, object] | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        try:
            # Never through a link: a planted symlink would make mark_open truncate its target.
            fd = open_no_link(self.path, os.O_RDWR | os.O_CREAT)
        except OSError as exc:
            raise_for_oserror(exc, self.path)
        if not _try_lock(fd):
            holder = self._read_holder(fd)
            os.close(fd)
            raise StoreAlreadyOpen(holder=_describe(holder))
        self._fd = fd
        self.stale_holder = self._read_holder(fd)

    def mark_open(self) -> None:
        """Record the holder once the store is really open (not on a failed unlock)."""
        if self._fd is None:
            return
        info = {"pid": os.getpid(), "host": socket.gethostname()}
        data = json.dumps(info).encode()
        try:
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, data)
            os.fsync(self._fd)
        except OSError as exc:  # a full disk says so, rather than a bare OSError
            raise_for_oserror(exc, self.path)

    def release(self, *, clean: bool = True) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            if clean:
                os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    @staticmethod
    def _read_holder(fd: int) -> dict[str, object] | None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            raw = os.read(fd, 4096)
        except OSError:
            return None
        if not raw.strip():
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            return {"raw": True}
        return value if isinstance(value, dict) else None


def describe_holder(holder: dict[str, object] | None) -> str:
    return _describe(holder)


def _describe(holder: dict[str, object] | None) -> str:
    if not holder or "pid" not in holder:
        return "?"
    pid, host = holder.get("pid"), holder.get("host", "?")
    return pick(f"proces {pid} op {host}", f"process {pid} on {host}")
