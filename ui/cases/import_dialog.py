"""Importing a case list from CSV: choose the file, check the column mapping, look at the per-row
report of validation and anonymity guard, confirm rows with findings one by one with a reason,
then import. Nothing is stored before the Import button; rows with findings that were not
confirmed are held back. Reading, checking and storing run on the worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.anonymity import MIN_REASON_LENGTH
from storage.cases.csv_io import (
    IMPORT_FIELDS,
    CsvTable,
    ImportPlan,
    ImportResult,
    RowPlan,
    guess_mapping,
    plan_import,
    read_csv_file,
    run_import,
)
from ui.cases import labels
from ui.context import AppContext
from ui.widgets.dialog_keys import save_with_ctrl_enter
from ui.widgets.error_text import user_message

Index = QModelIndex | QPersistentModelIndex
MAPPING_COLUMNS = 3

OUTCOMES = {
    "clean": str(QT_TRANSLATE_NOOP("CaseImport", "Will be imported")),
    "findings": str(QT_TRANSLATE_NOOP("CaseImport", "Held back: possible personal data")),
    "confirmed": str(QT_TRANSLATE_NOOP("CaseImport", "Will be imported (confirmed)")),
    "invalid": str(QT_TRANSLATE_NOOP("CaseImport", "Cannot be imported")),
    "created": str(QT_TRANSLATE_NOOP("CaseImport", "Imported")),
    "stored_confirmed": str(QT_TRANSLATE_NOOP("CaseImport", "Imported after confirmation")),
    "held_back": str(QT_TRANSLATE_NOOP("CaseImport", "Held back, not stored")),
    "failed": str(QT_TRANSLATE_NOOP("CaseImport", "Failed")),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseImport", text)


def finding_lines(row: RowPlan) -> list[str]:
    return [
        QCoreApplication.translate(
            "CaseImport", "{field}: {kind} (characters {start}–{end}) — {reason}"
        ).format(field=labels.field(f.field), kind=f.label(), start=f.start + 1, end=f.end, reason=f.reason())
        for f in row.findings
    ]


class ImportModel(QAbstractTableModel):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("CaseImport", "Row")),
        str(QT_TRANSLATE_NOOP("CaseImport", "Reference")),
        str(QT_TRANSLATE_NOOP("CaseImport", "Result")),
        str(QT_TRANSLATE_NOOP("CaseImport", "Details")),
    )

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.confirmations: dict[int, str] = {}
        self.result: dict[int, Any] = {}

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.result = {}
        if plan is not None:
            lines = {r.line for r in plan.rows if r.findings}
            self.confirmations = {k: v for k, v in self.confirmations.items() if k in lines}
        self.endResetModel()

    def set_result(self, result: ImportResult) -> None:
        self.beginResetModel()
        self.result = {o.line: o for o in result.outcomes}
        self.endResetModel()

    def row_plan(self, row: int) -> RowPlan | None:
        if self.plan is None or not 0 <= row < len(self.plan.rows):
            return None
        return self.plan.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.HEADERS[section])
        return None

    def state(self, row: RowPlan) -> str:
        outcome = self.result.get(row.line)
        if outcome is not None:
            return "stored_confirmed" if outcome.outcome == "confirmed" else outcome.outcome
        if row.state == "findings" and row.line in self.confirmations:
            return "confirmed"
        return row.state

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_plan(index.row()) if index.isValid() else None
        if row is None:
            return None
        state = self.state(row)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(row.line)
            if column == 1:
                outcome = self.result.get(row.line)
                return outcome.reference if outcome is not None and outcome.reference else row.reference
            if column == 2:
                return _t(OUTCOMES.get(state, state))
            details = list(row.errors) or finding_lines(row)
            outcome = self.result.get(row.line)
            if outcome is not None and outcome.message and outcome.outcome == "failed":
                details = [outcome.message]
            text = "; ".join(details)
            return text if role == Qt.ItemDataRole.DisplayRole else "\n".join(details) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            if state in ("findings", "held_back", "invalid", "failed"):
                return QColor("#B00020")
            if state in ("confirmed", "stored_confirmed"):
                return QColor("#8A4B00")
        return None

    def refresh(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import cases from CSV"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.table_data: CsvTable | None = None
        self.path: Path | None = None
        self._combos: list[QComboBox] = []
        self._mapping_labels: list[QLabel] = []
        self._done = False
        self._draft: dict[int, str] = {}
        intro, file_row = self._build_file_row()
        self._build_mapping()
        self._build_report_table()
        confirm_row = self._build_confirmation()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.mapping_error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addLayout(confirm_row)
        layout.addLayout(buttons)
        self.resize(980, 640)

        self.choose_button.clicked.connect(self.choose_file)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_row())
        self.confirm_box.toggled.connect(self._confirmation_changed)
        self.reason.textChanged.connect(self._confirmation_changed)
        self.import_button.clicked.connect(self._import)
        save_with_ctrl_enter(self, self.import_button)
        self.close_button.clicked.connect(self.reject)
        self._show_row()
        self._update_summary()

    def _build_file_row(self) -> tuple[QLabel, QHBoxLayout]:
        intro = QLabel(
            self.tr(
                "Nothing is stored until you choose Import. Every row is checked by the anonymity "
                "guard; rows with possible personal data are held back unless you confirm them one "
                "by one, with a reason that goes into the audit log."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the CSV file"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        return intro, file_row

    def _build_mapping(self) -> None:
        self.mapping_box = QGroupBox(self.tr("Columns in the file and the case fields they fill"), self)
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setContentsMargins(4, 4, 4, 4)
        mapping_widget = QWidget()
        mapping_widget.setLayout(self.mapping_grid)
        self._mapping_widget = mapping_widget
        mapping_scroll = self._mapping_scroll = QScrollArea(self.mapping_box)
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        mapping_scroll.setWidget(mapping_widget)
        mapping_scroll.setMaximumHeight(150)
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.addWidget(mapping_scroll)
        self.mapping_error = QLabel(self)
        self.mapping_error.setObjectName("errorText")
        self.mapping_error.hide()

    def _build_report_table(self) -> None:
        self.model = ImportModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Report per row"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 120, 290)):
            self.view.setColumnWidth(column, width)

    def _build_confirmation(self) -> QHBoxLayout:
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_box = QCheckBox(self.tr("&Store this row anyway"), self)
        self.confirm_box.setAccessibleName(self.tr("Store this row anyway"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason, e.g. 'pseudonym used by the IND, not a real name'"))
        self.reason.setAccessibleName(self.tr("Reason for storing this row"))
        self.reason.setMaxLength(300)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_box)
        confirm_row.addWidget(self.reason, 1)
        return confirm_row

    def _build_buttons(self) -> QHBoxLayout:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("primaryButton")
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        return buttons

    # -- file and mapping ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the CSV file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("CSV files (*.csv *.txt)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.load_file(Path(path)))
        dialog.open()

    def load_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self._done = False

        def job(store: Any) -> tuple[CsvTable, dict[int, str], ImportPlan]:
            table = read_csv_file(path)
            mapping = guess_mapping(table.headers)
            return table, mapping, plan_import(store, table, mapping)

        self.ctx.worker.with_store(job, self._file_loaded, self._file_failed, owner=self, label="import-read")

    def _file_failed(self, exc: BaseException) -> None:
        self.file_label.setText(user_message(exc))
        self.file_label.setObjectName("errorText")
        self.file_label.style().unpolish(self.file_label)
        self.file_label.style().polish(self.file_label)

    def _file_loaded(self, result: tuple[CsvTable, dict[int, str], ImportPlan]) -> None:
        table, mapping, plan = result
        self.table_data = table
        assert self.path is not None
        self.file_label.setObjectName("")
        self.file_label.style().unpolish(self.file_label)
        self.file_label.style().polish(self.file_label)
        self.file_label.setText(
            self.tr("{name}: {rows} row(s), {columns} column(s).").format(
                name=self.path.name, rows=len(table.rows), columns=len(table.headers)
            )
        )
        for combo in self._combos:
            combo.deleteLater()
        for label in self._mapping_labels:
            label.deleteLater()
        self._combos = []
        self._mapping_labels = []
        for index, header in enumerate(table.headers):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for name in IMPORT_FIELDS:
                combo.addItem(labels.field(name), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index, ""))))
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=header or index + 1))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self._combos.append(combo)
            label = QLabel(header or self.tr("column {n}").format(n=index + 1), self._mapping_widget)
            label.setBuddy(combo)
            self._mapping_labels.append(label)
            row, pair = divmod(index, MAPPING_COLUMNS)  # side by side, so most files fit at once
            self.mapping_grid.addWidget(label, row, pair * 2)
            self.mapping_grid.addWidget(combo, row, pair * 2 + 1)
            self.mapping_grid.setColumnStretch(pair * 2 + 1, 1)
        rows = -(-len(self._combos) // MAPPING_COLUMNS)
        row_height = (
            self._combos[0].sizeHint().height() if self._combos else 0
        ) + self.mapping_grid.verticalSpacing()
        needed = rows * max(row_height, 0) + 12
        self._mapping_scroll.setMinimumHeight(min(needed, self._mapping_scroll.maximumHeight()))
        self._set_plan(plan)

    def mapping(self) -> dict[int, str]:
        return {i: combo.currentData() for i, combo in enumerate(self._combos) if combo.currentData()}

    def _mapping_changed(self) -> None:
        mapping = self.mapping()
        if len(set(mapping.values())) != len(mapping):
            self.mapping_error.setText(self.tr("Each field can take only one column."))
            self.mapping_error.show()
            self.import_button.setEnabled(False)
            return
        self.mapping_error.hide()
        table = self.table_data
        if table is None:
            return
        self.ctx.worker.with_store(
            lambda store: plan_import(store, table, mapping),
            self._set_plan,
            self._file_failed,
            owner=self,
            label="import-plan",
        )

    def _set_plan(self, plan: ImportPlan) -> None:
        self.model.set_plan(plan)
        if plan.rows:
            self.view.selectRow(0)
        self._show_row()
        self._update_summary()

    # -- per-row confirmation -----------------------------------------------------------------------
    def _current(self) -> RowPlan | None:
        index = self.view.currentIndex()
        return self.model.row_plan(index.row()) if index.isValid() else None

    def _show_row(self) -> None:
        row = self._current()
        can_confirm = row is not None and row.state == "findings" and not self._done
        self.confirm_box.setEnabled(can_confirm)
        self.reason.setEnabled(can_confirm)
        self.confirm_box.blockSignals(True)
        self.reason.blockSignals(True)
        try:
            reason = self.model.confirmations.get(row.line, "") if row is not None else ""
            self.confirm_box.setChecked(bool(reason))
            self.reason.setText(reason or (self._draft.get(row.line, "") if row is not None else ""))
        finally:
            self.confirm_box.blockSignals(False)
            self.reason.blockSignals(False)
        if row is None:
            self.detail.setText(self.tr("Choose a row to see its findings."))
        elif row.errors:
            self.detail.setText(
                self.tr("Row {line} cannot be imported:").format(line=row.line) + "\n" + "\n".join(row.errors)
            )
        elif row.findings:
            self.detail.setText(
                self.tr("Row {line} may contain personal data:").format(line=row.line)
                + "\n"
                + "\n".join(finding_lines(row))
            )
        else:
            self.detail.setText(self.tr("Row {line}: no findings.").format(line=row.line))

    def _confirmation_changed(self) -> None:
        row = self._current()
        if row is None or row.state != "findings":
            return
        reason = " ".join(self.reason.text().split())
        self._draft = {**self._draft, row.line: self.reason.text()}
        if self.confirm_box.isChecked() and len(reason) >= MIN_REASON_LENGTH:
            self.model.confirmations[row.line] = reason
        else:
            self.model.confirmations.pop(row.line, None)
        self.model.refresh(self.view.currentIndex().row())
        self._update_summary()

    def _update_summary(self) -> None:
        plan = self.model.plan
        if plan is None:
            self.summary.setText("")
            self.import_button.setEnabled(False)
            return
        if self._done:
            return
        confirmed = len(self.model.confirmations)
        to_store = plan.count("clean") + confirmed
        held = plan.count("findings") - confirmed
        self.summary.setText(
            self.tr(
                "{store} row(s) will be imported, {held} held back, {invalid} cannot be imported."
            ).format(store=to_store, held=held, invalid=plan.count("invalid"))
        )
        self.import_button.setEnabled(to_store > 0 and self.mapping_error.isHidden())

    # -- import -------------------------------------------------------------------------------------
    def _import(self) -> None:
        plan = self.model.plan
        if plan is None:
            return
        confirmations = dict(self.model.confirmations)
        self.import_button.setEnabled(False)
        self.ctx.worker.with_store(
            lambda store: run_import(store, plan, confirmations),
            self._imported,
            self._import_failed,
            owner=self,
            label="import-run",
        )

    def _imported(self, result: ImportResult) -> None:
        self._done = True
        self.model.set_result(result)
        for combo in self._combos:
            combo.setEnabled(False)
        self.confirm_box.setEnabled(False)
        self.reason.setEnabled(False)
        self.summary.setText(
            self.tr(
                "Imported {stored} case(s); {held} row(s) held back and not stored; {invalid} invalid."
            ).format(
                stored=result.stored,
                held=result.count("held_back"),
                invalid=result.count("invalid") + result.count("failed"),
            )
        )
        self.imported.emit()

    def _import_failed(self, exc: BaseException) -> None:
        self.summary.setText(user_message(exc))
        self.import_button.setEnabled(True)

    def done(self, result: int) -> None:
        # The file's content leaves memory with the dialog.
        self.table_data = None
        self.model.set_plan(None)
        self._draft = {}
        super().done(result)
