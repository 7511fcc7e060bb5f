"""A case's history across meetings, as the register's history panel shows it.

The register's own events (``storage.cases.history``) merged with what the meetings
(``storage.meetings.history``: "Besproken in OT 2026-03", "Besluit B-2026-03-02: aangifte") and
the aangifte follow-up (``storage.followup.history``) contribute, oldest first. Each contributing
module defines ``case_events(store, case_id) -> list[HistoryEvent]``.
"""

from __future__ import annotations

from storage.cases.history import HistoryEvent, own_events
from storage.followup import history as followup_history
from storage.meetings import history as meetings_history
from storage.store import Store


def case_history(store: Store, case_id: int) -> list[HistoryEvent]:
    events = own_events(store, case_id)
    events.extend(meetings_history.case_events(store, case_id))
    events.extend(followup_history.case_events(store, case_id))
    return sorted(events, key=lambda e: e.at)
