"""During the meeting: minutes per item, presence per item, the current item and item timings.

``save_minutes`` is built for autosave: one small transaction that replaces one item's text, durable
when it returns (WAL with synchronous=FULL). Consecutive saves of the same item by the same user
form one audit entry (``minutes.save``) per editing stretch: a new entry is written unless the
newest entry of the log already is a ``minutes.save`` of this item by this user, less than
``AUDIT_COALESCE`` old. The item's ``minutes_revision`` counts every save.

Time is measured by the UI with a monotonic clock; storage only records what it is given
(``record_item_time``) plus wall-clock moments for the record (``start_item``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from storage.cases import search
from storage.errors import ValidationError
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings.guarding import Keep, check_fields
from storage.meetings.model import AgendaItem, ItemKind, MeetingStatus, MinutesSaved
from storage.meetings.queries import MeetingQueries
from storage.store import Store

AUDIT_COALESCE = timedelta(minutes=10)


class MinutesService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries = MeetingQueries(store)

    def save_minutes(self, item_id: int, text: str, *, keep: Sequence[Keep] = ()) -> MinutesSaved:
        """Replace the minutes of one agenda item (in session or after, until sealed). The text
        passes the anonymity policy (``keep``: the user's decisions to keep flagged text); minutes
        of a case item are indexed for the register's full-text search. The names of the
        meeting's own participants (and its chair and secretary) are not flagged."""
        text = text or ""
        with self.store.db.atomic():
            item = b.item_row(self.store, item_id)
            meeting = b.recording_meeting(self.store, item["meeting_id"])
            ref = b.item_ref(meeting["number"], item["position"])
            if item["minutes"] == text:
                return MinutesSaved(
                    item_id, item["minutes_revision"], b.to_dt(item["minutes_saved_at"]) or self.store.now()
                )
            check_fields(
                self.store,
                "minutes",
                item_id,
                {"minutes": text},
                keep,
                label=ref,
                known_names=b.participant_names(self.store, meeting["id"]),
            )
            now = b.now_iso(self.store)
            revision = int(item["minutes_revision"]) + 1
            log = bool(keep) or not self._same_stretch(ref, item["minutes_logged_at"])
            self.store.db.execute(
                "UPDATE agenda_items SET minutes = ?, minutes_revision = ?, minutes_saved_at = ?, "
                "minutes_logged_at = CASE WHEN ? THEN ? ELSE minutes_logged_at END WHERE id = ?",
                (text, revision, now, log, now, item_id),
            )
            if item["case_id"] is not None:
                search.index_document(self.store, "minutes", item_id, text, case_id=item["case_id"])
            b.touch(self.store, meeting["id"])
            if log:
                self.store.audit.append(
                    "minutes.save",
                    "agenda_item",
                    ref,
                    detail={"revision": revision, "empty": not text.strip()},
                )
        return MinutesSaved(item_id, revision, datetime.fromisoformat(now))

    def known_names(self, item_id: int) -> tuple[str, ...]:
        """Names the guard does not flag in this item's minutes: the meeting's own participants."""
        return b.participant_names(self.store, b.item_row(self.store, item_id)["meeting_id"])

    def _same_stretch(self, ref: str, logged_at: str | None) -> bool:
        """The newest audit entry is this user's ``minutes.save`` of this item, written less than
        ``AUDIT_COALESCE`` ago (by the store clock): then this save belongs to that entry."""
        if not logged_at:
            return False
        head = self.store.audit.entries(limit=1)
        if not head:
            return False
        entry = head[0]
        if entry.action != "minutes.save" or entry.object_id != ref or entry.actor != self.store.actor():
            return False
        try:
            return self.store.now() - datetime.fromisoformat(logged_at) < AUDIT_COALESCE
        except (TypeError, ValueError):
            return False

    def set_presence(self, item_id: int, participant_id: int, present: bool | None) -> None:
        """Partial attendance: ``False`` — not there for this item; ``True`` — there for this item
        (also someone not at the meeting otherwise); ``None`` — as for the whole meeting."""
        with self.store.db.atomic():
            item = b.item_row(self.store, item_id)
            meeting = b.recording_meeting(self.store, item["meeting_id"])
            belongs = self.store.db.execute(
                "SELECT 1 FROM meeting_participants WHERE id = ? AND meeting_id = ?",
                (participant_id, meeting["id"]),
            ).fetchone()
            if belongs is None:
                raise ValidationError(
                    detail=pick(
                        "Deze deelnemer hoort niet bij deze vergadering.",
                        "This participant is not in this meeting.",
                    )
                )
            if present is None:
                self.store.db.execute(
                    "DELETE FROM item_presence WHERE item_id = ? AND participant_id = ?",
                    (item_id, participant_id),
                )
            else:
                self.store.db.execute(
                    "INSERT INTO item_presence (item_id, participant_id, present) VALUES (?,?,?) "
                    "ON CONFLICT(item_id, participant_id) DO UPDATE SET present = excluded.present",
                    (item_id, participant_id, int(present)),
                )
            b.touch(self.store, meeting["id"])
            self.store.audit.append(
                "minutes.presence",
                "agenda_item",
                b.item_ref(meeting["number"], item["position"]),
                detail={"participant": participant_id, "present": present},
            )

    def start_item(self, item_id: int) -> AgendaItem:
        """Make this the current item (chair's next/previous or out of order). The first start
        records the wall-clock start and the order in which items were taken."""
        with self.store.db.atomic():
            item = b.item_row(self.store, item_id)
            meeting = b.writable_meeting(self.store, item["meeting_id"])
            b.require_status(
                meeting,
                (MeetingStatus.IN_PROGRESS.value,),
                "een agendapunt starten kan alleen tijdens de vergadering.",
                "an item can only be started during the meeting.",
            )
            if item["started_at"] is None:
                taken = self.store.db.execute(
                    "SELECT coalesce(max(taken_order), 0) + 1 FROM agenda_items WHERE meeting_id = ?",
                    (meeting["id"],),
                ).fetchone()[0]
                self.store.db.execute(
                    "UPDATE agenda_items SET started_at = ?, taken_order = ? WHERE id = ?",
                    (b.now_iso(self.store), taken, item_id),
                )
            self.store.db.execute(
                "UPDATE meetings SET current_item_id = ? WHERE id = ?", (item_id, meeting["id"])
            )
            if item["kind"] == ItemKind.CASE.value and item["case_id"] is not None:
                b.sync_case_status(self.store, item["case_id"], meeting["number"])
            self.store.audit.append(
                "item.start", "agenda_item", b.item_ref(meeting["number"], item["position"])
            )
        return self.queries.item(item_id)

    def record_item_time(self, item_id: int, elapsed_seconds: int) -> AgendaItem:
        """Store the total time spent on an item so far (measured by the UI's monotonic clock)."""
        if isinstance(elapsed_seconds, bool) or not isinstance(elapsed_seconds, int) or elapsed_seconds < 0:
            raise ValidationError(
                detail=f"elapsed_seconds must be a non-negative integer, not {elapsed_seconds!r}"
            )
        with self.store.db.atomic():
            item = b.item_row(self.store, item_id)
            meeting = b.recording_meeting(self.store, item["meeting_id"])
            if item["elapsed_seconds"] != elapsed_seconds:
                self.store.db.execute(
                    "UPDATE agenda_items SET elapsed_seconds = ?, ended_at = ?, "
                    "started_at = coalesce(started_at, ?) WHERE id = ?",
                    (elapsed_seconds, b.now_iso(self.store), b.now_iso(self.store), item_id),
                )
                self.store.audit.append(
                    "item.time",
                    "agenda_item",
                    b.item_ref(meeting["number"], item["position"]),
                    detail={"seconds": elapsed_seconds},
                )
        return self.queries.item(item_id)

    def current_item(self, meeting_id: int) -> AgendaItem | None:
        row = b.meeting_row(self.store, meeting_id)
        return None if row["current_item_id"] is None else self.queries.item(row["current_item_id"])
