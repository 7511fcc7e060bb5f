"""Besluiten: the decision register across meetings (number, meeting, case, outcome, responsible,
deadline, final or pending) with filters on outcome, year, meeting and text, and a one-key
"Aangifte" filter. The table model is fed by worker queries; the text filter runs on the rows in
memory."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import Decision, DecisionVersion, MeetingQueries, MeetingSummary, Outcome
from storage.meetings import outcomes as configured_outcomes
from ui.context import AppContext
from ui.figures.followup_dialog import FollowUpDialog
from ui.meetings.common import (
    ErrorLine,
    colour,
    confirmation_label,
    document_opener,
    fit_columns,
    make_action,
    owner_label,
    short_date,
)
from ui.widgets.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
AANGIFTE = "aangifte"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class RegisterData:
    decisions: tuple[Decision, ...]
    outcomes: tuple[Outcome, ...]
    meetings: tuple[MeetingSummary, ...]


def load_register(store: Any, outcome: str | None, year: int | None, meeting_id: int | None) -> RegisterData:
    queries = MeetingQueries(store)
    return RegisterData(
        decisions=queries.decisions(outcome=outcome, year=year, meeting_id=meeting_id),
        outcomes=configured_outcomes(store),
        meetings=queries.list_meetings(),
    )


def responsible_text(d: Decision) -> str:
    return owner_label(d.responsible_organisation, d.responsible)


class DecisionModel(RowTableModel):
    CONTEXT = "DecisionModel"
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("DecisionModel", "Number")),
        str(QT_TRANSLATE_NOOP("DecisionModel", "Meeting")),
        str(QT_TRANSLATE_NOOP("DecisionModel", "Date")),
        str(QT_TRANSLATE_NOOP("DecisionModel", "Case")),
        str(QT_TRANSLATE_NOOP("DecisionModel", "Outcome")),
        str(QT_TRANSLATE_NOOP("DecisionModel", "Responsible")),
        str(QT_TRANSLATE_NOOP("DecisionModel", "Deadline")),
        str(QT_TRANSLATE_NOOP("DecisionModel", "Status")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Decision] = []
        self.outcome_labels: dict[str, str] = {}

    def set_rows(self, rows: tuple[Decision, ...], labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.outcome_labels = labels
        self.endResetModel()

    def outcome_text(self, d: Decision) -> str:
        return self.outcome_labels.get(d.outcome, d.outcome_label)

    def text(self, d: Decision, column: int) -> str:
        return (
            d.number,
            d.meeting_number,
            short_date(d.meeting_date),
            d.case_reference,
            self.outcome_text(d),
            responsible_text(d),
            short_date(d.deadline),
            confirmation_label(d.confirmation),
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(d, column)
        if role == SORT_ROLE:
            if column in (0, 1, 2):
                return f"{d.meeting_date.isoformat()} {d.number}"
            if column == 6:
                return (d.deadline or date.max).isoformat()
            return self.text(d, column).lower()
        if role == Qt.ItemDataRole.FontRole and d.outcome == AANGIFTE and column == 4:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and not d.is_final:
            return colour("warning")
        if role == Qt.ItemDataRole.UserRole:
            return d
        return None

    def haystack(self, row: int) -> str:
        d = self.rows[row]
        parts = [self.text(d, c) for c in range(len(self.COLUMNS))]
        parts += [d.text, d.reason, d.request, d.disagreement or "", " ".join(d.action_numbers)]
        return " ".join(parts).lower()


class TextFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.words:
            return True
        model = self.sourceModel()
        haystack = model.haystack(source_row)  # type: ignore[attr-defined]
        return all(word in haystack for word in self.words)


class DecisionsArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._loaded_once = False
        self._outcomes: tuple[Outcome, ...] = ()
        title, intro = self._build_heading()
        filters = self._build_filters()
        self._build_table()
        split = self._build_detail()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)

        self._actions = [
            make_action(self, self.tr("Filter: aangifte only"), "Ctrl+Shift+A", self.aangifte.toggle),
            make_action(self, self.tr("Search decisions"), "Ctrl+F", self._focus_search),
            make_action(self, self.tr("Clear filters"), "Ctrl+Shift+X", self.clear_filters),
            make_action(self, self.tr("Refresh"), "F5", self.reload),
            make_action(self, self.tr("Print the decision register"), "Ctrl+P", self.print_register),
        ]
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.meeting.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(self._text_changed)
        self.aangifte.toggled.connect(self._aangifte_toggled)
        self.clear_button.clicked.connect(self.clear_filters)
        self.print_button.clicked.connect(self.print_register)
        self.followup_button.clicked.connect(self.edit_followup)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_detail())
        self.reload()

    def _build_heading(self) -> tuple[QLabel, QLabel]:
        title = QLabel(self.tr("Decisions"), self)
        title.setObjectName("areaTitle")
        intro = QLabel(
            self.tr(
                "Every decision of the table, numbered per meeting. A decision is final once the IND and "
                "the OM have confirmed it, or the chair recorded their disagreement."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hintText")
        return title, intro

    def _build_filters(self) -> QHBoxLayout:
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.addItem(self.tr("All outcomes"), "")
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.addItem(self.tr("All years"), 0)
        self.meeting = QComboBox(self)
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.addItem(self.tr("All meetings"), 0)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search decisions"))
        self.search.setPlaceholderText(self.tr("Search: number, case, text, responsible…"))
        self.search.setClearButtonEnabled(True)
        self.aangifte = QPushButton(self.tr("Aangifte only"), self)
        self.aangifte.setCheckable(True)
        self.aangifte.setAccessibleName(self.tr("Show only decisions to file a criminal complaint"))
        self.aangifte.setToolTip(self.tr("Criminal complaints (aangifte) only (Ctrl+Shift+A)"))
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the decision register"))
        self.print_button.setToolTip(
            self.tr("Print the decision register of the chosen year, or of all years (Ctrl+P)")
        )
        self.print_button.setEnabled(document_opener() is not None)
        self.followup_button = QPushButton(self.tr("Follow-up…"), self)
        self.followup_button.setAccessibleName(self.tr("Aangifte follow-up of the chosen decision"))
        self.followup_button.setToolTip(self.tr("Filing date and OM feedback of an aangifte decision"))

        filters = QHBoxLayout()
        for label_text, widget in (
            (self.tr("Outcome"), self.outcome),
            (self.tr("Year"), self.year),
            (self.tr("Meeting"), self.meeting),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.aangifte)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.print_button)
        filters.addWidget(self.followup_button)
        return filters

    def _build_table(self) -> None:
        self.model = DecisionModel(self)
        self.proxy = TextFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("decisionTable")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Decision register"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def _build_detail(self) -> QSplitter:
        self.count = QLabel(self)
        self.count.setObjectName("hintText")
        self.count.setWordWrap(True)
        self.error = ErrorLine(self)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setObjectName("decisionDetail")
        self.detail.setContentsMargins(8, 4, 4, 4)
        detail_scroll = QScrollArea(self)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        detail_scroll.setMinimumWidth(220)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(detail_scroll)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([860, 280])
        split.setChildrenCollapsible(False)
        return split

    # -- area protocol --------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        return list(self._actions)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_once:
            self.reload()  # decisions may have been recorded in another area meanwhile

    def test_states(self) -> Iterator[str]:
        """Sub-screens for the keyboard and translation walks (tests/helpers/screens.py)."""
        self.aangifte.setChecked(True)
        yield "aangifte"
        self.clear_filters()

    # -- loading --------------------------------------------------------------------------------
    def filters(self) -> tuple[str | None, int | None, int | None]:
        return (
            self.outcome.currentData() or None,
            self.year.currentData() or None,
            self.meeting.currentData() or None,
        )

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        outcome, year, meeting_id = self.filters()
        self.ctx.worker.with_store(
            lambda store: load_register(store, outcome, year, meeting_id),
            lambda data: self._loaded(generation, data),
            self._failed,
            owner=self,
            label="decision-register",
        )

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(exc)

    def _loaded(self, generation: int, data: RegisterData) -> None:
        if generation != self._generation:
            return
        self._loaded_once = True
        self.error.clear()
        self._fill_choices(data)
        labels = {o.key: o.display() for o in data.outcomes}
        current = self._current_decision()
        self.model.set_rows(data.decisions, labels)
        fit_columns(self.view, stretch=5)
        self._update_count()
        self._select(current.id if current else None)

    def _fill_choices(self, data: RegisterData) -> None:
        if tuple(o.key for o in data.outcomes) != tuple(o.key for o in self._outcomes):
            self._outcomes = data.outcomes
            chosen = self.outcome.currentData()
            self.outcome.blockSignals(True)
            while self.outcome.count() > 1:
                self.outcome.removeItem(1)
            for o in data.outcomes:
                self.outcome.addItem(o.display(), o.key)
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(chosen)))
            self.outcome.blockSignals(False)
        years = sorted({m.date.year for m in data.meetings}, reverse=True)
        self._refill(self.year, [(str(y), y) for y in years])
        year = self.year.currentData() or None
        meetings = [m for m in reversed(data.meetings) if year is None or m.date.year == year]
        self._refill(self.meeting, [(m.number, m.id) for m in meetings])

    @staticmethod
    def _refill(combo: QComboBox, entries: list[tuple[str, int]]) -> None:
        existing = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
        if existing == entries:
            return
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    # -- filters --------------------------------------------------------------------------------
    def _outcome_changed(self, _index: int) -> None:
        self.aangifte.blockSignals(True)
        self.aangifte.setChecked(self.outcome.currentData() == AANGIFTE)
        self.aangifte.blockSignals(False)
        self.reload()

    def _aangifte_toggled(self, checked: bool) -> None:
        index = self.outcome.findData(AANGIFTE) if checked else 0
        if index < 0:  # outcomes not loaded yet: filter on the key anyway
            self.outcome.addItem(AANGIFTE.capitalize(), AANGIFTE)
            index = self.outcome.count() - 1
        self.outcome.setCurrentIndex(index)

    def _year_changed(self, _index: int) -> None:
        self.meeting.blockSignals(True)
        self.meeting.setCurrentIndex(0)
        self.meeting.blockSignals(False)
        self.reload()

    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        fit_columns(self.view, stretch=5)
        self._update_count()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_filters(self) -> None:
        for combo in (self.outcome, self.year, self.meeting):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.aangifte.blockSignals(True)
        self.aangifte.setChecked(False)
        self.aangifte.blockSignals(False)
        self.search.clear()
        self.reload()

    def print_register(self) -> None:
        opener = document_opener()
        if opener is None:
            return
        from ui.meetings.documents import register_request

        opener(self.ctx, self, register_request(self.year.currentData() or None))

    # -- shown rows -----------------------------------------------------------------------------
    def shown(self) -> list[Decision]:
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.proxy.rowCount())]

    def _update_count(self) -> None:
        shown = self.shown()
        aangifte = sum(1 for d in shown if d.outcome == AANGIFTE)
        pending = sum(1 for d in shown if not d.is_final)
        self.count.setText(
            self.tr("{n} decisions shown · {a} to aangifte · {p} not yet final").format(
                n=len(shown), a=aangifte, p=pending
            )
        )

    def _current_decision(self) -> Decision | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _select(self, decision_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            d = self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole)
            if d.id == decision_id:
                self.view.selectRow(row)
                return
        self._show_detail()

    def edit_followup(self) -> None:
        """The aangifte follow-up track of the chosen decision (a dialog; saved on the worker)."""
        d = self._current_decision()
        if d is None or d.outcome != AANGIFTE:
            self.error.show_error(
                self.tr("Choose a decision to file an aangifte first; only those have a follow-up.")
            )
            return
        self.error.clear()
        dialog = FollowUpDialog(self.ctx, d.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _show_detail(self) -> None:
        d = self._current_decision()
        if d is None:
            self.detail.setText(self.tr("Choose a decision to see its full text."))
            return
        lines = [
            self.tr("{number} · {meeting} item {item} · case {case}").format(
                number=d.number, meeting=d.meeting_number, item=d.item_number, case=d.case_reference
            ),
            self.tr("Outcome: {outcome}").format(outcome=self.model.outcome_text(d)),
        ]
        if d.text:
            lines.append(d.text)
        if d.request:
            lines.append(self.tr("Information asked: {text}").format(text=d.request))
        if d.reason:
            lines.append(self.tr("Reason: {text}").format(text=d.reason))
        if responsible_text(d):
            lines.append(self.tr("Responsible: {who}").format(who=responsible_text(d)))
        if d.deadline:
            lines.append(self.tr("Deadline: {date}").format(date=short_date(d.deadline)))
        if d.keep_monitoring:
            lines.append(self.tr("Keep monitoring."))
        if d.disagreement:
            lines.append(self.tr("Disagreement recorded: {text}").format(text=d.disagreement))
        elif d.is_final:
            lines.append(self.tr("Confirmed by the IND and the OM."))
        else:
            missing = [org for org, at in (("IND", d.ind_confirmed_at), ("OM", d.om_confirmed_at)) if not at]
            lines.append(self.tr("Not yet confirmed by: {orgs}").format(orgs=", ".join(missing)))
        if d.action_numbers:
            lines.append(self.tr("Action items: {numbers}").format(numbers=", ".join(d.action_numbers)))
        self.detail.setText("\n".join(lines))
        if d.version > 1:  # changed through "Besluit wijzigen": the earlier versions are kept
            self.ctx.worker.with_store(
                lambda store: MeetingQueries(store).decision_history(d.id),
                lambda history: self._show_history(d, lines, history),
                lambda _exc: None,
                owner=self,
                label="decision-history",
            )

    def _show_history(self, d: Decision, lines: list[str], history: tuple[DecisionVersion, ...]) -> None:
        current = self._current_decision()
        if current is None or current.id != d.id:
            return
        out = [*lines, "", self.tr("Version {n}; earlier versions:").format(n=d.version)]
        for v in history:
            confirmed = [org for org, at in (("IND", v.ind_confirmed_at), ("OM", v.om_confirmed_at)) if at]
            details = [x for x in (v.text, v.request, v.reason) if x]
            out.append(
                self.tr("Version {n} ({outcome}), replaced on {date}; confirmed by: {orgs}").format(
                    n=v.version,
                    outcome=v.outcome_label,
                    date=short_date(v.replaced_at.date()),
                    orgs=", ".join(confirmed) or "—",
                )
            )
            out += [f"  {x}" for x in details]
        self.detail.setText("\n".join(out))


def create_area(ctx: AppContext, parent: QWidget) -> QWidget:
    return DecisionsArea(ctx, parent)
