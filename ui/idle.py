"""Idle detection: an application-wide event filter (as in KeePassXC) so activity in any window,
dialog or the presentation screen counts. Time comes from an injectable clock, so tests move time
by hand; the QTimer only decides when to look.

The clock must keep running while the computer sleeps: a laptop closed unlocked for the night
would otherwise wake up "idle for a few seconds" with the store open. ``suspend_aware_clock``
reads CLOCK_BOOTTIME on Linux and CLOCK_MONOTONIC on macOS (both count sleep there); elsewhere
``time.monotonic`` (on Windows it counts sleep as well)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QShortcutEvent,
    QTabletEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication

Clock = Callable[[], float]


def _sleep_counting_clock_id() -> int | None:
    if sys.platform.startswith("linux"):
        return getattr(time, "CLOCK_BOOTTIME", None)
    if sys.platform == "darwin":
        return getattr(time, "CLOCK_MONOTONIC", None)  # Darwin's counts sleep; its UPTIME does not
    return None


_SLEEP_COUNTING_CLOCK = _sleep_counting_clock_id()


def suspend_aware_clock() -> float:
    """Seconds on a clock that never goes back and keeps counting while the computer sleeps."""
    if _SLEEP_COUNTING_CLOCK is not None:
        return time.clock_gettime(_SLEEP_COUNTING_CLOCK)
    return time.monotonic()


# Input, recognised by the event's class: PySide gives every event the wrapper of its own class, and
# a look-up by class costs a fraction of converting ``event.type()`` into a Python enum (the filter
# runs for every event of every widget: thousands a second while a table scrolls, issue 17). Each
# class holds only input events (key presses and releases, shortcut overrides, mouse buttons and
# moves, wheel, touch, tablet, input method, shortcuts).
_ACTIVITY: frozenset[type[QEvent]] = frozenset(
    {
        QKeyEvent,
        QMouseEvent,
        QWheelEvent,
        QTouchEvent,
        QTabletEvent,
        QInputMethodEvent,
        QShortcutEvent,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        timeout_seconds: float,
        clock: Clock = suspend_aware_clock,
        check_interval_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout = timeout_seconds
        self._last = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        # The application-wide event filter is installed only while armed: while locked (and at
        # start-up, issue 17) no event needs to pass through Python for it.
        self._filtering = False

    @property
    def timeout_seconds(self) -> float:
        return self._timeout

    def set_timeout(self, seconds: float) -> None:
        self._timeout = seconds

    def arm(self) -> None:
        """Start watching (after unlock)."""
        self._last = self._clock()
        self._armed = True
        self._timer.start()
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    @property
    def armed(self) -> bool:
        return self._armed

    def touch(self) -> None:
        self._last = self._clock()

    def idle_for(self) -> float:
        return self._clock() - self._last

    def check(self) -> None:
        if self._armed and self.idle_for() >= self._timeout:
            self.disarm()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if type(event) in _ACTIVITY:
            self._last = self._clock()
        return False

    def shutdown(self) -> None:
        self.disarm()
