"""Read models of the meetings domain for the UI and the reports (no SQL needed above storage).

``MeetingQueries`` is the one door the UI, the reports and the write services read through; each
question is answered by a module with one job:

``meetings``      the list, one meeting with participants, previous/upcoming, the seal
``agenda``        the agenda with planned times; one item
``suggestions``   what to put on an agenda (structured reasons, see ``SuggestionReason``)
``decisions``     decisions, a meeting's decision list, the register, replaced versions
``actions``       action items and the action list as it stood at a meeting
``amendments``    amendments and addenda of the minutes
``minutes``       the minutes per item, the closing check
``case_history``  everything the meetings say about one case
``common``        the meeting order and small shared helpers
"""

from __future__ import annotations

from datetime import date

from storage.meetings.model import (
    Action,
    ActionList,
    Agenda,
    AgendaItem,
    AgendaSuggestions,
    Amendment,
    CaseHistory,
    ClosingCheck,
    Decision,
    DecisionList,
    DecisionRegister,
    DecisionVersion,
    ItemMinutes,
    Meeting,
    MeetingSummary,
    Minutes,
    SealInfo,
)
from storage.meetings.queries import actions as _actions
from storage.meetings.queries import agenda as _agenda
from storage.meetings.queries import amendments as _amendments
from storage.meetings.queries import case_history as _case_history
from storage.meetings.queries import decisions as _decisions
from storage.meetings.queries import meetings as _meetings
from storage.meetings.queries import minutes as _minutes
from storage.meetings.queries import suggestions as _suggestions
from storage.store import Store


class MeetingQueries:
    """Everything the agenda builder, chair and secretary views, registers and reports read."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- meetings -------------------------------------------------------------------------------
    def list_meetings(
        self, *, year: int | None = None, status: str | None = None
    ) -> tuple[MeetingSummary, ...]:
        return _meetings.list_meetings(self.store, year=year, status=status)

    def meeting(self, meeting_id: int) -> Meeting:
        return _meetings.meeting(self.store, meeting_id)

    def meeting_by_number(self, number: str) -> Meeting:
        return _meetings.meeting_by_number(self.store, number)

    def previous_meeting(self, meeting_id: int) -> Meeting | None:
        return _meetings.previous_meeting(self.store, meeting_id)

    def upcoming_meeting(self) -> Meeting | None:
        return _meetings.upcoming_meeting(self.store)

    def seal(self, meeting_id: int) -> SealInfo | None:
        return _meetings.seal(self.store, meeting_id)

    # -- agenda ---------------------------------------------------------------------------------
    def agenda(self, meeting_id: int) -> Agenda:
        return _agenda.agenda(self.store, meeting_id)

    def item(self, item_id: int) -> AgendaItem:
        return _agenda.item(self.store, item_id)

    def agenda_suggestions(self, meeting_id: int, *, new_cases_limit: int = 50) -> AgendaSuggestions:
        return _suggestions.agenda_suggestions(self.store, meeting_id, new_cases_limit=new_cases_limit)

    # -- decisions ------------------------------------------------------------------------------
    def decisions(
        self,
        *,
        outcome: str | None = None,
        year: int | None = None,
        meeting_id: int | None = None,
        case_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> tuple[Decision, ...]:
        return _decisions.decisions(
            self.store,
            outcome=outcome,
            year=year,
            meeting_id=meeting_id,
            case_id=case_id,
            start=start,
            end=end,
        )

    def decision(self, decision_id: int) -> Decision:
        return _decisions.decision(self.store, decision_id)

    def decision_by_number(self, number: str) -> Decision:
        return _decisions.decision_by_number(self.store, number)

    def decision_history(self, decision_id: int) -> tuple[DecisionVersion, ...]:
        return _decisions.decision_history(self.store, decision_id)

    def decision_list(self, meeting_id: int) -> DecisionList:
        return _decisions.decision_list(self.store, meeting_id)

    def decision_register(
        self, *, start: date | None = None, end: date | None = None, outcome: str | None = None
    ) -> DecisionRegister:
        return _decisions.decision_register(self.store, start=start, end=end, outcome=outcome)

    # -- actions --------------------------------------------------------------------------------
    def actions(
        self,
        *,
        open_only: bool = False,
        status: str | None = None,
        meeting_id: int | None = None,
        case_id: int | None = None,
        year: int | None = None,
    ) -> tuple[Action, ...]:
        return _actions.actions(
            self.store, open_only=open_only, status=status, meeting_id=meeting_id, case_id=case_id, year=year
        )

    def action(self, action_id: int) -> Action:
        return _actions.action(self.store, action_id)

    def action_by_number(self, number: str) -> Action:
        return _actions.action_by_number(self.store, number)

    def action_list(self, meeting_id: int | None = None) -> ActionList:
        return _actions.action_list(self.store, meeting_id)

    # -- minutes --------------------------------------------------------------------------------
    def minutes(self, meeting_id: int) -> Minutes:
        return _minutes.minutes(self.store, meeting_id)

    def item_minutes(self, item_id: int) -> ItemMinutes:
        return _minutes.item_minutes(self.store, item_id)

    def minutes_text(self, item_id: int) -> str:
        return _minutes.minutes_text(self.store, item_id)

    def closing_check(self, meeting_id: int) -> ClosingCheck:
        return _minutes.closing_check(self.store, meeting_id)

    def amendments(self, meeting_id: int) -> tuple[Amendment, ...]:
        return _amendments.amendments(self.store, meeting_id)

    def addenda(self, meeting_id: int) -> tuple[Amendment, ...]:
        return _amendments.addenda(self.store, meeting_id)

    # -- cases ----------------------------------------------------------------------------------
    def case_history(self, case_id: int) -> CaseHistory:
        return _case_history.case_history(self.store, case_id)


__all__ = ["MeetingQueries"]
