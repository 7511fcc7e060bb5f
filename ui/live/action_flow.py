"""The action items of the live meeting: a new action (from the form, or from the current line of
the minutes) and closing an open action at the table (item "Actielijst"). Each runs its store job
on the live view that hosts it; the texts are translated in the context ``LiveView``."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from storage.anonymity import Keep
from storage.meetings import Action, ActionService
from storage.meetings.actions import line_to_action_text
from storage.store import Store
from ui.live.data import RECORDING
from ui.live.dialogs import LiveActionDialog
from ui.live.host import LiveHost
from ui.live.texts import item_label


class LiveActions:
    def __init__(self, host: LiveHost, meeting_id: int, parent: QWidget) -> None:
        self._host = host
        self._meeting_id = meeting_id
        self._parent = parent  # of the dialog

    def new_action(self, text: str = "", from_line: bool = False) -> None:
        host = self._host
        entry, data = host.selected_item(), host.data
        if entry is None or data is None or host.status not in RECORDING:
            return
        dialog = LiveActionDialog(
            text, item_label(entry.item), data.meeting.date + timedelta(weeks=4), self._parent
        )
        item_id = entry.item.id
        meeting_id = self._meeting_id

        def submit(values: dict[str, Any], keep: list[Keep]) -> None:
            def from_minutes(store: Store) -> Action:
                return ActionService(store).create_from_minutes_line(
                    item_id,
                    values["text"],
                    owner_organisation=values["owner_organisation"],
                    owner_role=values["owner_role"],
                    deadline=values["deadline"],
                    keep=keep,
                )

            def from_form(store: Store) -> Action:
                return ActionService(store).create_action(meeting_id, item_id=item_id, keep=keep, **values)

            host.run(
                from_minutes if from_line else from_form,
                lambda _a: dialog.succeeded(),
                dialog.failed,
                label="action.create",
            )

        dialog.submitted.connect(submit)
        host.open_dialog(dialog)

    def close_action(self, action_id: int, status: str) -> None:
        """Close an action at the table (item "Actielijst"): recorded as closed at this meeting."""
        if self._host.status not in RECORDING:
            return
        meeting_id = self._meeting_id
        self._host.run(
            lambda store: ActionService(store).close_action(action_id, status=status, meeting_id=meeting_id),
            label="action.close",
        )

    def line_to_action(self, minutes_line: str) -> None:
        line = line_to_action_text(minutes_line)
        if not line:
            self._host.show_message(
                QCoreApplication.translate("LiveView", "The current line of the minutes is empty.")
            )
            return
        self.new_action(line, from_line=True)
