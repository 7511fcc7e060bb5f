"""The PySide6 pin holds: calling Qt methods that return nothing must not eat references to None.

PySide6 6.12.0 on CPython 3.11 dropped one reference to None per such call and aborted the
process after a few thousand ("none_dealloc"); pyproject.toml pins 6.11 for that reason. On
CPython 3.12+ None is immortal and the count never moves.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_qt_calls_keep_references_to_none_and_true(qapp) -> None:
    label = QLabel()
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        emitter.fired.emit(True)
    assert sys.getrefcount(None) >= none_before - 5
    assert sys.getrefcount(True) >= true_before - 5
