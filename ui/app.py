"""Building the application object and its main window (shared by the GUI entry and the tests)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from storage.clock import Clock, system_clock
from ui.context import AppContext
from ui.error_presenter import ErrorPresenter
from ui.preferences import APPLICATION, ORGANISATION, Preferences
from ui.runtime import tune_interpreter_for_gui
from ui.session import Session
from ui.worker import StoreWorker

if TYPE_CHECKING:
    from storage.kdf import KdfParams

FUSION_ARGS = ("-style", "Fusion")


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName("nl.overlegtafel.Overlegtafel")
    tune_interpreter_for_gui()
    args = list(argv if argv is not None else sys.argv) or ["overlegtafel"]
    # Fusion from the start: QApplication.setStyle() afterwards builds and polishes a second style,
    # some 50 ms of the start-up (issue 17). Qt takes the option out of the arguments.
    app = QApplication([*args, *FUSION_ARGS])
    if os.environ.get("QT_STYLE_OVERRIDE"):
        app.setStyle("Fusion")  # the environment beats -style; the palette and style sheet need Fusion
    icon = Path(__file__).resolve().parent / "icons" / "overlegtafel.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_context(
    store_dir: Path,
    prefs: Preferences,
    *,
    kdf_params: KdfParams | None = None,
    wall_clock: Clock = system_clock,
) -> AppContext:
    worker = StoreWorker()
    session = Session(worker, store_dir, clock=wall_clock, kdf_params=kdf_params)
    errors = ErrorPresenter(worker, is_locked=lambda: not session.is_unlocked)
    worker.job_failed.connect(errors.present_job)
    return AppContext(worker=worker, session=session, prefs=prefs, wall_clock=wall_clock, errors=errors)
