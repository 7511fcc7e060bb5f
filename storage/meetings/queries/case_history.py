"""Everything the meetings say about one case (history panel, per-case excerpt)."""

from __future__ import annotations

from datetime import date

from storage.meetings import _base as b
from storage.meetings.model import CaseDiscussion, CaseHistory
from storage.meetings.queries.actions import actions
from storage.meetings.queries.amendments import addenda
from storage.meetings.queries.common import MEETING_ORDER
from storage.meetings.queries.decisions import decisions
from storage.store import Store


def case_history(store: Store, case_id: int) -> CaseHistory:
    """Oldest first."""
    case = b.case_row(store, case_id)
    taken = decisions(store, case_id=case_id)
    created = actions(store, case_id=case_id)
    discussions = []
    for r in b.rows(
        store,
        "SELECT ai.id, ai.position, ai.minutes, m.id AS meeting_id, m.number, m.date, m.status, "
        "(SELECT count(*) FROM seals s WHERE s.meeting_id = m.id) AS sealed "
        f"FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id WHERE ai.case_id = ? "
        f"ORDER BY {MEETING_ORDER}",
        (case_id,),
    ):
        discussions.append(
            CaseDiscussion(
                meeting_id=r["meeting_id"],
                meeting_number=r["number"],
                meeting_date=date.fromisoformat(r["date"]),
                meeting_status=r["status"],
                sealed=bool(r["sealed"]),
                item_id=r["id"],
                item_number=r["position"],
                minutes=r["minutes"],
                decisions=tuple(d for d in taken if d.item_id == r["id"]),
                actions=tuple(a for a in created if a.item_id == r["id"]),
                addenda=tuple(a for a in addenda(store, r["meeting_id"]) if a.item_number == r["position"]),
            )
        )
    return CaseHistory(
        case_id=case_id,
        reference=case["reference"],
        discussions=tuple(discussions),
        decisions=taken,
        actions=created,
    )
