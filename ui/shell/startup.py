"""Start-up in two steps (issue 17): the lock screen first, the rest after its first paint.

Most of a start is Python importing modules and PySide setting up Qt types, and the lock screen needs
few of them. The workspace, its areas and the anonymity guard need many. So the shell does not import
those at its top: they are listed in ``AFTER_FIRST_PAINT`` and imported by name once the window has
been painted, one module per event-loop turn (a person typing a passphrase then never waits for more
than one module), so that they are ready when the store is unlocked. ``module(name)`` gives such a
module to the shell, importing it at once if the preloading has not got that far.

This is deliberate, explicit lazy loading of whole screens; it is not a way around an import cycle
(the import graph is the same, only its timing differs).
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from collections.abc import Callable, Iterable
from types import ModuleType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ui.runtime import freeze_long_lived_objects

log = logging.getLogger(__name__)

# The workspace, then the areas in the order of the navigation (ui.shell.areas.AREAS), then the
# guard (its word lists load on a thread of its own afterwards).
WORKSPACE = "ui.shell.workspace"
FALLBACK_MS = 5000
# Imported on a thread of their own first: the anonymity guard compiles its patterns at import,
# a few hundred milliseconds the lock screen then does not freeze for; the statistics behind
# "Cijfers" take tens of milliseconds of class creation.
BACKGROUND = ("storage.guard", "storage.statistics")
BACKGROUND_POLL_MS = 10
GUARD = "ui.widgets.guard_scan"


def after_first_paint_modules(area_modules: Iterable[str]) -> tuple[str, ...]:
    return (WORKSPACE, *area_modules, GUARD)


def module(name: str) -> ModuleType:
    """A module of the second step, now (imported here if the preloading has not reached it)."""
    return importlib.import_module(name)


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
        names: Iterable[str],
        finished: Callable[[], None],
        parent: QObject,
        background: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self._names = list(names)
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
        for name in self._background:
            try:
                importlib.import_module(name)
            except Exception as exc:  # imported again on the GUI thread when needed, failing there
                log.info("not preloaded: %s (%s)", name, type(exc).__name__)

    def _next(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            QTimer.singleShot(BACKGROUND_POLL_MS, self._next)
            return
        if not self._names:
            self._finished()
            return
        name = self._names.pop(0)
        try:
            importlib.import_module(name)
        except ImportError:
            # An area whose module does not exist yet shows its empty state (ui.shell.areas); any
            # other failure shows up when the screen is opened, with its own message.
            log.info("not preloaded: %s", name)
        else:
            self.loaded.append(name)
        QTimer.singleShot(0, self._next)


def after_start(window: QWidget, area_modules: Iterable[str], *, warm_up_guard: bool = True) -> Preloader:
    """Wire the second step to ``window``'s first paint. Returns the preloader (for tests)."""

    def finished() -> None:
        gc.enable()
        if warm_up_guard:
            # The guard's word lists load off the GUI thread; that thread then freezes every
            # long-lived object (ui.widgets.guard_scan).
            module(GUARD).warm_up_in_background()
        else:
            freeze_long_lived_objects()

    preloader = Preloader(after_first_paint_modules(area_modules), finished, window, BACKGROUND)
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
