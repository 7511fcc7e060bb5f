"""Start-up in two steps (issue 17): the lock screen first, the rest after its first paint.

Most of a start is Python importing modules and PySide setting up Qt types, and the lock screen needs
few of them. The area screens, the workspace and the anonymity guard need many. So the shell does not
import those at its top: the functions below import them, and the ``Preloader`` calls them once the
window has been painted, one module per event-loop turn (a person typing a passphrase then never
waits for more than one module), so that they are ready when the store is unlocked.
``load_workspace()`` gives the workspace to the shell, importing it at once if the preloading has not
got that far.

This is deliberate, explicit lazy loading of whole screens; it is not a way around an import cycle
(the import graph is the same, only its timing differs).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ui.runtime import freeze_long_lived_objects

if TYPE_CHECKING:
    from ui.shell.workspace import Workspace

log = logging.getLogger(__name__)

FALLBACK_MS = 5000
BACKGROUND_POLL_MS = 10

Step = Callable[[], ModuleType]


# -- imported on a thread of their own first -------------------------------------------------------
# The anonymity guard compiles its patterns at import, a few hundred milliseconds the lock screen
# then does not freeze for; the statistics behind "Cijfers" take tens of milliseconds of class
# creation.
def _guard_patterns() -> ModuleType:
    import storage.guard

    return storage.guard


def _statistics() -> ModuleType:
    import storage.statistics

    return storage.statistics


BACKGROUND: tuple[Step, ...] = (_guard_patterns, _statistics)


# -- then on the GUI thread, one per turn ------------------------------------------------------------
# The area screens in the order of the navigation (ui.shell.areas.AREAS), then the workspace that
# shows them (it finds them imported), then the guard's scanner (its word lists load on a thread of
# their own afterwards).
def _meetings_area() -> ModuleType:
    import ui.meetings.area

    return ui.meetings.area


def _cases_area() -> ModuleType:
    import ui.cases.area

    return ui.cases.area


def _actions_area() -> ModuleType:
    import ui.meetings.actions_area

    return ui.meetings.actions_area


def _decisions_area() -> ModuleType:
    import ui.meetings.decisions_area

    return ui.meetings.decisions_area


def _logbook_area() -> ModuleType:
    import ui.shell.logbook_area

    return ui.shell.logbook_area


# The settings area's sections from other features, each a turn of its own (exchange brings the
# public-key half of cryptography).
def _backup_section() -> ModuleType:
    import ui.backup.settings_section

    return ui.backup.settings_section


def _retention_section() -> ModuleType:
    import ui.retention.settings_section

    return ui.retention.settings_section


def _exchange_section() -> ModuleType:
    import ui.exchange.settings_section

    return ui.exchange.settings_section


def _settings_area() -> ModuleType:
    import ui.shell.settings_area

    return ui.shell.settings_area


def _figures_area() -> ModuleType:
    import ui.figures.area

    return ui.figures.area


def _workspace() -> ModuleType:
    import ui.shell.workspace

    return ui.shell.workspace


def _guard_scan() -> ModuleType:
    import ui.widgets.guard_scan

    return ui.widgets.guard_scan


def _date_texts() -> ModuleType:
    """PySide builds a class's enum types when first used (QDate's and QDateTime's: a few ms):
    here, after the first paint, rather than in the turn that opens the first register."""
    import ui.dates

    ui.dates.display_date_time("2026-01-01T10:00:00+01:00")
    return ui.dates


AREA_SCREENS: tuple[Step, ...] = (
    _meetings_area,
    _cases_area,
    _actions_area,
    _decisions_area,
    _logbook_area,
    _backup_section,
    _retention_section,
    _exchange_section,
    _settings_area,
    _figures_area,
)


def after_first_paint_steps(area_screens: Iterable[Step] = AREA_SCREENS) -> tuple[Step, ...]:
    return (*area_screens, _workspace, _guard_scan, _date_texts)


def load_workspace() -> type[Workspace]:
    """The workspace class, now (imported here if the preloading has not reached it)."""
    from ui.shell.workspace import Workspace

    return Workspace


class FirstPaint(QObject):
    """Calls ``callback`` once, on the turn of the event loop after ``widget`` was first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


class Preloader(QObject):
    """Imports ``background`` modules on a thread of its own, then the given modules one per
    event-loop turn on the GUI thread, then runs ``finished``.

    Only pure-Python modules that never touch Qt (``storage.*``: tests/test_layers.py keeps Qt out
    of it) may be imported off the GUI thread; the GUI-thread imports wait until that thread is done,
    so that none of them blocks on a module the thread is still importing.
    """

    def __init__(
        self,
        steps: Iterable[Step],
        finished: Callable[[], None],
        parent: QObject,
        background: Iterable[Step] = (),
    ) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._background = list(background)
        self._finished = finished
        self._thread: threading.Thread | None = None
        self.loaded: list[str] = []

    def start(self) -> None:
        if self._background:
            self._thread = threading.Thread(target=self._import_background, name="preload", daemon=True)
            self._thread.start()
        QTimer.singleShot(0, self._next)

    def _import_background(self) -> None:
        for step in self._background:
            try:
                step()
            except Exception as exc:  # imported again on the GUI thread when needed, failing there
                log.info("not preloaded: %s (%s)", step.__name__, type(exc).__name__)

    def _next(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            QTimer.singleShot(BACKGROUND_POLL_MS, self._next)
            return
        if not self._steps:
            self._finished()
            return
        step = self._steps.pop(0)
        try:
            module = step()
        except ImportError:
            # Preloading only saves time: the failure shows up when the screen is opened, with its
            # own message, and the rest of the second step still loads.
            log.info("not preloaded: %s", step.__name__)
        else:
            self.loaded.append(module.__name__)
        QTimer.singleShot(0, self._next)


def after_start(
    window: QWidget, area_screens: Iterable[Step] = AREA_SCREENS, *, warm_up_guard: bool = True
) -> Preloader:
    """Wire the second step to ``window``'s first paint. Returns the preloader (for tests)."""

    def finished() -> None:
        gc.enable()
        if warm_up_guard:
            # The guard's word lists load off the GUI thread; that thread then freezes every
            # long-lived object (ui.widgets.guard_scan).
            _guard_scan().warm_up_in_background()
        else:
            freeze_long_lived_objects()

    preloader = Preloader(after_first_paint_steps(area_screens), finished, window, BACKGROUND)
    started: list[bool] = []

    def start_once() -> None:
        if not started:
            started.append(True)
            preloader.start()

    FirstPaint(window, start_once)
    # A window that is never painted (started minimised, say) must not leave the garbage collector
    # off for the whole session.
    QTimer.singleShot(FALLBACK_MS, start_once)
    return preloader
