"""The secretary's view: minutes per item (autosaved, undo per item, possible personal data
underlined), presence per item, the outcome of a case with its IND/OM confirmations, and the
item's action items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import Decision, ItemMinutes
from ui.live.data import LiveData, presence_for
from ui.live.texts import clock_text, item_label, outcome_label

if TYPE_CHECKING:
    from ui.live.autosave import Draft
    from ui.live.view import LiveView

RECORDING = ("in_vergadering", "afgelopen")


class SecretaryView(QWidget):
    def __init__(self, live: LiveView) -> None:
        super().__init__(live)
        self.live = live
        self.setObjectName("secretaryView")
        self.setAccessibleName(self.tr("Secretary's view"))
        self.item_id: int | None = None
        self._cursor_at: dict[int, int] = {}
        self._filling = False

        self.items = QComboBox(self)
        self.items.setAccessibleName(self.tr("Agenda item of the minutes"))
        self.items.currentIndexChanged.connect(self._chosen)
        items_label = QLabel(self.tr("Minutes of"), self)
        items_label.setBuddy(self.items)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("hintText")
        self.save_state.setAccessibleName(self.tr("Save state of the minutes"))
        top = QHBoxLayout()
        top.addWidget(items_label)
        top.addWidget(self.items, 1)
        top.addWidget(self.save_state)

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("minutesEditor")
        self.editor.setAccessibleName(self.tr("Minutes"))
        self.editor.setPlaceholderText(
            self.tr("Minutes of this item. Ctrl+Shift+A turns the current line into an action item.")
        )
        self.editor.setTabChangesFocus(True)
        self.findings = QLabel(self)
        self.findings.setObjectName("warningText")
        self.findings.setWordWrap(True)
        self.findings.setVisible(False)
        self.keep_button = QPushButton(self.tr("Keep with a reason…"), self)
        self.keep_button.setToolTip("Ctrl+Shift+K")
        self.keep_button.setAccessibleName(self.tr("Keep the marked text with a reason"))
        self.keep_button.clicked.connect(live.keep_flagged)
        self.keep_button.setVisible(False)
        findings_row = QHBoxLayout()
        findings_row.addWidget(self.findings, 1)
        findings_row.addWidget(self.keep_button)
        editor_box = QWidget(self)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addLayout(findings_row)

        # -- side column ------------------------------------------------------------------------
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)

        self.presence_box = QGroupBox(self.tr("Present for this item"), side)
        self.presence = QListWidget(self.presence_box)
        self.presence.setAccessibleName(self.tr("Present for this item"))
        self.presence.setToolTip(self.tr("Space ticks or unticks (Ctrl+Shift+P)"))
        self.presence.setTabKeyNavigation(False)
        self.presence.itemChanged.connect(self._presence_changed)
        presence_layout = QVBoxLayout(self.presence_box)
        presence_layout.setContentsMargins(6, 4, 6, 4)
        presence_layout.addWidget(self.presence)

        self.decision_box = QGroupBox(self.tr("Decision"), side)
        self.outcome_grid = QGridLayout()
        self.outcome_grid.setContentsMargins(0, 0, 0, 0)
        self.outcome_buttons: list[QPushButton] = []
        self.decision_text = QLabel(self.decision_box)
        self.decision_text.setWordWrap(True)
        self.decision_text.setTextFormat(Qt.TextFormat.PlainText)
        self.decision_text.setAccessibleName(self.tr("Decision of this item"))
        self.finality = QLabel(self.decision_box)
        self.finality.setWordWrap(True)
        self.finality.setAccessibleName(self.tr("Confirmation of the decision"))
        self.confirm_ind = QPushButton(self.tr("IND confirms"), self.decision_box)
        self.confirm_ind.setToolTip("Ctrl+Shift+I")
        self.confirm_ind.clicked.connect(lambda: live.toggle_confirmation("IND"))
        self.confirm_om = QPushButton(self.tr("OM confirms"), self.decision_box)
        self.confirm_om.setToolTip("Ctrl+Shift+M")
        self.confirm_om.clicked.connect(lambda: live.toggle_confirmation("OM"))
        self.disagree = QPushButton(self.tr("Disagreement…"), self.decision_box)
        self.disagree.setAccessibleName(self.tr("Record a disagreement between IND and OM"))
        self.disagree.setToolTip("Ctrl+Shift+D")
        self.disagree.clicked.connect(live.record_disagreement)
        self.delete_decision = QPushButton(self.tr("Delete decision…"), self.decision_box)
        self.delete_decision.clicked.connect(live.delete_decision)
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

        self.actions_box = QGroupBox(self.tr("Action items of this item"), side)
        self.actions = QListWidget(self.actions_box)
        self.actions.setAccessibleName(self.tr("Action items of this item"))
        self.actions.setTabKeyNavigation(False)
        self.actions.setWordWrap(True)
        self.new_action = QPushButton(self.tr("New action…"), self.actions_box)
        self.new_action.setToolTip("Ctrl+Shift+N")
        self.new_action.clicked.connect(lambda: live.new_action())
        self.line_action = QPushButton(self.tr("Line to action…"), self.actions_box)
        self.line_action.setAccessibleName(self.tr("Turn the current line of the minutes into an action"))
        self.line_action.setToolTip("Ctrl+Shift+A")
        self.line_action.clicked.connect(live.line_to_action)
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.new_action)
        action_buttons.addWidget(self.line_action)
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.setContentsMargins(6, 4, 6, 4)
        actions_layout.addWidget(self.actions)
        actions_layout.addLayout(action_buttons)

        side_layout.addWidget(self.decision_box)
        side_layout.addWidget(self.presence_box)
        side_layout.addWidget(self.actions_box)
        side_layout.addStretch(1)
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
    def refresh(self, data: LiveData) -> None:
        self._filling = True
        self.items.blockSignals(True)
        self.items.clear()
        for entry in data.items:
            self.items.addItem(item_label(entry.item), entry.item.id)
        self.items.blockSignals(False)
        self._build_outcome_buttons(data)
        self._filling = False
        if self.item_id is None or data.item(self.item_id) is None:
            first = data.item(self.live.timer.current) or (data.items[0] if data.items else None)
            if first is not None:
                self.show_item(first.item.id)
                return
        self.show_item(self.item_id)

    def _build_outcome_buttons(self, data: LiveData) -> None:
        if len(self.outcome_buttons) == len(data.outcomes):
            for button, outcome in zip(self.outcome_buttons, data.outcomes, strict=True):
                button.setProperty("outcome", outcome.key)
            return
        for button in self.outcome_buttons:
            button.deleteLater()
        self.outcome_buttons = []
        for index, outcome in enumerate(data.outcomes):
            text = outcome_label(outcome.key, outcome.display())
            button = QPushButton(f"{index + 1}  {text}" if index < 9 else text, self.decision_box)
            button.setProperty("outcome", outcome.key)
            button.setAccessibleName(text)
            if index < 9:
                button.setToolTip(f"Alt+{index + 1}")
            button.clicked.connect(lambda _checked=False, key=outcome.key: self.live.choose_outcome(key))
            self.outcome_grid.addWidget(button, index // 2, index % 2)
            self.outcome_buttons.append(button)

    def show_item(self, item_id: int | None) -> None:
        """Show the minutes, presence, decision and actions of ``item_id``."""
        data = self.live.data
        if data is None or item_id is None:
            return
        entry = data.item(item_id)
        if entry is None:
            return
        if item_id != self.item_id:
            if self.item_id is not None:
                self._cursor_at[self.item_id] = self.editor.textCursor().position()
                self.live.keeper.save(self.item_id)  # switching items saves at once
            self.item_id = item_id
            draft = self.live.keeper.ensure(item_id, entry.text)
            self.editor.setDocument(draft.doc)
            cursor = self.editor.textCursor()
            cursor.setPosition(
                min(
                    self._cursor_at.get(item_id, draft.doc.characterCount() - 1),
                    max(0, draft.doc.characterCount() - 1),
                )
            )
            self.editor.setTextCursor(cursor)
            self.live.editor_switched()
        index = self.items.findData(item_id)
        if index >= 0 and index != self.items.currentIndex():
            self.items.blockSignals(True)
            self.items.setCurrentIndex(index)
            self.items.blockSignals(False)
        recording = self.live.status in RECORDING
        self.editor.setReadOnly(not recording)
        self._fill_presence(entry, data, recording)
        self._fill_decision(entry, recording)
        self._fill_actions(entry, recording)
        self.show_save_state()

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
        self.live.set_presence(self.item_id, participant_id, item.checkState() == Qt.CheckState.Checked)

    def _fill_decision(self, entry: ItemMinutes, recording: bool) -> None:
        is_case = entry.item.kind == "case" and entry.item.case_id is not None
        self.not_a_case.setVisible(not is_case)
        decision = entry.decisions[0] if entry.decisions else None
        for button in self.outcome_buttons:
            button.setVisible(is_case)
            button.setEnabled(recording)
            chosen = decision is not None and button.property("outcome") == decision.outcome
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
        self.confirm_ind.setText(
            self.tr("Withdraw IND confirmation") if decision.ind_confirmed_at else self.tr("IND confirms")
        )
        self.confirm_om.setText(
            self.tr("Withdraw OM confirmation") if decision.om_confirmed_at else self.tr("OM confirms")
        )
        for button in (self.confirm_ind, self.confirm_om, self.disagree, self.delete_decision):
            button.setEnabled(recording)
        self.disagree.setEnabled(recording and not decision.disagreement_at)

    def decision_summary(self, decision: Decision) -> str:
        label = outcome_label(decision.outcome, decision.outcome_label)
        parts = [f"{decision.number} · {label}"]
        if decision.responsible_label:
            parts.append(self.tr("Responsible: {who}").format(who=decision.responsible_label))
        if decision.request:
            parts.append(self.tr("Information: {what}").format(what=decision.request))
        if decision.reason:
            parts.append(self.tr("Reason: {why}").format(why=decision.reason))
        if decision.deadline:
            parts.append(self.tr("Date: {date}").format(date=decision.deadline.strftime("%d-%m-%Y")))
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
        self.actions.clear()
        for action in entry.actions:
            deadline = action.deadline.strftime("%d-%m-%Y") if action.deadline else "–"
            text = self.tr("{number} · {text} — {owner}, {deadline}").format(
                number=action.number, text=action.text, owner=action.owner_label, deadline=deadline
            )
            QListWidgetItem(text, self.actions)
        if not entry.actions:
            placeholder = QListWidgetItem(self.tr("No action items yet."), self.actions)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self.actions.setFixedHeight(min(5, max(2, self.actions.count())) * 34 + 8)
        self.new_action.setEnabled(recording)
        self.line_action.setEnabled(recording)

    # -- save state and findings ----------------------------------------------------------------
    def show_save_state(self) -> None:
        draft = self.live.keeper.draft(self.item_id)
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
        self.save_state.setText(text)
        self.save_state.setToolTip(text)
        self.save_state.style().unpolish(self.save_state)
        self.save_state.style().polish(self.save_state)
        self.show_findings(draft)

    def show_findings(self, draft: Draft) -> None:
        withheld = draft.withheld
        if not withheld:
            self.findings.setVisible(False)
            self.keep_button.setVisible(False)
            self.editor.setExtraSelections([])
            return
        from storage.guard import kind_label
        from storage.i18n import language

        kinds = ", ".join(sorted({kind_label(w.kind, language()) for w in withheld}))
        self.findings.setText(
            self.tr(
                "Possible personal data ({kinds}) is underlined and was left out of the saved minutes. "
                "Change the text, or keep it with a reason."
            ).format(kinds=kinds)
        )
        self.findings.setVisible(True)
        self.keep_button.setVisible(True)
        if draft.text() == draft.handled:
            self._underline(withheld)

    def _underline(self, withheld) -> None:  # noqa: ANN001 - tuple[Withheld, ...]
        selections = []
        doc = self.editor.document()
        length = doc.characterCount() - 1
        for w in withheld:
            if w.end > length:
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#B00020"))
            fmt.setToolTip(self.tr("Possible personal data: not saved"))
            selection.format = fmt
            cursor = QTextCursor(doc)
            cursor.setPosition(w.start)
            cursor.setPosition(w.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def current_line(self) -> str:
        return self.editor.textCursor().block().text()
