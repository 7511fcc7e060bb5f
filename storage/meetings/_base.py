"""Shared helpers of the meeting services: rows, parsing, the seal and status guards."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import Any, Protocol

from storage.cases.status import CaseStatus
from storage.cases.status_change import set_case_status
from storage.errors import NotFound, SealedRecord, ValidationError, WrongMeetingStatus
from storage.i18n import pick
from storage.meetings.model import MeetingStatus, Organisation
from storage.meetings.outcomes import DEFAULT_OUTCOMES, outcome_or_none
from storage.store import Store

OPEN_STATUSES = (
    MeetingStatus.CONCEPT.value,
    MeetingStatus.AGENDA_FIXED.value,
    MeetingStatus.IN_PROGRESS.value,
)
RECORDING_STATUSES = (MeetingStatus.IN_PROGRESS.value, MeetingStatus.ENDED.value)

Row = dict[str, Any]


# --- rows and values ----------------------------------------------------------------------------
def rows(store: Store, sql: str, args: Sequence[object] = ()) -> list[Row]:
    cursor = store.db.execute(sql, list(args))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def one(store: Store, sql: str, args: Sequence[object] = ()) -> Row | None:
    found = rows(store, sql, args)
    return found[0] if found else None


class _Inserted(Protocol):
    @property
    def lastrowid(self) -> int | None: ...


def new_id(cursor: _Inserted) -> int:
    """The id of the row the INSERT on ``cursor`` just added."""
    rowid = cursor.lastrowid
    if rowid is None:  # pragma: no cover - an INSERT always sets it
        raise AssertionError("INSERT without a row id")
    return rowid


def now_iso(store: Store) -> str:
    return store.now().isoformat(timespec="seconds")


def to_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def to_time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def to_dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def date_text(value: date | str | None, what: str, *, required: bool = False) -> str | None:
    """Accept a ``date`` or an ISO string; return ISO text (None when empty and not required)."""
    if value is None or value == "":
        if required:
            raise ValidationError(detail=pick(f"{what} ontbreekt.", f"{what} is missing."))
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise ValidationError(
            detail=pick(
                f"{what}: ongeldige datum {value!r} (JJJJ-MM-DD).", f"{what}: invalid date {value!r}."
            )
        ) from exc


def time_text(value: time | str, what: str) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    text = str(value).strip().replace(".", ":")
    try:
        return time.fromisoformat(text if len(text) != 4 else "0" + text).strftime("%H:%M")
    except ValueError as exc:
        raise ValidationError(
            detail=pick(f"{what}: ongeldige tijd {value!r} (UU:MM).", f"{what}: invalid time {value!r}.")
        ) from exc


def organisation_value(value: str, what: str, *, allow_empty: bool = False) -> str:
    if allow_empty and not value:
        return ""
    try:
        return Organisation(value).value
    except ValueError as exc:
        raise ValidationError(
            detail=pick(
                f"{what}: kies IND, OM of other (niet {value!r}).",
                f"{what}: choose IND, OM or other (not {value!r}).",
            )
        ) from exc


def clean(text: str | None) -> str:
    return (text or "").strip()


# --- meetings and items -------------------------------------------------------------------------
def meeting_row(store: Store, meeting_id: int) -> Row:
    row = one(store, "SELECT * FROM meetings WHERE id = ?", (meeting_id,))
    if row is None:
        raise NotFound(what=pick(f"Vergadering {meeting_id}", f"Meeting {meeting_id}"))
    return row


def meeting_id_for(store: Store, number: str) -> int:
    row = store.db.execute("SELECT id FROM meetings WHERE number = ?", (number.strip(),)).fetchone()
    if row is None:
        raise NotFound(what=pick(f"Vergadering {number}", f"Meeting {number}"))
    return int(row[0])


def item_row(store: Store, item_id: int) -> Row:
    row = one(store, "SELECT * FROM agenda_items WHERE id = ?", (item_id,))
    if row is None:
        raise NotFound(what=pick(f"Agendapunt {item_id}", f"Agenda item {item_id}"))
    return row


def item_ref(meeting_number: str, position: int) -> str:
    """Audit object id of an agenda item: ``OT 2026-03#4``."""
    return f"{meeting_number}#{position}"


def is_sealed(store: Store, meeting_id: int) -> bool:
    return store.db.execute("SELECT 1 FROM seals WHERE meeting_id = ?", (meeting_id,)).fetchone() is not None


def require_unsealed(store: Store, meeting: Row) -> None:
    """Every write to a meeting's record goes through here: a sealed record never changes."""
    if meeting["status"] == MeetingStatus.ADOPTED.value or is_sealed(store, int(meeting["id"])):
        raise SealedRecord(
            what=pick(f"Het verslag van {meeting['number']}", f"The minutes of {meeting['number']}")
        )


def require_status(meeting: Row, allowed: Iterable[str], detail_nl: str, detail_en: str) -> None:
    if meeting["status"] not in tuple(allowed):
        raise WrongMeetingStatus(
            meeting=meeting["number"],
            status=MeetingStatus(meeting["status"]).label(),
            detail=pick(detail_nl, detail_en),
        )


def participant_names(store: Store, meeting_id: int) -> tuple[str, ...]:
    """The names the meeting's own record may hold: its participants, chair and secretary."""
    names = [
        r[0]
        for r in store.db.execute("SELECT name FROM meeting_participants WHERE meeting_id = ?", (meeting_id,))
    ]
    row = store.db.execute("SELECT chair, secretary FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    names += [str(v) for v in (row or ()) if v]
    return tuple(n for n in names if n and n.strip())


def writable_meeting(store: Store, meeting_id: int) -> Row:
    meeting = meeting_row(store, meeting_id)
    require_unsealed(store, meeting)
    return meeting


def recording_meeting(store: Store, meeting_id: int) -> Row:
    """A meeting whose record may be written: in session or ended, not sealed."""
    meeting = writable_meeting(store, meeting_id)
    require_status(
        meeting,
        RECORDING_STATUSES,
        "dit kan pas als de vergadering begonnen is.",
        "this is only possible once the meeting has started.",
    )
    return meeting


def touch(store: Store, meeting_id: int) -> None:
    """Mark a change of a meeting's record (updated time and concept revision)."""
    store.db.execute(
        "UPDATE meetings SET updated_at = ?, revision = revision + 1 WHERE id = ?",
        (now_iso(store), meeting_id),
    )


# --- cases --------------------------------------------------------------------------------------
def case_row(store: Store, case_id: int) -> Row:
    row = one(store, "SELECT id, reference, status, summary FROM cases WHERE id = ?", (case_id,))
    if row is None:
        raise NotFound(what=pick(f"Casus {case_id}", f"Case {case_id}"))
    return row


def derived_case_status(store: Store, case_id: int) -> str | None:
    """The status a case's meeting history gives it (None: the history says nothing).

    On the agenda of a meeting still to come or in session without a decision there: ``on_agenda``
    (``under_discussion`` once its item was started); otherwise the status of its latest decision.
    """
    pending = one(
        store,
        "SELECT ai.started_at, m.status FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id "
        f"WHERE ai.case_id = ? AND m.status IN ({','.join('?' * len(OPEN_STATUSES))}) "
        "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = ai.id) "
        "ORDER BY m.date DESC, m.start_time DESC, m.id DESC LIMIT 1",
        (case_id, *OPEN_STATUSES),
    )
    if pending is not None:
        if pending["status"] == MeetingStatus.IN_PROGRESS.value and pending["started_at"]:
            return CaseStatus.UNDER_DISCUSSION.value
        return CaseStatus.ON_AGENDA.value
    latest = one(
        store,
        "SELECT d.outcome FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.case_id = ? "
        "ORDER BY m.date DESC, m.start_time DESC, m.id DESC, d.id DESC LIMIT 1",
        (case_id,),
    )
    if latest is None:
        return None
    found = outcome_or_none(store, latest["outcome"])
    if found is not None:
        return found.case_status
    for entry in DEFAULT_OUTCOMES:
        if entry["key"] == latest["outcome"]:
            return str(entry["case_status"])
    return None


def sync_case_status(store: Store, case_id: int, cause: str) -> None:
    """Let the case status follow its meetings (inside the caller's transaction). ``cause`` is a
    reference (``OT 2026-03`` or ``B-2026-03-02``): the case history shows it."""
    status = derived_case_status(store, case_id)
    if status is None:
        current = store.db.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()
        meeting_driven = (CaseStatus.ON_AGENDA.value, CaseStatus.UNDER_DISCUSSION.value)
        if current is None or current[0] not in meeting_driven:
            return
        status = CaseStatus.NEW.value
    set_case_status(store, case_id, status, cause=cause)
