"""Meetings of the overlegtafel: agenda, live meeting, minutes, decisions, actions, adoption.

Services (plain classes over a ``Store``; every write is one transaction with its audit entry and
returns a frozen dataclass from ``storage.meetings.model``):

``MeetingService`` (meetings.py)
    ``create_meeting(date, start_time="10:00", *, place, chair, secretary, marking=None,
    participants=None, copy_participants=True, standard_items=True) -> Meeting`` — number
    ``OT <year>-<nn>`` from the counters; standard agenda items; marking from ``default_marking``;
    participants copied from the previous meeting unless given.
    ``update_meeting(id, **fields)`` (date, start_time, place, chair, secretary, marking),
    ``delete_meeting(id)`` (only without record), ``add_participant(id, ParticipantInput)``,
    ``update_participant(pid, **fields)``, ``set_attendance(pid, "present"|"apologies"|"absent")``,
    ``remove_participant(pid)``; status: ``fix_agenda``, ``reopen_agenda``,
    ``start_meeting(id, *, on_date=None)`` (``on_date`` = today when it is held on another day
    than planned: the meeting's date becomes that day, the planned one goes to the audit log),
    ``close_meeting``, ``reopen_meeting`` (``MeetingStatus``: concept → agenda_vastgesteld →
    in_vergadering → afgelopen → vastgesteld; the last step is ``AdoptionService.adopt_minutes``).

``AgendaService`` (agenda.py)
    ``add_case_item(meeting_id, case_id, *, position=None, planned_minutes=None) -> AgendaItem``,
    ``add_item(meeting_id, title, *, kind="other", position=None, planned_minutes=10)``,
    ``remove_item(item_id)``, ``move_item(item_id, new_number) -> Agenda``,
    ``reorder(meeting_id, item_ids) -> Agenda``, ``set_planned_minutes(item_id, minutes)``,
    ``rename_item(item_id, title)``. Changes in concept and (without renumbering items already in
    the record) during the meeting; a fixed agenda must be reopened first.

``MinutesService`` (minutes.py) — live
    ``save_minutes(item_id, text, *, keep=()) -> MinutesSaved`` (cheap, durable on
    return; for autosave), ``set_presence(item_id, participant_id, present: bool | None)``,
    ``start_item(item_id) -> AgendaItem`` (current item; first start time and order taken),
    ``record_item_time(item_id, elapsed_seconds) -> AgendaItem``, ``current_item(meeting_id)``.

``DecisionService`` (decisions.py)
    ``record_decision(item_id, outcome, *, text, responsible_organisation, responsible, deadline,
    reason, request, keep_monitoring, keep=()) -> Decision`` (one per case item,
    ``B-<year>-<nn>-<mm>``), ``change_decision(id, replaces_version=n, **fields)`` ("Besluit
    wijzigen": the only way to replace a recorded decision; keeps version n in
    ``decision_versions`` and withdraws the confirmations),
    ``delete_decision(id)``, ``confirm_decision(id, "IND"|"OM", by="")``,
    ``withdraw_confirmation(id, org)``, ``record_disagreement(id, note)``. Outcomes
    (``storage.meetings.outcomes``, store setting ``decision_outcomes``): ``aangifte``
    (responsible + deadline), ``nadere_informatie`` (request + responsible_organisation + deadline;
    creates an action; returns to the agenda), ``aanhouden`` (reason, optional deadline; returns),
    ``geen_aangifte`` (reason, optional keep_monitoring), ``afgesloten``. The case status follows
    the latest decision (``storage.cases.status.set_case_status``).

``ActionService`` (actions.py)
    ``create_action(meeting_id, text, *, owner_organisation, owner_role="", deadline=None,
    item_id=None, case_id=None) -> Action`` (``A-<year>-<nn>-<mm>``),
    ``create_from_minutes_line(item_id, line, *, owner_organisation, ...)``,
    ``update_action(id, **fields)``, ``close_action(id, *, status="done"|"cancelled",
    meeting_id=None, note="")``, ``reopen_action(id)``, ``delete_action(id)``.

``AdoptionService`` (adoption.py)
    ``record_amendment(meeting_id, text, *, item_id=None, decision_id=None, in_meeting_id=None,
    new_minutes=None) -> Amendment``, ``delete_amendment(id)``,
    ``adopt_minutes(meeting_id, *, in_meeting_id) -> SealInfo`` (only while ``in_meeting_id``, a
    later meeting, is in session, else ``AdoptionOutsideMeeting``; all decisions final;
    "vastgesteld (met wijzigingen)" when amendments exist; case summaries and outcome labels are
    frozen into the record), ``add_addendum(meeting_id, text, *,
    item_id=None, decision_id=None, in_meeting_id=None) -> Amendment``.

``MeetingQueries`` (the ``queries`` package, one module per read model) — for the UI and reports
    ``list_meetings(year=, status=) -> (MeetingSummary, …)``, ``meeting(id)``,
    ``meeting_by_number("OT 2026-03")``, ``previous_meeting(id)``, ``upcoming_meeting()``,
    ``seal(id)``; ``agenda(id) -> Agenda`` (items with planned start/end, one-line case summaries,
    computed end time), ``item(item_id)``, ``agenda_suggestions(id) -> AgendaSuggestions``
    (returning cases first, then new cases, each with a ``SuggestionReason``; open actions);
    ``minutes(id) -> Minutes`` (per item: text, presence, decisions, actions, amendments, addenda),
    ``item_minutes(item_id)``, ``minutes_text(item_id)``, ``closing_check(id) -> ClosingCheck``;
    ``decision_list(id) -> DecisionList`` (agenda order), ``decision_history(id) -> (DecisionVersion, …)``,
    ``decisions(outcome=, year=, meeting_id=,
    case_id=, start=, end=)``, ``decision(id)``, ``decision_by_number(n)``,
    ``decision_register(start=, end=, outcome=) -> DecisionRegister`` (with counts per outcome);
    ``actions(open_only=, status=, meeting_id=, case_id=, year=)``, ``action(id)``,
    ``action_by_number(n)``, ``action_list(meeting_id=None) -> ActionList`` (flags
    ``closed_since_previous``); ``case_history(case_id) -> CaseHistory`` (history panel and per-case
    excerpt); ``amendments(id)``, ``addenda(id)``.

Rules every write follows: free text goes through the anonymity policy (``guarding.check_fields``
→ ``storage.anonymity``): ``PersonalDataFound`` carries the findings (field, kind, position); pass
``keep=[Keep(...)]`` (e.g. ``Keep.findings(error.findings, reason)``) to keep flagged text; a sealed
record raises ``storage.errors.SealedRecord``; a wrong status raises
``storage.errors.WrongMeetingStatus``; the audit log gets the action (``meeting.create``,
``agenda.add``/``agenda.reorder``/…, ``minutes.save``, ``decision.record``, ``decision.confirm``,
``action.create``, ``action.close``, ``minutes.amend``, ``meeting.seal``, …) with numbers and
structural detail only, never text. ``storage.seals.verify_seals`` checks every seal.
"""

from storage.meetings.actions import ActionService
from storage.meetings.adoption import AdoptionService
from storage.meetings.agenda import AgendaService
from storage.meetings.decisions import DecisionService
from storage.meetings.guarding import Keep, PersonalDataFound
from storage.meetings.meetings import MeetingService
from storage.meetings.minutes import MinutesService
from storage.meetings.model import (
    Action,
    ActionList,
    ActionStatus,
    Agenda,
    AgendaItem,
    AgendaSuggestions,
    Amendment,
    Attendance,
    CaseDiscussion,
    CaseHistory,
    CaseSuggestion,
    ClosingCheck,
    Decision,
    DecisionList,
    DecisionRegister,
    DecisionVersion,
    ItemKind,
    ItemMinutes,
    Meeting,
    MeetingStatus,
    MeetingSummary,
    Minutes,
    MinutesSaved,
    Organisation,
    Outcome,
    OutcomeCount,
    Participant,
    ParticipantInput,
    SealInfo,
    SuggestionReason,
)
from storage.meetings.numbering import format_meeting_number, parse_meeting_number
from storage.meetings.outcomes import outcomes, set_outcomes
from storage.meetings.queries import MeetingQueries

__all__ = [
    "Action",
    "ActionList",
    "ActionService",
    "ActionStatus",
    "AdoptionService",
    "Agenda",
    "AgendaItem",
    "AgendaService",
    "AgendaSuggestions",
    "Amendment",
    "Attendance",
    "CaseDiscussion",
    "CaseHistory",
    "CaseSuggestion",
    "ClosingCheck",
    "Decision",
    "DecisionList",
    "DecisionRegister",
    "DecisionService",
    "DecisionVersion",
    "ItemKind",
    "ItemMinutes",
    "Keep",
    "Meeting",
    "MeetingQueries",
    "MeetingService",
    "MeetingStatus",
    "MeetingSummary",
    "Minutes",
    "MinutesSaved",
    "MinutesService",
    "Organisation",
    "Outcome",
    "OutcomeCount",
    "Participant",
    "ParticipantInput",
    "PersonalDataFound",
    "SealInfo",
    "SuggestionReason",
    "format_meeting_number",
    "outcomes",
    "parse_meeting_number",
    "set_outcomes",
]
