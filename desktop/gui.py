"""Starting the GUI: application, translations, style, the right first screen."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from storage.paths import STORE_ENV, StorePaths
from ui.locations import default_store_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def choose_store_dir(explicit: str | None, last: str) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV]).expanduser().resolve()
    if last and StorePaths(Path(last)).exists():
        return Path(last)
    return default_store_dir()


def _show_fitting(window: QWidget) -> None:
    """First start: 1280×800 where it fits; on small screens (1366×768 laptops) maximised."""
    screen = window.screen().availableGeometry()
    if screen.width() < 1400 or screen.height() < 860:
        window.showMaximized()
        return
    window.resize(1280, 800)
    window.move(screen.center() - window.rect().center())
    window.show()


def run_gui(args: argparse.Namespace) -> int:
    from desktop.logging_setup import setup_logging
    from ui.app import build_context, create_application
    from ui.i18n import install_translators
    from ui.preferences import Preferences
    from ui.shell.main_window import MainWindow
    from ui.style import apply_style

    setup_logging()
    app = create_application(sys.argv[:1])
    prefs = Preferences()
    install_translators(app, getattr(args, "lang", None) or prefs.language)
    apply_style(app)
    store_dir = choose_store_dir(getattr(args, "store", None), prefs.last_store)
    ctx = build_context(store_dir, prefs)
    window = MainWindow(ctx, start_with_welcome=not StorePaths(store_dir).exists())
    geometry = prefs.window_geometry
    if geometry is not None:
        window.restoreGeometry(geometry)
        window.show()
    else:
        _show_fitting(window)
    if getattr(args, "exit_after_start", False):
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.close)
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        from PySide6.QtCore import QTimer

        def shoot() -> None:
            window.grab().save(screenshot)
            window.close()

        QTimer.singleShot(int(getattr(args, "screenshot_delay_ms", 800)), shoot)
    from PySide6.QtCore import QTimer

    from ui.figures import warm_up_in_background as warm_up_figures
    from ui.widgets.guard_scan import warm_up_in_background

    # After the first window is on screen: load the guard's word lists off the GUI thread (which
    # then takes everything long-lived out of the garbage collector's reach).
    QTimer.singleShot(500, warm_up_in_background)
    # And the "Cijfers" area's modules, so that its first opening does not import on the GUI thread.
    QTimer.singleShot(1500, warm_up_figures)
    log.info("GUI started")
    return app.exec()
