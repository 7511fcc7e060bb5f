"""What every screen gets: the worker, the session, preferences and the clocks."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from storage.clock import Clock, system_clock
from ui.error_presenter import ErrorPresenter
from ui.idle import suspend_aware_clock
from ui.preferences import Preferences
from ui.session import Session
from ui.worker import StoreWorker


class StoreEvents(QObject):
    """Changes one window makes that another window shows (ids only, never content)."""

    meeting_changed = Signal(int)  # a meeting's status changed (started, closed, reopened)


@dataclass
class AppContext:
    worker: StoreWorker
    session: Session
    prefs: Preferences
    monotonic: Callable[[], float] = time.monotonic
    # The idle lock's clock counts time asleep (suspend) too; see ui.idle.
    idle_clock: Callable[[], float] = suspend_aware_clock
    wall_clock: Clock = field(default=system_clock)
    # Set by the main window, so that settings can apply a new idle time at once.
    idle: object | None = None
    events: StoreEvents = field(default_factory=StoreEvents)
    # Where failures without a handler of their own are shown (connected to worker.job_failed).
    errors: ErrorPresenter | None = None
