"""Decisions on case items: record, change, confirm (IND and OM) or record disagreement, delete.

One decision per case item, numbered ``B-<year>-<nn>-<mm>`` (never reused). The outcome decides the
required fields (``storage.meetings.outcomes``); an outcome with ``creates_action`` (default:
nadere informatie) keeps one action item in step with the decision. The case status follows its
latest decision. A decision is final when both the IND and the OM representative confirmed it, or
when the chair recorded their disagreement. A recorded decision is replaced only explicitly
(``change_decision``, "Besluit wijzigen"): the caller names the version it replaces, the previous
version is kept in ``decision_versions`` and the confirmations are withdrawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from storage.errors import DecisionChangeRequired, NotFound, ValidationError
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings.actions import ActionService
from storage.meetings.guarding import Keep, check_fields
from storage.meetings.model import ActionStatus, Decision, ItemKind, Organisation, Outcome
from storage.meetings.numbering import allocate, decision_counter, decision_number
from storage.meetings.outcomes import outcome as find_outcome
from storage.meetings.queries import MeetingQueries
from storage.store import Store

CONTENT_FIELDS = (
    "outcome",
    "text",
    "responsible_organisation",
    "responsible",
    "deadline",
    "reason",
    "request",
    "keep_monitoring",
)
TEXT_FIELDS = ("text", "responsible", "reason", "request")


def action_text_for(request: str) -> str:
    return f"Nadere informatie aanleveren: {request}"


class DecisionService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries = MeetingQueries(store)
        self._actions = ActionService(store)

    # -- values ---------------------------------------------------------------------------------
    def _values(self, outcome: Outcome, fields: dict[str, object]) -> dict[str, object]:
        values: dict[str, object] = {
            "outcome": outcome.key,
            "text": b.clean(str(fields.get("text") or "")),
            "responsible_organisation": b.organisation_value(
                str(fields.get("responsible_organisation") or ""),
                pick("Organisatie", "Organisation"),
                allow_empty=True,
            ),
            "responsible": b.clean(str(fields.get("responsible") or "")),
            "deadline": b.date_text(fields.get("deadline"), pick("Datum", "Date")),  # type: ignore[arg-type]
            "reason": b.clean(str(fields.get("reason") or "")),
            "request": b.clean(str(fields.get("request") or "")),
            "keep_monitoring": int(bool(fields.get("keep_monitoring"))),
        }
        missing = [
            outcome.field_label(f) for f in outcome.required if f != "keep_monitoring" and not values.get(f)
        ]
        if missing:
            raise ValidationError(
                detail=pick(
                    f"{outcome.label}: vul in: {', '.join(missing)}.",
                    f"{outcome.label_en}: fill in: {', '.join(missing)}.",
                )
            )
        # Fields the outcome does not use are not kept (a stale reason must not reach the record).
        for name in ("text", "responsible_organisation", "responsible", "deadline", "reason", "request"):
            if name not in outcome.fields:
                values[name] = None if name == "deadline" else ""
        if "keep_monitoring" not in outcome.fields:
            values["keep_monitoring"] = 0
        return values

    def _check_texts(
        self,
        values: dict[str, object],
        number: str,
        keep: Sequence[Keep],
        only: list[str] | None = None,
    ) -> None:
        texts = {f: str(values.get(f) or "") for f in TEXT_FIELDS if only is None or f in only}
        check_fields(self.store, "decision", number, texts, keep, label=number)

    # -- record ---------------------------------------------------------------------------------
    def record_decision(
        self,
        item_id: int,
        outcome: str,
        *,
        text: str = "",
        responsible_organisation: str = "",
        responsible: str = "",
        deadline: date | str | None = None,
        reason: str = "",
        request: str = "",
        keep_monitoring: bool = False,
        keep: Sequence[Keep] = (),
    ) -> Decision:
        """Record the decision on a case item (meeting in session or ended, not sealed)."""
        chosen = find_outcome(self.store, outcome)
        values = self._values(
            chosen,
            {
                "text": text,
                "responsible_organisation": responsible_organisation,
                "responsible": responsible,
                "deadline": deadline,
                "reason": reason,
                "request": request,
                "keep_monitoring": keep_monitoring,
            },
        )
        with self.store.db.atomic():
            item = b.item_row(self.store, item_id)
            meeting = b.recording_meeting(self.store, item["meeting_id"])
            if item["kind"] != ItemKind.CASE.value or item["case_id"] is None:
                raise ValidationError(
                    detail=pick(
                        "Besluiten worden per casus vastgelegd; dit agendapunt is geen casus.",
                        "Decisions are recorded per case; this agenda item is not a case.",
                    )
                )
            existing = self.store.db.execute(
                "SELECT number FROM decisions WHERE item_id = ?", (item_id,)
            ).fetchone()
            if existing is not None:
                raise ValidationError(
                    detail=pick(
                        f"Bij dit agendapunt is al besluit {existing[0]} vastgelegd; wijzig dat besluit.",
                        f"Decision {existing[0]} is already recorded for this item; change that decision.",
                    )
                )
            year, seq = meeting["year"], meeting["seq"]
            _n, number = allocate(
                self.store.db,
                decision_counter(meeting["number"]),
                "decisions",
                lambda n: decision_number(year, seq, n),
            )
            self._check_texts(values, number, keep)
            now = b.now_iso(self.store)
            columns = ["number", "meeting_id", "item_id", "case_id", *values, "created_at", "updated_at"]
            cursor = self.store.db.execute(
                f"INSERT INTO decisions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [number, meeting["id"], item_id, item["case_id"], *values.values(), now, now],
            )
            decision_id = b.new_id(cursor)
            if chosen.creates_action:
                self._create_action(meeting, item, decision_id, values)
            b.sync_case_status(self.store, item["case_id"], number)
            b.touch(self.store, meeting["id"])
            self.store.audit.append(
                "decision.record",
                "decision",
                number,
                detail={"meeting": meeting["number"], "item": item["position"], "outcome": chosen.key},
            )
        return self.queries.decision(decision_id)

    def _create_action(
        self,
        meeting: b.Row,
        item: b.Row,
        decision_id: int,
        values: dict[str, object],
    ) -> None:
        self._actions._insert(
            meeting,
            action_text_for(str(values["request"])),
            owner_organisation=str(values["responsible_organisation"] or Organisation.IND.value),
            owner_role=str(values["responsible"]),
            deadline=values["deadline"],  # type: ignore[arg-type]
            item_id=item["id"],
            case_id=item["case_id"],
            decision_id=decision_id,
            guard=False,  # built from decision fields that passed the policy
        )

    # -- change ---------------------------------------------------------------------------------
    def _row(self, decision_id: int) -> b.Row:
        row = b.one(self.store, "SELECT * FROM decisions WHERE id = ?", (decision_id,))
        if row is None:
            raise NotFound(what=pick(f"Besluit {decision_id}", f"Decision {decision_id}"))
        return row

    def _writable(self, decision_id: int) -> tuple[b.Row, b.Row]:
        row = self._row(decision_id)
        meeting = b.recording_meeting(self.store, row["meeting_id"])
        return row, meeting

    def change_decision(
        self, decision_id: int, *, replaces_version: int, keep: Sequence[Keep] = (), **changes: object
    ) -> Decision:
        """Besluit wijzigen: replace a recorded decision (``outcome``, ``text``,
        ``responsible_organisation``, ``responsible``, ``deadline``, ``reason``, ``request``,
        ``keep_monitoring``; fields not given keep their value).

        ``replaces_version`` is the version the caller showed the user; when the decision has moved
        on since, nothing changes (``DecisionChangeRequired``). The replaced version is kept, with
        its confirmations, in ``decision_versions``; both confirmations and a recorded
        disagreement are withdrawn; the audit log names both versions and what was withdrawn."""
        unknown = set(changes) - set(CONTENT_FIELDS)
        if unknown:
            raise ValidationError(detail=f"onbekende velden: {', '.join(sorted(unknown))}")
        with self.store.db.atomic():
            row, meeting = self._writable(decision_id)
            if replaces_version != row["version"]:
                raise DecisionChangeRequired(number=row["number"], version=row["version"])
            merged = {k: row[k] for k in CONTENT_FIELDS}
            merged.update(changes)
            chosen = find_outcome(self.store, str(merged["outcome"]))
            values = self._values(chosen, merged)
            changed = [k for k in CONTENT_FIELDS if values[k] != row[k]]
            if not changed:
                return self.queries.decision(decision_id)
            self._check_texts(values, row["number"], keep, only=changed)
            now = b.now_iso(self.store)
            self._keep_version(row, now)
            self.store.db.execute(
                f"UPDATE decisions SET {', '.join(f'{k} = ?' for k in changed)}, updated_at = ?, "
                "version = version + 1, ind_confirmed_by = NULL, ind_confirmed_at = NULL, "
                "om_confirmed_by = NULL, om_confirmed_at = NULL, disagreement = NULL, disagreement_at = NULL "
                "WHERE id = ?",
                [values[k] for k in changed] + [now, decision_id],
            )
            item = b.item_row(self.store, row["item_id"])
            self._sync_action(meeting, item, decision_id, chosen, values)
            b.sync_case_status(self.store, row["case_id"], row["number"])
            b.touch(self.store, meeting["id"])
            withdrawn = [org for org in ("IND", "OM") if row[f"{org.lower()}_confirmed_at"]]
            self.store.audit.append(
                "decision.change",
                "decision",
                row["number"],
                detail={
                    "fields": changed,
                    "outcome": chosen.key,
                    "previous_outcome": row["outcome"],
                    "version": row["version"] + 1,
                    "replaces": row["version"],
                    "withdrawn": withdrawn,
                    "disagreement_withdrawn": bool(row["disagreement_at"]),
                },
            )
        return self.queries.decision(decision_id)

    def _keep_version(self, row: b.Row, now: str) -> None:
        """Copy the decision as it stands into its history before it is replaced."""
        columns = [
            *CONTENT_FIELDS,
            "ind_confirmed_by",
            "ind_confirmed_at",
            "om_confirmed_by",
            "om_confirmed_at",
            "disagreement",
            "disagreement_at",
        ]
        previous = b.one(
            self.store,
            "SELECT max(replaced_at) AS at FROM decision_versions WHERE decision_id = ?",
            (row["id"],),
        )
        recorded = (previous["at"] if previous else None) or row["created_at"]
        self.store.db.execute(
            f"INSERT INTO decision_versions (decision_id, version, {', '.join(columns)}, recorded_at, "
            f"replaced_at, replaced_by) VALUES ({', '.join('?' * (len(columns) + 5))})",
            [
                row["id"],
                row["version"],
                *(row[c] for c in columns),
                recorded,
                now,
                self.store.actor(),
            ],
        )

    def _sync_action(
        self,
        meeting: b.Row,
        item: b.Row,
        decision_id: int,
        chosen: Outcome,
        values: dict[str, object],
    ) -> None:
        linked = b.rows(self.store, "SELECT * FROM actions WHERE decision_id = ? ORDER BY id", (decision_id,))
        open_linked = [a for a in linked if a["status"] == ActionStatus.OPEN.value]
        if chosen.creates_action:
            wanted = {
                "text": action_text_for(str(values["request"])),
                "owner_organisation": values["responsible_organisation"] or Organisation.IND.value,
                "owner_role": values["responsible"],
                "deadline": values["deadline"],
            }
            if open_linked:
                self._actions._apply(open_linked[0], wanted, guard=False)
            elif not linked:
                self._create_action(meeting, item, decision_id, values)
        else:
            for action in open_linked:
                self.store.db.execute("DELETE FROM actions WHERE id = ?", (action["id"],))
                self.store.audit.append(
                    "action.delete", "action", action["number"], detail={"cause": "decision"}
                )

    def delete_decision(self, decision_id: int) -> None:
        """Delete a decision recorded by mistake (not once sealed); its open action goes with it.
        The number is never handed out again; the case status falls back to the previous decision."""
        with self.store.db.atomic():
            row, meeting = self._writable(decision_id)
            for action in b.rows(self.store, "SELECT * FROM actions WHERE decision_id = ?", (decision_id,)):
                if action["status"] == ActionStatus.OPEN.value:
                    self.store.db.execute("DELETE FROM actions WHERE id = ?", (action["id"],))
                    self.store.audit.append(
                        "action.delete", "action", action["number"], detail={"cause": "decision"}
                    )
                else:
                    self.store.db.execute(
                        "UPDATE actions SET decision_id = NULL WHERE id = ?", (action["id"],)
                    )
            self.store.db.execute(
                "UPDATE amendments SET decision_id = NULL WHERE decision_id = ?", (decision_id,)
            )
            self.store.db.execute("DELETE FROM decisions WHERE id = ?", (decision_id,))
            b.sync_case_status(self.store, row["case_id"], row["number"])
            b.touch(self.store, meeting["id"])
            self.store.audit.append("decision.delete", "decision", row["number"])

    # -- finality -------------------------------------------------------------------------------
    def confirm_decision(self, decision_id: int, organisation: str, by: str = "") -> Decision:
        """The IND or OM representative confirms the decision (``by``: name or function)."""
        org = b.organisation_value(organisation, pick("Organisatie", "Organisation"))
        if org not in (Organisation.IND.value, Organisation.OM.value):
            raise ValidationError(
                detail=pick(
                    "Alleen IND en OM bevestigen een besluit.", "Only the IND and the OM confirm a decision."
                )
            )
        column = org.lower()
        with self.store.db.atomic():
            row, meeting = self._writable(decision_id)
            self.store.db.execute(
                f"UPDATE decisions SET {column}_confirmed_by = ?, {column}_confirmed_at = ?, updated_at = ? "
                "WHERE id = ?",
                (b.clean(by) or org, b.now_iso(self.store), b.now_iso(self.store), decision_id),
            )
            b.touch(self.store, meeting["id"])
            self.store.audit.append(
                "decision.confirm", "decision", row["number"], detail={"organisation": org}
            )
        return self.queries.decision(decision_id)

    def withdraw_confirmation(self, decision_id: int, organisation: str) -> Decision:
        org = b.organisation_value(organisation, pick("Organisatie", "Organisation"))
        if org not in (Organisation.IND.value, Organisation.OM.value):
            raise ValidationError(detail="IND or OM")
        column = org.lower()
        with self.store.db.atomic():
            row, meeting = self._writable(decision_id)
            self.store.db.execute(
                f"UPDATE decisions SET {column}_confirmed_by = NULL, {column}_confirmed_at = NULL, updated_at = ? "
                "WHERE id = ?",
                (b.now_iso(self.store), decision_id),
            )
            b.touch(self.store, meeting["id"])
            self.store.audit.append(
                "decision.unconfirm", "decision", row["number"], detail={"organisation": org}
            )
        return self.queries.decision(decision_id)

    def record_disagreement(self, decision_id: int, note: str, *, keep: Sequence[Keep] = ()) -> Decision:
        """The chair records that IND and OM disagree; the decision is then final with that note."""
        note = b.clean(note)
        if not note:
            raise ValidationError(
                detail=pick("Beschrijf het verschil van inzicht.", "Describe the disagreement.")
            )
        with self.store.db.atomic():
            row, meeting = self._writable(decision_id)
            check_fields(
                self.store, "decision", row["number"], {"disagreement": note}, keep, label=row["number"]
            )
            self.store.db.execute(
                "UPDATE decisions SET disagreement = ?, disagreement_at = ?, updated_at = ? WHERE id = ?",
                (note, b.now_iso(self.store), b.now_iso(self.store), decision_id),
            )
            b.touch(self.store, meeting["id"])
            self.store.audit.append("decision.disagreement", "decision", row["number"])
        return self.queries.decision(decision_id)
