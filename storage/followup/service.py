"""The follow-up track of aangifte decisions: record it, read it, list the overdue ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from storage.anonymity import AnonymityPolicy, Keep
from storage.errors import NotFound, ValidationError
from storage.followup.model import Feedback, FollowUp, OverdueFollowUp
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings.outcomes import AANGIFTE
from storage.retention_rules import require_not_purged
from storage.sql_lists import marks, slices
from storage.store import Store

OVERDUE_SETTING = "followup_overdue_weeks"
DEFAULT_OVERDUE_WEEKS = 8
MAX_OVERDUE_WEEKS = 104
TEXT_LABELS: dict[str, tuple[str, str]] = {
    "not_filed_reason": ("reden geen aangifte", "reason not filed"),
    "note": ("toelichting", "note"),
}
CONTENT = ("filed_on", "not_filed", "not_filed_reason", "om_feedback", "om_feedback_on", "note")

_SELECT = (
    "SELECT d.id AS decision_id, d.number, d.case_id, c.reference, m.date AS decided_on, "
    "f.id AS track_id, f.filed_on, f.not_filed, f.not_filed_reason, f.om_feedback, f.om_feedback_on, "
    "f.note, f.updated_at FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
    "JOIN cases c ON c.id = d.case_id LEFT JOIN aangifte_followups f ON f.decision_id = d.id "
)


def _followup(row: b.Row) -> FollowUp:
    return FollowUp(
        decision_id=int(row["decision_id"]),
        decision_number=str(row["number"]),
        case_id=int(row["case_id"]),
        case_reference=str(row["reference"]),
        decided_on=date.fromisoformat(row["decided_on"]),
        recorded=row["track_id"] is not None,
        filed_on=b.to_date(row["filed_on"]),
        not_filed=bool(row["not_filed"]),
        not_filed_reason=str(row["not_filed_reason"] or ""),
        om_feedback=str(row["om_feedback"] or ""),
        om_feedback_on=b.to_date(row["om_feedback_on"]),
        note=str(row["note"] or ""),
        updated_at=row["updated_at"],
    )


def _invalid(nl: str, en: str) -> ValidationError:
    return ValidationError(detail=pick(nl, en))


class FollowUpService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading --------------------------------------------------------------------------------
    def track(self, decision_id: int) -> FollowUp:
        row = b.one(self.store, _SELECT + "WHERE d.id = ?", (decision_id,))
        if row is None:
            raise NotFound(what=pick(f"Besluit {decision_id}", f"Decision {decision_id}"))
        return _followup(row)

    def track_by_number(self, number: str) -> FollowUp:
        row = b.one(self.store, "SELECT id FROM decisions WHERE number = ?", (number.strip(),))
        if row is None:
            raise NotFound(what=pick(f"Besluit {number}", f"Decision {number}"))
        return self.track(int(row["id"]))

    def for_case(self, case_id: int) -> tuple[FollowUp, ...]:
        """The tracks of every aangifte decision of the case, oldest first."""
        found = b.rows(
            self.store,
            _SELECT + "WHERE d.case_id = ? AND d.outcome = ? ORDER BY m.date, m.start_time, d.id",
            (case_id, AANGIFTE),
        )
        return tuple(_followup(r) for r in found)

    def for_decisions(self, decision_ids: Sequence[int]) -> dict[int, FollowUp]:
        """Tracks of the aangifte decisions among ``decision_ids`` (for registers and lists)."""
        out: dict[int, FollowUp] = {}
        ids = list(decision_ids)
        for chunk in slices(ids):
            for row in b.rows(
                self.store, _SELECT + f"WHERE d.outcome = ? AND d.id IN ({marks(chunk)})", (AANGIFTE, *chunk)
            ):
                out[int(row["decision_id"])] = _followup(row)
        return out

    def all_tracks(self) -> tuple[FollowUp, ...]:
        found = b.rows(
            self.store, _SELECT + "WHERE d.outcome = ? ORDER BY m.date, m.start_time, d.id", (AANGIFTE,)
        )
        return tuple(_followup(r) for r in found)

    # -- overdue --------------------------------------------------------------------------------
    def overdue_weeks(self) -> int:
        value = self.store.settings.get(OVERDUE_SETTING, DEFAULT_OVERDUE_WEEKS)
        return value if isinstance(value, int) and 1 <= value <= MAX_OVERDUE_WEEKS else DEFAULT_OVERDUE_WEEKS

    def set_overdue_weeks(self, weeks: int) -> int:
        if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= MAX_OVERDUE_WEEKS:
            raise _invalid(
                f"Termijn voor het doen van aangifte: kies 1 tot {MAX_OVERDUE_WEEKS} weken.",
                f"Term for filing the aangifte: choose 1 to {MAX_OVERDUE_WEEKS} weeks.",
            )
        with self.store.db.atomic():
            before = self.overdue_weeks()
            self.store.settings.set(OVERDUE_SETTING, weeks)
            self.store.audit.append(
                "followup.term", "setting", OVERDUE_SETTING, detail={"from": before, "to": weeks}
            )
        return weeks

    def overdue(self, on: date | None = None) -> tuple[OverdueFollowUp, ...]:
        """Aangifte decisions taken more than N weeks before ``on`` (today) with no filing date
        and not marked "not filed"; purged cases are left out (their track is closed)."""
        today = on or self.store.now().date()
        term = timedelta(weeks=self.overdue_weeks())
        cutoff = (today - term).isoformat()
        found = b.rows(
            self.store,
            _SELECT + "WHERE d.outcome = ? AND m.date < ? AND c.purged_at IS NULL "
            "AND f.filed_on IS NULL AND coalesce(f.not_filed, 0) = 0 ORDER BY m.date, d.id",
            (AANGIFTE, cutoff),
        )
        out = []
        for row in found:
            decided = date.fromisoformat(row["decided_on"])
            due = decided + term
            out.append(
                OverdueFollowUp(
                    decision_id=int(row["decision_id"]),
                    decision_number=str(row["number"]),
                    case_reference=str(row["reference"]),
                    decided_on=decided,
                    due_on=due,
                    days_overdue=(today - due).days,
                )
            )
        return tuple(out)

    # -- writing --------------------------------------------------------------------------------
    def _values(self, current: FollowUp, fields: dict[str, object]) -> dict[str, object]:
        today = self.store.now().date()
        filed = b.date_text(fields.get("filed_on"), pick("Datum aangifte", "Filing date"))  # type: ignore[arg-type]
        feedback_on = b.date_text(fields.get("om_feedback_on"), pick("Datum terugkoppeling", "Feedback date"))  # type: ignore[arg-type]
        not_filed = bool(fields.get("not_filed"))
        reason = b.clean(str(fields.get("not_filed_reason") or ""))
        try:
            feedback = Feedback(str(fields.get("om_feedback") or "")).value
        except ValueError as exc:
            raise _invalid(
                "Terugkoppeling OM: kies gestart, niet gestart, gevoegd of onbekend.",
                "OM feedback: choose started, not started, merged or unknown.",
            ) from exc
        decided = current.decided_on.isoformat()
        if filed and not_filed:
            raise _invalid(
                "Vul een datum van aangifte in óf 'geen aangifte gedaan', niet allebei.",
                "Give a filing date or 'not filed', not both.",
            )
        if not_filed and not reason:
            raise _invalid(
                "Geef de reden waarom geen aangifte is gedaan.", "Give the reason it was not filed."
            )
        for value, nl, en in (
            (filed, "De datum van aangifte", "The filing date"),
            (feedback_on, "De datum van terugkoppeling", "The feedback date"),
        ):
            if value and value < decided:
                raise _invalid(
                    f"{nl} ligt vóór het besluit ({decided}).", f"{en} is before the decision ({decided})."
                )
            if value and value > today.isoformat():
                raise _invalid(f"{nl} ligt in de toekomst.", f"{en} is in the future.")
        if feedback and not filed:
            raise _invalid(
                "Terugkoppeling van het OM kan pas na een gedane aangifte.",
                "OM feedback needs a filed aangifte first.",
            )
        if feedback_on and not feedback:
            raise _invalid("Kies welke terugkoppeling het OM gaf.", "Choose which feedback the OM gave.")
        if feedback_on and filed and feedback_on < filed:
            raise _invalid(
                "De terugkoppeling ligt vóór de datum van aangifte.",
                "The feedback date is before the filing date.",
            )
        return {
            "filed_on": filed,
            "not_filed": int(not_filed),
            "not_filed_reason": reason if not_filed else "",
            "om_feedback": feedback,
            "om_feedback_on": feedback_on if feedback else None,
            "note": b.clean(str(fields.get("note") or "")),
        }

    def record(
        self,
        decision_id: int,
        *,
        filed_on: date | str | None = None,
        not_filed: bool = False,
        not_filed_reason: str = "",
        om_feedback: str = "",
        om_feedback_on: date | str | None = None,
        note: str = "",
        keep: Sequence[Keep] = (),
    ) -> FollowUp:
        """Set the whole track of an aangifte decision (what the form shows is what is stored).

        Free text passes the anonymity guard; a purged case refuses (``CasePurged``); the audit
        entry ``followup.record`` names the decision and the changed fields, never their text."""
        with self.store.db.atomic():
            current = self.track(decision_id)
            outcome = self.store.db.execute(
                "SELECT outcome FROM decisions WHERE id = ?", (decision_id,)
            ).fetchone()
            if outcome is None or outcome[0] != AANGIFTE:
                raise _invalid(
                    f"Besluit {current.decision_number} is geen besluit tot aangifte; er is geen aangiftespoor.",
                    f"Decision {current.decision_number} is not an aangifte decision; it has no follow-up track.",
                )
            require_not_purged(self.store, current.case_id)
            values = self._values(
                current,
                {
                    "filed_on": filed_on,
                    "not_filed": not_filed,
                    "not_filed_reason": not_filed_reason,
                    "om_feedback": om_feedback,
                    "om_feedback_on": om_feedback_on,
                    "note": note,
                },
            )
            before = self._stored(current)
            changed = [k for k in CONTENT if values[k] != before[k]]
            if current.recorded and not changed:
                return current
            texts = {k: str(values[k]) for k in TEXT_LABELS if k in changed and values[k]}
            if texts:
                labels = {k: pick(nl, en) for k, (nl, en) in TEXT_LABELS.items()}
                AnonymityPolicy(self.store).check(
                    "followup",
                    current.decision_number,
                    texts,
                    keep,
                    label=current.decision_number,
                    labels=labels,
                )
            self._write(current, values)
            self.store.audit.append(
                "followup.record",
                "decision",
                current.decision_number,
                detail={"case": current.case_reference, "fields": changed},
            )
        return self.track(decision_id)

    @staticmethod
    def _stored(current: FollowUp) -> dict[str, object]:
        return {
            "filed_on": current.filed_on.isoformat() if current.filed_on else None,
            "not_filed": int(current.not_filed),
            "not_filed_reason": current.not_filed_reason,
            "om_feedback": current.om_feedback,
            "om_feedback_on": current.om_feedback_on.isoformat() if current.om_feedback_on else None,
            "note": current.note,
        }

    def _write(self, current: FollowUp, values: dict[str, object]) -> None:
        now = b.now_iso(self.store)
        names = list(CONTENT)
        self.store.db.execute(
            f"INSERT INTO aangifte_followups (decision_id, case_id, {', '.join(names)}, created_at, updated_at) "
            f"VALUES (?, ?, {', '.join('?' * len(names))}, ?, ?) ON CONFLICT(decision_id) DO UPDATE SET "
            + ", ".join(f"{n} = excluded.{n}" for n in names)
            + ", updated_at = excluded.updated_at",
            [current.decision_id, current.case_id, *(values[n] for n in names), now, now],
        )
