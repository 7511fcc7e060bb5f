"""Numbers come from the counters table: unique, never reused, safe with concurrent writers."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from storage import connection
from storage.errors import ValidationError
from storage.meetings.numbering import (
    action_number,
    decision_number,
    format_meeting_number,
    next_value,
    parse_meeting_number,
)
from tests.helpers.meetings import Services, make_cases, run_meeting


def test_formats_and_parsing() -> None:
    assert format_meeting_number(2026, 3) == "OT 2026-03"
    assert format_meeting_number(2026, 112) == "OT 2026-112"
    assert decision_number(2026, 3, 2) == "B-2026-03-02"
    assert action_number(2026, 3, 1) == "A-2026-03-01"
    assert parse_meeting_number("OT 2026-03") == (2026, 3)
    for bad in ("2026-03", "OT2026-03", "ot 2026-03", "OT 2026-3", "OT 26-03", "B-2026-03-02"):
        with pytest.raises(ValidationError):
            parse_meeting_number(bad)


def test_counter_survives_deletion_and_rollback(store) -> None:
    s = Services(store)
    (c1,) = make_cases(store, 1)
    item = run_meeting(s, date(2026, 3, 5), [c1])["items"][0]
    with pytest.raises(ValidationError):
        s.decisions.record_decision(item.id, "aangifte")  # invalid: nothing allocated
    d = s.decisions.record_decision(item.id, "afgesloten")
    assert d.number == "B-2026-01-01"
    s.decisions.delete_decision(d.id)
    assert s.decisions.record_decision(item.id, "afgesloten").number == "B-2026-01-02"


def test_restored_counter_never_hands_out_an_existing_number(store) -> None:
    s = Services(store)
    m = run_meeting(s, date(2026, 3, 5), [])["meeting"]
    s.actions.create_action(m.id, "Eerste", owner_organisation="IND")
    s.actions.create_action(m.id, "Tweede", owner_organisation="IND")
    store.db.execute("UPDATE counters SET value = 0 WHERE name = 'action:OT 2026-01'")  # e.g. old backup
    assert s.actions.create_action(m.id, "Derde", owner_organisation="IND").number == "A-2026-01-03"


def test_concurrent_writers_get_distinct_numbers(store) -> None:
    """Several connections in one process (threads) allocate from the same counter at once."""
    threads, per_thread = 4, 25
    got: list[int] = []
    lock = threading.Lock()
    errors: list[BaseException] = []
    start = threading.Barrier(threads)

    def worker() -> None:
        db = connection.open_database(store.paths.database, store.key)
        try:
            start.wait()
            for _ in range(per_thread):
                value = next_value(db, "decision:OT 2026-07")
                with lock:
                    got.append(value)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            db.close()

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert not errors
    assert sorted(got) == list(range(1, threads * per_thread + 1))
    assert next_value(store.db, "decision:OT 2026-07") == threads * per_thread + 1
