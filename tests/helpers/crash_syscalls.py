"""Inject I/O faults into SQLite the way SQLite's own test suite does (test_syscall.c): replace a
system call of the unix VFS through ``xSetSystemCall``. The SQLCipher library inside sqlcipher3
exports ``sqlite3_vfs_find``, so ctypes can reach it; no compiler, no root, works in CI.

    faults = SyscallFaults()
    with faults.failing("pwrite", errno.ENOSPC, suffixes=("-wal",)):
        ...  # every write SQLite makes to the WAL fails with "No space left on device"

This is a real failure below SQLite (SQLite sees the errno and reacts as it would on a full disk),
not a mocked Python exception.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from collections.abc import Iterator

import sqlcipher3._sqlite3 as _sqlite_module


class _Vfs(ctypes.Structure):
    pass


_Vfs._fields_ = [
    ("iVersion", ctypes.c_int),
    ("szOsFile", ctypes.c_int),
    ("mxPathname", ctypes.c_int),
    ("pNext", ctypes.POINTER(_Vfs)),
    ("zName", ctypes.c_char_p),
    ("pAppData", ctypes.c_void_p),
] + [
    (name, ctypes.c_void_p)
    for name in (
        "xOpen",
        "xDelete",
        "xAccess",
        "xFullPathname",
        "xDlOpen",
        "xDlError",
        "xDlSym",
        "xDlClose",
        "xRandomness",
        "xSleep",
        "xCurrentTime",
        "xGetLastError",
        "xCurrentTimeInt64",
        "xSetSystemCall",
        "xGetSystemCall",
        "xNextSystemCall",
    )
]

_SET = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(_Vfs), ctypes.c_char_p, ctypes.c_void_p)
_GET = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.POINTER(_Vfs), ctypes.c_char_p)
# ssize_t pread/pwrite(int fd, void *buf, size_t count, off_t offset)
_PIO = ctypes.CFUNCTYPE(
    ctypes.c_ssize_t, ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int64, use_errno=True
)

supported = sys.platform.startswith("linux")


def _fd_path(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return ""


class SyscallFaults:
    """Make SQLite's ``pread``/``pwrite`` fail with an errno for files ending in given suffixes."""

    def __init__(self) -> None:
        lib = ctypes.CDLL(_sqlite_module.__file__)
        lib.sqlite3_vfs_find.restype = ctypes.POINTER(_Vfs)
        self._vfs = lib.sqlite3_vfs_find(None)
        if not self._vfs or self._vfs.contents.iVersion < 3:
            raise RuntimeError("the default VFS cannot replace system calls")
        self._set = _SET(self._vfs.contents.xSetSystemCall)
        self._get = _GET(self._vfs.contents.xGetSystemCall)
        self.failures = 0
        self._keep: list[object] = []

    @contextlib.contextmanager
    def failing(
        self,
        call: str,
        error: int,
        *,
        suffixes: tuple[str, ...] = ("-wal", ".db"),
        after: int = 0,
    ) -> Iterator[SyscallFaults]:
        """Within the block, ``call`` ('pread' or 'pwrite') fails with ``error`` for matching files,
        after ``after`` successful matching calls."""
        original = _PIO(self._get(self._vfs, call.encode()))
        seen = [0]

        def fake(fd: int, buf: int, count: int, offset: int) -> int:
            if _fd_path(fd).endswith(suffixes):
                seen[0] += 1
                if seen[0] > after:
                    self.failures += 1
                    ctypes.set_errno(error)
                    return -1
            return original(fd, buf, count, offset)

        callback = _PIO(fake)
        self._keep.append(callback)
        if self._set(self._vfs, call.encode(), ctypes.cast(callback, ctypes.c_void_p)) != 0:
            raise RuntimeError(f"cannot replace {call}")
        try:
            yield self
        finally:
            self._set(self._vfs, call.encode(), None)  # NULL restores the default
