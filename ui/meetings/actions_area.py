"""Actiepunten: the action list across meetings. Open actions first (by deadline), then the closed
ones struck through. Filters: open or all, owner organisation, overdue, text. Close (done or
cancelled) and reopen from the keyboard. Overdue deadlines are shown in the theme's error colour
(WCAG AA contrast), deadlines within a week in its warning colour."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from storage.followup import FollowUpService, OverdueFollowUp
from storage.meetings import Action, ActionService, Keep, MeetingQueries
from ui.context import AppContext
from ui.meetings.common import (
    ErrorLine,
    GuardGate,
    action_status_label,
    colour,
    fit_columns,
    guarded_field,
    make_action,
    organisation_label,
    owner_label,
    short_date,
)
from ui.widgets.guard_panel import GuardPanel
from ui.widgets.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SOON = timedelta(days=7)


def owner_text(a: Action) -> str:
    return owner_label(a.owner_organisation, a.owner_role)


class ActionModel(RowTableModel):
    CONTEXT = "ActionModel"
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("ActionModel", "Number")),
        str(QT_TRANSLATE_NOOP("ActionModel", "Action")),
        str(QT_TRANSLATE_NOOP("ActionModel", "Owner")),
        str(QT_TRANSLATE_NOOP("ActionModel", "Deadline")),
        str(QT_TRANSLATE_NOOP("ActionModel", "Status")),
        str(QT_TRANSLATE_NOOP("ActionModel", "Meeting")),
        str(QT_TRANSLATE_NOOP("ActionModel", "Case")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Action] = []
        self.today = date.today()

    def set_rows(self, rows: tuple[Action, ...], today: date) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = today
        self.endResetModel()

    def status_text(self, a: Action) -> str:
        label = action_status_label(a.status)
        if a.is_open:
            if a.is_overdue(self.today):
                return QCoreApplication.translate("ActionModel", "open, overdue")
            return label
        if a.closed_in:
            return QCoreApplication.translate("ActionModel", "{status} ({meeting})").format(
                status=label, meeting=a.closed_in
            )
        if a.closed_at:
            return QCoreApplication.translate("ActionModel", "{status} on {date}").format(
                status=label, date=short_date(a.closed_at.date())
            )
        return label

    def text(self, a: Action, column: int) -> str:
        return (
            a.number,
            " ".join(a.text.split()),
            owner_text(a),
            short_date(a.deadline),
            self.status_text(a),
            a.meeting_number,
            a.case_reference,
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(a, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return a.text
        if role == SORT_ROLE:
            if column == 3:
                return (a.deadline or date.max).isoformat()
            if column in (0, 5):
                return f"{a.meeting_date.isoformat()} {a.number}"
            return self.text(a, column).lower()
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if not a.is_open:
                font.setStrikeOut(True)
                return font
            if a.is_overdue(self.today) and column in (3, 4):
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not a.is_open:
                return colour("muted")
            if column in (3, 4) and a.is_overdue(self.today):
                return colour("error")
            if column == 3 and a.deadline is not None and a.deadline <= self.today + SOON:
                return colour("warning")
            return None
        if role == Qt.ItemDataRole.UserRole:
            return a
        return None

    def haystack(self, row: int) -> str:
        a = self.rows[row]
        parts = [self.text(a, c) for c in range(len(self.COLUMNS))]
        return " ".join([*parts, a.close_note]).lower()


class ActionFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.open_only = True
        self.organisation = ""
        self.overdue_only = False
        self.words: list[str] = []

    def configure(self, *, open_only: bool, organisation: str, overdue_only: bool, text: str) -> None:
        self.beginFilterChange()
        self.open_only = open_only
        self.organisation = organisation
        self.overdue_only = overdue_only
        self.words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model: ActionModel = self.sourceModel()  # type: ignore[assignment]
        a = model.rows[source_row]
        if self.open_only and not a.is_open:
            return False
        if self.organisation and a.owner_organisation != self.organisation:
            return False
        if self.overdue_only and not a.is_overdue(model.today):
            return False
        if self.words:
            haystack = model.haystack(source_row)
            return all(word in haystack for word in self.words)
        return True


class ActionsArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._loaded_once = False
        title, intro = self._build_heading()
        filters = self._build_filters()
        self._build_table()
        buttons = self._build_closing()
        self._build_status_lines()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.followups)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.guard_panel)
        layout.addWidget(self.error)

        self._actions = [
            make_action(self, self.tr("Mark as done"), "Ctrl+Return", lambda: self.close_current("done")),
            make_action(
                self,
                self.tr("Mark as cancelled"),
                "Ctrl+Shift+Return",
                lambda: self.close_current("cancelled"),
            ),
            make_action(self, self.tr("Reopen"), "Ctrl+R", self.reopen_current),
            make_action(self, self.tr("Show open or all"), "Ctrl+Shift+O", self._toggle_scope),
            make_action(self, self.tr("Overdue only"), "Ctrl+Shift+D", self.overdue.toggle),
            make_action(self, self.tr("Search action items"), "Ctrl+F", self._focus_search),
            make_action(self, self.tr("Refresh"), "F5", self.reload),
        ]
        self.scope.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.organisation.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.overdue.toggled.connect(lambda _c: self._apply_filters())
        self.search.textChanged.connect(lambda _t: self._apply_filters())
        self.done_button.clicked.connect(lambda: self.close_current("done"))
        self.cancel_button.clicked.connect(lambda: self.close_current("cancelled"))
        self.reopen_button.clicked.connect(self.reopen_current)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self._apply_filters()
        self.reload()

    def _build_heading(self) -> tuple[QLabel, QLabel]:
        title = QLabel(self.tr("Action items"), self)
        title.setObjectName("areaTitle")
        intro = QLabel(
            self.tr(
                "Action items from every meeting. Open items come back on each agenda until they are "
                "closed; closed items are struck through."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hintText")
        return title, intro

    def _build_filters(self) -> QHBoxLayout:
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Show"))
        self.scope.addItem(self.tr("Open items"), True)
        self.scope.addItem(self.tr("All items"), False)
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(self.tr("Owner organisation"))
        self.organisation.addItem(self.tr("All organisations"), "")
        for org in ("IND", "OM", "other"):
            self.organisation.addItem(organisation_label(org), org)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.overdue.setAccessibleName(self.tr("Overdue only"))
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search action items"))
        self.search.setPlaceholderText(self.tr("Search: number, text, owner, case…"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for label_text, widget in ((self.tr("Show"), self.scope), (self.tr("Owner"), self.organisation)):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addWidget(self.search, 1)
        return filters

    def _build_table(self) -> None:
        self.model = ActionModel(self)
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("actionTable")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Action items"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)

    def _build_closing(self) -> QHBoxLayout:
        self.note = guarded_field(
            self, "close_note", self.tr("Note when closing (optional)"), multiline=False
        )
        self.note.setPlaceholderText(self.tr("Note when closing (optional)"))
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setAccessibleName(self.tr("Mark as done"))
        self.done_button.setToolTip(self.tr("Mark the chosen item as done (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancelled"), self)
        self.cancel_button.setAccessibleName(self.tr("Mark as cancelled"))
        self.cancel_button.setToolTip(self.tr("Mark the chosen item as cancelled (Ctrl+Shift+Enter)"))
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setAccessibleName(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Reopen the chosen item (Ctrl+R)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.reopen_button)
        self.guard_panel = GuardPanel(self)
        self.gate = GuardGate(
            self.guard_panel,
            {"close_note": (self.note, self.tr("Note when closing"))},
            lambda keep: self.close_current(self._closing_status, keep),
        )
        self._closing_status = "done"
        return buttons

    def _build_status_lines(self) -> None:
        self.count = QLabel(self)
        self.count.setObjectName("hintText")
        # Aangiftes decided long ago without a filing date (issue 15): not action items, but due.
        self.followups = QLabel(self)
        self.followups.setObjectName("warningText")
        self.followups.setWordWrap(True)
        self.followups.setVisible(False)
        self.error = ErrorLine(self)

    # -- area protocol --------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        return list(self._actions)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_once:
            self.reload()

    def test_states(self) -> Iterator[str]:
        """Sub-screens for the keyboard and translation walks (tests/helpers/screens.py)."""
        self.scope.setCurrentIndex(1)
        yield "all"
        self.scope.setCurrentIndex(0)

    # -- loading --------------------------------------------------------------------------------
    def today(self) -> date:
        return self.ctx.wall_clock().date()

    def reload(self, select: int | None = None) -> None:
        self._generation += 1
        generation = self._generation
        if select is None:
            current = self.current_action()
            select = current.id if current else None
        self.ctx.worker.with_store(
            lambda store: MeetingQueries(store).action_list(None).actions,
            lambda rows: self._loaded(generation, rows, select),
            self.error.show_error,
            owner=self,
            label="action-list",
        )
        today = self.today()
        self.ctx.worker.with_store(
            lambda store: FollowUpService(store).overdue(today),
            self._show_followups,
            self.error.show_error,
            owner=self,
            label="overdue-followups",
        )

    def _show_followups(self, overdue: tuple[OverdueFollowUp, ...]) -> None:
        self.followups.setVisible(bool(overdue))
        self.followups.setText(
            self.tr("Aangifte not yet filed after the term: {list}").format(
                list=", ".join(f"{o.decision_number} ({o.case_reference})" for o in overdue)
            )
        )

    def _loaded(self, generation: int, rows: tuple[Action, ...], select: int | None) -> None:
        if generation != self._generation:
            return
        self._loaded_once = True
        self.model.set_rows(rows, self.today())
        fit_columns(self.view, stretch=1)
        self._update_count()
        self._select(select)
        self._update_buttons()

    def _apply_filters(self) -> None:
        self.proxy.configure(
            open_only=bool(self.scope.currentData()),
            organisation=self.organisation.currentData() or "",
            overdue_only=self.overdue.isChecked(),
            text=self.search.text(),
        )
        fit_columns(self.view, stretch=1)
        self._update_count()
        self._update_buttons()

    def _toggle_scope(self) -> None:
        self.scope.setCurrentIndex(1 - self.scope.currentIndex())

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def shown(self) -> list[Action]:
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.proxy.rowCount())]

    def _update_count(self) -> None:
        every = self.model.rows
        open_count = sum(1 for a in every if a.is_open)
        overdue = sum(1 for a in every if a.is_overdue(self.model.today))
        self.count.setText(
            self.tr("{shown} shown · {open} open · {overdue} overdue").format(
                shown=self.proxy.rowCount(), open=open_count, overdue=overdue
            )
        )

    def current_action(self) -> Action | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _select(self, action_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole).id == action_id:
                self.view.selectRow(row)
                return
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def _update_buttons(self) -> None:
        a = self.current_action()
        self.done_button.setEnabled(a is not None and a.is_open)
        self.cancel_button.setEnabled(a is not None and a.is_open)
        self.reopen_button.setEnabled(a is not None and not a.is_open)

    # -- close and reopen -----------------------------------------------------------------------
    def close_current(self, status: str, keep: list[Keep] | None = None) -> None:
        a = self.current_action()
        if a is None or not a.is_open:
            return
        note = self.note.text().strip()
        self._closing_status = status
        self.error.clear()
        self.ctx.worker.with_store(
            lambda store: ActionService(store).close_action(a.id, status=status, note=note, keep=keep or ()),
            lambda done: self._changed(done),
            self._close_failed,
            owner=self,
            label="action-close",
        )

    def _close_failed(self, exc: BaseException) -> None:
        if not self.gate.handle(exc):
            self.error.show_error(exc)

    def reopen_current(self) -> None:
        a = self.current_action()
        if a is None or a.is_open:
            return
        self.error.clear()
        self.ctx.worker.with_store(
            lambda store: ActionService(store).reopen_action(a.id),
            self._changed,
            self.error.show_error,
            owner=self,
            label="action-reopen",
        )

    def _changed(self, action: Action) -> None:
        self.note.set_text("")
        self.gate.clear()
        self.reload(select=action.id)


def create_area(ctx: AppContext, parent: QWidget) -> QWidget:
    return ActionsArea(ctx, parent)
