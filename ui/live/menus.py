"""The live meeting's menu actions and their shortcuts: the table of what each menu holds, and which
actions are enabled for the meeting's status and the item on screen.

The texts are translated in the context ``LiveView`` (where the menus have always been).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from storage.meetings import Outcome
from ui.live.adoption import ADOPT_KEYS
from ui.live.texts import outcome_label

OUTCOME_KEYS = 5  # Alt+1 … Alt+5

Menu = tuple[str, list[QAction | None]]  # (menu title, actions; None is a separator)


class LiveCommands(Protocol):
    """What the menus call: the live view's commands."""

    def start_meeting(self) -> None: ...
    def go_previous(self) -> None: ...
    def go_next(self) -> None: ...
    def take_selected(self) -> None: ...
    def toggle_pause(self) -> None: ...
    def close_meeting(self) -> None: ...
    def reopen_meeting(self) -> None: ...
    def save_now(self) -> None: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def line_to_action(self) -> None: ...
    def new_action(self, text: str = "", from_line: bool = False) -> None: ...
    def keep_flagged(self) -> None: ...
    def focus_presence(self) -> None: ...
    def adopt_previous(self) -> object: ...
    def step_minutes(self, delta: int) -> None: ...
    def choose_outcome_at(self, index: int) -> None: ...
    def toggle_confirmation(self, organisation: str, *, confirm_only: bool = False) -> None: ...
    def record_disagreement(self) -> None: ...
    def change_decision(self, key: str | None = None) -> object: ...
    def delete_decision(self) -> None: ...
    def toggle_presentation(self) -> None: ...
    def toggle_blank(self) -> None: ...
    def set_mode(self, mode: str) -> None: ...
    def focus_agenda(self) -> None: ...
    def focus_minutes(self) -> None: ...


class LiveMenus:
    """The QActions of one live view (their shortcuts work in its window), grouped into menus."""

    def __init__(self, owner: QWidget, commands: LiveCommands) -> None:
        self._owner = owner
        self._do = commands
        self.actions: dict[str, QAction] = {}
        self.menus: list[Menu] = [
            (QCoreApplication.translate("LiveView", "&Meeting"), self._build_meeting()),
            (QCoreApplication.translate("LiveView", "M&inutes"), self._build_minutes()),
            (QCoreApplication.translate("LiveView", "&Decision"), self._build_decision()),
            (QCoreApplication.translate("LiveView", "&Presentation"), self._build_presentation()),
            (QCoreApplication.translate("LiveView", "&View"), self._build_view()),
        ]

    def _action(
        self,
        key: str,
        text: str,
        shortcut: str | None,
        slot: Callable[[], object],
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self._owner)
        if shortcut:
            # F6 to the minutes, like the pane key elsewhere; Ctrl+E stays as it was
            extra = ["Ctrl+E"] if key == "view.minutes" else []
            action.setShortcuts([QKeySequence(k) for k in (shortcut, *extra)])
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action
        return action

    def _build_meeting(self) -> list[QAction | None]:
        a, do = self._action, self._do
        return [
            a(
                "meeting.start",
                QCoreApplication.translate("LiveView", "&Open the meeting"),
                "Ctrl+Shift+S",
                do.start_meeting,
            ),
            a(
                "meeting.previous",
                QCoreApplication.translate("LiveView", "&Previous item"),
                "Alt+Left",
                do.go_previous,
            ),
            a("meeting.next", QCoreApplication.translate("LiveView", "&Next item"), "Alt+Right", do.go_next),
            a(
                "meeting.take",
                QCoreApplication.translate("LiveView", "&Take the selected agenda item now"),
                "Ctrl+Return",
                do.take_selected,
            ),
            a(
                "meeting.pause",
                QCoreApplication.translate("LiveView", "Pause or resume the &timer"),
                "Ctrl+Shift+T",
                do.toggle_pause,
            ),
            None,
            a(
                "meeting.close",
                QCoreApplication.translate("LiveView", "&Close the meeting…"),
                "Ctrl+Shift+E",
                do.close_meeting,
            ),
            a(
                "meeting.reopen",
                QCoreApplication.translate("LiveView", "&Reopen the meeting"),
                None,
                do.reopen_meeting,
            ),
        ]

    def _build_minutes(self) -> list[QAction | None]:
        a, do = self._action, self._do
        return [
            a("minutes.save", QCoreApplication.translate("LiveView", "&Save now"), "Ctrl+S", do.save_now),
            a("minutes.undo", QCoreApplication.translate("LiveView", "&Undo"), "Ctrl+Z", do.undo),
            a("minutes.redo", QCoreApplication.translate("LiveView", "&Redo"), "Ctrl+Shift+Z", do.redo),
            None,
            a(
                "minutes.line_action",
                QCoreApplication.translate("LiveView", "Current &line to action…"),
                "Ctrl+Shift+A",
                do.line_to_action,
            ),
            a(
                "minutes.new_action",
                QCoreApplication.translate("LiveView", "&New action…"),
                "Ctrl+Shift+N",
                lambda: do.new_action(),
            ),
            a(
                "minutes.keep",
                QCoreApplication.translate("LiveView", "&Keep marked text with a reason…"),
                "Ctrl+Shift+K",
                do.keep_flagged,
            ),
            a(
                "minutes.presence",
                QCoreApplication.translate("LiveView", "&Presence for this item"),
                "Ctrl+Shift+P",
                do.focus_presence,
            ),
            a(
                "minutes.adopt",
                QCoreApplication.translate("LiveView", "A&dopt previous minutes…"),
                ADOPT_KEYS,
                do.adopt_previous,
            ),
            None,
            a(
                "minutes.previous",
                QCoreApplication.translate("LiveView", "Minutes of the p&revious item"),
                "Ctrl+PgUp",
                lambda: do.step_minutes(-1),
            ),
            a(
                "minutes.next",
                QCoreApplication.translate("LiveView", "Minutes of the ne&xt item"),
                "Ctrl+PgDown",
                lambda: do.step_minutes(1),
            ),
        ]

    def _build_decision(self) -> list[QAction | None]:
        a, do = self._action, self._do
        decision: list[QAction | None] = []
        for index in range(OUTCOME_KEYS):  # texts follow the outcomes (see ``enable``)
            decision.append(
                a(f"outcome.{index}", "", f"Alt+{index + 1}", partial(do.choose_outcome_at, index))
            )
        decision += [
            None,
            a(
                "decision.ind",
                QCoreApplication.translate("LiveView", "&IND confirms"),
                "Ctrl+Shift+I",
                lambda: do.toggle_confirmation("IND", confirm_only=True),
            ),
            a(
                "decision.om",
                QCoreApplication.translate("LiveView", "&OM confirms"),
                "Ctrl+Shift+M",
                lambda: do.toggle_confirmation("OM", confirm_only=True),
            ),
            a(
                "decision.disagree",
                QCoreApplication.translate("LiveView", "&Disagreement…"),
                "Ctrl+Shift+D",
                do.record_disagreement,
            ),
            a(
                "decision.change",
                QCoreApplication.translate("LiveView", "C&hange decision…"),
                None,
                lambda: do.change_decision(),
            ),
            a(
                "decision.delete",
                QCoreApplication.translate("LiveView", "Delete decision…"),
                None,
                do.delete_decision,
            ),
        ]
        return decision

    def _build_presentation(self) -> list[QAction | None]:
        a, do = self._action, self._do
        return [
            a(
                "presentation.toggle",
                QCoreApplication.translate("LiveView", "&Show or hide the presentation"),
                "F5",
                do.toggle_presentation,
            ),
            a(
                "presentation.blank",
                QCoreApplication.translate("LiveView", "&Blank the presentation"),
                "Ctrl+B",
                do.toggle_blank,
            ),
        ]

    def _build_view(self) -> list[QAction | None]:
        a, do = self._action, self._do
        return [
            a(
                "view.chair",
                QCoreApplication.translate("LiveView", "&Chair"),
                "F2",
                lambda: do.set_mode("chair"),
                checkable=True,
            ),
            a(
                "view.secretary",
                QCoreApplication.translate("LiveView", "&Secretary"),
                "F3",
                lambda: do.set_mode("secretary"),
                checkable=True,
            ),
            a(
                "view.both",
                QCoreApplication.translate("LiveView", "&Both side by side"),
                "F4",
                lambda: do.set_mode("both"),
                checkable=True,
            ),
            None,
            a(
                "view.agenda",
                QCoreApplication.translate("LiveView", "To the &agenda"),
                "Ctrl+G",
                do.focus_agenda,
            ),
            a(
                "view.minutes",
                QCoreApplication.translate("LiveView", "To the &minutes"),
                "F6",
                do.focus_minutes,
            ),
        ]

    # -- state ----------------------------------------------------------------------------------
    def all_actions(self) -> list[QAction]:
        return [a for _title, actions in self.menus for a in actions if a is not None]

    def check_mode(self, mode: str) -> None:
        for key, action in (("chair", "view.chair"), ("secretary", "view.secretary"), ("both", "view.both")):
            self.actions[action].setChecked(key == mode)

    def enable(
        self, status: str, *, is_case: bool, has_decision: bool, can_adopt: bool, outcomes: Sequence[Outcome]
    ) -> None:
        """Enable what the meeting's status and the item on screen allow; name the outcome keys."""
        running = status == "in_vergadering"
        recording = status in ("in_vergadering", "afgelopen")
        for index in range(OUTCOME_KEYS):
            action = self.actions[f"outcome.{index}"]
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
            "minutes.adopt": can_adopt,
            "decision.ind": recording and has_decision,
            "decision.om": recording and has_decision,
            "decision.disagree": recording and has_decision,
            "decision.change": recording and has_decision,
            "decision.delete": recording and has_decision,
        }
        for key, on in enable.items():
            self.actions[key].setEnabled(on)
