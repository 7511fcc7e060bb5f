"""Import a package: a preview first (new, changed field by field, refused with the reason);
nothing is written until "Import" is pressed, and then in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.exchange import service as ex
from storage.exchange.verdicts import Preview
from storage.store import Store
from ui.context import AppContext
from ui.exchange.labels import kind_label, status_label
from ui.widgets.error_text import user_message


class ImportDialog(QDialog):
    imported = Signal(object)

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.data: bytes | None = None
        self.preview: Preview | None = None
        self.setWindowTitle(self.tr("Import package"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading {file}…").format(file=path.name), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the package"))
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Result"), self.tr("Kind"), self.tr("Record"), self.tr("Details")]
        )
        self.table.setAccessibleName(self.tr("Records in the package"))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status of the import"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primaryButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._import)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        try:
            self.data = self.path.read_bytes()
        except OSError as exc:
            self._error(self.tr("The file cannot be read: {reason}").format(reason=exc.strerror or ""))
            return
        data = self.data

        def job(store: Store) -> Preview:
            return ex.preview_package(store, data)

        self.ctx.worker.with_store(job, self._show, self._failed, owner=self, label="exchange-preview")

    def _show(self, preview: Preview) -> None:
        self.preview = preview
        shown = [v for v in preview.verdicts if v.status != "unchanged"]
        self.table.setRowCount(len(shown))
        for row, v in enumerate(shown):
            details = v.message or ", ".join(c.field for c in v.changes)
            for col, text in enumerate((status_label(v.status), kind_label(v.kind), v.label, details)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        counts = preview.counts()
        self.summary.setText(
            self.tr(
                "Package no. {seq} from {sender}: {new} new, {changed} changed, {deleted} deleted, "
                "{unchanged} unchanged, {refused} refused. Nothing has been written yet."
            ).format(
                seq=preview.seq,
                sender=preview.sender,
                **{k: counts.get(k, 0) for k in ("new", "changed", "deleted", "unchanged", "refused")},
            )
        )
        self.import_button.setEnabled(bool(preview.accepted))
        if not preview.accepted:
            self._error(self.tr("Nothing in this package can be imported; nothing will change."))

    def _import(self) -> None:
        if self.data is None:
            return
        data = self.data
        self.import_button.setEnabled(False)

        def job(store: Store) -> Preview:
            return ex.import_package(store, data)

        self.ctx.worker.with_store(job, self._done, self._failed, owner=self, label="exchange-import")

    def _done(self, result: Preview) -> None:
        self.preview = result
        self.status.setObjectName("okText")
        self.status.setText(
            self.tr("Imported: {count} records. Refused: {refused}.").format(
                count=len(result.accepted), refused=len(result.refused)
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._error(user_message(exc))

    def _error(self, text: str) -> None:
        self.status.setObjectName("errorText")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
