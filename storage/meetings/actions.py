"""Action items: created at a meeting (also from any line of the minutes or from a decision),
carried over to every next agenda while open, closed with the moment and the meeting.

An action's text, owner and deadline are part of the record of the meeting it came from: once that
record is sealed they no longer change. Its status stays living (it can still be closed), except
that a closure recorded at a sealed meeting cannot be undone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from storage.errors import NotFound, SealedRecord, ValidationError
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings.guarding import Keep, check_fields
from storage.meetings.model import Action, ActionStatus
from storage.meetings.numbering import action_counter, action_number, allocate
from storage.meetings.queries import MeetingQueries
from storage.store import Store

ACTION_FIELDS = ("text", "owner_organisation", "owner_role", "deadline")
_LINE_PREFIX = re.compile(
    r"^\s*(?:[-*•–]\s*|\d+[.)]\s*)?(?:actie\s*:\s*|action\s*:\s*|ap\s*:\s*)?", re.IGNORECASE
)


def line_to_action_text(line: str) -> str:
    """A minutes line as action text: bullet, numbering and an "Actie:" prefix removed."""
    return _LINE_PREFIX.sub("", line or "", count=1).strip()


class ActionService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries = MeetingQueries(store)

    # -- create ---------------------------------------------------------------------------------
    def create_action(
        self,
        meeting_id: int,
        text: str,
        *,
        owner_organisation: str,
        owner_role: str = "",
        deadline: date | str | None = None,
        item_id: int | None = None,
        case_id: int | None = None,
        keep: Sequence[Keep] = (),
    ) -> Action:
        """A new open action ``A-<year>-<nn>-<mm>`` from meeting ``meeting_id`` (in session or
        ended, not sealed). ``item_id`` ties it to an agenda item (its case becomes the action's
        case unless ``case_id`` is given)."""
        with self.store.db.atomic():
            meeting = b.recording_meeting(self.store, meeting_id)
            if item_id is not None:
                item = b.item_row(self.store, item_id)
                if item["meeting_id"] != meeting_id:
                    raise ValidationError(
                        detail=pick(
                            "Het agendapunt hoort niet bij deze vergadering.",
                            "The agenda item is not part of this meeting.",
                        )
                    )
                case_id = case_id if case_id is not None else item["case_id"]
            if case_id is not None:
                b.case_row(self.store, case_id)
            action_id = self._insert(
                meeting,
                text,
                owner_organisation=owner_organisation,
                owner_role=owner_role,
                deadline=deadline,
                item_id=item_id,
                case_id=case_id,
                decision_id=None,
                keep=keep,
            )
        return self.queries.action(action_id)

    def create_from_minutes_line(
        self,
        item_id: int,
        line: str,
        *,
        owner_organisation: str,
        owner_role: str = "",
        deadline: date | str | None = None,
        keep: Sequence[Keep] = (),
    ) -> Action:
        """Any line of the minutes becomes an action: the line (bullet and "Actie:" removed)
        becomes the text of an action under the item it was written in."""
        item = b.item_row(self.store, item_id)
        return self.create_action(
            item["meeting_id"],
            line_to_action_text(line),
            owner_organisation=owner_organisation,
            owner_role=owner_role,
            deadline=deadline,
            item_id=item_id,
            keep=keep,
        )

    def _insert(
        self,
        meeting: b.Row,
        text: str,
        *,
        owner_organisation: str,
        owner_role: str,
        deadline: date | str | None,
        item_id: int | None,
        case_id: int | None,
        decision_id: int | None,
        keep: Sequence[Keep] = (),
        guard: bool = True,
    ) -> int:
        """Insert inside the caller's transaction (also used for actions made by decisions, whose
        text is built from decision fields that passed the policy already: ``guard=False``)."""
        text = b.clean(text)
        if not text:
            raise ValidationError(detail=pick("De actie heeft geen tekst.", "The action has no text."))
        organisation = b.organisation_value(owner_organisation, pick("Actiehouder", "Owner"))
        role = b.clean(owner_role)
        when = b.date_text(deadline, pick("Deadline", "Deadline"))
        year, seq, number_of_meeting = meeting["year"], meeting["seq"], meeting["number"]
        _n, number = allocate(
            self.store.db, action_counter(number_of_meeting), "actions", lambda n: action_number(year, seq, n)
        )
        if guard:
            check_fields(self.store, "action", number, {"text": text, "owner_role": role}, keep, label=number)
        now = b.now_iso(self.store)
        cursor = self.store.db.execute(
            "INSERT INTO actions (number, meeting_id, item_id, decision_id, case_id, text, owner_organisation, "
            "owner_role, deadline, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                number,
                meeting["id"],
                item_id,
                decision_id,
                case_id,
                text,
                organisation,
                role,
                when,
                ActionStatus.OPEN.value,
                now,
                now,
            ),
        )
        b.touch(self.store, meeting["id"])
        self.store.audit.append(
            "action.create",
            "action",
            number,
            detail={"meeting": number_of_meeting, "owner": organisation, "decision": decision_id is not None},
        )
        return b.new_id(cursor)

    # -- change ---------------------------------------------------------------------------------
    def _row(self, action_id: int) -> b.Row:
        row = b.one(self.store, "SELECT * FROM actions WHERE id = ?", (action_id,))
        if row is None:
            raise NotFound(what=pick(f"Actiepunt {action_id}", f"Action {action_id}"))
        return row

    def _require_text_unsealed(self, row: b.Row) -> b.Row:
        meeting = b.meeting_row(self.store, row["meeting_id"])
        if b.is_sealed(self.store, meeting["id"]):
            raise SealedRecord(
                what=pick(
                    f"Actiepunt {row['number']} (verslag {meeting['number']})",
                    f"Action {row['number']} (minutes {meeting['number']})",
                )
            )
        return meeting

    def update_action(self, action_id: int, *, keep: Sequence[Keep] = (), **changes: object) -> Action:
        """Change ``text``, ``owner_organisation``, ``owner_role`` or ``deadline`` (``None`` clears
        the deadline); refused once the record of the originating meeting is sealed."""
        unknown = set(changes) - set(ACTION_FIELDS)
        if unknown:
            raise ValidationError(detail=f"onbekende velden: {', '.join(sorted(unknown))}")
        with self.store.db.atomic():
            row = self._row(action_id)
            self._require_text_unsealed(row)
            self._apply(row, changes, keep)
        return self.queries.action(action_id)

    def _apply(
        self, row: b.Row, changes: dict[str, object], keep: Sequence[Keep] = (), *, guard: bool = True
    ) -> list[str]:
        """Apply field changes inside the caller's transaction; returns the changed fields."""
        values: dict[str, object] = {}
        for name, value in changes.items():
            if name == "deadline":
                values[name] = b.date_text(value, pick("Deadline", "Deadline"))  # type: ignore[arg-type]
            elif name == "owner_organisation":
                values[name] = b.organisation_value(str(value or ""), pick("Actiehouder", "Owner"))
            else:
                values[name] = b.clean(str(value or ""))
        if "text" in values and not values["text"]:
            raise ValidationError(detail=pick("De actie heeft geen tekst.", "The action has no text."))
        changed = [k for k, v in values.items() if row[k] != v]
        if not changed:
            return []
        texts: dict[str, str] = {f: str(values[f]) for f in ("text", "owner_role") if f in changed}
        if guard and texts:
            check_fields(self.store, "action", row["number"], texts, keep, label=row["number"])
        self.store.db.execute(
            f"UPDATE actions SET {', '.join(f'{k} = ?' for k in changed)}, updated_at = ? WHERE id = ?",
            [values[k] for k in changed] + [b.now_iso(self.store), row["id"]],
        )
        b.touch(self.store, row["meeting_id"])
        self.store.audit.append("action.update", "action", row["number"], detail={"fields": changed})
        return changed

    def close_action(
        self,
        action_id: int,
        *,
        status: str = ActionStatus.DONE.value,
        meeting_id: int | None = None,
        note: str = "",
        keep: Sequence[Keep] = (),
    ) -> Action:
        """Close as ``done`` or ``cancelled``. With ``meeting_id`` the closure is recorded at that
        meeting (in session or ended, not sealed), else it is closed between meetings; either way the
        next action list shows it as closed since the previous meeting."""
        if status not in (ActionStatus.DONE.value, ActionStatus.CANCELLED.value):
            raise ValidationError(
                detail=pick(f"Onbekende afsluiting {status!r}.", f"Unknown closing {status!r}.")
            )
        with self.store.db.atomic():
            row = self._row(action_id)
            if row["status"] != ActionStatus.OPEN.value:
                raise ValidationError(
                    detail=pick(f"{row['number']} is al afgesloten.", f"{row['number']} is already closed.")
                )
            if meeting_id is not None:
                b.recording_meeting(self.store, meeting_id)
            note = b.clean(note)
            check_fields(self.store, "action", row["number"], {"close_note": note}, keep, label=row["number"])
            now = b.now_iso(self.store)
            self.store.db.execute(
                "UPDATE actions SET status = ?, closed_at = ?, closed_in_meeting_id = ?, close_note = ?, "
                "updated_at = ? WHERE id = ?",
                (status, now, meeting_id, note, now, action_id),
            )
            if meeting_id is not None:
                b.touch(self.store, meeting_id)
            self.store.audit.append(
                "action.close",
                "action",
                row["number"],
                detail={"status": status, "at_meeting": meeting_id is not None},
            )
        return self.queries.action(action_id)

    def reopen_action(self, action_id: int) -> Action:
        """Undo a closure; refused when the closure is part of a sealed record."""
        with self.store.db.atomic():
            row = self._row(action_id)
            if row["status"] == ActionStatus.OPEN.value:
                return self.queries.action(action_id)
            if row["closed_in_meeting_id"] is not None:
                b.writable_meeting(self.store, row["closed_in_meeting_id"])
            self.store.db.execute(
                "UPDATE actions SET status = 'open', closed_at = NULL, closed_in_meeting_id = NULL, "
                "close_note = '', updated_at = ? WHERE id = ?",
                (b.now_iso(self.store), action_id),
            )
            if row["closed_in_meeting_id"] is not None:
                b.touch(self.store, row["closed_in_meeting_id"])
            self.store.audit.append("action.reopen", "action", row["number"])
        return self.queries.action(action_id)

    def delete_action(self, action_id: int) -> None:
        """Delete an action recorded by mistake (not once sealed). Its number is never reused."""
        with self.store.db.atomic():
            row = self._row(action_id)
            self._require_text_unsealed(row)
            if row["closed_in_meeting_id"] is not None:
                b.writable_meeting(self.store, row["closed_in_meeting_id"])
            self.store.db.execute("DELETE FROM actions WHERE id = ?", (action_id,))
            b.touch(self.store, row["meeting_id"])
            self.store.audit.append("action.delete", "action", row["number"])
