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
    # The lock screen first, everything else after its first paint: see ui.shell.startup. These
    # imports sit here so that the command-line commands never load Qt.
    import gc

    gc.disable()  # switched back on after the first paint (ui.shell.startup.after_start)
    from PySide6.QtCore import QTimer

    from desktop.logging_setup import setup_logging
    from ui.app import build_context, create_application
    from ui.i18n import install_translators
    from ui.preferences import Preferences
    from ui.shell.main_window import MainWindow
    from ui.shell.startup import FirstPaint, after_start
    from ui.style import apply_style

    setup_logging()
    app = create_application(sys.argv[:1])
    prefs = Preferences()
    install_translators(app, getattr(args, "lang", None) or prefs.language)
    apply_style(app, set_fusion=False)  # create_application started it in Fusion
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
        # For the start-up benchmarks: quit once the first screen is on screen (painted).
        def close_window() -> None:  # QWidget.close answers whether it closed; not needed here
            window.close()

        FirstPaint(window, close_window)
    else:
        # Then the workspace, the areas and the anonymity guard's word lists load.
        after_start(window)
    screenshot = getattr(args, "screenshot", None)
    if screenshot:

        def shoot() -> None:
            window.grab().save(screenshot)
            window.close()

        QTimer.singleShot(int(getattr(args, "screenshot_delay_ms", 800)), shoot)
    log.info("GUI started")
    return app.exec()
