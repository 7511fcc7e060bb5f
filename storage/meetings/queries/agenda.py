"""The agenda as a read model: items with planned start and end, one-line case summaries."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from storage.meetings import _base as b
from storage.meetings.model import Agenda, AgendaItem, Meeting
from storage.meetings.queries.common import meeting_start, minutes_after_start
from storage.meetings.queries.meetings import meeting
from storage.meetings.text import one_line
from storage.store import Store


def agenda(store: Store, meeting_id: int) -> Agenda:
    found = meeting(store, meeting_id)
    items = meeting_items(store, found)
    total = sum(i.planned_minutes for i in items)
    return Agenda(
        meeting=found, items=items, planned_minutes=total, planned_end=minutes_after_start(found, total)
    )


def item(store: Store, item_id: int) -> AgendaItem:
    """One agenda item (cheap: does not build the whole agenda)."""
    row = b.one(
        store,
        "SELECT m.id, m.date, m.start_time, (SELECT count(*) FROM seals s WHERE s.meeting_id = m.id) AS sealed, "
        "(SELECT coalesce(sum(o.planned_minutes), 0) FROM agenda_items o WHERE o.meeting_id = m.id "
        "AND o.position < ai.position) AS offset FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id "
        "WHERE ai.id = ?",
        (item_id,),
    )
    if row is None:
        b.item_row(store, item_id)  # raises NotFound
    assert row is not None
    start = datetime.combine(date.fromisoformat(row["date"]), time.fromisoformat(row["start_time"]))
    found = _items(store, row["id"], start, bool(row["sealed"]), only=item_id, offset=row["offset"])
    return found[0]


def meeting_items(store: Store, of: Meeting) -> tuple[AgendaItem, ...]:
    return _items(store, of.id, meeting_start(of), of.is_sealed)


def _items(
    store: Store, meeting_id: int, start: datetime, sealed: bool, *, only: int | None = None, offset: int = 0
) -> tuple[AgendaItem, ...]:
    found = b.rows(
        store,
        "SELECT ai.id, ai.meeting_id, ai.position, ai.kind, ai.title, ai.case_id, ai.case_reference, "
        "ai.planned_minutes, ai.started_at, ai.ended_at, ai.elapsed_seconds, ai.taken_order, "
        "ai.minutes != '' AS has_minutes, ai.minutes_revision, c.reference AS live_reference, "
        "c.summary AS live_summary, ai.case_summary AS sealed_summary, c.status AS case_status "
        "FROM agenda_items ai LEFT JOIN cases c ON c.id = ai.case_id "
        f"WHERE {'ai.id' if only is not None else 'ai.meeting_id'} = ? ORDER BY ai.position",
        (only if only is not None else meeting_id,),
    )
    items = []
    for r in found:
        items.append(_item(r, start, offset, sealed))
        offset += r["planned_minutes"]
    return tuple(items)


def _item(r: b.Row, start: datetime, offset: int, sealed: bool) -> AgendaItem:
    reference = r["case_reference"] if sealed and r["case_reference"] else r["live_reference"]
    # A sealed record shows the summary copied at adoption (part of its fingerprint).
    summary = r["sealed_summary"] if sealed else r["live_summary"]
    return AgendaItem(
        id=r["id"],
        meeting_id=r["meeting_id"],
        number=r["position"],
        kind=r["kind"],
        title=r["title"],
        case_id=r["case_id"],
        case_reference=reference or "",
        case_summary=one_line(summary or ""),
        case_status=r["case_status"] or "",
        planned_minutes=r["planned_minutes"],
        planned_start=(start + timedelta(minutes=offset)).time(),
        planned_end=(start + timedelta(minutes=offset + r["planned_minutes"])).time(),
        started_at=b.to_dt(r["started_at"]),
        ended_at=b.to_dt(r["ended_at"]),
        elapsed_seconds=r["elapsed_seconds"],
        taken_order=r["taken_order"],
        has_minutes=bool(r["has_minutes"]),
        minutes_revision=r["minutes_revision"],
    )
