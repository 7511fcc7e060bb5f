"""Logboek: the audit trail, newest first, fetched page by page on the worker, with filters and a
chain check."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.audit import AuditEntry, ChainCheck
from ui.context import AppContext
from ui.dates import display_date_time
from ui.widgets.row_model import RowTableModel

PAGE = 500
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    """Translate a label marked with QT_TRANSLATE_NOOP("Logbook", …)."""
    return QCoreApplication.translate("Logbook", text)


def action_label(action: str) -> str:
    labels = {
        "store.create": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "Store created"))
        ),
        "store.unlock": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "Store unlocked"))
        ),
        "store.recover": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "Access recovered with recovery code"))
        ),
        "store.passphrase_change": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "Passphrase changed"))
        ),
        "store.recovery_code_new": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "New recovery code made"))
        ),
        "store.rekey": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "Database key replaced"))
        ),
        "settings.change": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "Setting changed"))
        ),
        "report.export": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "Document exported"))
        ),
        "report.print": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "Document printed"))
        ),
        "guard.override": QCoreApplication.translate(
            "Logbook", str(QT_TRANSLATE_NOOP("Logbook", "Anonymity finding kept with reason"))
        ),
    }
    return labels.get(action, action)


CATEGORIES = [
    ("", str(QT_TRANSLATE_NOOP("Logbook", "All"))),
    ("store.", str(QT_TRANSLATE_NOOP("Logbook", "Store and keys"))),
    ("case", str(QT_TRANSLATE_NOOP("Logbook", "Cases"))),
    ("meeting", str(QT_TRANSLATE_NOOP("Logbook", "Meetings"))),
    ("decision", str(QT_TRANSLATE_NOOP("Logbook", "Decisions"))),
    ("action", str(QT_TRANSLATE_NOOP("Logbook", "Action items"))),
    ("report.", str(QT_TRANSLATE_NOOP("Logbook", "Documents"))),
    ("guard.", str(QT_TRANSLATE_NOOP("Logbook", "Anonymity guard"))),
    ("settings.", str(QT_TRANSLATE_NOOP("Logbook", "Settings"))),
]


class AuditModel(RowTableModel):
    CONTEXT = "Logbook"
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("Logbook", "No.")),
        str(QT_TRANSLATE_NOOP("Logbook", "Time")),
        str(QT_TRANSLATE_NOOP("Logbook", "User")),
        str(QT_TRANSLATE_NOOP("Logbook", "Action")),
        str(QT_TRANSLATE_NOOP("Logbook", "Object")),
        str(QT_TRANSLATE_NOOP("Logbook", "Result")),
    )

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AuditEntry] = []
        self.filters: dict[str, Any] = {}
        self._exhausted = False
        self._loading = False
        self._generation = 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return str(e.seq)
        if col == 1:
            return display_date_time(e.at)
        if col == 2:
            return e.actor
        if col == 3:
            return action_label(e.action) if role == Qt.ItemDataRole.DisplayRole else e.action
        if col == 4:
            return f"{e.object_type} {e.object_id}".strip()
        return e.result

    def reload(self, **filters: Any) -> None:
        self.beginResetModel()
        self.rows = []
        self.filters = filters
        self._exhausted = False
        self._loading = False
        self._generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, offset, filters = self._generation, len(self.rows), dict(self.filters)
        self.ctx.worker.with_store(
            lambda store: store.audit.entries(limit=PAGE, offset=offset, **filters),
            lambda rows: self._append(generation, rows),
            owner=self,
            label="audit-page",
            reset=lambda: self._page_failed(generation),
        )

    def _page_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False  # the next scroll asks again

    def _append(self, generation: int, rows: list[AuditEntry]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if len(rows) < PAGE:
            self._exhausted = True
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()


class LogbookArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Audit log"), self)
        title.setObjectName("areaTitle")
        intro = QLabel(
            self.tr(
                "Who did what and when. The log never holds case content; each entry "
                "is chained to the previous one, so changes are detectable."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Kind of action"))
        for prefix, label in CATEGORIES:
            self.category.addItem(_t(label), prefix)
        self.object_filter = QLineEdit(self)
        self.object_filter.setPlaceholderText(self.tr("Object, e.g. C-2026-014"))
        self.object_filter.setAccessibleName(self.tr("Filter on object"))
        self.verify_button = QPushButton(self.tr("Check chain"), self)
        self.verify_result = QLabel(self)
        self.verify_result.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show"), self))
        filters.addWidget(self.category)
        filters.addWidget(self.object_filter, 1)
        filters.addWidget(self.verify_button)
        self.model = AuditModel(ctx, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Audit log entries"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)  # Tab must leave the table, arrows move inside it
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.view, 1)
        self.category.currentIndexChanged.connect(self._reload)
        self.object_filter.returnPressed.connect(self._reload)
        self.verify_button.clicked.connect(self._verify)
        self._reload()

    def _reload(self) -> None:
        self.model.reload(
            action_prefix=self.category.currentData() or None,
            object_id=self.object_filter.text().strip() or None,
        )

    def _verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.ctx.worker.with_store(
            lambda store: store.verify_audit(),
            self._verified,
            owner=self,
            label="audit-verify",
            reset=lambda: self.verify_button.setEnabled(True),
        )

    def _verified(self, check: ChainCheck) -> None:
        self.verify_button.setEnabled(True)
        if check.ok:
            self.verify_result.setText(self.tr("Chain intact: {n} entries checked.").format(n=check.entries))
            self.verify_result.setObjectName("okText")
        else:
            self.verify_result.setText(
                self.tr("Chain BROKEN at entry {n}: {reason}").format(
                    n=check.first_broken, reason=check.reason
                )
            )
            self.verify_result.setObjectName("errorText")
        self.verify_result.style().unpolish(self.verify_result)
        self.verify_result.style().polish(self.verify_result)


def create_area(ctx: AppContext, parent: QWidget) -> QWidget:
    return LogbookArea(ctx, parent)
