"""Meetings as read models: the list, one meeting with its participants, its neighbours, its seal."""

from __future__ import annotations

from datetime import date, datetime, time

from storage.anchor import Head
from storage.meetings import _base as b
from storage.meetings.model import Meeting, MeetingSummary, Participant, SealInfo
from storage.meetings.numbering import parse_meeting_number
from storage.meetings.queries.common import MEETING_ORDER, sealed_outcomes
from storage.store import Store


def list_meetings(
    store: Store, *, year: int | None = None, status: str | None = None
) -> tuple[MeetingSummary, ...]:
    where: list[str] = []
    args: list[object] = []
    if year is not None:
        where.append("m.year = ?")
        args.append(year)
    if status:
        where.append("m.status = ?")
        args.append(status)
    sql = (
        "SELECT m.*, (SELECT count(*) FROM agenda_items ai WHERE ai.meeting_id = m.id "
        "AND ai.kind = 'case') AS case_items, (SELECT count(*) FROM decisions d "
        "WHERE d.meeting_id = m.id) AS decisions, (SELECT count(*) FROM seals s "
        "WHERE s.meeting_id = m.id) AS sealed FROM meetings m"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {MEETING_ORDER}"
    return tuple(
        MeetingSummary(
            id=r["id"],
            number=r["number"],
            date=date.fromisoformat(r["date"]),
            start_time=time.fromisoformat(r["start_time"]),
            place=r["place"],
            status=r["status"],
            marking=r["marking"],
            case_items=r["case_items"],
            decisions=r["decisions"],
            sealed=bool(r["sealed"]),
        )
        for r in b.rows(store, sql, args)
    )


def meeting(store: Store, meeting_id: int) -> Meeting:
    return meeting_from_row(store, b.meeting_row(store, meeting_id))


def meeting_by_number(store: Store, number: str) -> Meeting:
    parse_meeting_number(number)
    return meeting(store, b.meeting_id_for(store, number))


def previous_meeting(store: Store, meeting_id: int) -> Meeting | None:
    """The meeting before this one (by date and time): the one whose minutes item 2 adopts."""
    row = b.meeting_row(store, meeting_id)
    prev = b.one(
        store,
        "SELECT * FROM meetings m WHERE (m.date, m.start_time, m.id) < (?, ?, ?) "
        "ORDER BY m.date DESC, m.start_time DESC, m.id DESC LIMIT 1",
        (row["date"], row["start_time"], row["id"]),
    )
    return None if prev is None else meeting_from_row(store, prev)


def upcoming_meeting(store: Store) -> Meeting | None:
    """The first meeting that has not ended (the one to prepare or run)."""
    row = b.one(
        store,
        f"SELECT * FROM meetings m WHERE m.status IN (?, ?, ?) ORDER BY {MEETING_ORDER} LIMIT 1",
        b.OPEN_STATUSES,
    )
    return None if row is None else meeting_from_row(store, row)


def _participants(store: Store, meeting_id: int) -> tuple[Participant, ...]:
    return tuple(
        Participant(
            id=p["id"],
            name=p["name"],
            organisation=p["organisation"],
            organisation_name=p["organisation_name"],
            role=p["role"],
            attendance=p["attendance"],
        )
        for p in b.rows(
            store,
            "SELECT * FROM meeting_participants WHERE meeting_id = ? ORDER BY position, id",
            (meeting_id,),
        )
    )


def meeting_from_row(store: Store, row: b.Row) -> Meeting:
    adopted_in = None
    if row["adopted_in_meeting_id"] is not None:
        adopted_in = _number(store, row["adopted_in_meeting_id"])
    return Meeting(
        id=row["id"],
        number=row["number"],
        year=row["year"],
        seq=row["seq"],
        date=date.fromisoformat(row["date"]),
        start_time=time.fromisoformat(row["start_time"]),
        place=row["place"],
        chair=row["chair"],
        secretary=row["secretary"],
        marking=row["marking"],
        status=row["status"],
        participants=_participants(store, row["id"]),
        current_item_id=row["current_item_id"],
        started_at=b.to_dt(row["started_at"]),
        ended_at=b.to_dt(row["ended_at"]),
        adopted_at=b.to_dt(row["adopted_at"]),
        adopted_in=adopted_in,
        seal=seal(store, row["id"]),
        revision=row["revision"],
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        sealed_outcomes=sealed_outcomes(row["sealed_outcomes"]),
    )


def _number(store: Store, meeting_id: int) -> str | None:
    found = store.db.execute("SELECT number FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    return None if found is None else str(found[0])


def seal(store: Store, meeting_id: int) -> SealInfo | None:
    row = b.one(
        store,
        "SELECT s.*, m.number AS meeting_number, im.number AS sealed_in FROM seals s "
        "JOIN meetings m ON m.id = s.meeting_id "
        "LEFT JOIN meetings im ON im.id = s.sealed_in_meeting_id WHERE s.meeting_id = ?",
        (meeting_id,),
    )
    if row is None:
        return None
    logged = store.db.execute(
        "SELECT seq, hash FROM audit_log WHERE action = 'meeting.seal' AND object_id = ? "
        "ORDER BY seq DESC LIMIT 1",
        (row["meeting_number"],),
    ).fetchone()
    return SealInfo(
        audit_head=Head(int(logged[0]), str(logged[1])).short() if logged else None,
        id=row["id"],
        meeting_number=row["meeting_number"],
        sealed_at=datetime.fromisoformat(row["sealed_at"]),
        sealed_in=row["sealed_in"],
        with_amendments=bool(row["with_amendments"]),
        format=row["format"],
        fingerprint=row["fingerprint"],
        redacted_at=b.to_dt(row["redacted_at"]),
    )
