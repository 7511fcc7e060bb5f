"""The live meeting: chair view and secretary view side by side (or one at a time), the store jobs
behind them, the timer tick and the presentation window.

The panes (``ui.live.chair``, ``ui.live.secretary``) only show what they are given and say what the
user wants by signals; this view owns the meeting as loaded, the timer, the minutes keeper and the
store jobs, and answers those signals. Every store call runs on the worker; after each change the
view reloads the meeting's read model (``load_live``) in the same job, so what is shown is what is
stored. The minutes documents are the exception: the editor is the truth for the text and is never
overwritten by a reload.

The menus are in ``ui.live.menus``, the decision dialogs in ``ui.live.decision_flow``, the action
items in ``ui.live.action_flow``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from storage.anonymity import Keep
from storage.meetings import (
    ClosingCheck,
    Decision,
    ItemMinutes,
    MeetingQueries,
    MeetingService,
    MinutesService,
)
from storage.store import Store
from ui.context import AppContext
from ui.live.action_flow import LiveActions
from ui.live.adoption import AdoptionDialog, adoption_state
from ui.live.autosave import MinutesKeeper
from ui.live.chair import ChairControls, ChairView
from ui.live.closing import closing_question
from ui.live.data import LiveData, kept_spans, load_live, presence_value
from ui.live.decision_flow import LiveDecisions
from ui.live.dialogs import LiveClosingDialog, LiveFormDialog
from ui.live.menus import LiveMenus, Menu
from ui.live.presentation import PresentationWindow, projector_apart
from ui.live.public import PublicSlide, PublicTimer
from ui.live.resume import Resume
from ui.live.secretary import SecretaryView
from ui.live.texts import clock_text, timer_status
from ui.live.timing import ClockState, MeetingTimer, TimedItem
from ui.meetings.item_titles import display_title
from ui.meetings.start_date import start_date_question
from ui.widgets.error_text import user_message
from ui.widgets.guard_scan import warm_up_in_background

TICK_MS = 250  # repaint only; time comes from the monotonic clock
CHECKPOINT_SECONDS = 300  # the running item's time is also written every five minutes
T = TypeVar("T")


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
        self.decisions = LiveDecisions(self, self)
        self.actions_flow = LiveActions(self, meeting_id, self)

        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.chair = ChairView(self)
        self.secretary = SecretaryView(self.keeper.placeholder, self)
        self._connect_chair()
        self._connect_secretary()
        self._build_layout(self._build_switch())

        self._menus = LiveMenus(self, self)
        self.mode = ""
        self.set_mode(resume.mode if resume else "both")

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        warm_up_in_background()  # the guard's word lists load off the GUI thread, before typing
        self.reload()

    def _connect_chair(self) -> None:
        chair = self.chair
        chair.start_requested.connect(self.start_meeting)
        chair.previous_requested.connect(self.go_previous)
        chair.next_requested.connect(self.go_next)
        chair.pause_requested.connect(self.toggle_pause)
        chair.take_requested.connect(self.take)
        chair.presentation_requested.connect(self.toggle_presentation)
        chair.blank_requested.connect(self.toggle_blank)
        chair.close_requested.connect(self.close_meeting)
        chair.reopen_requested.connect(self.reopen_meeting)

    def _connect_secretary(self) -> None:
        secretary, keeper = self.secretary, self.keeper
        secretary.typed.connect(keeper.edited)
        secretary.focus_left.connect(self._break_merge)
        secretary.leaving_item.connect(keeper.save)
        secretary.item_switched.connect(self.editor_switched)
        secretary.undo_requested.connect(self.undo)
        secretary.redo_requested.connect(self.redo)
        secretary.keep_requested.connect(self._keep)
        secretary.presence_changed.connect(self.set_presence)
        secretary.outcome_chosen.connect(self.choose_outcome)
        secretary.confirmation_requested.connect(self.toggle_confirmation)
        secretary.disagreement_requested.connect(self.record_disagreement)
        secretary.delete_decision_requested.connect(self.delete_decision)
        secretary.new_action_requested.connect(self.new_action)
        secretary.line_action_requested.connect(self.line_to_action)
        secretary.close_action_requested.connect(self.close_action)
        secretary.adopt_requested.connect(self.adopt_previous)
        secretary.minutes_requested.connect(self.return_to_minutes)
        keeper.changed.connect(self._save_state_changed)
        keeper.applied.connect(secretary.applied)
        keeper.on_saved = lambda result: secretary.kept(result.item_id, result.kept)

    def _build_switch(self) -> QHBoxLayout:
        """The buttons that show the chair's view, the secretary's or both, and the message line."""
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
        return switch

    def _build_layout(self, switch: QHBoxLayout) -> None:
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

    # -- status ---------------------------------------------------------------------------------
    @property
    def status(self) -> str:
        return "" if self.data is None else self.data.meeting.status

    def selected_item(self) -> ItemMinutes | None:
        """The item on the secretary's screen."""
        return None if self.data is None else self.data.item(self.secretary.item_id)

    def clock(self) -> ClockState:
        return self.timer.snapshot()

    # -- jobs -----------------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Store], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        label: str = "live",
    ) -> None:
        """Run ``fn`` on the worker, then reload the meeting in the same job."""
        meeting_id = self.meeting_id

        def job(store: Store) -> tuple[T, LiveData]:
            return fn(store), load_live(store, meeting_id)

        def ok(result: tuple[T, LiveData]) -> None:
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
        clock = self.clock()
        self.chair.show_meeting(data, clock, self._chair_controls())
        self.secretary.show_meeting(data, clock, self.keeper.drafts)
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
        clock = self.clock()
        if self.chair.isVisible():
            self.chair.show_clock(clock)
        if self.secretary.isVisible():
            self.secretary.show_clock(clock)
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
    def _chair_controls(self) -> ChairControls:
        presentation = self.presentation
        return ChairControls(
            paused=self.paused,
            presenting=presentation is not None,
            blank=presentation is not None and presentation.is_blank,
        )

    def _show_chair_controls(self) -> None:
        self.chair.show_controls(self._chair_controls())

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
        self.chair.mark_rows(self.clock(), select_current=True)
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
        self._show_chair_controls()
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
        self.open_dialog(box)

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

    def _confirm_close(self, check: ClosingCheck) -> None:
        dialog = LiveClosingDialog(closing_question(check, self.data), self)
        dialog.accepted.connect(self._close_now)
        self.open_dialog(dialog)

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

    def _break_merge(self) -> None:
        self.keeper.break_merge = True  # the editor lost the keyboard: typing after it is a new step

    def _keep(self, item_id: int, text: str, keeps: list[Keep]) -> None:
        """Store the flagged parts of the minutes the secretary gave a reason for."""
        draft = self.keeper.draft(item_id)
        if draft is None:
            return
        draft.text = text
        self.keeper.keep(item_id, keeps, self.secretary.keep_failed)

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

    # -- secretary: decisions (ui.live.decision_flow) -------------------------------------------
    def choose_outcome(self, key: str) -> None:
        self.decisions.choose_outcome(key)

    def choose_outcome_at(self, index: int) -> None:
        """Alt+1 … Alt+5: the outcome at that place."""
        if self.data is not None and index < len(self.data.outcomes):
            self.choose_outcome(self.data.outcomes[index].key)

    def change_decision(self, key: str | None = None) -> QMessageBox | None:
        return self.decisions.change_decision(key)

    def _decision(self) -> Decision | None:
        return self.decisions.decision()

    def toggle_confirmation(self, organisation: str, *, confirm_only: bool = False) -> None:
        self.decisions.toggle_confirmation(organisation, confirm_only=confirm_only)

    def record_disagreement(self) -> None:
        self.decisions.record_disagreement()

    def delete_decision(self) -> None:
        self.decisions.delete_decision()

    # -- secretary: actions (ui.live.action_flow) -----------------------------------------------
    def new_action(self, text: str = "", from_line: bool = False) -> None:
        self.actions_flow.new_action(text, from_line)

    def close_action(self, action_id: int, status: str) -> None:
        self.actions_flow.close_action(action_id, status)

    def line_to_action(self) -> None:
        self.actions_flow.line_to_action(self.secretary.current_line())

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
        self.open_dialog(dialog)
        return dialog

    # -- dialogs --------------------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> None:
        """Open ``dialog`` window-modal (closing the one open before); afterwards the keyboard goes
        back to where it belongs."""
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

        dialog.finished.connect(finished)
        dialog.open()

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
        window.blank_changed.connect(lambda _blank: self._show_chair_controls())
        window.closed.connect(self._presentation_closed)
        self.presentation = window
        self._public_timer = None
        if full_screen:
            window.show_on(screen)
        else:
            self.chair.show_preview(window)
        self.update_presentation()
        self.return_to_minutes()  # the chair keeps the keyboard
        self._show_chair_controls()

    def close_presentation(self) -> None:
        window, self.presentation = self.presentation, None
        if window is not None:
            window.close()
        self.chair.show_preview(None)
        self._show_chair_controls()

    def _presentation_closed(self) -> None:
        by_user = self.presentation is not None  # Esc on the projector, not a lock or F5
        self.presentation = None
        self.chair.show_preview(None)
        self._show_chair_controls()
        if by_user:
            self.return_to_minutes()

    def toggle_blank(self) -> None:
        if self.presentation is not None:
            self.presentation.toggle_blank()
        self._show_chair_controls()

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
            title=display_title(item),
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
        self._menus.check_mode(mode)

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

    # -- actions for the window's menus (ui.live.menus) -----------------------------------------
    def menus(self) -> list[Menu]:
        """(menu title, actions; None is a separator) for the window's menu bar."""
        return self._menus.menus

    def menu_actions(self) -> list[QAction]:
        return self._menus.all_actions()

    def action(self, key: str) -> QAction:
        return self._menus.actions[key]

    def _update_actions(self) -> None:
        data, entry = self.data, self.selected_item()
        self._menus.enable(
            self.status,
            is_case=entry is not None and entry.item.kind == "case",
            has_decision=self._decision() is not None,
            can_adopt=data is not None and adoption_state(data.meeting, data.previous, entry).can_adopt,
            outcomes=data.outcomes if data is not None else (),
        )
        self._show_chair_controls()

    # -- lock and close -------------------------------------------------------------------------
    def flush(self) -> None:
        """Queue every pending save on the worker: minutes, and the running item's time."""
        self.keeper.flush()
        if self.timer.current is not None and self.status == "in_vergadering":
            self._record_time(self.timer.current, self.timer.elapsed_whole(self.timer.current))

    def test_states(self) -> Iterator[str]:
        """For the screen walks: each layout in turn."""
        for mode in ("chair", "secretary", "both"):
            self.set_mode(mode)
            yield f"live:{mode}"


__all__ = ["LiveFormDialog", "LiveView", "Resume"]
