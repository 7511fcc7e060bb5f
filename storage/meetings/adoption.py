"""Adoption of minutes: amendments, the seal ("vastgesteld"), addenda after sealing.

At the next meeting (item 2) the previous concept minutes and decision list are discussed;
corrections are recorded with ``record_amendment`` (optionally replacing an item's minutes text in
the same step). ``adopt_minutes`` then seals the record: the canonical snapshot
(``storage.meetings.snapshot``) gets a SHA-256 fingerprint, stored in ``seals`` and in the audit log
(``meeting.seal``), and from then on every service refuses to change the record
(``storage.errors.SealedRecord``). A later correction is an addendum (``add_addendum``) that names
the sealed version's fingerprint and has a fingerprint of its own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from storage.errors import AdoptionOutsideMeeting, NotFound, ValidationError
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings import snapshot as snap
from storage.meetings.guarding import Keep, check_fields
from storage.meetings.minutes import MinutesService
from storage.meetings.model import Amendment, MeetingStatus, SealInfo
from storage.meetings.outcomes import outcomes
from storage.meetings.queries import MeetingQueries
from storage.store import Store


class AdoptionService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries = MeetingQueries(store)

    def _in_meeting(self, meeting: b.Row, in_meeting_id: int | None) -> b.Row | None:
        if in_meeting_id is None:
            return None
        if in_meeting_id == meeting["id"]:
            raise ValidationError(
                detail=pick(
                    "Een verslag wordt in een volgende vergadering vastgesteld.",
                    "Minutes are adopted at a later meeting.",
                )
            )
        other = b.writable_meeting(self.store, in_meeting_id)
        if (other["date"], other["start_time"], other["id"]) < (
            meeting["date"],
            meeting["start_time"],
            meeting["id"],
        ):
            raise ValidationError(
                detail=pick(
                    f"{other['number']} ligt vóór {meeting['number']}.",
                    f"{other['number']} is before {meeting['number']}.",
                )
            )
        return other

    def _target(
        self, meeting_id: int, item_id: int | None, decision_id: int | None
    ) -> tuple[int | None, str]:
        """Validate the item/decision a correction refers to; returns (item_id, audit detail)."""
        if item_id is not None:
            item = b.item_row(self.store, item_id)
            if item["meeting_id"] != meeting_id:
                raise ValidationError(detail=pick("Ander verslag.", "Other minutes."))
        if decision_id is not None:
            row = b.one(self.store, "SELECT meeting_id, item_id FROM decisions WHERE id = ?", (decision_id,))
            if row is None or row["meeting_id"] != meeting_id:
                raise ValidationError(detail=pick("Ander verslag.", "Other minutes."))
            item_id = item_id if item_id is not None else row["item_id"]
        return item_id, ""

    # -- amendments -----------------------------------------------------------------------------
    def record_amendment(
        self,
        meeting_id: int,
        text: str,
        *,
        item_id: int | None = None,
        decision_id: int | None = None,
        in_meeting_id: int | None = None,
        new_minutes: str | None = None,
        keep: Sequence[Keep] = (),
    ) -> Amendment:
        """Record a correction of concept minutes (meeting ended, not sealed). With ``new_minutes``
        the minutes of ``item_id`` are replaced in the same transaction."""
        text = b.clean(text)
        if not text:
            raise ValidationError(detail=pick("Beschrijf de wijziging.", "Describe the correction."))
        with self.store.db.atomic():
            meeting = b.writable_meeting(self.store, meeting_id)
            b.require_status(
                meeting,
                (MeetingStatus.ENDED.value,),
                "wijzigingen worden vastgelegd bij de vaststelling van een afgelopen vergadering.",
                "corrections are recorded when the minutes of an ended meeting are adopted.",
            )
            other = self._in_meeting(meeting, in_meeting_id)
            item_id, _ = self._target(meeting_id, item_id, decision_id)
            check_fields(
                self.store, "amendment", meeting["number"], {"text": text}, keep, label=meeting["number"]
            )
            if new_minutes is not None:
                if item_id is None:
                    raise ValidationError(
                        detail=pick(
                            "Kies het agendapunt dat wijzigt.", "Choose the agenda item that changes."
                        )
                    )
                MinutesService(self.store).save_minutes(item_id, new_minutes, keep=keep)
            cursor = self.store.db.execute(
                "INSERT INTO amendments (meeting_id, item_id, decision_id, made_in_meeting_id, text, created_at) "
                "VALUES (?,?,?,?,?,?)",
                (
                    meeting_id,
                    item_id,
                    decision_id,
                    other["id"] if other else None,
                    text,
                    b.now_iso(self.store),
                ),
            )
            amendment_id = b.new_id(cursor)
            b.touch(self.store, meeting_id)
            self.store.audit.append(
                "minutes.amend",
                "meeting",
                meeting["number"],
                detail={"amendment": amendment_id, "minutes_changed": new_minutes is not None},
            )
        return next(a for a in self.queries.amendments(meeting_id) if a.id == amendment_id)

    def delete_amendment(self, amendment_id: int) -> None:
        with self.store.db.atomic():
            row = b.one(self.store, "SELECT meeting_id FROM amendments WHERE id = ?", (amendment_id,))
            if row is None:
                raise NotFound(what=pick(f"Wijziging {amendment_id}", f"Amendment {amendment_id}"))
            meeting = b.writable_meeting(self.store, row["meeting_id"])
            self.store.db.execute("DELETE FROM amendments WHERE id = ?", (amendment_id,))
            b.touch(self.store, meeting["id"])
            self.store.audit.append(
                "minutes.amend.delete", "meeting", meeting["number"], detail={"amendment": amendment_id}
            )

    # -- the seal -------------------------------------------------------------------------------
    def adopt_minutes(self, meeting_id: int, *, in_meeting_id: int | None = None) -> SealInfo:
        """Vastgesteld (with or without amendments): seal the record of an ended meeting.

        Adoption happens during a later meeting (``in_meeting_id``, in session: its agenda item 2);
        not before that meeting has started, not without it (``AdoptionOutsideMeeting``). Every
        decision must be final first (confirmed by IND and OM, or disagreement recorded).
        """
        with self.store.db.atomic():
            meeting = b.writable_meeting(self.store, meeting_id)
            b.require_status(
                meeting,
                (MeetingStatus.ENDED.value,),
                "alleen het verslag van een afgelopen vergadering kan worden vastgesteld.",
                "only the minutes of an ended meeting can be adopted.",
            )
            other = self._in_meeting(meeting, in_meeting_id)
            self._require_in_session(meeting, other)
            drafts = self.queries.closing_check(meeting_id).draft_decisions
            if drafts:
                raise ValidationError(
                    detail=pick(
                        f"Nog niet bevestigd door IND en OM: {', '.join(drafts)}.",
                        f"Not yet confirmed by IND and OM: {', '.join(drafts)}.",
                    )
                )
            # Case references and summaries as they are now become part of the sealed record: it
            # prints these copies, never the living case.
            self.store.db.execute(
                "UPDATE agenda_items SET case_reference = (SELECT reference FROM cases c WHERE c.id = case_id), "
                "case_summary = coalesce((SELECT summary FROM cases c WHERE c.id = case_id), '') "
                "WHERE meeting_id = ? AND case_id IS NOT NULL",
                (meeting_id,),
            )
            frozen = [[o.key, o.label, o.label_en] for o in outcomes(self.store)]
            self.store.db.execute(
                "UPDATE meetings SET sealed_outcomes = ? WHERE id = ?",
                (json.dumps(frozen, ensure_ascii=False), meeting_id),
            )
            amendments = int(
                self.store.db.execute(
                    "SELECT count(*) FROM amendments WHERE meeting_id = ?", (meeting_id,)
                ).fetchone()[0]
            )
            fingerprint = snap.fingerprint(self.store, meeting_id)
            now = b.now_iso(self.store)
            self.store.db.execute(
                "INSERT INTO seals (meeting_id, sealed_at, sealed_in_meeting_id, with_amendments, format, algorithm, "
                "fingerprint) VALUES (?,?,?,?,?,?,?)",
                (
                    meeting_id,
                    now,
                    other["id"] if other else None,
                    int(amendments > 0),
                    snap.FORMAT,
                    "sha256",
                    fingerprint,
                ),
            )
            self.store.db.execute(
                "UPDATE meetings SET status = ?, adopted_at = ?, adopted_in_meeting_id = ?, updated_at = ? WHERE id = ?",
                (MeetingStatus.ADOPTED.value, now, other["id"] if other else None, now, meeting_id),
            )
            if other is not None:
                b.touch(self.store, other["id"])
            self.store.audit.append(
                "meeting.seal",
                "meeting",
                meeting["number"],
                detail={
                    "fingerprint": fingerprint,
                    "format": snap.FORMAT,
                    "amendments": amendments,
                    "in": other["number"] if other else None,
                    # the adopting meeting's current item (normally 2); a number, no content
                    "item": self._current_position(other),
                },
            )
        seal = self.queries.seal(meeting_id)
        assert seal is not None
        return seal

    def _current_position(self, other: b.Row | None) -> int | None:
        if other is None or other["current_item_id"] is None:
            return None
        return int(b.item_row(self.store, other["current_item_id"])["position"])

    @staticmethod
    def _require_in_session(meeting: b.Row, other: b.Row | None) -> None:
        if other is None:
            raise AdoptionOutsideMeeting(
                number=meeting["number"],
                detail=pick(
                    "Kies de vergadering die het verslag vaststelt.",
                    "Choose the meeting that adopts the minutes.",
                ),
            )
        if other["status"] != MeetingStatus.IN_PROGRESS.value:
            raise AdoptionOutsideMeeting(
                number=meeting["number"],
                detail=pick(
                    f"{other['number']} is niet in vergadering; start die vergadering eerst.",
                    f"{other['number']} is not in session; start that meeting first.",
                ),
            )

    # -- addenda --------------------------------------------------------------------------------
    def add_addendum(
        self,
        meeting_id: int,
        text: str,
        *,
        item_id: int | None = None,
        decision_id: int | None = None,
        in_meeting_id: int | None = None,
        keep: Sequence[Keep] = (),
    ) -> Amendment:
        """A correction of sealed minutes: a separate, fingerprinted record that names the sealed
        version; the sealed content itself is untouched."""
        text = b.clean(text)
        if not text:
            raise ValidationError(detail=pick("Het addendum is leeg.", "The addendum is empty."))
        with self.store.db.atomic():
            meeting = b.meeting_row(self.store, meeting_id)
            seal = b.one(self.store, "SELECT id, fingerprint FROM seals WHERE meeting_id = ?", (meeting_id,))
            if seal is None:
                raise ValidationError(
                    detail=pick(
                        f"Het verslag van {meeting['number']} is nog niet vastgesteld; wijzig het verslag zelf.",
                        f"The minutes of {meeting['number']} are not adopted yet; change the minutes themselves.",
                    )
                )
            other = self._in_meeting(meeting, in_meeting_id)
            item_id, _ = self._target(meeting_id, item_id, decision_id)
            check_fields(
                self.store, "addendum", meeting["number"], {"text": text}, keep, label=meeting["number"]
            )
            now = b.now_iso(self.store)
            item_number = None
            if item_id is not None:
                item_number = b.item_row(self.store, item_id)["position"]
            decision_number = None
            if decision_id is not None:
                decision_number = self.store.db.execute(
                    "SELECT number FROM decisions WHERE id = ?", (decision_id,)
                ).fetchone()[0]
            content = snap.addendum_content(
                seal_fingerprint=seal["fingerprint"],
                meeting_number=meeting["number"],
                item_number=item_number,
                decision_number=decision_number,
                made_in=other["number"] if other else None,
                text=text,
                created_at=now,
            )
            fingerprint = snap.sha256(content)
            cursor = self.store.db.execute(
                "INSERT INTO addenda (seal_id, meeting_id, item_id, decision_id, made_in_meeting_id, text, created_at, "
                "fingerprint) VALUES (?,?,?,?,?,?,?,?)",
                (
                    seal["id"],
                    meeting_id,
                    item_id,
                    decision_id,
                    other["id"] if other else None,
                    text,
                    now,
                    fingerprint,
                ),
            )
            addendum_id = b.new_id(cursor)
            if other is not None:
                b.touch(self.store, other["id"])
            self.store.audit.append(
                "minutes.addendum",
                "meeting",
                meeting["number"],
                detail={"addendum": addendum_id, "fingerprint": fingerprint, "seal": seal["fingerprint"]},
            )
        return next(a for a in self.queries.addenda(meeting_id) if a.id == addendum_id)
