"""Import a package: a preview first (new, changed field by field, refused with the reason);
nothing is written until "Import" is pressed, and then in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.anonymity import validate_reason
from storage.errors import StoreError
from storage.exchange import service as ex
from storage.exchange.verdicts import Preview, Verdict
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
        self.keep: dict[str, str] = {}
        self.shown: list[Verdict] = []
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
        keep_row = QHBoxLayout()
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason to import the selected record anyway"))
        self.reason.setPlaceholderText(self.tr("Reason, e.g. 'fictitious test number, agreed with the IND'"))
        self.keep_button = QPushButton(self.tr("Import anyway with this reason"), self)
        self.keep_button.setAccessibleName(self.tr("Import the selected record anyway with this reason"))
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(self._keep_selected)
        self.reason.textChanged.connect(self._selection_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        keep_row.addWidget(self.reason, 1)
        keep_row.addWidget(self.keep_button)
        layout.addLayout(keep_row)
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
        if self.data is None:
            try:
                self.data = self.path.read_bytes()
            except OSError as exc:
                self._error(self.tr("The file cannot be read: {reason}").format(reason=exc.strerror or ""))
                return
        data = self.data

        keep = dict(self.keep)

        def job(store: Store) -> Preview:
            return ex.preview_package(store, data, keep)

        self.ctx.worker.with_store(job, self._show, self._failed, owner=self, label="exchange-preview")

    def _show(self, preview: Preview) -> None:
        self.preview = preview
        shown = [v for v in preview.verdicts if v.status != "unchanged"]
        self.shown = shown
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
        self.status.setText("")
        if not preview.accepted:
            self._error(self.tr("Nothing in this package can be imported; nothing will change."))

    def _import(self) -> None:
        if self.data is None:
            return
        data = self.data
        self.import_button.setEnabled(False)

        keep = dict(self.keep)

        def job(store: Store) -> Preview:
            return ex.import_package(store, data, keep)

        self.ctx.worker.with_store(job, self._done, self._failed, owner=self, label="exchange-import")

    def _selected(self) -> Verdict | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _selection_changed(self) -> None:
        chosen = self._selected()
        keepable = chosen is not None and chosen.reason == "personal_data"
        self.keep_button.setEnabled(
            keepable and len(self.reason.text().strip()) >= 10 and not self._written()
        )

    def _written(self) -> bool:
        return self.preview is not None and self.preview.written

    def _keep_selected(self) -> None:
        """The receiver keeps flagged text with a reason (logged); the preview is judged again."""
        chosen = self._selected()
        if chosen is None or self.data is None:
            return
        try:
            reason = validate_reason(self.reason.text())
        except StoreError as exc:
            self._error(user_message(exc))
            return
        self.keep[chosen.uid] = reason
        self.reason.clear()
        self.import_button.setEnabled(False)
        self._load()

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
