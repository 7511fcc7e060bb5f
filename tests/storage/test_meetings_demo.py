"""The demo filler for meetings: consistent with the demo cases, sealed records, clean texts."""

from __future__ import annotations

from storage.audit import AuditLog
from storage.guard import scan
from storage.meetings import MeetingQueries, MeetingStatus
from storage.meetings.demo import fill_demo, texts
from storage.meetings.outcomes import DEFAULT_OUTCOMES
from storage.seals import verify_seals

CASE_STATUS_OF = {o["key"]: o["case_status"] for o in DEFAULT_OUTCOMES}


def check_demo(store) -> MeetingQueries:
    q = MeetingQueries(store)
    meetings = q.list_meetings()
    past = [m for m in meetings if m.status in (MeetingStatus.ENDED, MeetingStatus.ADOPTED)]
    assert len(past) >= 5
    assert sum(m.sealed for m in meetings) >= 4
    assert meetings[-2].status == MeetingStatus.ENDED and not meetings[-2].sealed  # concept minutes
    upcoming = q.upcoming_meeting()
    assert upcoming is not None and upcoming.status == MeetingStatus.CONCEPT
    assert upcoming.date > store.now().date()
    assert sum(1 for i in q.agenda(upcoming.id).items if i.case_id) >= 3
    decisions = q.decisions()
    assert {d.outcome for d in decisions} >= {"aangifte", "nadere_informatie", "aanhouden"}
    assert sum(d.outcome == "aangifte" for d in decisions) >= 3
    actions = q.actions()
    assert any(a.is_open for a in actions) and any(not a.is_open for a in actions)
    assert verify_seals(store).ok
    assert AuditLog.verify(store.audit).ok
    for m in meetings:
        assert "fictief" in m.place
        for item in q.minutes(m.id).items:
            assert not scan(item.text), item.text
    # case status follows the latest decision unless the case is on the upcoming agenda
    on_agenda = {i.case_id for i in q.agenda(upcoming.id).items if i.case_id}
    latest = {}
    for d in decisions:
        latest[d.case_id] = d
    for case_id, d in latest.items():
        status = store.db.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        expected = "on_agenda" if case_id in on_agenda else CASE_STATUS_OF[d.outcome]
        assert status == expected, (d.case_reference, d.outcome, status)
    return q


def test_demo_texts_pass_the_guard() -> None:
    assert [t for t in texts() if scan(t)] == []


def test_demo_after_the_case_filler(store) -> None:
    from storage.demo import populate

    populate(store, 40)
    q = check_demo(store)
    # the history panel of a decided case shows the meetings
    case_id = next(d.case_id for d in q.decisions() if d.outcome == "aangifte")
    assert q.case_history(case_id).discussions


def test_demo_without_case_filler_adds_its_own_cases(store) -> None:
    fill_demo(store, 40)
    count = store.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert count >= 12
    check_demo(store)
