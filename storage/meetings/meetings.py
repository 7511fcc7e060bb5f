"""Meetings: create, details, participants and the status transitions up to "afgelopen".

Adoption ("vastgesteld", the seal) lives in ``storage.meetings.adoption``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from storage.errors import NotFound, ValidationError
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings.model import (
    Attendance,
    Meeting,
    MeetingStatus,
    Participant,
    ParticipantInput,
)
from storage.meetings.numbering import allocate, format_meeting_number, meeting_counter
from storage.meetings.queries import MeetingQueries
from storage.meetings.standard_items import STANDARD_ITEMS
from storage.store import Store

DEFAULT_START = "10:00"
MEETING_FIELDS = ("date", "start_time", "place", "chair", "secretary", "marking")
PARTICIPANT_FIELDS = ("name", "organisation", "organisation_name", "role", "attendance")

# Allowed transitions (from, to) and the audit action that records them.
TRANSITIONS: dict[tuple[str, str], str] = {
    (MeetingStatus.CONCEPT.value, MeetingStatus.AGENDA_FIXED.value): "agenda.fix",
    (MeetingStatus.AGENDA_FIXED.value, MeetingStatus.CONCEPT.value): "agenda.reopen",
    (MeetingStatus.AGENDA_FIXED.value, MeetingStatus.IN_PROGRESS.value): "meeting.start",
    (MeetingStatus.IN_PROGRESS.value, MeetingStatus.ENDED.value): "meeting.close",
    (MeetingStatus.ENDED.value, MeetingStatus.IN_PROGRESS.value): "meeting.reopen",
}


def _attendance(value: str) -> str:
    try:
        return Attendance(value).value
    except ValueError as exc:
        raise ValidationError(
            detail=pick(
                f"Onbekende aanwezigheid {value!r} (present, apologies, absent).",
                f"Unknown attendance {value!r} (present, apologies, absent).",
            )
        ) from exc


class MeetingService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries = MeetingQueries(store)

    # -- create and edit ------------------------------------------------------------------------
    def create_meeting(
        self,
        meeting_date: date | str,
        start_time: time | str = DEFAULT_START,
        *,
        place: str = "",
        chair: str = "",
        secretary: str = "",
        marking: str | None = None,
        participants: Iterable[ParticipantInput] | None = None,
        copy_participants: bool = True,
        standard_items: bool = True,
    ) -> Meeting:
        """A new concept meeting numbered ``OT <year>-<nn>`` by its date's year.

        The agenda gets the standard items. Without ``participants``, the participants of the
        previous meeting are copied (all marked present) when ``copy_participants`` is set. The
        marking defaults to the store setting ``default_marking``.
        """
        day = b.date_text(meeting_date, pick("Datum", "Date"), required=True)
        assert day is not None
        start = b.time_text(start_time, pick("Aanvangstijd", "Start time"))
        year = date.fromisoformat(day).year
        if marking is None:
            marking = str(self.store.settings.get("default_marking") or "")
        now = b.now_iso(self.store)
        with self.store.db.atomic():
            seq, number = allocate(
                self.store.db, meeting_counter(year), "meetings", lambda n: format_meeting_number(year, n)
            )
            cursor = self.store.db.execute(
                "INSERT INTO meetings (number, year, seq, date, start_time, place, chair, secretary, marking, "
                "status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    number,
                    year,
                    seq,
                    day,
                    start,
                    b.clean(place),
                    b.clean(chair),
                    b.clean(secretary),
                    b.clean(marking),
                    MeetingStatus.CONCEPT.value,
                    now,
                    now,
                ),
            )
            meeting_id = b.new_id(cursor)
            people = list(participants) if participants is not None else []
            if participants is None and copy_participants:
                people = self._previous_participants(meeting_id)
            for position, person in enumerate(people, start=1):
                self._insert_participant(meeting_id, position, person)
            if standard_items:
                for position, (kind, title, minutes) in enumerate(STANDARD_ITEMS, start=1):
                    self.store.db.execute(
                        "INSERT INTO agenda_items (meeting_id, position, kind, title, planned_minutes) "
                        "VALUES (?,?,?,?,?)",
                        (meeting_id, position, kind, title, minutes),
                    )
            self.store.audit.append(
                "meeting.create",
                "meeting",
                number,
                detail={
                    "participants": len(people),
                    "items": len(STANDARD_ITEMS) if standard_items else 0,
                },
            )
        return self.queries.meeting(meeting_id)

    def _previous_participants(self, meeting_id: int) -> list[ParticipantInput]:
        row = b.meeting_row(self.store, meeting_id)
        prev = b.one(
            self.store,
            "SELECT id FROM meetings WHERE (date, start_time, id) < (?, ?, ?) "
            "ORDER BY date DESC, start_time DESC, id DESC LIMIT 1",
            (row["date"], row["start_time"], row["id"]),
        )
        if prev is None:
            return []
        return [
            ParticipantInput(
                name=p["name"],
                organisation=p["organisation"],
                role=p["role"],
                organisation_name=p["organisation_name"],
            )
            for p in b.rows(
                self.store,
                "SELECT * FROM meeting_participants WHERE meeting_id = ? ORDER BY position, id",
                (prev["id"],),
            )
        ]

    def update_meeting(self, meeting_id: int, **changes: object) -> Meeting:
        """Change ``date``, ``start_time``, ``place``, ``chair``, ``secretary`` or ``marking``.

        Refused once sealed. The date stays within the year of the meeting number.
        """
        unknown = set(changes) - set(MEETING_FIELDS)
        if unknown:
            raise ValidationError(detail=f"onbekende velden: {', '.join(sorted(unknown))}")
        with self.store.db.atomic():
            meeting = b.writable_meeting(self.store, meeting_id)
            values: dict[str, object] = {}
            for name, value in changes.items():
                if name == "date":
                    day = b.date_text(value, pick("Datum", "Date"), required=True)  # type: ignore[arg-type]
                    assert day is not None
                    if date.fromisoformat(day).year != meeting["year"]:
                        raise ValidationError(
                            detail=pick(
                                f"{meeting['number']} hoort bij {meeting['year']}; maak voor een ander jaar "
                                "een nieuwe vergadering.",
                                f"{meeting['number']} belongs to {meeting['year']}; create a new meeting "
                                "for another year.",
                            )
                        )
                    values[name] = day
                elif name == "start_time":
                    values[name] = b.time_text(value, pick("Aanvangstijd", "Start time"))  # type: ignore[arg-type]
                else:
                    values[name] = b.clean(str(value or ""))
            changed = [k for k, v in values.items() if meeting[k] != v]
            if not changed:
                return self.queries.meeting(meeting_id)
            assignments = ", ".join(f"{k} = ?" for k in changed)
            self.store.db.execute(
                f"UPDATE meetings SET {assignments} WHERE id = ?", [values[k] for k in changed] + [meeting_id]
            )
            b.touch(self.store, meeting_id)
            self.store.audit.append(
                "meeting.update", "meeting", meeting["number"], detail={"fields": changed}
            )
        return self.queries.meeting(meeting_id)

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting that has no record yet (no minutes, decisions, actions or timings).

        Its number is not handed out again.
        """
        with self.store.db.atomic():
            meeting = b.writable_meeting(self.store, meeting_id)
            used = self.store.db.execute(
                "SELECT (SELECT count(*) FROM decisions WHERE meeting_id = ?) + "
                "(SELECT count(*) FROM actions WHERE meeting_id = ? OR closed_in_meeting_id = ?) + "
                "(SELECT count(*) FROM agenda_items WHERE meeting_id = ? AND (minutes != '' "
                "OR started_at IS NOT NULL)) + (SELECT count(*) FROM amendments WHERE made_in_meeting_id = ?) "
                "+ (SELECT count(*) FROM meetings WHERE adopted_in_meeting_id = ?)",
                (meeting_id,) * 6,
            ).fetchone()[0]
            if used:
                raise ValidationError(
                    detail=pick(
                        f"{meeting['number']} heeft al een verslag, besluiten of actiepunten en kan niet "
                        "worden verwijderd.",
                        f"{meeting['number']} already has minutes, decisions or actions and cannot be deleted.",
                    )
                )
            cases = [
                r[0]
                for r in self.store.db.execute(
                    "SELECT case_id FROM agenda_items WHERE meeting_id = ? AND case_id IS NOT NULL",
                    (meeting_id,),
                )
            ]
            self.store.db.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            for case_id in cases:
                b.sync_case_status(self.store, case_id, meeting["number"])
            self.store.audit.append("meeting.delete", "meeting", meeting["number"])

    # -- participants ---------------------------------------------------------------------------
    def _insert_participant(self, meeting_id: int, position: int, person: ParticipantInput) -> int:
        name = b.clean(person.name)
        if not name:
            raise ValidationError(detail=pick("Naam of functie ontbreekt.", "Name or function is missing."))
        cursor = self.store.db.execute(
            "INSERT INTO meeting_participants (meeting_id, position, name, organisation, organisation_name, "
            "role, attendance) VALUES (?,?,?,?,?,?,?)",
            (
                meeting_id,
                position,
                name,
                b.organisation_value(person.organisation, pick("Organisatie", "Organisation")),
                b.clean(person.organisation_name),
                b.clean(person.role),
                _attendance(person.attendance),
            ),
        )
        return b.new_id(cursor)

    def add_participant(self, meeting_id: int, person: ParticipantInput) -> Participant:
        with self.store.db.atomic():
            meeting = b.writable_meeting(self.store, meeting_id)
            position = self.store.db.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM meeting_participants WHERE meeting_id = ?",
                (meeting_id,),
            ).fetchone()[0]
            participant_id = self._insert_participant(meeting_id, position, person)
            b.touch(self.store, meeting_id)
            self.store.audit.append(
                "meeting.participant.add",
                "meeting",
                meeting["number"],
                detail={"participant": participant_id, "organisation": person.organisation},
            )
        return self._participant(meeting_id, participant_id)

    def update_participant(self, participant_id: int, **changes: object) -> Participant:
        """Change ``name``, ``organisation``, ``organisation_name``, ``role`` or ``attendance``."""
        unknown = set(changes) - set(PARTICIPANT_FIELDS)
        if unknown:
            raise ValidationError(detail=f"onbekende velden: {', '.join(sorted(unknown))}")
        with self.store.db.atomic():
            row = self._participant_row(participant_id)
            meeting = b.writable_meeting(self.store, row["meeting_id"])
            values: dict[str, object] = {}
            for name, value in changes.items():
                text = b.clean(str(value or ""))
                if name == "organisation":
                    text = b.organisation_value(text, pick("Organisatie", "Organisation"))
                elif name == "attendance":
                    text = _attendance(text)
                elif name == "name" and not text:
                    raise ValidationError(
                        detail=pick("Naam of functie ontbreekt.", "Name or function is missing.")
                    )
                values[name] = text
            changed = [k for k, v in values.items() if row[k] != v]
            if changed:
                self.store.db.execute(
                    f"UPDATE meeting_participants SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
                    [values[k] for k in changed] + [participant_id],
                )
                b.touch(self.store, row["meeting_id"])
                self.store.audit.append(
                    "meeting.participant.update",
                    "meeting",
                    meeting["number"],
                    detail={"participant": participant_id, "fields": changed},
                )
        return self._participant(row["meeting_id"], participant_id)

    def set_attendance(self, participant_id: int, attendance: str) -> Participant:
        """``present``, ``apologies`` (afwezig met bericht) or ``absent``."""
        return self.update_participant(participant_id, attendance=attendance)

    def remove_participant(self, participant_id: int) -> None:
        with self.store.db.atomic():
            row = self._participant_row(participant_id)
            meeting = b.writable_meeting(self.store, row["meeting_id"])
            self.store.db.execute("DELETE FROM meeting_participants WHERE id = ?", (participant_id,))
            b.touch(self.store, row["meeting_id"])
            self.store.audit.append(
                "meeting.participant.remove",
                "meeting",
                meeting["number"],
                detail={"participant": participant_id},
            )

    def _participant_row(self, participant_id: int) -> b.Row:
        row = b.one(self.store, "SELECT * FROM meeting_participants WHERE id = ?", (participant_id,))
        if row is None:
            raise NotFound(what=pick(f"Deelnemer {participant_id}", f"Participant {participant_id}"))
        return row

    def _participant(self, meeting_id: int, participant_id: int) -> Participant:
        for p in self.queries.meeting(meeting_id).participants:
            if p.id == participant_id:
                return p
        raise AssertionError("participant vanished")  # pragma: no cover

    # -- status ---------------------------------------------------------------------------------
    def _transition(self, meeting_id: int, target: str, expected: str) -> Meeting:
        with self.store.db.atomic():
            meeting = b.writable_meeting(self.store, meeting_id)
            action = TRANSITIONS.get((meeting["status"], target))
            if action != expected:
                allowed = [MeetingStatus(t).label() for (f, t) in TRANSITIONS if f == meeting["status"]]
                b.require_status(
                    meeting,
                    (),
                    f"naar '{MeetingStatus(target).label()}' kan niet; wel naar: {', '.join(allowed) or '-'}.",
                    f"cannot go to '{MeetingStatus(target).label('en')}'.",
                )
            now = b.now_iso(self.store)
            extra = ""
            if target == MeetingStatus.IN_PROGRESS.value and meeting["started_at"] is None:
                extra = ", started_at = :now"
            if target == MeetingStatus.ENDED.value:
                extra = ", ended_at = :now, current_item_id = NULL"
            if action == "meeting.reopen":
                extra = ", ended_at = NULL"
            self.store.db.execute(
                f"UPDATE meetings SET status = :status, updated_at = :now{extra} WHERE id = :id",
                {"status": target, "now": now, "id": meeting_id},
            )
            if action in ("meeting.close", "meeting.reopen"):  # the others leave case statuses as they are
                for (case_id,) in self.store.db.execute(
                    "SELECT case_id FROM agenda_items WHERE meeting_id = ? AND case_id IS NOT NULL",
                    (meeting_id,),
                ).fetchall():
                    b.sync_case_status(self.store, case_id, meeting["number"])
            self.store.audit.append(
                expected, "meeting", meeting["number"], detail={"from": meeting["status"], "to": target}
            )
        return self.queries.meeting(meeting_id)

    def fix_agenda(self, meeting_id: int) -> Meeting:
        """concept → agenda vastgesteld (the agenda is sent out)."""
        return self._transition(meeting_id, MeetingStatus.AGENDA_FIXED.value, "agenda.fix")

    def reopen_agenda(self, meeting_id: int) -> Meeting:
        """agenda vastgesteld → concept (to change the agenda before the meeting)."""
        return self._transition(meeting_id, MeetingStatus.CONCEPT.value, "agenda.reopen")

    def start_meeting(self, meeting_id: int, *, on_date: date | None = None) -> Meeting:
        """agenda vastgesteld → in vergadering; records the actual start (first time only).

        ``on_date``: the meeting takes place today (``store.now()``), not on its planned date; the
        user was asked. Today becomes the meeting's date, so the documents print the date it
        really took place; the planned date stays in the audit log."""
        if on_date is None:
            return self._transition(meeting_id, MeetingStatus.IN_PROGRESS.value, "meeting.start")
        today = self.store.now().date()
        if on_date != today:
            raise ValidationError(
                detail=pick(
                    "Een vergadering begint vandaag of op de geplande datum.",
                    "A meeting starts today or on its planned date.",
                )
            )
        with self.store.db.atomic():
            planned = b.meeting_row(self.store, meeting_id)["date"]
            started = self._transition(meeting_id, MeetingStatus.IN_PROGRESS.value, "meeting.start")
            if planned != today.isoformat():
                self.store.db.execute(
                    "UPDATE meetings SET date = ? WHERE id = ?", (today.isoformat(), meeting_id)
                )
                self.store.audit.append(
                    "meeting.date",
                    "meeting",
                    started.number,
                    detail={"planned": planned, "held": today.isoformat(), "cause": "start"},
                )
        return self.queries.meeting(meeting_id)

    def close_meeting(self, meeting_id: int) -> Meeting:
        """in vergadering → afgelopen (verslag concept). Open points do not block closing; see
        ``MeetingQueries.closing_check``. Case items without a decision fall back to the status of
        their latest decision."""
        return self._transition(meeting_id, MeetingStatus.ENDED.value, "meeting.close")

    def reopen_meeting(self, meeting_id: int) -> Meeting:
        """afgelopen → in vergadering (closed by mistake); not once the minutes are sealed."""
        return self._transition(meeting_id, MeetingStatus.IN_PROGRESS.value, "meeting.reopen")
