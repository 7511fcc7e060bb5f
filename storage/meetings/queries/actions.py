"""Action items as read models: one, a selection, and the action list as it stood at a meeting."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime

from storage.errors import NotFound
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings.model import Action, ActionList, ActionStatus, Meeting
from storage.meetings.queries.common import MEETING_ORDER, end_of_day
from storage.meetings.queries.meetings import meeting, previous_meeting
from storage.store import Store

_ACTION_SQL = (
    "SELECT a.*, m.number AS meeting_number, m.date AS meeting_date, ai.position AS item_number, "
    "d.number AS decision_number, cm.number AS closed_in_number, s.id AS seal_id, "
    "COALESCE(CASE WHEN s.id IS NOT NULL AND ai.case_id = a.case_id AND ai.case_reference != '' "
    "THEN ai.case_reference END, c.reference, '') AS case_reference "
    "FROM actions a JOIN meetings m ON m.id = a.meeting_id "
    "LEFT JOIN agenda_items ai ON ai.id = a.item_id LEFT JOIN decisions d ON d.id = a.decision_id "
    "LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN meetings cm ON cm.id = a.closed_in_meeting_id "
    "LEFT JOIN seals s ON s.meeting_id = a.meeting_id"
)


def select_actions(store: Store, where: str = "", args: Sequence[object] = ()) -> tuple[Action, ...]:
    found = b.rows(store, f"{_ACTION_SQL} {where} ORDER BY {MEETING_ORDER}, a.id", args)
    return tuple(
        Action(
            id=r["id"],
            number=r["number"],
            meeting_id=r["meeting_id"],
            meeting_number=r["meeting_number"],
            meeting_date=date.fromisoformat(r["meeting_date"]),
            item_id=r["item_id"],
            item_number=r["item_number"],
            decision_id=r["decision_id"],
            decision_number=r["decision_number"],
            case_id=r["case_id"],
            case_reference=r["case_reference"] or "",
            text=r["text"],
            owner_organisation=r["owner_organisation"],
            owner_role=r["owner_role"],
            deadline=b.to_date(r["deadline"]),
            status=r["status"],
            closed_at=b.to_dt(r["closed_at"]),
            closed_in=r["closed_in_number"],
            close_note=r["close_note"],
            sealed=r["seal_id"] is not None,
            created_at=datetime.fromisoformat(r["created_at"]),
        )
        for r in found
    )


def action(store: Store, action_id: int) -> Action:
    found = select_actions(store, "WHERE a.id = ?", (action_id,))
    if not found:
        raise NotFound(what=pick(f"Actiepunt {action_id}", f"Action {action_id}"))
    return found[0]


def action_by_number(store: Store, number: str) -> Action:
    found = select_actions(store, "WHERE a.number = ?", (number,))
    if not found:
        raise NotFound(what=number)
    return found[0]


def actions(
    store: Store,
    *,
    open_only: bool = False,
    status: str | None = None,
    meeting_id: int | None = None,
    case_id: int | None = None,
    year: int | None = None,
) -> tuple[Action, ...]:
    """Actions in order of origin meeting; ``meeting_id`` is the meeting they came from."""
    where, args = [], []
    if open_only:
        status = ActionStatus.OPEN.value
    for clause, value in (
        ("a.status = ?", status),
        ("a.meeting_id = ?", meeting_id),
        ("a.case_id = ?", case_id),
        ("m.year = ?", year),
    ):
        if value is not None:
            where.append(clause)
            args.append(value)
    return select_actions(store, ("WHERE " + " AND ".join(where)) if where else "", args)


def action_list(store: Store, meeting_id: int | None = None) -> ActionList:
    """The action list as it stands for a meeting (item "Actielijst").

    Holds the actions from earlier meetings and this one that were open when the meeting took
    place, plus those closed since the previous meeting (``closed_since_previous``, to be struck
    through). For a meeting that has ended, actions closed after it are shown as they stood then
    (open). Without a meeting: every open action, then every closed one.
    """
    if meeting_id is None:
        every = select_actions(store)
        ordered = [a for a in every if a.is_open] + [a for a in every if not a.is_open]
        return ActionList(meeting=None, previous_number=None, actions=tuple(ordered))
    current = meeting(store, meeting_id)
    previous = previous_meeting(store, meeting_id)
    candidates = select_actions(
        store,
        "WHERE (m.date, m.start_time, m.id) <= (?, ?, ?)",
        (current.date.isoformat(), current.start_time.strftime("%H:%M"), current.id),
    )
    listed = [a for a in (_as_listed(a, current, previous) for a in candidates) if a is not None]
    ordered = sorted(
        listed,
        key=lambda a: (not a.is_open, (a.deadline or date.max) if a.is_open else date.max, a.number),
    )
    return ActionList(
        meeting=current,
        previous_number=previous.number if previous else None,
        actions=tuple(ordered),
    )


def _as_listed(action: Action, current: Meeting, previous: Meeting | None) -> Action | None:
    """The action as the list of ``current`` shows it, or None when it is not on that list."""
    if action.is_open:
        return action
    closed_at = action.closed_at
    assert closed_at is not None
    if action.closed_in == current.number:
        return dataclasses.replace(action, closed_since_previous=True)
    if current.ended_at is not None and closed_at > current.ended_at:
        # Closed after this meeting: as it stood then, it was open.
        return dataclasses.replace(
            action, status=ActionStatus.OPEN.value, closed_at=None, closed_in=None, close_note=""
        )
    if previous is None:
        return None
    cutoff = previous.ended_at or end_of_day(previous.date, closed_at)
    closed_at_previous = action.closed_in == previous.number
    if closed_at > cutoff and not closed_at_previous:
        return dataclasses.replace(action, closed_since_previous=True)
    return None
