"""The one function other features (decisions, imports, the register) use to move a case along."""

from __future__ import annotations

from storage.cases.history import record_event
from storage.cases.model import CLOSED_STATUSES, audit_label
from storage.cases.status import CaseStatus
from storage.errors import NotFound, ValidationError
from storage.retention_rules import purged_on, update_dates
from storage.store import Store


def set_case_status(store: Store, case_id: int, status: str, *, cause: str = "") -> None:
    """Set a case's status inside the caller's transaction and log it (without case content).

    ``cause`` is a reference such as ``B-2026-03-02`` (never free text); it is logged and shown in
    the case's history. Reaching a closing status (aangifte, geen aangifte, afgesloten) sets the
    closing date and the retention date (``storage.retention_rules``: the term of that status);
    leaving it clears both. A purged case keeps its status (nothing happens).
    """
    try:
        value = CaseStatus(status)
    except ValueError as exc:
        raise ValidationError(detail=f"onbekende status {status!r}") from exc
    with store.db.atomic():
        row = store.db.execute("SELECT reference, status FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound(what=f"Casus {case_id}")
        if row[1] == value.value or purged_on(store, case_id) is not None:
            return  # a purged case's status is frozen with its tombstone
        now = store.now()
        store.db.execute(
            "UPDATE cases SET status = ?, updated_at = ? WHERE id = ?",
            (value.value, now.isoformat(timespec="seconds"), case_id),
        )
        was_closed, closes = row[1] in CLOSED_STATUSES, value.value in CLOSED_STATUSES
        if closes and not was_closed:
            store.db.execute("UPDATE cases SET closed_at = ? WHERE id = ?", (now.date().isoformat(), case_id))
        if closes:
            update_dates(store, [case_id])  # the term of the (new) closing status
        elif was_closed and not closes:
            store.db.execute(
                "UPDATE cases SET closed_at = NULL, retention_until = NULL WHERE id = ?", (case_id,)
            )
        record_event(store, case_id, "status", {"from": row[1], "to": value.value}, ref=cause)
        store.audit.append(
            "case.status",
            "case",
            audit_label(case_id, row[0]),
            detail={"from": row[1], "to": value.value, "cause": cause},
        )
