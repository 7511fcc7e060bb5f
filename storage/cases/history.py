"""The register's own events in a case's history: created, imported, status changes, retention,
purge (table ``case_events``).

``record_event`` stores one inside the caller's transaction; ``own_events`` reads them back with
their titles. The whole history, with what the meetings and the follow-up contribute, is
``storage.cases.timeline.case_history``. Events never hold flagged personal data: their titles come
from code and references, not from free text that skipped the guard.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from storage.cases.model import status_label
from storage.i18n import pick
from storage.store import Store


@dataclass(frozen=True)
class HistoryEvent:
    at: str  # ISO 8601 date or date-time; sorts the list
    kind: str  # "created", "imported", "status", "meeting", "decision", "action", …
    title: str  # one line, already in the user's language
    detail: str = ""
    ref: str = ""  # a reference such as "OT 2026-03" or "B-2026-03-02"
    source: str = "cases"  # which feature contributed it


def record_event(
    store: Store, case_id: int, kind: str, data: dict[str, Any] | None = None, *, ref: str = ""
) -> None:
    """Store one of the register's own events (inside the caller's transaction)."""
    store.db.execute(
        "INSERT INTO case_events(case_id, at, kind, data, ref) VALUES (?,?,?,?,?)",
        (
            case_id,
            store.now().isoformat(timespec="seconds"),
            kind,
            json.dumps(data or {}, ensure_ascii=False, sort_keys=True),
            ref,
        ),
    )


def _title(kind: str, data: dict[str, Any]) -> tuple[str, str]:
    if kind == "created":
        return pick("Casus aangemaakt", "Case created"), ""
    if kind == "imported":
        return pick("Casus geïmporteerd uit CSV", "Case imported from CSV"), ""
    if kind == "status":
        title = (
            pick("Status", "Status")
            + f": {status_label(data.get('from', ''))} → {status_label(data.get('to', ''))}"
        )
        return title, ""
    if kind == "retention":
        return pick("Bewaartermijn vastgesteld", "Retention date set"), str(data.get("until", ""))
    if kind == "purged":
        day = str(data.get("on", ""))
        return pick(
            f"Verwijderd wegens bewaartermijn op {day}", f"Purged under the retention rules on {day}"
        ), ""
    return kind, ""


def own_events(store: Store, case_id: int) -> list[HistoryEvent]:
    rows = store.db.execute(
        "SELECT at, kind, data, ref FROM case_events WHERE case_id = ? ORDER BY at, id", (case_id,)
    ).fetchall()
    out = []
    for at, kind, data, ref in rows:
        title, detail = _title(kind, json.loads(data))
        out.append(HistoryEvent(at, kind, title, detail, ref))
    return out
