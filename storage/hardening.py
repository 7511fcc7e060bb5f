"""Process hardening, done once at start-up before any secret is in memory.

* No core dumps: a dump of this process would hold the database key, the device secret and
  decrypted pages. ``RLIMIT_CORE = 0`` everywhere POSIX; on Linux also ``PR_SET_DUMPABLE = 0``,
  which stops systemd-coredump and apport (they ignore RLIMIT_CORE when the core pattern is a
  pipe) and keeps other processes of the same user from attaching a debugger or reading
  ``/proc/<pid>/mem``. On Windows: no crash dialog, and crash reports without the heap.
* ``umask 077``: whatever the program creates (store files, exports, temporary files) is the
  user's alone, also where a module forgets to pass a mode.

Every step is best effort and reports what it achieved; none may stop the program from starting.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

PR_SET_DUMPABLE = 4
# Windows: SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX; WER_FAULT_REPORTING_FLAG_NOHEAP.
_SEM_FLAGS = 0x0001 | 0x0002
_WER_NOHEAP = 0x1


def _no_core_rlimit() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _windows_no_heap_in_crash_reports() -> bool:
    if os.name != "nt":
        return False
    ok = False
    with contextlib.suppress(OSError, AttributeError):
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        kernel32.SetErrorMode(_SEM_FLAGS)
        ok = kernel32.WerSetFlags(_WER_NOHEAP) == 0  # S_OK
    return ok


def harden_process() -> dict[str, bool]:
    """Apply every protection this platform has; returns which ones took effect."""
    applied = {"umask": False, "rlimit_core": _no_core_rlimit(), "not_dumpable": _not_dumpable()}
    if os.name == "posix":
        os.umask(0o077)
        applied["umask"] = True
    applied["windows_crash_reports"] = _windows_no_heap_in_crash_reports()
    return applied
