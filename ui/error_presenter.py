"""The one place where a failed background job reaches the user (Anki's ``show_exception``).

``StoreWorker.job_failed`` is connected here (ui.app.build_context). An environment error (disk
full, store busy or read-only, wrong passphrase …: a ``StoreError`` with its Dutch/English message)
is shown as that message; a bug as the short internal-error sentence with the copyable bug report
(type, place and versions, never content). Failures that arrive while a box is still open are added
to it instead of stacking windows. The box is window-modal-free (``open``), so the screen behind it
stays usable and a lock can close it (ui.session.close_all_dialogs).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from storage.errors import StoreClosed, bug_report, error_category
from ui.widgets.error_text import specific_error, user_message
from ui.worker import Job

log = logging.getLogger(__name__)

MAX_LINES = 5


class ErrorPresenter(QObject):
    presented = Signal(str, str)  # category ("bug", "environment", …), the message shown

    def __init__(self, parent: QObject | None = None, *, is_locked: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._is_locked = is_locked or (lambda: False)
        self.box: QMessageBox | None = None
        self._lines: list[str] = []
        self._report = ""

    @Slot(object)
    def present_job(self, job: Job) -> None:
        if job.error is not None:
            self.present(job.error, label=job.label)

    def present(self, exc: BaseException, *, label: str = "") -> None:
        if isinstance(exc, StoreClosed) and self._is_locked():
            # The lock screen already says so; a box over it would only repeat it.
            log.info("%s: not shown, the store is locked", label or "job")
            return
        category = error_category(specific_error(exc))
        message = user_message(exc)
        report = bug_report(exc, extra={"qt": qVersion(), "job": label or "-"}) if category == "bug" else ""
        self._show(message, report)
        self.presented.emit(category, message)

    # -- the box ---------------------------------------------------------------------------------
    def _show(self, message: str, report: str) -> None:
        box = self.box
        if box is not None and shiboken6.isValid(box) and box.isVisible():
            if message not in self._lines and len(self._lines) < MAX_LINES:
                self._lines.append(message)
                box.setText("\n\n".join(self._lines))
            if report and not self._report:
                self._set_report(box, report)
            return
        self._lines = [message]
        self._report = ""
        box = QMessageBox(_parent_window())
        box.setWindowTitle(QApplication.translate("Errors", "Overlegtafel"))
        box.setText(message)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if report:
            self._set_report(box, report)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    def _set_report(self, box: QMessageBox, report: str) -> None:
        self._report = report
        box.setIcon(QMessageBox.Icon.Critical)
        box.setDetailedText(report)
        copy = box.addButton(
            QApplication.translate("Errors", "Copy error report"), QMessageBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self.copy_report)

    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._report and clipboard is not None:
            clipboard.setText(self._report)


def _parent_window() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()
