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
It is idempotent and does nothing on 3.12+. Call it once, early, in any process that drives Qt
from Python (the application start, tests, benchmarks, screenshot scripts).
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_done = False


def keep_none_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _done = True
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += _HEADROOM
    _done = True
