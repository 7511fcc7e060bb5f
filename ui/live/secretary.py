"""The secretary's view: minutes per item (autosaved, undo per item, possible personal data
underlined), presence per item, the outcome of a case with its IND/OM confirmations, and the
item's action items."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import Decision, ItemMinutes
from ui.live.adoption import ADOPT_KEYS, adoption_state
from ui.live.autosave import Draft
from ui.live.data import RECORDING, LiveData, presence_for
from ui.live.texts import clock_text, item_label, long_date, outcome_label, timer_status
from ui.live.timing import ClockState, format_duration
from ui.meetings.common import action_status_label, owner_label
from ui.widgets.error_text import user_message
from ui.widgets.guard_panel import BlockedField, GuardPanel, keepable
from ui.widgets.guarded_text import GuardedTextEdit, Mark


class SecretaryView(QWidget):
    """Shows the minutes, presence, decision and actions of one agenda item of a meeting
    (``show_meeting``, ``show_item``, ``show_clock``); what the user wants done leaves as signals,
    for the live view to carry out. The drafts it is given (item id -> ``Draft``) hold the text of
    the minutes; the live view keeps and saves them."""

    typed = Signal(int, str)  # item id, the editor's whole text
    focus_left = Signal()  # the editor lost the keyboard: the next typing is a new undo step
    leaving_item = Signal(int)  # another item's minutes are about to be shown: save this one now
    item_switched = Signal(int)  # the minutes of this item are now in the editor
    undo_requested = Signal()
    redo_requested = Signal()
    keep_requested = Signal(int, str, list)  # item id, the text, one storage.anonymity.Keep per finding
    presence_changed = Signal(int, int, bool)  # item id, participant id, there
    outcome_chosen = Signal(str)  # outcome key
    confirmation_requested = Signal(str)  # "IND" or "OM": confirm or withdraw
    disagreement_requested = Signal()
    delete_decision_requested = Signal()
    new_action_requested = Signal()
    line_action_requested = Signal()
    close_action_requested = Signal(int, str)  # action id, status
    adopt_requested = Signal()
    minutes_requested = Signal()  # Esc in the attendance list: back to the minutes

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder  # what the store holds instead of a withheld part
        self.setObjectName("secretaryView")
        self.setAccessibleName(self.tr("Secretary's view"))
        self.item_id: int | None = None
        self._data: LiveData | None = None
        self._clock: ClockState | None = None
        self._drafts: Mapping[int, Draft] = {}
        self._cursor_at: dict[int, int] = {}
        self._pending_keep: tuple[int, tuple[Mark, ...]] | None = None
        self._recording = False
        self._filling = False
        top = self._build_top()
        editor_box = self._build_editor()
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        self._build_presence(side)
        self._build_adoption(side)
        self._build_decision(side)
        self._build_action_items(side)
        side_layout.addWidget(self.adoption_box)
        side_layout.addWidget(self.decision_box)
        side_layout.addWidget(self.presence_box)
        side_layout.addWidget(self.actions_box)
        side_layout.addStretch(1)
        self._build_layout(top, editor_box, side)

    def _build_top(self) -> QHBoxLayout:
        self.items = QComboBox(self)
        self.items.setAccessibleName(self.tr("Agenda item of the minutes"))
        self.items.currentIndexChanged.connect(self._chosen)
        items_label = QLabel(self.tr("Minutes of"), self)
        items_label.setBuddy(self.items)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("hintText")
        self.save_state.setAccessibleName(self.tr("Save state of the minutes"))
        self.follow = QLabel(self)
        self.follow.setObjectName("warningText")
        self.follow.setVisible(False)
        self.timer = QLabel(self)
        self.timer.setAccessibleName(self.tr("Item timer"))
        top = QHBoxLayout()
        top.addWidget(items_label)
        top.addWidget(self.items, 1)
        top.addWidget(self.follow)
        top.addWidget(self.save_state)
        top.addSpacing(12)
        top.addWidget(self.timer)
        return top

    def _build_editor(self) -> QWidget:
        self.editor = GuardedTextEdit("minutes", self.tr("Minutes"), multiline=True, lines=12, parent=self)
        self.editor.setObjectName("minutesEditor")
        self.editor.setPlaceholderText(
            self.tr("Minutes of this item. Ctrl+Shift+A turns the current line into an action item.")
        )
        self.editor.edited.connect(self._typed)
        self.editor.undo_requested.connect(self.undo_requested)
        self.editor.redo_requested.connect(self.redo_requested)
        self.editor.focus_left.connect(self.focus_left)
        self.editor.findings_changed.connect(self.show_findings)
        self.withheld_note = QLabel(self)
        self.withheld_note.setObjectName("hintText")
        self.withheld_note.setWordWrap(True)
        self.withheld_note.setVisible(False)
        self.guard_panel = GuardPanel(self)
        self.guard_panel.keep_requested.connect(self._keep)
        self.guard_panel.goto_requested.connect(lambda _field: self._goto_finding())
        editor_box = QWidget(self)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addWidget(self.withheld_note)
        editor_layout.addWidget(self.guard_panel)
        return editor_box

    def _build_presence(self, side: QWidget) -> None:
        self.presence_box = QGroupBox(self.tr("Present for this item"), side)
        self.presence = QListWidget(self.presence_box)
        self.presence.setAccessibleName(self.tr("Present for this item"))
        self.presence.setToolTip(self.tr("Space ticks or unticks (Ctrl+Shift+P)"))
        self.presence.setTabKeyNavigation(False)
        self.presence.itemChanged.connect(self._presence_changed)
        self.presence.installEventFilter(self)
        presence_layout = QVBoxLayout(self.presence_box)
        presence_layout.setContentsMargins(6, 4, 6, 4)
        presence_layout.addWidget(self.presence)

    def _build_adoption(self, side: QWidget) -> None:
        """Item 2: the previous minutes are adopted here (see ui.live.adoption)."""
        self.adoption_box = QGroupBox(self.tr("Previous minutes"), side)
        self.adoption_text = QLabel(self.adoption_box)
        self.adoption_text.setWordWrap(True)
        self.adoption_text.setAccessibleName(self.tr("State of the previous minutes"))
        self.adopt_button = QPushButton(self.tr("Adopt previous minutes…"), self.adoption_box)
        self.adopt_button.setAccessibleName(self.tr("Adopt the minutes of the previous meeting"))
        self.adopt_button.setToolTip(ADOPT_KEYS)
        self.adopt_button.clicked.connect(self.adopt_requested)
        adoption_layout = QVBoxLayout(self.adoption_box)
        adoption_layout.setContentsMargins(6, 4, 6, 4)
        adoption_layout.addWidget(self.adoption_text)
        adoption_layout.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignRight)
        self.adoption_box.setVisible(False)

    def _build_decision(self, side: QWidget) -> None:
        self.decision_box = QGroupBox(self.tr("Decision"), side)
        self.outcome_grid = QGridLayout()
        self.outcome_grid.setContentsMargins(0, 0, 0, 0)
        self.outcome_buttons: list[QPushButton] = []
        self.outcome_keys: dict[int, str] = {}  # id(button) -> outcome key
        self.decision_text = QLabel(self.decision_box)
        self.decision_text.setWordWrap(True)
        self.decision_text.setTextFormat(Qt.TextFormat.PlainText)
        self.decision_text.setAccessibleName(self.tr("Decision of this item"))
        self.finality = QLabel(self.decision_box)
        self.finality.setWordWrap(True)
        self.finality.setAccessibleName(self.tr("Confirmation of the decision"))
        self.confirm_ind = QPushButton(self.tr("IND confirms"), self.decision_box)
        self.confirm_ind.setToolTip("Ctrl+Shift+I")
        self.confirm_ind.clicked.connect(lambda: self.confirmation_requested.emit("IND"))
        self.confirm_om = QPushButton(self.tr("OM confirms"), self.decision_box)
        self.confirm_om.setToolTip("Ctrl+Shift+M")
        self.confirm_om.clicked.connect(lambda: self.confirmation_requested.emit("OM"))
        self.disagree = QPushButton(self.tr("Disagreement…"), self.decision_box)
        self.disagree.setAccessibleName(self.tr("Record a disagreement between IND and OM"))
        self.disagree.setToolTip("Ctrl+Shift+D")
        self.disagree.clicked.connect(self.disagreement_requested)
        self.delete_decision = QPushButton(self.tr("Delete decision…"), self.decision_box)
        self.delete_decision.clicked.connect(self.delete_decision_requested)
        confirm_row = QGridLayout()
        confirm_row.setContentsMargins(0, 0, 0, 0)
        confirm_row.addWidget(self.confirm_ind, 0, 0)
        confirm_row.addWidget(self.confirm_om, 0, 1)
        confirm_row.addWidget(self.disagree, 1, 0)
        confirm_row.addWidget(self.delete_decision, 1, 1)
        self.not_a_case = QLabel(self.tr("Decisions are recorded for case items."), self.decision_box)
        self.not_a_case.setObjectName("hintText")
        self.not_a_case.setWordWrap(True)
        decision_layout = QVBoxLayout(self.decision_box)
        decision_layout.setContentsMargins(6, 4, 6, 4)
        decision_layout.addWidget(self.not_a_case)
        decision_layout.addLayout(self.outcome_grid)
        decision_layout.addWidget(self.decision_text)
        decision_layout.addWidget(self.finality)
        decision_layout.addLayout(confirm_row)

    def _build_action_items(self, side: QWidget) -> None:
        self.actions_box = QGroupBox(self.tr("Action items of this item"), side)
        self.action_items = QListWidget(self.actions_box)
        self.action_items.setAccessibleName(self.tr("Action items of this item"))
        self.action_items.setTabKeyNavigation(False)
        self.action_items.setWordWrap(True)
        self.new_action = QPushButton(self.tr("New action…"), self.actions_box)
        self.new_action.setToolTip("Ctrl+Shift+N")
        self.new_action.clicked.connect(lambda: self.new_action_requested.emit())
        self.line_action = QPushButton(self.tr("Line to action…"), self.actions_box)
        self.line_action.setAccessibleName(self.tr("Turn the current line of the minutes into an action"))
        self.line_action.setToolTip("Ctrl+Shift+A")
        self.line_action.clicked.connect(self.line_action_requested)
        # At item "Actielijst": the open actions of earlier meetings are closed at the table.
        self.action_done = QPushButton(self.tr("Done"), self.actions_box)
        self.action_done.setAccessibleName(self.tr("The selected action is done"))
        self.action_done.clicked.connect(lambda: self._close_action("done"))
        self.action_cancelled = QPushButton(self.tr("Cancelled"), self.actions_box)
        self.action_cancelled.setAccessibleName(self.tr("The selected action is cancelled"))
        self.action_cancelled.clicked.connect(lambda: self._close_action("cancelled"))
        self.action_items.currentRowChanged.connect(lambda _row: self._update_close_buttons())
        action_buttons = QGridLayout()
        action_buttons.setContentsMargins(0, 0, 0, 0)
        action_buttons.addWidget(self.new_action, 0, 0)
        action_buttons.addWidget(self.line_action, 0, 1)
        action_buttons.addWidget(self.action_done, 1, 0)
        action_buttons.addWidget(self.action_cancelled, 1, 1)
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.setContentsMargins(6, 4, 6, 4)
        actions_layout.addWidget(self.action_items)
        actions_layout.addLayout(action_buttons)

    def _build_layout(self, top: QHBoxLayout, editor_box: QWidget, side: QWidget) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setMinimumWidth(300)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(editor_box)
        self.split.addWidget(scroll)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)

    # -- data -----------------------------------------------------------------------------------
    @property
    def status(self) -> str:
        return "" if self._data is None else self._data.meeting.status

    def show_meeting(self, data: LiveData, clock: ClockState, drafts: Mapping[int, Draft]) -> None:
        """Show the meeting ``data`` with the minutes ``drafts`` (one per agenda item); the item on
        screen stays, or the current item (``clock``), or the first."""
        self._data = data
        self._clock = clock
        self._drafts = drafts
        meeting = data.meeting
        known = [p.name for p in meeting.participants] + [meeting.chair, meeting.secretary]
        self.editor.set_known_names(tuple(n for n in known if n and n.strip()))  # not flagged here
        self._filling = True
        self.items.blockSignals(True)
        self.items.clear()
        for entry in data.items:
            self.items.addItem(item_label(entry.item), entry.item.id)
        self.items.blockSignals(False)
        self._build_outcome_buttons(data)
        self._filling = False
        if self.item_id is None or data.item(self.item_id) is None:
            first = data.item(clock.current) or (data.items[0] if data.items else None)
            if first is not None:
                self.show_item(first.item.id)
                return
        self.show_item(self.item_id)

    def _build_outcome_buttons(self, data: LiveData) -> None:
        if [self.outcome_keys.get(id(b)) for b in self.outcome_buttons] == [o.key for o in data.outcomes]:
            return
        for button in self.outcome_buttons:
            button.deleteLater()
        self.outcome_buttons = []
        self.outcome_keys = {}
        for index, outcome in enumerate(data.outcomes):
            text = outcome_label(outcome.key, outcome.display())
            button = QPushButton(f"{index + 1}  {text}" if index < 9 else text, self.decision_box)
            self.outcome_keys[id(button)] = outcome.key
            button.setAccessibleName(text)
            if index < 9:
                button.setToolTip(f"Alt+{index + 1}")
            button.clicked.connect(lambda _checked=False, key=outcome.key: self.outcome_chosen.emit(key))
            self.outcome_grid.addWidget(button, index // 2, index % 2)
            self.outcome_buttons.append(button)

    def show_item(self, item_id: int | None) -> None:
        """Show the minutes, presence, decision and actions of ``item_id``."""
        data = self._data
        if data is None or item_id is None:
            return
        entry = data.item(item_id)
        if entry is None:
            return
        if item_id != self.item_id:
            if self.item_id is not None:
                self._cursor_at[self.item_id] = self.editor.textCursor().position()
                self.leaving_item.emit(self.item_id)  # switching items saves at once
            self.item_id = item_id
            draft = self._drafts.get(item_id)
            text, kept = (draft.text, draft.kept) if draft is not None else (entry.text, frozenset[str]())
            self.editor.set_text(text, kept_spans=set(kept))
            cursor = self.editor.textCursor()
            end = len(self.editor.toPlainText().encode("utf-16-le")) // 2
            cursor.setPosition(min(self._cursor_at.get(item_id, end), end))
            self.editor.setTextCursor(cursor)
            self.guard_panel.clear()
            self.item_switched.emit(item_id)
        index = self.items.findData(item_id)
        if index >= 0 and index != self.items.currentIndex():
            self.items.blockSignals(True)
            self.items.setCurrentIndex(index)
            self.items.blockSignals(False)
        recording = self.status in RECORDING
        self.editor.setReadOnly(not recording)
        self._fill_presence(entry, data, recording)
        self._fill_decision(entry, recording)
        self._fill_adoption(entry, data)
        self._fill_actions(entry, recording)
        self.show_save_state()

    def show_clock(self, clock: ClockState) -> None:
        """The running item's time, for a secretary who also keeps the clock."""
        self._clock = clock
        state = clock.item
        if state.item_id is None:
            text = ""
        else:
            planned = format_duration(state.planned) if state.timed else "–"
            text = f"{format_duration(state.elapsed)} / {planned} · {timer_status(state)}"
        if self.timer.text() != text:
            self.timer.setText(text)
        current = clock.current
        data = self._data
        entry = data.item(current) if data is not None else None
        follow = ""
        if entry is not None and current != self.item_id and self.status == "in_vergadering":
            follow = self.tr("The chair is at item {number}").format(number=entry.item.number)
        if self.follow.text() != follow:
            self.follow.setText(follow)
            self.follow.setVisible(bool(follow))

    def _chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        self.show_item(self.items.itemData(index))

    def _fill_presence(self, entry: ItemMinutes, data: LiveData, recording: bool) -> None:
        self.presence.blockSignals(True)
        row = self.presence.currentRow()
        self.presence.clear()
        for person, here in presence_for(entry, data.meeting.participants):
            org = person.organisation_label
            text = f"{person.name} ({org})" if org and org not in person.name else person.name
            if person.attendance != "present":
                text = self.tr("{person} — not at the meeting").format(person=text)
            item = QListWidgetItem(text, self.presence)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if recording:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if here else Qt.CheckState.Unchecked)
        if 0 <= row < self.presence.count():
            self.presence.setCurrentRow(row)
        self.presence.setFixedHeight(min(6, max(2, self.presence.count())) * 22 + 8)
        self.presence.blockSignals(False)

    def _presence_changed(self, item: QListWidgetItem) -> None:
        if self.item_id is None:
            return
        participant_id = item.data(Qt.ItemDataRole.UserRole)
        self.presence_changed.emit(
            self.item_id, int(participant_id), item.checkState() == Qt.CheckState.Checked
        )

    def _fill_adoption(self, entry: ItemMinutes, data: LiveData) -> None:
        state = adoption_state(data.meeting, data.previous, entry)
        self.adoption_box.setVisible(state.shown)
        self.decision_box.setVisible(not state.shown)  # item 2 has no decision of its own
        self.adopt_button.setEnabled(state.can_adopt)
        self.adopt_button.setVisible(state.can_adopt)
        if self.adoption_text.text() != state.text or self.adoption_text.objectName() != state.style:
            self.adoption_text.setText(state.text)
            self.adoption_text.setObjectName(state.style)
            self.adoption_text.style().unpolish(self.adoption_text)
            self.adoption_text.style().polish(self.adoption_text)

    def _fill_decision(self, entry: ItemMinutes, recording: bool) -> None:
        is_case = entry.item.kind == "case" and entry.item.case_id is not None
        self.not_a_case.setVisible(not is_case)
        decision = entry.decisions[0] if entry.decisions else None
        for button in self.outcome_buttons:
            button.setVisible(is_case)
            button.setEnabled(recording)
            chosen = decision is not None and self.outcome_keys.get(id(button)) == decision.outcome
            button.setProperty("chosen", chosen)
            font = button.font()
            font.setBold(chosen)
            button.setFont(font)
        for widget in (
            self.decision_text,
            self.finality,
            self.confirm_ind,
            self.confirm_om,
            self.disagree,
            self.delete_decision,
        ):
            widget.setVisible(is_case and decision is not None)
        if decision is None:
            self.decision_text.clear()
            self.finality.clear()
            return
        self.decision_text.setText(self.decision_summary(decision))
        self.finality.setText(self.finality_text(decision))
        self.finality.setObjectName("okText" if decision.is_final else "warningText")
        self.finality.style().unpolish(self.finality)
        self.finality.style().polish(self.finality)
        # as short as "IND confirms": a longer text widened the side panel past its scroll area
        self.confirm_ind.setText(
            self.tr("IND withdraws") if decision.ind_confirmed_at else self.tr("IND confirms")
        )
        self.confirm_ind.setAccessibleName(
            self.tr("Withdraw IND confirmation") if decision.ind_confirmed_at else self.tr("IND confirms")
        )
        self.confirm_om.setText(
            self.tr("OM withdraws") if decision.om_confirmed_at else self.tr("OM confirms")
        )
        self.confirm_om.setAccessibleName(
            self.tr("Withdraw OM confirmation") if decision.om_confirmed_at else self.tr("OM confirms")
        )
        for button in (self.confirm_ind, self.confirm_om, self.disagree, self.delete_decision):
            button.setEnabled(recording)
        self.disagree.setEnabled(recording and not decision.disagreement_at)

    def decision_summary(self, decision: Decision) -> str:
        label = outcome_label(decision.outcome, decision.outcome_label)
        parts = [f"{decision.number} · {label}"]
        if decision.version > 1:  # changed through "Besluit wijzigen"; earlier versions are kept
            parts[0] += " · " + self.tr("version {n}").format(n=decision.version)
        if decision.text:
            parts.append(decision.text)
        if decision.responsible_label:
            parts.append(self.tr("Responsible: {who}").format(who=decision.responsible_label))
        if decision.request:
            parts.append(self.tr("Information: {what}").format(what=decision.request))
        if decision.reason:
            parts.append(self.tr("Reason: {why}").format(why=decision.reason))
        if decision.deadline:
            parts.append(self.tr("Date: {date}").format(date=long_date(decision.deadline)))
        if decision.action_numbers:
            parts.append(self.tr("Action: {numbers}").format(numbers=", ".join(decision.action_numbers)))
        return "\n".join(parts)

    def finality_text(self, decision: Decision) -> str:
        if decision.disagreement_at:
            return self.tr("Final: disagreement recorded by the chair.")
        if decision.is_final:
            return self.tr("Final: confirmed by the IND and the OM.")
        missing = [
            org
            for org, at in (("IND", decision.ind_confirmed_at), ("OM", decision.om_confirmed_at))
            if not at
        ]
        return self.tr("Draft: awaiting confirmation by {who}.").format(who=self.tr(" and ").join(missing))

    def _fill_actions(self, entry: ItemMinutes, recording: bool) -> None:
        row = self.action_items.currentRow()
        # no row while the list is rebuilt would disable Done/Cancelled for a moment, and the
        # keyboard would jump from them to wherever Qt finds room (the agenda, the attendance list)
        self.action_items.blockSignals(True)
        self.action_items.clear()
        action_list = entry.item.kind == "actions" and self._data is not None
        actions = self._data.action_list.actions if action_list and self._data is not None else entry.actions
        self.actions_box.setTitle(
            self.tr("Action list") if action_list else self.tr("Action items of this item")
        )
        self.action_items.setAccessibleName(self.actions_box.title())
        for action in actions:
            deadline = long_date(action.deadline) if action.deadline else "–"
            text = self.tr("{number} · {text} — {owner}, {deadline}").format(
                number=action.number,
                text=action.text,
                owner=owner_label(action.owner_organisation, action.owner_role),
                deadline=deadline,
            )
            if not action.is_open:
                text = self.tr("{action} ({status})").format(
                    action=text, status=action_status_label(action.status)
                )
            item = QListWidgetItem(text, self.action_items)
            item.setData(Qt.ItemDataRole.UserRole, action.id if action.is_open else None)
            if not action.is_open:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
        if not actions:
            placeholder = QListWidgetItem(self.tr("No action items yet."), self.action_items)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        if 0 <= row < self.action_items.count():
            self.action_items.setCurrentRow(row)
            self.action_items.currentItem().setSelected(True)
        self.action_items.blockSignals(False)
        self.action_items.setFixedHeight(
            min(8 if action_list else 5, max(2, self.action_items.count())) * 34 + 8
        )
        self.new_action.setEnabled(recording)
        self.line_action.setEnabled(recording)
        self.action_done.setVisible(action_list)
        self.action_cancelled.setVisible(action_list)
        self._recording = recording
        self._update_close_buttons()

    def _update_close_buttons(self) -> None:
        item = self.action_items.currentItem()
        open_action = item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        for button in (self.action_done, self.action_cancelled):
            button.setEnabled(open_action and self._recording)

    def _close_action(self, status: str) -> None:
        item = self.action_items.currentItem()
        action_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if action_id is not None:
            # back to the list, where the next action shows as chosen: one key press closes one
            # action, never the next one as well
            self.action_items.setFocus(Qt.FocusReason.OtherFocusReason)
            self.close_action_requested.emit(int(action_id), status)

    # -- save state and findings ----------------------------------------------------------------
    def _draft(self) -> Draft | None:
        return None if self.item_id is None else self._drafts.get(self.item_id)

    def show_save_state(self) -> None:
        draft = self._draft()
        if draft is None:
            self.save_state.clear()
            return
        if draft.error:
            text = self.tr("Not saved yet: {error}").format(error=draft.error)
            self.save_state.setObjectName("errorText")
        elif draft.busy or draft.dirty:
            text = self.tr("Saving…")
            self.save_state.setObjectName("hintText")
        elif draft.saved_at is not None:
            text = self.tr("Saved {time}").format(time=clock_text(draft.saved_at))
            self.save_state.setObjectName("okText")
        else:
            text = self.tr("Saved")
            self.save_state.setObjectName("hintText")
        if draft.withheld and not draft.dirty and not draft.error:
            text = self.tr("Saved, without {n} marked part(s)").format(n=len(draft.withheld))
            self.save_state.setObjectName("warningText")
        if self.save_state.text() != text:
            self.save_state.setText(text)
            self.save_state.setToolTip(text)
            self.save_state.style().unpolish(self.save_state)
            self.save_state.style().polish(self.save_state)

    # -- typing, undo and the guard ------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if self.item_id is not None:
            self.typed.emit(self.item_id, text)

    def applied(self, item_id: int, text: str) -> None:
        """Undo/redo changed an item's text: show it when it is the item on screen."""
        if item_id != self.item_id:
            self.show_item(item_id)
        if self.editor.toPlainText() != text:
            self.editor.set_text(text)
        self.editor.setFocus()

    def set_kept(self, item_id: int, kept: frozenset[str]) -> None:
        if item_id == self.item_id and not kept <= self.editor.kept_spans():
            self.editor.set_text(self.editor.toPlainText(), kept_spans=self.editor.kept_spans() | kept)

    def show_findings(self) -> None:
        """The guard panel and note while the editor underlines something not kept."""
        marks = self.editor.unaccepted()
        draft = self._draft()
        if not marks:
            self.guard_panel.clear()
            self.withheld_note.setVisible(False)
            return
        self.guard_panel.show_fields(
            [BlockedField("minutes", self.tr("Minutes"), tuple(marks))],
            ready=self.editor.scan_current,
            keepable=keepable("minutes", self.editor.text(), tuple(marks)),
        )
        self.withheld_note.setText(
            self.tr(
                "The rest of the minutes is saved; each underlined part is stored as {placeholder} "
                "until you change it or keep it with a reason (Ctrl+Shift+K)."
            ).format(placeholder=self.placeholder)
        )
        self.withheld_note.setVisible(draft is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.presence and event.type() == QEvent.Type.KeyPress:
            return self._presence_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _presence_key(self, event: QKeyEvent) -> bool:
        """Esc goes back to the minutes; Space ticks only a row the list visibly shows as chosen."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.minutes_requested.emit()
            return True
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            item = self.presence.currentItem()
            if item is None or not item.isSelected():
                self.show_presence_row()
                return True
        return False

    def show_presence_row(self) -> None:
        """Make the current row of the attendance list visible as chosen (the first if none)."""
        presence = self.presence
        row = presence.currentRow()
        if presence.count() == 0:
            return
        row = row if row >= 0 else 0
        presence.setCurrentRow(row)
        presence.item(row).setSelected(True)
        presence.scrollToItem(presence.item(row))

    def focus_keep(self) -> None:
        if self.guard_panel.isVisible():
            self.guard_panel.reason.setFocus()

    def _goto_finding(self) -> None:
        marks = self.editor.unaccepted()
        if marks:
            self.editor.select_span(marks[0].start, marks[0].end)

    def _keep(self, reason: str) -> None:
        item_id = self.item_id
        marks = self.editor.unaccepted()
        if item_id is None or not marks or not self.editor.scan_current:
            return
        if self._drafts.get(item_id) is None:
            return
        text = self.editor.toPlainText()
        shown = {(k.spans[0][0], k.spans[0][1]): k for k in self.guard_panel.keeps()}
        keeps = [shown[(m.start, m.end)] for m in marks if (m.start, m.end) in shown]
        if len(keeps) != len(marks):
            return  # the panel does not show these findings (yet): a reason for each first
        self._pending_keep = (item_id, tuple(marks))
        self.keep_requested.emit(item_id, text, keeps)

    def keep_failed(self, exc: BaseException) -> None:
        """The findings could not be kept: say why in the guard panel."""
        self.guard_panel.set_error(user_message(exc))

    def kept(self, item_id: int, kept: frozenset[str]) -> None:
        """A save came back: show kept findings as kept (grey dotted line)."""
        pending = self._pending_keep
        if pending is not None and pending[0] == item_id:
            self._pending_keep = None
            if item_id == self.item_id:
                self.editor.keep(list(pending[1]))
        self.set_kept(item_id, kept)

    def current_line(self) -> str:
        return self.editor.textCursor().block().text()
