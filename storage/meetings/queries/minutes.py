"""The minutes as a read model: per item the text, who was there, decisions, actions, amendments."""

from __future__ import annotations

from collections import defaultdict

from storage.meetings import _base as b
from storage.meetings.model import (
    Action,
    AgendaItem,
    Attendance,
    ClosingCheck,
    ItemKind,
    ItemMinutes,
    Minutes,
)
from storage.meetings.queries.actions import actions, select_actions
from storage.meetings.queries.agenda import meeting_items
from storage.meetings.queries.amendments import addenda, amendments
from storage.meetings.queries.decisions import decisions
from storage.meetings.queries.meetings import meeting
from storage.store import Store


def minutes(store: Store, meeting_id: int) -> Minutes:
    found = meeting(store, meeting_id)
    items = meeting_items(store, found)
    texts = dict(store.db.execute("SELECT id, minutes FROM agenda_items WHERE meeting_id = ?", (meeting_id,)))
    taken = decisions(store, meeting_id=meeting_id)
    created = actions(store, meeting_id=meeting_id)
    closed = select_actions(store, "WHERE a.closed_in_meeting_id = ?", (meeting_id,))
    amended = amendments(store, meeting_id)
    added = addenda(store, meeting_id)
    presence = _presence(store, meeting_id)
    attendees = [p for p in found.participants if p.attendance == Attendance.PRESENT.value]
    by_id = {p.id: p for p in found.participants}
    result = []
    for item in items:
        exceptions = presence.get(item.id, {})
        present = [p.name for p in attendees if exceptions.get(p.id, True)]
        present += [
            by_id[pid].name for pid, here in exceptions.items() if here and by_id[pid] not in attendees
        ]
        absent = [p.name for p in attendees if not exceptions.get(p.id, True)]
        result.append(
            ItemMinutes(
                item=item,
                text=texts.get(item.id, ""),
                present=tuple(present),
                absent=tuple(absent),
                decisions=tuple(d for d in taken if d.item_id == item.id),
                actions=tuple(a for a in created if a.item_id == item.id),
                actions_closed=_closed_under(item, closed),
                amendments=tuple(a for a in amended if a.item_number == item.number),
                addenda=tuple(a for a in added if a.item_number == item.number),
            )
        )
    return Minutes(
        meeting=found, items=tuple(result), amendments=amended, addenda=added, actions_closed=closed
    )


def _closed_under(item: AgendaItem, closed: tuple[Action, ...]) -> tuple[Action, ...]:
    """The actions closed in the meeting that an item reports: all under "Actielijst", a case's own."""
    return tuple(
        a
        for a in closed
        if (item.kind == ItemKind.ACTIONS.value) or (a.case_id is not None and a.case_id == item.case_id)
    )


def item_minutes(store: Store, item_id: int) -> ItemMinutes:
    row = b.item_row(store, item_id)
    for found in minutes(store, row["meeting_id"]).items:
        if found.item.id == item_id:
            return found
    raise AssertionError("item vanished")  # pragma: no cover


def minutes_text(store: Store, item_id: int) -> str:
    """Only the text of one item (cheap, for the secretary's editor)."""
    return str(b.item_row(store, item_id)["minutes"])


def _presence(store: Store, meeting_id: int) -> dict[int, dict[int, bool]]:
    found: dict[int, dict[int, bool]] = defaultdict(dict)
    for item_id, participant_id, present in store.db.execute(
        "SELECT p.item_id, p.participant_id, p.present FROM item_presence p "
        "JOIN agenda_items ai ON ai.id = p.item_id WHERE ai.meeting_id = ?",
        (meeting_id,),
    ):
        found[item_id][participant_id] = bool(present)
    return found


def closing_check(store: Store, meeting_id: int) -> ClosingCheck:
    """Case items without a decision and decisions not yet final."""
    undecided = tuple(
        r[0]
        for r in store.db.execute(
            "SELECT ai.position FROM agenda_items ai WHERE ai.meeting_id = ? AND ai.kind = 'case' "
            "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = ai.id) ORDER BY ai.position",
            (meeting_id,),
        )
    )
    drafts = tuple(d.number for d in decisions(store, meeting_id=meeting_id) if not d.is_final)
    return ClosingCheck(undecided_case_items=undecided, draft_decisions=drafts)
