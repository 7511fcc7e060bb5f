"""Case statuses and the one function other features use to move a case along."""

from __future__ import annotations

from enum import StrEnum

from storage.errors import NotFound, ValidationError
from storage.store import Store


class CaseStatus(StrEnum):
    NEW = "new"
    ON_AGENDA = "on_agenda"
    UNDER_DISCUSSION = "under_discussion"
    AWAITING_INFORMATION = "awaiting_information"
    DEFERRED = "deferred"
    AANGIFTE = "aangifte"
    GEEN_AANGIFTE = "geen_aangifte"
    CLOSED = "closed"


def set_case_status(store: Store, case_id: int, status: str, *, cause: str = "") -> None:
    """Set a case's status inside the caller's transaction and log it (without case content)."""
    try:
        value = CaseStatus(status)
    except ValueError as exc:
        raise ValidationError(detail=f"onbekende status {status!r}") from exc
    with store.db.atomic():
        row = store.db.execute("SELECT reference, status FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound(what=f"Casus {case_id}")
        if row[1] == value.value:
            return
        store.db.execute(
            "UPDATE cases SET status = ?, updated_at = ? WHERE id = ?",
            (value.value, store.now().isoformat(timespec="seconds"), case_id),
        )
        store.audit.append(
            "case.status", "case", row[0], detail={"from": row[1], "to": value.value, "cause": cause}
        )
