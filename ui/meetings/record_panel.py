"""A meeting's record (minutes per item, decision list, amendments, addenda) and its adoption.

Used twice on a meeting's page: for the *previous* meeting (agenda item 2: its concept minutes and
decision list are shown, corrections are recorded as amendments and "Vaststellen (met wijzigingen)"
seals them) and for the meeting's *own* record once it has ended. A sealed record is read-only and
shows its SHA-256 fingerprint; a later correction is an addendum that names the sealed version.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import (
    AdoptionService,
    ClosingCheck,
    Decision,
    DecisionService,
    Keep,
    Meeting,
    MeetingQueries,
    Minutes,
)
from ui.context import AppContext
from ui.meetings.common import (
    ErrorLine,
    GuardGate,
    clock,
    confirmation_label,
    guarded_field,
    long_date,
    organisation_label,
    short_date,
    status_label,
)
from ui.meetings.item_titles import item_title
from ui.widgets.guard_panel import GuardPanel


@dataclass(frozen=True)
class RecordData:
    minutes: Minutes
    check: ClosingCheck
    adopting: Meeting | None = None  # the later meeting that adopts this record


def load_record(store: Any, meeting_id: int, adopting_in: int | None = None) -> RecordData:
    queries = MeetingQueries(store)
    adopting = queries.meeting(adopting_in) if adopting_in is not None else None
    return RecordData(queries.minutes(meeting_id), queries.closing_check(meeting_id), adopting)


class RecordPanel(QWidget):
    """Shows one meeting's record; ``adopting_in`` is the later meeting that adopts it (or None)."""

    changed = Signal()
    adopted = Signal()  # the record was sealed (the live window's adoption dialog closes on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.adopting_in: int | None = None
        self.data: RecordData | None = None
        self._generation = 0

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.seal = QLabel(self)
        self.seal.setWordWrap(True)
        self.seal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seal.setObjectName("sealInfo")
        self.view = QTextBrowser(self)
        self.view.setObjectName("recordView")
        self.view.setOpenLinks(False)
        self.view.setTabChangesFocus(True)
        self.view.setAccessibleName(self.tr("Minutes and decision list"))
        self._build_amendments()
        self._build_pending()
        self._build_adoption()
        self._build_addenda()
        self._build_layout()
        self._connect_signals()

    def _build_amendments(self) -> None:
        # -- amendments (before adoption) --
        self.amend_box = QGroupBox(self.tr("Corrections (amendments)"), self)
        self.amendments = QListWidget(self.amend_box)
        self.amendments.setAccessibleName(self.tr("Recorded corrections"))
        self.amendments.setTabKeyNavigation(False)
        self.amendments.setWordWrap(True)
        self.amendments.setMaximumHeight(90)
        self.delete_amendment = QPushButton(self.tr("Delete correction"), self.amend_box)
        self.delete_amendment.setAccessibleName(self.tr("Delete the chosen correction"))
        self.item = QComboBox(self.amend_box)
        self.item.setAccessibleName(self.tr("Agenda item of the correction"))
        self.decision = QComboBox(self.amend_box)
        self.decision.setAccessibleName(self.tr("Decision of the correction"))
        self.amend_text = guarded_field(self.amend_box, "text", self.tr("Correction"), lines=2)
        self.replace = QCheckBox(self.tr("Replace the minutes of this item"), self.amend_box)
        self.replace.setAccessibleName(self.tr("Replace the minutes of this item"))
        self.new_minutes = guarded_field(
            self.amend_box, "minutes", self.tr("New minutes of the item"), lines=5
        )
        self.new_minutes.setVisible(False)
        self.amend_panel = GuardPanel(self.amend_box)
        self.amend_gate = GuardGate(
            self.amend_panel,
            {
                "text": (self.amend_text, self.tr("Correction")),
                "minutes": (self.new_minutes, self.tr("New minutes of the item")),
            },
            lambda keep: self.record_amendment(keep),
        )
        self.amend_button = QPushButton(self.tr("Record correction"), self.amend_box)
        self.amend_button.setAccessibleName(self.tr("Record correction"))
        form = QFormLayout()
        form.addRow(self.tr("Agenda item"), self.item)
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Correction"), self.amend_text)
        amend_layout = QVBoxLayout(self.amend_box)
        amend_layout.addWidget(self.amendments)
        amend_layout.addWidget(self.delete_amendment, 0, Qt.AlignmentFlag.AlignLeft)
        amend_layout.addLayout(form)
        amend_layout.addWidget(self.replace)
        amend_layout.addWidget(self.new_minutes)
        amend_layout.addWidget(self.amend_panel)
        amend_layout.addWidget(self.amend_button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_pending(self) -> None:
        # -- decisions not yet final (they block the adoption) --
        self.pending_box = QGroupBox(self.tr("Decisions not yet final"), self)
        self.pending = QListWidget(self.pending_box)
        self.pending.setAccessibleName(self.tr("Decisions not yet final"))
        self.pending.setTabKeyNavigation(False)
        self.pending.setMaximumHeight(80)
        self.confirm_ind = QPushButton(self.tr("IND confirms"), self.pending_box)
        self.confirm_ind.setAccessibleName(self.tr("The IND confirms the chosen decision"))
        self.confirm_om = QPushButton(self.tr("OM confirms"), self.pending_box)
        self.confirm_om.setAccessibleName(self.tr("The OM confirms the chosen decision"))
        self.disagreement = guarded_field(
            self.pending_box, "disagreement", self.tr("Disagreement between IND and OM"), multiline=False
        )
        self.disagreement.setPlaceholderText(self.tr("Or: the disagreement between IND and OM, in short"))
        self.disagree_button = QPushButton(self.tr("Record disagreement"), self.pending_box)
        self.disagree_button.setAccessibleName(self.tr("Record the disagreement for the chosen decision"))
        self.pending_panel = GuardPanel(self.pending_box)
        self.pending_gate = GuardGate(
            self.pending_panel,
            {"disagreement": (self.disagreement, self.tr("Disagreement"))},
            lambda keep: self.record_disagreement(keep),
        )
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_ind)
        confirm_row.addWidget(self.confirm_om)
        confirm_row.addStretch(1)
        disagree_row = QHBoxLayout()
        disagree_row.addWidget(self.disagreement, 1)
        disagree_row.addWidget(self.disagree_button)
        pending_layout = QVBoxLayout(self.pending_box)
        pending_layout.addWidget(self.pending)
        pending_layout.addLayout(confirm_row)
        pending_layout.addLayout(disagree_row)
        pending_layout.addWidget(self.pending_panel)

    def _build_adoption(self) -> None:
        self.adopt_hint = QLabel(self)
        self.adopt_hint.setWordWrap(True)
        self.adopt_button = QPushButton(self)
        self.adopt_button.setObjectName("primaryButton")

    def _build_addenda(self) -> None:
        # -- addenda (after adoption) --
        self.addendum_box = QGroupBox(self.tr("Addendum to the adopted record"), self)
        addendum_hint = QLabel(
            self.tr(
                "The adopted record does not change. A later correction is kept as an addendum that "
                "refers to the sealed version."
            ),
            self.addendum_box,
        )
        addendum_hint.setWordWrap(True)
        addendum_hint.setObjectName("hintText")
        self.addendum_item = QComboBox(self.addendum_box)
        self.addendum_item.setAccessibleName(self.tr("Agenda item of the addendum"))
        self.addendum_text = guarded_field(self.addendum_box, "text", self.tr("Addendum"), lines=3)
        self.addendum_panel = GuardPanel(self.addendum_box)
        self.addendum_gate = GuardGate(
            self.addendum_panel,
            {"text": (self.addendum_text, self.tr("Addendum"))},
            lambda keep: self.add_addendum(keep),
        )
        self.addendum_button = QPushButton(self.tr("Add addendum"), self.addendum_box)
        self.addendum_button.setAccessibleName(self.tr("Add addendum"))
        addendum_form = QFormLayout()
        addendum_form.addRow(self.tr("Agenda item"), self.addendum_item)
        addendum_form.addRow(self.tr("Addendum"), self.addendum_text)
        addendum_layout = QVBoxLayout(self.addendum_box)
        addendum_layout.addWidget(addendum_hint)
        addendum_layout.addLayout(addendum_form)
        addendum_layout.addWidget(self.addendum_panel)
        addendum_layout.addWidget(self.addendum_button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_layout(self) -> None:
        self.not_ready = QLabel(self)
        self.not_ready.setWordWrap(True)
        self.not_ready.setObjectName("hintText")
        self.error = ErrorLine(self)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(self.not_ready)
        side_layout.addWidget(self.amend_box)
        side_layout.addWidget(self.pending_box)
        side_layout.addWidget(self.adopt_hint)
        side_layout.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignRight)
        side_layout.addWidget(self.addendum_box)
        side_layout.addWidget(self.error)
        side_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for combo in (self.item, self.decision, self.addendum_item):
            # Long agenda titles must not widen the side panel beyond the screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.seal)
        left_layout.addWidget(self.view, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([600, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _connect_signals(self) -> None:
        self.replace.toggled.connect(self._replace_toggled)
        self.item.currentIndexChanged.connect(lambda _i: self._prefill_minutes())
        self.amend_button.clicked.connect(lambda: self.record_amendment())
        self.delete_amendment.clicked.connect(self._delete_amendment)
        self.amendments.currentItemChanged.connect(lambda _c, _p: self._update_enabled())
        self.adopt_button.clicked.connect(self.confirm_adoption)
        self.addendum_button.clicked.connect(lambda: self.add_addendum())
        self.confirm_ind.clicked.connect(lambda: self.confirm("IND"))
        self.confirm_om.clicked.connect(lambda: self.confirm("OM"))
        self.disagree_button.clicked.connect(lambda: self.record_disagreement())
        self.pending.currentItemChanged.connect(lambda _c, _p: self._update_enabled())
        self._set_mode(None)

    # -- loading --------------------------------------------------------------------------------
    def load(self, meeting_id: int | None, adopting_in: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.data = None
            for editor in (self.amend_text, self.new_minutes, self.addendum_text):
                editor.set_text("")
            self.amend_gate.clear()
            self.addendum_gate.clear()
            self.replace.setChecked(False)
        self.meeting_id = meeting_id
        self.adopting_in = adopting_in
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            self._set_mode(None)
            return
        self._generation += 1
        generation, meeting_id, adopting_in = self._generation, self.meeting_id, self.adopting_in
        self.ctx.worker.with_store(
            lambda store: load_record(store, meeting_id, adopting_in),
            lambda data: self._loaded(generation, data),
            self.error.show_error,
            owner=self,
            label="record-load",
        )

    def _loaded(self, generation: int, data: RecordData) -> None:
        if generation != self._generation:
            return
        self.data = data
        self.error.clear()
        meeting = data.minutes.meeting
        self.heading.setText(
            self.tr("Minutes of {number} of {date} — {status}").format(
                number=meeting.number, date=long_date(meeting.date), status=status_label(meeting.status)
            )
        )
        self.view.setHtml(self.record_html(data.minutes))
        self._fill_targets(data.minutes)
        self._fill_amendments(data.minutes)
        self._fill_pending()
        if meeting.seal is not None:
            seal = meeting.seal
            adopted_in = seal.sealed_in or "—"
            kind = self.tr("with corrections") if seal.with_amendments else self.tr("unchanged")
            self.seal.setText(
                self.tr("Adopted ({kind}) on {date} in {meeting}. Fingerprint (SHA-256): {fp}").format(
                    kind=kind, date=long_date(seal.sealed_at.date()), meeting=adopted_in, fp=seal.fingerprint
                )
            )
            self.seal.setToolTip(seal.fingerprint)
            self.seal.setVisible(True)
        else:
            self.seal.setVisible(False)
        self._set_mode(meeting)

    def _set_mode(self, meeting: Meeting | None) -> None:
        sealed = meeting is not None and meeting.is_sealed
        can_amend = meeting is not None and meeting.status == "afgelopen" and self.adopting_in is not None
        self.amend_box.setVisible(can_amend)
        focus = QApplication.focusWidget()
        confirming = focus is not None and self.pending_box.isAncestorOf(focus)
        self.pending_box.setVisible(can_amend and bool(self._pending_decisions()))
        self.adopt_button.setVisible(can_amend)
        self.adopt_hint.setVisible(can_amend)
        self.addendum_box.setVisible(sealed)
        if meeting is None:
            self.heading.setText(self.tr("There is no earlier meeting."))
            self.view.clear()
            self.not_ready.setText("")
        elif meeting.status in ("concept", "agenda_vastgesteld", "in_vergadering"):
            self.not_ready.setText(
                self.tr("{number} has not ended yet; its minutes can be adopted after it ends.").format(
                    number=meeting.number
                )
            )
        elif meeting.status == "afgelopen" and self.adopting_in is None:
            self.not_ready.setText(
                self.tr("These minutes are a draft until the next meeting adopts them (its agenda item 2).")
            )
        else:
            self.not_ready.setText("")
        self.not_ready.setVisible(bool(self.not_ready.text()))
        if can_amend and self.data is not None:
            count = len(self.data.minutes.amendments)
            drafts = self.data.check.draft_decisions
            self.adopt_button.setText(
                self.tr("Adopt (with corrections)") if count else self.tr("Adopt unchanged")
            )
            self.adopt_button.setAccessibleName(self.adopt_button.text())
            adopting = self.data.adopting
            if not self._in_session() and adopting is not None and adopting.status == "afgelopen":
                self.adopt_hint.setObjectName("hintText")
                self.adopt_hint.setText(
                    self.tr(
                        "{number} has ended without adopting these minutes: reopen {number} to adopt "
                        "them during it."
                    ).format(number=adopting.number)
                )
            elif not self._in_session():
                self.adopt_hint.setObjectName("hintText")
                self.adopt_hint.setText(
                    self.tr(
                        "The minutes are adopted during {number}, at its item 2 (minutes and decision list "
                        "of the previous meeting). Start that meeting first; corrections can be recorded now."
                    ).format(number=adopting.number if adopting else "")
                )
            elif drafts:
                self.adopt_hint.setObjectName("warningText")
                self.adopt_hint.setText(
                    self.tr("Not yet confirmed by the IND and the OM: {numbers}. Confirm them first.").format(
                        numbers=", ".join(drafts)
                    )
                )
            else:
                self.adopt_hint.setObjectName("hintText")
                self.adopt_hint.setText(
                    self.tr(
                        "Adopting seals the minutes and the decision list: they get a fingerprint and can no "
                        "longer be changed. {n} correction(s) recorded."
                    ).format(n=count)
                )
            self.adopt_hint.style().unpolish(self.adopt_hint)
            self.adopt_hint.style().polish(self.adopt_hint)
        self._update_enabled()
        if confirming and not self.pending_box.isVisible() and self.adopt_button.isEnabled():
            self.adopt_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the last one confirmed

    def _in_session(self) -> bool:
        """Adoption belongs in the next meeting, while it is in session (its item 2)."""
        adopting = self.data.adopting if self.data is not None else None
        return adopting is not None and adopting.status == "in_vergadering"

    def _update_enabled(self) -> None:
        drafts = bool(self.data and self.data.check.draft_decisions)
        self.adopt_button.setEnabled(not drafts and self._in_session())
        self.delete_amendment.setEnabled(self.amendments.currentItem() is not None)
        decision = self._pending_decision()
        self.confirm_ind.setEnabled(decision is not None and decision.ind_confirmed_at is None)
        self.confirm_om.setEnabled(decision is not None and decision.om_confirmed_at is None)
        self.disagree_button.setEnabled(decision is not None)

    def _pending_decisions(self) -> list[Decision]:
        if self.data is None:
            return []
        return [d for entry in self.data.minutes.items for d in entry.decisions if not d.is_final]

    def _pending_decision(self) -> Decision | None:
        current = self.pending.currentItem()
        wanted = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        return next((d for d in self._pending_decisions() if d.id == wanted), None)

    def _fill_pending(self) -> None:
        chosen = (
            self.pending.currentItem().data(Qt.ItemDataRole.UserRole) if self.pending.currentItem() else None
        )
        # no row while the list is rebuilt would disable both confirm buttons for a moment, and the
        # keyboard would skip "OM confirms" after "IND confirms"
        self.pending.blockSignals(True)
        self.pending.clear()
        yes, no = self.tr("confirmed"), self.tr("not confirmed")
        for d in self._pending_decisions():
            text = self.tr("{number} ({case}): {outcome} — IND {ind}, OM {om}").format(
                number=d.number,
                case=d.case_reference,
                outcome=d.outcome_label,
                ind=yes if d.ind_confirmed_at else no,
                om=yes if d.om_confirmed_at else no,
            )
            entry = QListWidgetItem(text, self.pending)
            entry.setData(Qt.ItemDataRole.UserRole, d.id)
            if d.id == chosen or self.pending.currentItem() is None:
                self.pending.setCurrentItem(entry)
        self.pending.blockSignals(False)

    def confirm(self, organisation: str) -> None:
        decision = self._pending_decision()
        if decision is None:
            return
        self.error.clear()
        self.ctx.worker.with_store(
            lambda store: DecisionService(store).confirm_decision(decision.id, organisation),
            self._reload_changed,
            self.error.show_error,
            owner=self,
            label="record-confirm",
        )

    def record_disagreement(self, keep: list[Keep] | None = None) -> None:
        decision = self._pending_decision()
        note = self.disagreement.text().strip()
        if decision is None:
            return
        if not note:
            self.error.show_error(self.tr("Describe the disagreement."))
            return
        self.error.clear()

        def done(_d: object) -> None:
            self.disagreement.set_text("")
            self.pending_gate.clear()
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            if not self.pending_gate.handle(exc):
                self.error.show_error(exc)

        self.ctx.worker.with_store(
            lambda store: DecisionService(store).record_disagreement(decision.id, note, keep=keep or ()),
            done,
            failed,
            owner=self,
            label="record-disagreement",
        )

    def _fill_targets(self, minutes: Minutes) -> None:
        for combo in (self.item, self.addendum_item):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(the minutes as a whole)"), None)
            for entry in minutes.items:
                combo.addItem(f"{entry.item.number}. {item_title(entry.item)}", entry.item.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        chosen = self.decision.currentData()
        self.decision.clear()
        self.decision.addItem(self.tr("(none)"), None)
        for entry in minutes.items:
            for d in entry.decisions:
                self.decision.addItem(f"{d.number} ({d.case_reference})", d.id)
        self.decision.setCurrentIndex(max(0, self.decision.findData(chosen)))
        self._prefill_minutes()

    def _fill_amendments(self, minutes: Minutes) -> None:
        self.amendments.clear()
        for a in minutes.amendments:
            where = self.tr("item {n}").format(n=a.item_number) if a.item_number else self.tr("general")
            if a.decision_number:
                where += f", {a.decision_number}"
            entry = QListWidgetItem(f"{where}: {' '.join(a.text.split())}", self.amendments)
            entry.setData(Qt.ItemDataRole.UserRole, a.id)
        if not minutes.amendments:
            empty = QListWidgetItem(self.tr("No corrections recorded."), self.amendments)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _replace_toggled(self, on: bool) -> None:
        self.new_minutes.setVisible(on)
        if on:
            self._prefill_minutes()

    def _prefill_minutes(self) -> None:
        if self.data is None or not self.replace.isChecked():
            return
        item_id = self.item.currentData()
        for entry in self.data.minutes.items:
            if entry.item.id == item_id:
                self.new_minutes.set_text(entry.text)
                return
        self.new_minutes.set_text("")

    # -- amendments -----------------------------------------------------------------------------
    def record_amendment(self, keep: list[Keep] | None = None) -> None:
        if self.meeting_id is None:
            return
        text = self.amend_text.text().strip()
        if not text:
            self.error.show_error(self.tr("Describe the correction."))
            return
        item_id = self.item.currentData()
        new_minutes = self.new_minutes.text() if self.replace.isChecked() else None
        if new_minutes is not None and item_id is None:
            self.error.show_error(self.tr("Choose the agenda item whose minutes change."))
            return
        meeting_id, in_meeting = self.meeting_id, self.adopting_in
        decision_id = self.decision.currentData()
        self.amend_button.setEnabled(False)
        self.error.clear()

        def done(_amendment: object) -> None:
            self.amend_button.setEnabled(True)
            self.amend_text.set_text("")
            self.replace.setChecked(False)
            self.amend_gate.clear()
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.amend_button.setEnabled(True)
            if not self.amend_gate.handle(exc):
                self.error.show_error(exc)

        self.ctx.worker.with_store(
            lambda store: AdoptionService(store).record_amendment(
                meeting_id,
                text,
                item_id=item_id,
                decision_id=decision_id,
                in_meeting_id=in_meeting,
                new_minutes=new_minutes,
                keep=keep or (),
            ),
            done,
            failed,
            owner=self,
            label="record-amend",
        )

    def _delete_amendment(self) -> None:
        current = self.amendments.currentItem()
        if current is None or current.data(Qt.ItemDataRole.UserRole) is None:
            return
        amendment_id = int(current.data(Qt.ItemDataRole.UserRole))
        self.ctx.worker.with_store(
            lambda store: AdoptionService(store).delete_amendment(amendment_id),
            self._reload_changed,
            self.error.show_error,
            owner=self,
            label="record-amend-delete",
        )

    # -- adoption -------------------------------------------------------------------------------
    def confirm_adoption(self) -> QMessageBox | None:
        if self.data is None or self.meeting_id is None or not self._in_session():
            return None
        number = self.data.minutes.meeting.number
        count = len(self.data.minutes.amendments)
        text = (
            self.tr("Adopt the minutes and decision list of {number} with {n} correction(s)?")
            if count
            else self.tr("Adopt the minutes and decision list of {number} unchanged?")
        ).format(number=number, n=count)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Adopt minutes"),
            text + "\n\n" + self.tr("After adoption the record can no longer be changed, only supplemented."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Adopt"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Not now"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self.adopt)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def adopt(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id, in_meeting = self.meeting_id, self.adopting_in
        self.adopt_button.setEnabled(False)
        self.error.clear()
        self.ctx.worker.with_store(
            lambda store: AdoptionService(store).adopt_minutes(meeting_id, in_meeting_id=in_meeting),
            self._adopted,
            self._adopt_failed,
            owner=self,
            label="record-adopt",
        )

    # -- addenda --------------------------------------------------------------------------------

    def _reload_changed(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    def _adopted(self, _seal: object) -> None:
        self.reload()
        self.changed.emit()
        self.adopted.emit()

    def _adopt_failed(self, exc: BaseException) -> None:
        self.error.show_error(exc)
        self._update_enabled()

    def add_addendum(self, keep: list[Keep] | None = None) -> None:
        if self.meeting_id is None:
            return
        text = self.addendum_text.text().strip()
        if not text:
            self.error.show_error(self.tr("The addendum is empty."))
            return
        meeting_id, in_meeting = self.meeting_id, self.adopting_in
        item_id = self.addendum_item.currentData()
        self.addendum_button.setEnabled(False)
        self.error.clear()

        def done(_a: object) -> None:
            self.addendum_button.setEnabled(True)
            self.addendum_text.set_text("")
            self.addendum_gate.clear()
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.addendum_button.setEnabled(True)
            if not self.addendum_gate.handle(exc):
                self.error.show_error(exc)

        self.ctx.worker.with_store(
            lambda store: AdoptionService(store).add_addendum(
                meeting_id, text, item_id=item_id, in_meeting_id=in_meeting, keep=keep or ()
            ),
            done,
            failed,
            owner=self,
            label="record-addendum",
        )

    def record_html(self, minutes: Minutes) -> str:
        """The record as simple HTML for the read-only view (every text escaped)."""
        e = html.escape
        words = {
            "minutes": self.tr("Minutes"),
            "present": self.tr("Present"),
            "apologies": self.tr("Absent with apologies"),
            "not_present": self.tr("Not present for this item"),
            "no_minutes": self.tr("No minutes for this item."),
            "action": self.tr("Action"),
            "correction": self.tr("Correction"),
            "addendum": self.tr("Addendum"),
            "general": self.tr("Corrections and addenda"),
        }
        w = {key: e(value) for key, value in words.items()}
        m = minutes.meeting
        when = self.tr("{date}, {time}, {place}").format(
            date=long_date(m.date), time=clock(m.start_time), place=m.place
        )
        out = [f"<h3>{w['minutes']} {e(m.number)}</h3>", f"<p>{e(when)}</p>"]
        present = [f"{p.name} ({organisation_label(p.organisation, p.organisation_name)})" for p in m.present]
        if present:
            out.append(f"<p><b>{w['present']}:</b> {e(', '.join(present))}</p>")
        if m.apologies:
            out.append(f"<p><b>{w['apologies']}:</b> {e(', '.join(p.name for p in m.apologies))}</p>")
        for entry in minutes.items:
            out.append(f"<h4>{entry.item.number}. {e(item_title(entry.item))}</h4>")
            if entry.absent:
                out.append(f"<p><i>{w['not_present']}: {e(', '.join(entry.absent))}</i></p>")
            if entry.text.strip():
                out += [f"<p>{e(paragraph)}</p>" for paragraph in entry.text.strip().split("\n")]
            else:
                out.append(f"<p><i>{w['no_minutes']}</i></p>")
            for d in entry.decisions:
                line = self.tr("Decision {number}: {outcome} ({status})").format(
                    number=d.number, outcome=d.outcome_label, status=confirmation_label(d.confirmation)
                )
                details = [x for x in (d.text, d.request, d.reason) if x]
                if d.deadline:
                    details.append(self.tr("deadline {date}").format(date=short_date(d.deadline)))
                rest = f" — {e('; '.join(details))}" if details else ""
                out.append(f"<p><b>{e(line)}</b>{rest}</p>")
            out += [f"<p>{w['action']} {e(a.number)}: {e(a.text)}</p>" for a in entry.actions]
            out += [f"<p><i>{w['correction']}: {e(a.text)}</i></p>" for a in entry.amendments]
            out += [f"<p><i>{w['addendum']}: {e(a.text)}</i></p>" for a in entry.addenda]
        general = [a for a in minutes.amendments if a.item_number is None]
        general_addenda = [a for a in minutes.addenda if a.item_number is None]
        if general or general_addenda:
            out.append(f"<h4>{w['general']}</h4>")
            out += [f"<p><i>{w['correction']}: {e(a.text)}</i></p>" for a in general]
            out += [f"<p><i>{w['addendum']}: {e(a.text)}</i></p>" for a in general_addenda]
        if m.seal is not None:
            sentence = (
                self.tr("The minutes were adopted with corrections.")
                if m.seal.with_amendments
                else self.tr("The minutes were adopted unchanged.")
            )
            out.append(f"<p><b>{e(sentence)}</b></p>")
        return "\n".join(out)
