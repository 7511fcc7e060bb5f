"""Work-around for a reference-count bug of PySide6 6.12.0 on CPython 3.11.

Every call from Python into a PySide6 method that returns ``void`` (``setText``, ``start``,
``processEvents``, ``QThread.msleep``, …) gives back ``None`` without taking a reference to it, so
each call lowers ``None``'s reference count by one; ``Signal.emit`` does the same to ``True``. On
CPython 3.12 and later these objects are immortal and nothing happens; on 3.11 the count reaches
zero after some thousands of calls and the process dies with "Fatal Python error: none_dealloc:
deallocating None" (or bool_dealloc). Reproduce with::

    a = sys.getrefcount(None); QThread.msleep(0); sys.getrefcount(None) - a   # -1 on 3.11

``keep_none_alive()`` gives ``None``, ``True`` and ``False`` what 3.12 gives them: a reference
count so large that it never reaches zero. They are static objects that are never freed anyway,
so this changes nothing else.
It is idempotent and does nothing on 3.12+ or with another PySide6 release (the project now pins
6.11, see pyproject.toml; this stays as a guard should 6.12.0 come back into an environment). Call
it once, early, in any process that drives Qt from Python.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_done = False


def affected() -> bool:
    """Whether this process runs the PySide6 release with the bug on a CPython that suffers from it."""
    try:
        import PySide6
    except ImportError:
        return False
    version = tuple(getattr(PySide6, "__version_info__", (0, 0))[:2])
    return version == (6, 12) and sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def keep_none_alive() -> None:
    global _done
    if _done or not affected():
        _done = True
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += _HEADROOM
    _done = True
