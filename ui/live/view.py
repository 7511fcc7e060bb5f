"""The live meeting: chair view and secretary view side by side (or one at a time), the store jobs
behind them, the timer tick and the presentation window.

Every store call runs on the worker; after each change the view reloads the meeting's read model
(``load_live``) in the same job, so what is shown is what is stored. The minutes documents are the
exception: the editor is the truth for the text and is never overwritten by a reload.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import (
    ActionService,
    Decision,
    DecisionService,
    MeetingQueries,
    MeetingService,
    MinutesService,
    Outcome,
)
from storage.store import Store
from ui.context import AppContext
from ui.live.adoption import ADOPT_KEYS, AdoptionDialog, adoption_state
from ui.live.autosave import MinutesKeeper
from ui.live.chair import ChairView
from ui.live.data import LiveData, kept_spans, load_live, presence_value
from ui.live.decision_change import change_warning, changed_message
from ui.live.dialogs import (
    LiveActionDialog,
    LiveClosingDialog,
    LiveFormDialog,
    LiveNoteDialog,
    LiveOutcomeDialog,
)
from ui.live.presentation import PresentationWindow, projector_apart
from ui.live.public import PublicSlide, PublicTimer
from ui.live.secretary import SecretaryView
from ui.live.texts import clock_text, item_label, outcome_label, timer_status
from ui.live.timing import MeetingTimer, TimedItem
from ui.meetings.start_date import start_date_question
from ui.widgets.error_text import user_message
from ui.widgets.guard_scan import warm_up_in_background

TICK_MS = 250  # repaint only; time comes from the monotonic clock
CHECKPOINT_SECONDS = 300  # the running item's time is also written every five minutes


@dataclass(frozen=True)
class Resume:
    """What a live view hands to its successor across a lock: ids and seconds, no content."""

    meeting_id: int
    item_id: int | None
    locked_at: float  # monotonic
    presenting: bool
    blank: bool
    screen: str
    mode: str


class LiveView(QWidget):
    data_loaded = Signal()

    def __init__(
        self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None, resume: Resume | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("liveView")
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.data: LiveData | None = None
        self.timer = MeetingTimer(ctx.monotonic, ctx.wall_clock)
        self.keeper = MinutesKeeper(ctx, self.tr("[left out: possible personal data]"), self)
        self.presentation: PresentationWindow | None = None
        self.paused = False
        self._resume = resume
        self._last_checkpoint = ctx.monotonic()
        self._public_timer: PublicTimer | None = None
        self.dialog: QWidget | None = None

        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.chair = ChairView(self)
        self.secretary = SecretaryView(self)
        self.keeper.changed.connect(self._save_state_changed)
        self.keeper.applied.connect(self.secretary.applied)
        self.keeper.on_saved = lambda result: self.secretary.kept(result.item_id, result.kept)

        self.mode_buttons = QButtonGroup(self)
        switch = QHBoxLayout()
        switch.setContentsMargins(10, 4, 10, 0)
        title = QLabel(self.tr("View"), self)
        switch.addWidget(title)
        self.mode_widgets: dict[str, QPushButton] = {}
        for key, text, keys in (
            ("chair", self.tr("Chair"), "F2"),
            ("secretary", self.tr("Secretary"), "F3"),
            ("both", self.tr("Both"), "F4"),
        ):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(keys)
            button.setAccessibleName(self.tr("Show: {view}").format(view=text))
            button.clicked.connect(lambda _checked=False, k=key: self.set_mode(k))
            self.mode_buttons.addButton(button)
            self.mode_widgets[key] = button
            switch.addWidget(button)
        switch.addStretch(1)
        switch.addWidget(self.message, 4)

        self.split = QSplitter(self)
        self.split.addWidget(self.chair)
        self.split.addWidget(self.secretary)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(switch)
        layout.addWidget(self.split, 1)

        self._actions: dict[str, QAction] = {}
        self._menus = self._build_actions()
        self.mode = ""
        self.set_mode(resume.mode if resume else "both")

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        warm_up_in_background()  # the guard's word lists load off the GUI thread, before typing
        self.reload()

    # -- status ---------------------------------------------------------------------------------
    @property
    def status(self) -> str:
        return "" if self.data is None else self.data.meeting.status

    def selected_item(self):  # noqa: ANN201 - ItemMinutes | None
        return None if self.data is None else self.data.item(self.secretary.item_id)

    # -- jobs -----------------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Store], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        label: str = "live",
    ) -> None:
        """Run ``fn`` on the worker, then reload the meeting in the same job."""
        meeting_id = self.meeting_id

        def job(store: Store) -> tuple[Any, LiveData]:
            return fn(store), load_live(store, meeting_id)

        def ok(result: tuple[Any, LiveData]) -> None:
            value, data = result
            self.show_message("")
            status = self.status
            self._loaded(data)
            if status and status != self.status:  # the meetings list in the main window follows
                self.ctx.events.meeting_changed.emit(self.meeting_id)
            if done is not None:
                done(value)

        self.ctx.worker.with_store(job, ok, failed or self.show_error, owner=self, label=label)

    def reload(self) -> None:
        self.run(lambda _store: None, label="live.load")

    def show_error(self, exc: BaseException) -> None:
        self.show_message(user_message(exc))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.setVisible(bool(text))

    def _loaded(self, data: LiveData) -> None:
        first = self.data is None
        self.data = data
        meeting = data.meeting
        running = meeting.status == "in_vergadering" and not self.paused
        self.timer.load(
            (
                TimedItem(
                    e.item.id, e.item.planned_minutes, e.item.elapsed_seconds, e.item.taken_order is not None
                )
                for e in data.items
            ),
            current_item_id=meeting.current_item_id,
            meeting_date=meeting.date,
            start_time=meeting.start_time,
            started_at=meeting.started_at,
            ended_at=meeting.ended_at,
            running=running,
        )
        if first:
            QTimer.singleShot(0, self.return_to_minutes)
        if first and self._resume is not None:
            self._apply_resume(self._resume)
        elif (
            first
            and meeting.status == "in_vergadering"
            and meeting.current_item_id is None
            and data.items
            and not any(e.item.taken_order for e in data.items)
        ):
            QTimer.singleShot(0, lambda: self.take(data.items[0].item.id))  # a meeting just opened
        self.keeper.read_only = meeting.status not in ("in_vergadering", "afgelopen")
        for entry in data.items:
            self.keeper.ensure(entry.item.id, entry.text)
        self.chair.refresh(data)
        self.secretary.refresh(data)
        self._update_actions()
        self.tick()
        self.update_presentation()
        self.data_loaded.emit()

    def _apply_resume(self, resume: Resume) -> None:
        self._resume = None
        if resume.item_id is not None and resume.item_id == self.timer.current and self.timer.running:
            self.timer.add_to_current(self.ctx.monotonic() - resume.locked_at)
        if resume.presenting:
            self.chair.fill_screens()
            index = self.chair.screens.findData(resume.screen)
            if index >= 0:
                self.chair.screens.setCurrentIndex(index)
            self.open_presentation()
            if self.presentation is not None and resume.blank:
                self.presentation.set_blank(True)

    def resume_info(self) -> Resume:
        return Resume(
            meeting_id=self.meeting_id,
            item_id=self.timer.current,
            locked_at=self.ctx.monotonic(),
            presenting=self.presentation is not None,
            blank=self.presentation is not None and self.presentation.is_blank,
            screen=str(self.chair.screens.currentData() or ""),
            mode=self.mode,
        )

    # -- the clock ------------------------------------------------------------------------------
    def tick(self) -> None:
        if self.chair.isVisible():
            self.chair.tick()
        if self.secretary.isVisible():
            self.secretary.tick()
        if self.presentation is not None:
            public = self.public_timer()
            if public != self._public_timer:
                self._public_timer = public
                self.presentation.set_timer(public)
        if (
            self.timer.running
            and self.ctx.monotonic() - self._last_checkpoint >= CHECKPOINT_SECONDS
            and self.timer.current is not None
        ):
            self._last_checkpoint = self.ctx.monotonic()
            self._record_time(self.timer.current, self.timer.elapsed_whole(self.timer.current))

    def _record_time(self, item_id: int, seconds: int) -> None:
        self.ctx.worker.with_store(
            lambda store: MinutesService(store).record_item_time(item_id, seconds),
            None,
            self.show_error,
            owner=self,
            label="item.time",
        )

    # -- chair: moving through the agenda -------------------------------------------------------
    def take(self, item_id: int) -> None:
        """Make ``item_id`` the current item (next, previous or out of order)."""
        if self.status != "in_vergadering" or self.data is None:
            return
        if item_id == self.timer.current:
            self.secretary.show_item(item_id)
            return
        self.paused = False
        left = self.timer.switch_to(item_id)
        self.keeper.flush()
        self.chair.mark_rows(select_current=True)
        self.secretary.show_item(item_id)
        self.tick()
        self.update_presentation()

        def job(store: Store) -> None:
            service = MinutesService(store)
            if left is not None:
                service.record_item_time(*left)
            service.start_item(item_id)

        self.run(job, label="item.start")

    def _step(self, delta: int) -> None:
        if self.data is None or not self.data.items:
            return
        index = self.data.index(self.timer.current)
        if index < 0:
            index = -1 if delta > 0 else len(self.data.items)
        target = index + delta
        if 0 <= target < len(self.data.items):
            self.take(self.data.items[target].item.id)

    def go_next(self) -> None:
        self._step(1)

    def go_previous(self) -> None:
        self._step(-1)

    def take_selected(self) -> None:
        self.chair.take_selected()

    def toggle_pause(self) -> None:
        if self.status != "in_vergadering":
            return
        if self.paused:
            self.paused = False
            self.timer.resume()
        else:
            left = self.timer.pause()
            self.paused = True
            if left is not None:
                self._record_time(*left)
        self.chair.update_state()
        self.tick()

    def start_meeting(self) -> None:
        if self.status != "agenda_vastgesteld" or self.data is None:
            return

        def started(_value: object) -> None:
            if self.data is not None and self.data.items and self.timer.current is None:
                self.take(self.data.items[0].item.id)
            self.return_to_minutes()

        meeting = self.data.meeting
        today = self.ctx.wall_clock().date()
        box = start_date_question(meeting.number, meeting.date, today, self)
        if box is None:
            self.run(lambda store: MeetingService(store).start_meeting(self.meeting_id), started)
            return
        box.accepted.connect(
            lambda: self.run(
                lambda store: MeetingService(store).start_meeting(self.meeting_id, on_date=today), started
            )
        )
        self._open_dialog(box)

    def close_meeting(self) -> None:
        if self.status != "in_vergadering":
            return
        self.keeper.flush()
        self.ctx.worker.with_store(
            lambda store: MeetingQueries(store).closing_check(self.meeting_id),
            self._confirm_close,
            self.show_error,
            owner=self,
        )

    def _confirm_close(self, check) -> None:  # noqa: ANN001 - ClosingCheck
        # each open point with its case, so the table knows which case it is about
        by_number = {e.item.number: e.item.case_reference for e in self.data.items} if self.data else {}
        by_decision = (
            {d.number: d.case_reference for e in self.data.items for d in e.decisions} if self.data else {}
        )

        def named(key: object, reference: str) -> str:
            return f"{key} ({reference})" if reference else str(key)

        lines = [self.tr("Close the meeting? The minutes stay a draft until the next meeting adopts them.")]
        if check.undecided_case_items:
            lines.append(
                self.tr("Case items without a decision: {items}.").format(
                    items=", ".join(named(n, by_number.get(n, "")) for n in check.undecided_case_items)
                )
            )
        if check.draft_decisions:
            lines.append(
                self.tr("Decisions not yet confirmed by IND and OM: {numbers}.").format(
                    numbers=", ".join(named(n, by_decision.get(n, "")) for n in check.draft_decisions)
                )
            )
        dialog = LiveClosingDialog("\n\n".join(lines), self)
        dialog.accepted.connect(self._close_now)
        self._open_dialog(dialog)

    def _close_now(self) -> None:
        left = self.timer.stop_meeting()
        self.keeper.flush()
        self.close_presentation()

        def job(store: Store) -> None:
            if left is not None:
                MinutesService(store).record_item_time(*left)
            MeetingService(store).close_meeting(self.meeting_id)

        self.run(job, label="meeting.close")

    def reopen_meeting(self) -> None:
        if self.status == "afgelopen":
            self.run(lambda store: MeetingService(store).reopen_meeting(self.meeting_id))

    # -- secretary: minutes ---------------------------------------------------------------------
    def editor_switched(self, item_id: int) -> None:
        self._update_actions()
        draft = self.keeper.draft(item_id)
        if draft is not None and draft.text.strip() and not draft.kept:
            text = draft.text
            self.ctx.worker.with_store(
                lambda store: kept_spans(store, item_id, text),
                lambda kept: self.secretary.set_kept(item_id, kept),
                lambda _exc: None,
                owner=self,
                label="minutes.kept",
            )

    def _save_state_changed(self, item_id: int) -> None:
        if item_id == self.secretary.item_id:
            self.secretary.show_save_state()

    def save_now(self) -> None:
        self.keeper.flush()

    def undo(self) -> None:
        draft = self.keeper.draft(self.secretary.item_id)
        if draft is not None and not self.keeper.read_only:
            draft.stack.undo()

    def redo(self) -> None:
        draft = self.keeper.draft(self.secretary.item_id)
        if draft is not None and not self.keeper.read_only:
            draft.stack.redo()

    def keep_flagged(self) -> None:
        """Ctrl+Shift+K: to the reason field of the guard panel under the minutes."""
        self.secretary.focus_keep()

    def set_presence(self, item_id: int, participant_id: int, here: bool) -> None:
        if self.data is None:
            return
        person = next((p for p in self.data.meeting.participants if p.id == participant_id), None)
        if person is None:
            return
        value = presence_value(person, here)
        self.run(lambda store: MinutesService(store).set_presence(item_id, participant_id, value))

    # -- secretary: decisions -------------------------------------------------------------------
    def choose_outcome(self, key: str) -> None:
        entry = self.selected_item()
        if entry is None or self.data is None or self.status not in ("in_vergadering", "afgelopen"):
            return
        if entry.item.kind != "case" or entry.item.case_id is None:
            self.show_message(self.tr("Decisions are recorded for case items."))
            return
        outcome = next((o for o in self.data.outcomes if o.key == key), None)
        if outcome is None:
            return
        if entry.decisions:  # a recorded decision is replaced only through "Besluit wijzigen"
            self.change_decision(key)
            return
        dialog = LiveOutcomeDialog(
            outcome,
            outcome_label(outcome.key, outcome.display()),
            item_label(entry.item),
            self.data.meeting.date + timedelta(weeks=4),
            None,
            self,
        )
        item_id = entry.item.id

        def submit(values: dict, keep: list) -> None:
            self.run(
                lambda store: DecisionService(store).record_decision(item_id, key, keep=keep, **values),
                lambda _d: dialog.succeeded(),
                dialog.failed,
                label="decision.record",
            )

        dialog.submitted.connect(submit)
        self._open_dialog(dialog)

    def change_decision(self, key: str | None = None) -> QMessageBox | None:
        """Besluit wijzigen: a warning first (stronger once IND or OM confirmed), then the form of
        the chosen outcome (``key``; None: the current one) with the old values filled in."""
        entry = self.selected_item()
        decision = self._decision()
        if entry is None or decision is None or self.data is None:
            return None
        if self.status not in ("in_vergadering", "afgelopen"):
            return None
        key = key or decision.outcome
        outcome = next((o for o in self.data.outcomes if o.key == key), None)
        if outcome is None:
            return None
        box = change_warning(decision, outcome_label(outcome.key, outcome.display()), self)
        box.accepted.connect(lambda: self._change_form(decision, outcome, item_label(entry.item)))
        self._open_dialog(box)
        return box

    def _change_form(self, decision: Decision, outcome: Outcome, label: str) -> None:
        assert self.data is not None
        dialog = LiveOutcomeDialog(
            outcome,
            outcome_label(outcome.key, outcome.display()),
            label,
            self.data.meeting.date + timedelta(weeks=4),
            decision,
            self,
            changing=True,
        )

        def submit(values: dict, keep: list) -> None:
            def done(changed: Decision) -> None:
                dialog.succeeded()
                self.show_message(changed_message(decision, changed))

            self.run(
                lambda store: DecisionService(store).change_decision(
                    decision.id, replaces_version=decision.version, outcome=outcome.key, keep=keep, **values
                ),
                done,
                dialog.failed,
                label="decision.change",
            )

        dialog.submitted.connect(submit)
        QTimer.singleShot(0, self, lambda: self._open_dialog(dialog))  # after the warning has closed

    def _decision(self) -> Decision | None:
        entry = self.selected_item()
        return entry.decisions[0] if entry is not None and entry.decisions else None

    def toggle_confirmation(self, organisation: str, *, confirm_only: bool = False) -> None:
        decision = self._decision()
        if decision is None or self.status not in ("in_vergadering", "afgelopen"):
            return
        confirmed = decision.ind_confirmed_at if organisation == "IND" else decision.om_confirmed_at
        if confirmed and confirm_only:
            return
        if confirmed:
            self.run(lambda store: DecisionService(store).withdraw_confirmation(decision.id, organisation))
        else:
            self.run(lambda store: DecisionService(store).confirm_decision(decision.id, organisation))

    def record_disagreement(self) -> None:
        decision = self._decision()
        if decision is None or self.status not in ("in_vergadering", "afgelopen"):
            return
        dialog = LiveNoteDialog(
            self.tr("Disagreement between IND and OM"),
            self.tr("What do they disagree on"),
            self.tr(
                "The chair records the disagreement; the decision {number} is then final with this note."
            ).format(number=decision.number),
            field="disagreement",
            parent=self,
        )

        def submit(values: dict, keep: list) -> None:
            self.run(
                lambda store: DecisionService(store).record_disagreement(
                    decision.id, values["note"], keep=keep
                ),
                lambda _d: dialog.succeeded(),
                dialog.failed,
            )

        dialog.submitted.connect(submit)
        self._open_dialog(dialog)

    def delete_decision(self) -> None:
        decision = self._decision()
        if decision is None or self.status not in ("in_vergadering", "afgelopen"):
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete decision"),
            self.tr("Delete decision {number}? Its number is not used again.").format(number=decision.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(
            lambda: self.run(lambda store: DecisionService(store).delete_decision(decision.id))
        )
        self._open_dialog(box)

    # -- secretary: actions ---------------------------------------------------------------------
    def new_action(self, text: str = "", from_line: bool = False) -> None:
        entry = self.selected_item()
        if entry is None or self.data is None or self.status not in ("in_vergadering", "afgelopen"):
            return
        dialog = LiveActionDialog(
            text, item_label(entry.item), self.data.meeting.date + timedelta(weeks=4), self
        )
        item_id = entry.item.id

        def submit(values: dict, keep: list) -> None:
            if from_line:
                fn = lambda store: ActionService(store).create_from_minutes_line(  # noqa: E731
                    item_id,
                    values["text"],
                    owner_organisation=values["owner_organisation"],
                    owner_role=values["owner_role"],
                    deadline=values["deadline"],
                    keep=keep,
                )
            else:
                fn = lambda store: ActionService(store).create_action(  # noqa: E731
                    self.meeting_id, item_id=item_id, keep=keep, **values
                )
            self.run(fn, lambda _a: dialog.succeeded(), dialog.failed, label="action.create")

        dialog.submitted.connect(submit)
        self._open_dialog(dialog)

    def close_action(self, action_id: int, status: str) -> None:
        """Close an action at the table (item "Actielijst"): recorded as closed at this meeting."""
        if self.status not in ("in_vergadering", "afgelopen"):
            return
        meeting_id = self.meeting_id
        self.run(
            lambda store: ActionService(store).close_action(action_id, status=status, meeting_id=meeting_id),
            label="action.close",
        )

    def line_to_action(self) -> None:
        from storage.meetings.actions import line_to_action_text

        line = line_to_action_text(self.secretary.current_line())
        if not line:
            self.show_message(self.tr("The current line of the minutes is empty."))
            return
        self.new_action(line, from_line=True)

    # -- secretary: adoption of the previous minutes (item 2) -----------------------------------
    def adopt_previous(self) -> AdoptionDialog | None:
        """Open the previous meeting's record to correct and adopt it (only at item 2, in session)."""
        data, entry = self.data, self.selected_item()
        if data is None or data.previous is None:
            return None
        if not adoption_state(data.meeting, data.previous, entry).can_adopt:
            return None
        self.keeper.flush()
        dialog = AdoptionDialog(self.ctx, data.previous, self.meeting_id, self)
        dialog.accepted.connect(self.reload)
        self._open_dialog(dialog)
        return dialog

    # -- dialogs --------------------------------------------------------------------------------
    def _open_dialog(self, dialog: QWidget) -> None:
        if isinstance(self.dialog, QWidget):
            with contextlib.suppress(RuntimeError):  # already deleted
                self.dialog.close()
        self.dialog = dialog
        before = QApplication.focusWidget()

        def finished(_result: int) -> None:
            dialog.deleteLater()
            # the keyboard goes back to the minutes (or, in the chair's view alone, where it was),
            # also on platforms that do not reactivate the window by themselves
            if self.return_to_minutes():
                return
            if before is not None and shiboken6.isValid(before) and before.window() is self.window():
                self.window().activateWindow()
                before.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    # -- presentation ---------------------------------------------------------------------------
    def toggle_presentation(self) -> None:
        if self.presentation is None:
            self.open_presentation()
        else:
            self.close_presentation()

    def open_presentation(self, *, full_screen: bool | None = None) -> None:
        """Full screen on the chosen screen when that is a screen of its own; with only the laptop's
        screen, a preview inside the chair's view (a full-screen window would hide the meeting)."""
        if self.presentation is not None:
            return
        screen = self.chair.chosen_screen()
        if full_screen is None:
            full_screen = projector_apart(screen, self.window().screen())
        if full_screen:
            window = PresentationWindow(self.window())
        else:
            window = PresentationWindow(self.chair.preview, embedded=True)
            if self.mode == "secretary":
                self.set_mode("both")  # the preview stands in the chair's view
        window.blank_changed.connect(lambda _blank: self.chair.update_state())
        window.closed.connect(self._presentation_closed)
        self.presentation = window
        self._public_timer = None
        if full_screen:
            window.show_on(screen)
        else:
            self.chair.show_preview(window)
        self.update_presentation()
        self.return_to_minutes()  # the chair keeps the keyboard
        self.chair.update_state()

    def close_presentation(self) -> None:
        window, self.presentation = self.presentation, None
        if window is not None:
            window.close()
        self.chair.show_preview(None)
        self.chair.update_state()

    def _presentation_closed(self) -> None:
        by_user = self.presentation is not None  # Esc on the projector, not a lock or F5
        self.presentation = None
        self.chair.show_preview(None)
        self.chair.update_state()
        if by_user:
            self.return_to_minutes()

    def toggle_blank(self) -> None:
        if self.presentation is not None:
            self.presentation.toggle_blank()
        self.chair.update_state()

    def public_slide(self) -> PublicSlide:
        """The only thing the presentation window is given (see ``ui.live.public``)."""
        data = self.data
        if data is None:
            return PublicSlide("", "", "")
        meeting = data.meeting
        entry = data.item(self.timer.current)
        if entry is None:
            return PublicSlide(
                meeting.number,
                self.tr("Meeting {number}").format(number=meeting.number),
                self.tr("Starts at {time}").format(time=clock_text(meeting.start_time))
                if meeting.status in ("concept", "agenda_vastgesteld")
                else "",
            )
        item = entry.item
        return PublicSlide(
            heading=self.tr("{meeting} · item {number}").format(meeting=meeting.number, number=item.number),
            title=item.title,
            summary=item.case_summary if item.kind == "case" else "",
            timer=self.public_timer(),
        )

    def public_timer(self) -> PublicTimer | None:
        state = self.timer.state()
        if state.item_id is None:
            return None
        return PublicTimer.from_state(state, timer_status(state))

    def update_presentation(self) -> None:
        if self.presentation is not None:
            self._public_timer = self.public_timer()
            self.presentation.show_slide(self.public_slide())

    # -- layout ---------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.chair.setVisible(mode in ("chair", "both"))
        self.secretary.setVisible(mode in ("secretary", "both"))
        self.secretary.timer.setVisible(mode == "secretary")  # the chair's card shows it otherwise
        if self.data is not None:
            self.tick()
        self.mode_widgets[mode].setChecked(True)
        for key, action in (("chair", "view.chair"), ("secretary", "view.secretary"), ("both", "view.both")):
            if action in self._actions:
                self._actions[action].setChecked(key == mode)

    def return_to_minutes(self) -> bool:
        """Give the keyboard back to the minutes editor (after opening the meeting, an unlock, the
        projector, a dialog). False when the secretary's view is not shown."""
        if not shiboken6.isValid(self) or not self.secretary.isVisible():
            return False
        window = self.window()
        if not window.isVisible():
            return False
        window.activateWindow()
        self.secretary.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_minutes(self) -> None:
        if self.mode == "chair":
            self.set_mode("both")
        self.secretary.editor.setFocus()

    def focus_agenda(self) -> None:
        if self.mode == "secretary":
            self.set_mode("both")
        self.chair.agenda.setFocus()

    def focus_presence(self) -> None:
        if self.mode == "chair":
            self.set_mode("both")
        self.secretary.presence.setFocus()
        self.secretary.show_presence_row()

    def step_minutes(self, delta: int) -> None:
        if self.data is None:
            return
        index = self.data.index(self.secretary.item_id) + delta
        if 0 <= index < len(self.data.items):
            self.secretary.show_item(self.data.items[index].item.id)

    # -- actions for the window's menus ---------------------------------------------------------
    def _action(
        self, key: str, text: str, shortcut: str | None, slot: Callable[[], Any], *, checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            # F6 to the minutes, like the pane key elsewhere; Ctrl+E stays as it was
            extra = ["Ctrl+E"] if key == "view.minutes" else []
            action.setShortcuts([QKeySequence(k) for k in (shortcut, *extra)])
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self._actions[key] = action
        return action

    def _build_actions(self) -> list[tuple[str, list[QAction | None]]]:
        a = self._action
        meeting = [
            a("meeting.start", self.tr("&Open the meeting"), "Ctrl+Shift+S", self.start_meeting),
            a("meeting.previous", self.tr("&Previous item"), "Alt+Left", self.go_previous),
            a("meeting.next", self.tr("&Next item"), "Alt+Right", self.go_next),
            a(
                "meeting.take",
                self.tr("&Take the selected agenda item now"),
                "Ctrl+Return",
                self.take_selected,
            ),
            a("meeting.pause", self.tr("Pause or resume the &timer"), "Ctrl+Shift+T", self.toggle_pause),
            None,
            a("meeting.close", self.tr("&Close the meeting…"), "Ctrl+Shift+E", self.close_meeting),
            a("meeting.reopen", self.tr("&Reopen the meeting"), None, self.reopen_meeting),
        ]
        minutes = [
            a("minutes.save", self.tr("&Save now"), "Ctrl+S", self.save_now),
            a("minutes.undo", self.tr("&Undo"), "Ctrl+Z", self.undo),
            a("minutes.redo", self.tr("&Redo"), "Ctrl+Shift+Z", self.redo),
            None,
            a(
                "minutes.line_action",
                self.tr("Current &line to action…"),
                "Ctrl+Shift+A",
                self.line_to_action,
            ),
            a("minutes.new_action", self.tr("&New action…"), "Ctrl+Shift+N", lambda: self.new_action()),
            a("minutes.keep", self.tr("&Keep marked text with a reason…"), "Ctrl+Shift+K", self.keep_flagged),
            a("minutes.presence", self.tr("&Presence for this item"), "Ctrl+Shift+P", self.focus_presence),
            a("minutes.adopt", self.tr("A&dopt previous minutes…"), ADOPT_KEYS, self.adopt_previous),
            None,
            a(
                "minutes.previous",
                self.tr("Minutes of the p&revious item"),
                "Ctrl+PgUp",
                lambda: self.step_minutes(-1),
            ),
            a(
                "minutes.next",
                self.tr("Minutes of the ne&xt item"),
                "Ctrl+PgDown",
                lambda: self.step_minutes(1),
            ),
        ]
        decision = []
        for index in range(5):
            decision.append(
                a(f"outcome.{index}", "", f"Alt+{index + 1}", lambda i=index: self._outcome_by_index(i))
            )
        decision += [
            None,
            a(
                "decision.ind",
                self.tr("&IND confirms"),
                "Ctrl+Shift+I",
                lambda: self.toggle_confirmation("IND", confirm_only=True),
            ),
            a(
                "decision.om",
                self.tr("&OM confirms"),
                "Ctrl+Shift+M",
                lambda: self.toggle_confirmation("OM", confirm_only=True),
            ),
            a("decision.disagree", self.tr("&Disagreement…"), "Ctrl+Shift+D", self.record_disagreement),
            a("decision.change", self.tr("C&hange decision…"), None, lambda: self.change_decision()),
            a("decision.delete", self.tr("Delete decision…"), None, self.delete_decision),
        ]
        presentation = [
            a(
                "presentation.toggle",
                self.tr("&Show or hide the presentation"),
                "F5",
                self.toggle_presentation,
            ),
            a("presentation.blank", self.tr("&Blank the presentation"), "Ctrl+B", self.toggle_blank),
        ]
        view = [
            a("view.chair", self.tr("&Chair"), "F2", lambda: self.set_mode("chair"), checkable=True),
            a(
                "view.secretary",
                self.tr("&Secretary"),
                "F3",
                lambda: self.set_mode("secretary"),
                checkable=True,
            ),
            a(
                "view.both",
                self.tr("&Both side by side"),
                "F4",
                lambda: self.set_mode("both"),
                checkable=True,
            ),
            None,
            a("view.agenda", self.tr("To the &agenda"), "Ctrl+G", self.focus_agenda),
            a("view.minutes", self.tr("To the &minutes"), "F6", self.focus_minutes),
        ]
        return [
            (self.tr("&Meeting"), meeting),
            (self.tr("M&inutes"), minutes),
            (self.tr("&Decision"), decision),
            (self.tr("&Presentation"), presentation),
            (self.tr("&View"), view),
        ]

    def menus(self) -> list[tuple[str, list[QAction | None]]]:
        """(menu title, actions; None is a separator) for the window's menu bar."""
        return self._menus

    def menu_actions(self) -> list[QAction]:
        return [a for _title, actions in self._menus for a in actions if a is not None]

    def action(self, key: str) -> QAction:
        return self._actions[key]

    def _outcome_by_index(self, index: int) -> None:
        if self.data is not None and index < len(self.data.outcomes):
            self.choose_outcome(self.data.outcomes[index].key)

    def _update_actions(self) -> None:
        status = self.status
        running = status == "in_vergadering"
        recording = status in ("in_vergadering", "afgelopen")
        entry = self.selected_item()
        is_case = entry is not None and entry.item.kind == "case"
        decision = self._decision()
        outcomes = self.data.outcomes if self.data is not None else ()
        for index in range(5):
            action = self._actions[f"outcome.{index}"]
            if index < len(outcomes):
                outcome = outcomes[index]
                action.setText(f"&{index + 1} " + outcome_label(outcome.key, outcome.display()) + "…")
                action.setVisible(True)
            else:
                action.setVisible(False)
            action.setEnabled(recording and is_case)
        enable = {
            "meeting.start": status == "agenda_vastgesteld",
            "meeting.previous": running,
            "meeting.next": running,
            "meeting.take": running,
            "meeting.pause": running,
            "meeting.close": running,
            "meeting.reopen": status == "afgelopen",
            "minutes.line_action": recording,
            "minutes.new_action": recording,
            "minutes.keep": recording,
            "minutes.adopt": self.data is not None
            and adoption_state(self.data.meeting, self.data.previous, entry).can_adopt,
            "decision.ind": recording and decision is not None,
            "decision.om": recording and decision is not None,
            "decision.disagree": recording and decision is not None,
            "decision.change": recording and decision is not None,
            "decision.delete": recording and decision is not None,
        }
        for key, on in enable.items():
            self._actions[key].setEnabled(on)
        self.chair.update_state()

    # -- lock and close -------------------------------------------------------------------------
    def flush(self) -> None:
        """Queue every pending save on the worker: minutes, and the running item's time."""
        self.keeper.flush()
        if self.timer.current is not None and self.status == "in_vergadering":
            self._record_time(self.timer.current, self.timer.elapsed_whole(self.timer.current))

    def test_states(self):  # noqa: ANN201 - for the screen walks
        for mode in ("chair", "secretary", "both"):
            self.set_mode(mode)
            yield f"live:{mode}"


__all__ = ["LiveFormDialog", "LiveView", "Resume"]
