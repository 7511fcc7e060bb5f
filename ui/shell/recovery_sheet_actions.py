"""Save or print the recovery-code sheet. The PDF is built on the worker and written atomically;
the export is recorded in the audit log, the code never is."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from storage.i18n import language
from ui.context import AppContext
from ui.widgets.error_text import user_message

if TYPE_CHECKING:
    from storage.store import Store


def build_sheet(store: Store, code: str, lang: str) -> bytes:
    from reports.recovery_sheet import build_recovery_sheet

    return build_recovery_sheet(
        code=code,
        store_id=store.store_id,
        store_label=str(store.paths.root),
        created=date.today(),
        marking=store.settings.get("default_marking"),
        lang=lang,
    )


class RecoverySheetActions(QObject):
    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent

    def save(self, code: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Save recovery sheet"),
            str(Path.home() / "herstelcode-overlegtafel.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        lang = language()

        def job(store: Store) -> str:
            from storage.atomic import write_atomic

            write_atomic(Path(path), build_sheet(store, code, lang))
            store.audit.append("report.export", "recovery_sheet", store.store_id, detail={"copies": 1})
            return path

        self.ctx.worker.with_store(job, self.saved.emit, self._failed, owner=self, label="sheet-save")

    def print(self, code: str) -> None:
        lang = language()

        def printed(pdf: bytes) -> None:
            from ui.printing import print_pdf

            copies = print_pdf(pdf, self.widget, self.tr("Recovery sheet"))
            if copies:
                self.ctx.worker.with_store(
                    lambda store: store.audit.append(
                        "report.print", "recovery_sheet", store.store_id, detail={"copies": copies}
                    )
                )

        self.ctx.worker.with_store(
            lambda store: build_sheet(store, code, lang),
            printed,
            self._failed,
            owner=self,
            label="sheet-print",
        )

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.critical(self.widget, self.tr("Recovery sheet"), user_message(exc))
