"""The agenda builder widget: the agenda of one meeting beside the cases suggested for it.

It wires the pieces of this package together and talks to the worker: loading (``data``),
planned minutes (saved debounced, flushed before a lock), moving, adding and removing items.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import Action, Agenda, AgendaItem, AgendaService, CaseSuggestion, Keep
from ui.context import AppContext
from ui.meetings.agenda_builder.add_item_dialog import AddItemDialog
from ui.meetings.agenda_builder.data import BuilderData, load_builder, search_register
from ui.meetings.agenda_builder.model import MAX_MINUTES, AgendaModel
from ui.meetings.agenda_builder.open_actions import OpenActionsList
from ui.meetings.agenda_builder.suggestion_list import SuggestionList
from ui.meetings.agenda_builder.views import AgendaView, MinutesDelegate
from ui.meetings.common import ErrorLine, GuardGate, clock, duration, make_action
from ui.meetings.item_titles import item_title

SAVE_DELAY_MS = 600
SEARCH_DELAY_MS = 250


class AgendaBuilder(QWidget):
    """Agenda of one meeting plus the suggestions panel."""

    changed = Signal()  # the agenda changed in the store (counts on the list page, status)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.editable = False
        self._generation = 0
        self._pending: dict[int, int] = {}
        self._suggestions: tuple[CaseSuggestion, ...] = ()
        self._actions_open: tuple[Action, ...] = ()
        self._register_hits: list[CaseSuggestion] = []
        self._search_generation = 0
        self._save_timer = self._build_timer(SAVE_DELAY_MS, self.flush)
        self._search_timer = self._build_timer(SEARCH_DELAY_MS, self._search_register)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._build_agenda_side())
        split.addWidget(self._build_suggestions_side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._build_shortcuts()
        self._connect()
        self._update_enabled()

    def _build_timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    def _build_agenda_side(self) -> QWidget:
        """The agenda table with its hint, tools, end time and error line."""
        self.model = AgendaModel(self)
        self.view = AgendaView(self)
        self.view.setObjectName("agendaTable")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Agenda"))
        self.view.setItemDelegateForColumn(2, MinutesDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.state_hint = QLabel(self)
        self.state_hint.setObjectName("hintText")
        self.state_hint.setWordWrap(True)
        tools = self._build_agenda_tools()
        self.end_time = QLabel(self)
        self.end_time.setObjectName("agendaEndTime")
        self.end_time.setWordWrap(True)
        self.error = ErrorLine(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.state_hint)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.end_time)
        left_layout.addWidget(self.error)
        return left

    def _build_agenda_tools(self) -> QHBoxLayout:
        """Up, down, take off, add a topic, and the planned minutes of the chosen item."""
        self.up_button = QPushButton(self.tr("Up"), self)
        self.up_button.setAccessibleName(self.tr("Move item up"))
        self.up_button.setToolTip(self.tr("Move the chosen item up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Down"), self)
        self.down_button.setAccessibleName(self.tr("Move item down"))
        self.down_button.setToolTip(self.tr("Move the chosen item down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("Take off"), self)
        self.remove_button.setAccessibleName(self.tr("Take the item off the agenda"))
        self.remove_button.setToolTip(self.tr("Take the chosen item off the agenda (Delete)"))
        self.add_item_button = QPushButton(self.tr("Topic…"), self)
        self.add_item_button.setAccessibleName(self.tr("Add a topic to the agenda"))
        self.add_item_button.setToolTip(self.tr("Add a topic that is not a case (Ctrl+Shift+T)"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Planned minutes of the chosen item"))
        minutes_label = QLabel(self.tr("Duration"), self)
        minutes_label.setBuddy(self.minutes)
        tools = QHBoxLayout()
        tools.addWidget(self.up_button)
        tools.addWidget(self.down_button)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.add_item_button)
        tools.addStretch(1)
        tools.addWidget(minutes_label)
        tools.addWidget(self.minutes)
        return tools

    def _build_suggestions_side(self) -> QWidget:
        """The register search, the suggested cases and the open action items."""
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Suggested cases"), right)
        heading.setObjectName("sectionTitle")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.search = QLineEdit(right)
        self.search.setAccessibleName(self.tr("Search the case register"))
        self.search.setPlaceholderText(self.tr("Search the register (reference, country, role…)"))
        self.search.setClearButtonEnabled(True)
        self.suggestions = SuggestionList(right)
        self.suggestions.setObjectName("caseSuggestions")
        self.suggestions.setAccessibleName(self.tr("Suggested cases"))
        self.add_case_button = QPushButton(self.tr("Put on the agenda"), right)
        self.add_case_button.setAccessibleName(self.tr("Put the chosen case on the agenda"))
        self.add_case_button.setToolTip(self.tr("Put the chosen case on the agenda (Enter or Insert)"))
        self.actions_heading = QLabel(right)
        self.actions_heading.setFont(font)
        self.actions_hint = QLabel(self.tr('They are discussed under the item "Action list".'), right)
        self.actions_hint.setObjectName("hintText")
        self.actions_hint.setWordWrap(True)
        self.open_actions = OpenActionsList(right)
        self.open_actions.setObjectName("openActions")
        self.open_actions.setAccessibleName(self.tr("Open action items from earlier meetings"))
        right_layout.addWidget(heading)
        right_layout.addWidget(self.search)
        right_layout.addWidget(self.suggestions, 3)
        right_layout.addWidget(self.add_case_button)
        right_layout.addWidget(self.actions_heading)
        right_layout.addWidget(self.actions_hint)
        right_layout.addWidget(self.open_actions, 1)
        return right

    def _build_shortcuts(self) -> None:
        self.edit_actions = [
            make_action(self, self.tr("Move agenda item up"), "Ctrl+Up", lambda: self.move_current(-1)),
            make_action(self, self.tr("Move agenda item down"), "Ctrl+Down", lambda: self.move_current(1)),
            # Delete only while the agenda table has the focus (not in the search field).
            make_action(self.view, self.tr("Take agenda item off"), "Del", self.remove_current),
            make_action(self, self.tr("Put chosen case on the agenda"), "Ins", self.add_current_suggestion),
            make_action(self, self.tr("Add a topic…"), "Ctrl+Shift+T", self.open_add_item),
        ]
        self.search_action = make_action(
            self, self.tr("Search the case register"), "Ctrl+F", self._focus_search
        )
        self.shortcut_actions = [*self.edit_actions, self.search_action]

    def _connect(self) -> None:
        self.model.minutes_edited.connect(self._minutes_edited)
        self.model.modelReset.connect(self._update_totals)
        self.model.dataChanged.connect(lambda *_a: self._update_totals())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._current_changed())
        self.view.move_requested.connect(self.move_item)
        self.view.move_key.connect(self.move_current)
        self.view.case_dropped.connect(lambda case_id, slot: self.add_case(case_id, slot + 1))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.add_item_button.clicked.connect(self.open_add_item)
        self.minutes.valueChanged.connect(self._spin_changed)
        self.add_case_button.clicked.connect(self.add_current_suggestion)
        self.suggestions.itemActivated.connect(lambda _item: self.add_current_suggestion())
        self.suggestions.currentItemChanged.connect(lambda _c, _p: self._update_enabled())
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_register)

    # -- loading --------------------------------------------------------------------------------
    def load(self, meeting_id: int, editable: bool) -> None:
        if meeting_id != self.meeting_id:
            self.flush()
            self.model.clear()
            self.search.clear()
        self.meeting_id = meeting_id
        self.editable = editable
        self.reload()

    def reload(self, select_item: int | None = None) -> None:
        if self.meeting_id is None:
            return
        self._generation += 1
        generation, meeting_id = self._generation, self.meeting_id
        if select_item is None:
            current = self.current_item()
            select_item = current.id if current else None
        self.ctx.worker.with_store(
            lambda store: load_builder(store, meeting_id),
            lambda data: self._loaded(generation, data, select_item),
            self.error.show_error,
            owner=self,
            label="agenda-load",
        )

    def _loaded(self, generation: int, data: BuilderData, select_item: int | None) -> None:
        if generation != self._generation:
            return
        self.error.clear()
        editable = self.editable and data.agenda.meeting.status == "concept"
        self.model.set_agenda(data.agenda, editable, self._pending)
        self._suggestions = data.suggestions.cases
        self._actions_open = data.suggestions.actions
        self._fill_suggestions()
        self._fill_actions()
        row = self.model.row_of(select_item) if select_item is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        self._set_state_hint(data.agenda)
        self._update_enabled()

    def _set_state_hint(self, agenda: Agenda) -> None:
        status = agenda.meeting.status
        if status == "concept":
            text = self.tr(
                "Drag items to reorder them, or use Ctrl+Up and Ctrl+Down. Change the planned minutes "
                "in the table or under it."
            )
        elif status == "agenda_vastgesteld":
            text = self.tr("The agenda is fixed. Reopen it to change it.")
        else:
            text = self.tr("The agenda is part of the meeting's record; it is changed in the live view.")
        self.state_hint.setText(text)

    def _fill_suggestions(self) -> None:
        on_agenda = {r.item.case_id for r in self.model.rows if r.item.case_id is not None}
        words = self.search.text().lower().split()
        shown: list[CaseSuggestion] = []
        for s in self._suggestions:
            haystack = f"{s.reference} {s.summary}".lower()
            if s.case_id not in on_agenda and all(w in haystack for w in words):
                shown.append(s)
        seen = {s.case_id for s in shown}
        if words:
            shown += [s for s in self._register_hits if s.case_id not in seen and s.case_id not in on_agenda]
        self.suggestions.show_suggestions(shown, searching=bool(words))

    def suggested_case_ids(self) -> list[int]:
        """The cases in the suggestion list, in their order (headers left out)."""
        return self.suggestions.case_ids()

    def select_suggestion(self, case_id: int) -> bool:
        return self.suggestions.select_case(case_id)

    def _fill_actions(self) -> None:
        self.actions_heading.setText(self.tr("Open action items ({n})").format(n=len(self._actions_open)))
        self.open_actions.show_actions(self._actions_open, self.ctx.wall_clock().date())

    # -- state ----------------------------------------------------------------------------------
    def current_item(self) -> AgendaItem | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _current_changed(self) -> None:
        row = self.current_row()
        self.minutes.blockSignals(True)
        self.minutes.setValue(self.model.rows[row].minutes if row >= 0 else 0)
        self.minutes.blockSignals(False)
        self._update_enabled()

    def _update_enabled(self) -> None:
        editable = self.model.editable
        row = self.current_row()
        has = row >= 0
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and has and row < self.model.rowCount() - 1)
        self.remove_button.setEnabled(editable and has)
        self.add_item_button.setEnabled(editable)
        self.minutes.setEnabled(editable and has)
        current = self.suggestions.currentItem()
        can_add = editable and current is not None and bool(current.flags() & Qt.ItemFlag.ItemIsEnabled)
        self.add_case_button.setEnabled(can_add)
        for action in self.edit_actions:
            action.setEnabled(editable)

    def _update_totals(self) -> None:
        if not self.model.rows:
            self.end_time.setText("")
            return
        self.end_time.setText(
            self.tr("Start {start} · planned end {end} · {total} in total").format(
                start=clock(self.model.start.time()),
                end=clock(self.model.planned_end()),
                total=duration(self.model.total_minutes()),
            )
        )

    def planned_end(self) -> time:
        return self.model.planned_end()

    # -- planned minutes ------------------------------------------------------------------------
    def _spin_changed(self, value: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.set_minutes(row, value)

    def _minutes_edited(self, item_id: int, minutes: int) -> None:
        self._pending[item_id] = minutes
        current = self.current_item()
        if current is not None and current.id == item_id:
            self.minutes.blockSignals(True)
            self.minutes.setValue(minutes)
            self.minutes.blockSignals(False)
        self._save_timer.start()

    def flush(self) -> None:
        """Queue the pending planned-minute changes on the worker (also before a lock)."""
        self._save_timer.stop()
        if not self._pending:
            return
        pending, self._pending = dict(self._pending), {}

        def save(store: Any) -> None:
            service = AgendaService(store)
            for item_id, minutes in pending.items():
                service.set_planned_minutes(item_id, minutes)

        def failed(exc: BaseException) -> None:
            self.error.show_error(exc)
            self.reload()

        self.ctx.worker.with_store(
            save, lambda _r: self.changed.emit(), failed, owner=self, label="agenda-plan"
        )

    # -- order ----------------------------------------------------------------------------------
    def move_current(self, step: int) -> None:
        item = self.current_item()
        if item is None or not self.model.editable:
            return
        target = self.current_row() + step
        if 0 <= target < self.model.rowCount():
            self.move_item(item.id, target)

    def move_item(self, item_id: int, target: int) -> None:
        """Move an item to index ``target``: at once on screen, then in the store."""
        source = self.model.row_of(item_id)
        if source < 0 or not self.model.move(source, target):
            return
        self.view.selectRow(target)
        self.flush()
        self._generation += 1  # a load that was under way is stale now
        self.ctx.worker.with_store(
            lambda store: AgendaService(store).move_item(item_id, target + 1),
            lambda agenda: self._apply_agenda(agenda, item_id),
            self._write_failed,
            owner=self,
            label="agenda-move",
        )

    def _apply_agenda(self, agenda: Agenda, select_item: int | None) -> None:
        self.model.set_agenda(agenda, self.model.editable, self._pending)
        row = self.model.row_of(select_item) if select_item is not None else -1
        if row >= 0:
            self.view.selectRow(row)
        self.error.clear()
        self._fill_suggestions()
        self.changed.emit()

    def _write_failed(self, exc: BaseException) -> None:
        self.error.show_error(exc)
        self.reload()

    # -- adding and removing --------------------------------------------------------------------
    def add_current_suggestion(self) -> None:
        current = self.suggestions.currentItem()
        if current is None or not current.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.add_case(int(current.data(Qt.ItemDataRole.UserRole)))

    def add_case(self, case_id: int, position: int | None = None) -> None:
        if self.meeting_id is None or not self.model.editable:
            return
        meeting_id = self.meeting_id
        self.flush()
        self.ctx.worker.with_store(
            lambda store: AgendaService(store).add_case_item(meeting_id, case_id, position=position),
            self._added,
            self._write_failed,
            owner=self,
            label="agenda-add-case",
        )

    def _added(self, item: AgendaItem) -> None:
        self._register_hits = [s for s in self._register_hits if s.case_id != item.case_id]
        self.reload(select_item=item.id)
        self.changed.emit()

    def remove_current(self) -> None:
        item = self.current_item()
        if item is None or not self.model.editable:
            return
        if item.kind != "case":
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Take off the agenda"),
                self.tr('Take "{title}" off the agenda?').format(title=item_title(item)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Take off"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.accepted.connect(lambda: self._remove(item))
            box.open()
            return
        self._remove(item)

    def _remove(self, item: AgendaItem) -> None:
        row = self.model.row_of(item.id)
        following = self.model.item_at(row + 1) or self.model.item_at(row - 1)
        self.flush()

        def removed(_result: object) -> None:
            self.reload(select_item=following.id if following else None)
            self.changed.emit()

        self.ctx.worker.with_store(
            lambda store: AgendaService(store).remove_item(item.id),
            removed,
            self._write_failed,
            owner=self,
            label="agenda-remove",
        )

    def open_add_item(self) -> AddItemDialog | None:
        if self.meeting_id is None or not self.model.editable:
            return None
        dialog = AddItemDialog(self)
        meeting_id = self.meeting_id

        def submit(keep: list[Keep] | None = None) -> None:
            title = dialog.title.text().strip()
            if not title:
                dialog.error.show_error(self.tr("Give the item a title."))
                return
            minutes = dialog.minutes.value()
            dialog.ok_button.setEnabled(False)
            dialog.error.clear()

            def failed(exc: BaseException) -> None:
                dialog.ok_button.setEnabled(True)
                if not gate.handle(exc):
                    dialog.error.show_error(exc)

            def added(item: AgendaItem) -> None:
                dialog.accept()
                self.reload(select_item=item.id)
                self.changed.emit()

            self.flush()
            self.ctx.worker.with_store(
                lambda store: AgendaService(store).add_item(
                    meeting_id, title, planned_minutes=minutes, keep=keep or ()
                ),
                added,
                failed,
                owner=dialog,
                label="agenda-add-item",
            )

        gate = GuardGate(dialog.guard_panel, {"title": (dialog.title, self.tr("Title"))}, submit)
        dialog.ok_button.clicked.connect(lambda: submit())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- register search ------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self._register_hits = []
        self._fill_suggestions()
        if text.strip():
            self._search_timer.start()

    def _search_register(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        self._search_generation += 1
        generation = self._search_generation
        exclude = {r.item.case_id for r in self.model.rows if r.item.case_id is not None}

        def found(hits: list[CaseSuggestion]) -> None:
            if generation == self._search_generation:
                self._register_hits = hits
                self._fill_suggestions()

        self.ctx.worker.with_store(
            lambda store: search_register(store, text, exclude),
            found,
            self.error.show_error,
            owner=self,
            label="agenda-search",
        )
