"""A case across meetings: the history panel provider, the per-case excerpt, full-text search."""

from __future__ import annotations

from storage.cases import search
from storage.cases.timeline import case_history
from tests.helpers.meetings import scenario


def test_history_panel_shows_meetings_decisions_and_actions(store) -> None:
    data = scenario(store)
    c2 = data["cases"][1]
    events = [e for e in case_history(store, c2) if e.source == "meetings"]
    titles = [e.title for e in events]
    assert "Besproken in OT 2026-01 (agendapunt 5)" in titles
    assert "Besluit B-2026-01-02: Nadere informatie" in titles
    assert "Actiepunt A-2026-01-01 (open)" in titles
    assert {e.ref for e in events} == {"OT 2026-01", "B-2026-01-02", "A-2026-01-01"}
    assert all("meer informatie" not in (e.title + e.detail) for e in events)  # no minutes text
    c3 = data["cases"][2]
    c3_titles = [e.title for e in case_history(store, c3) if e.source == "meetings"]
    assert "Geagendeerd voor OT 2026-02 (agendapunt 4)" in c3_titles


def test_case_excerpt_read_model(store) -> None:
    data = scenario(store)
    history = data["s"].q.case_history(data["cases"][0])
    assert history.reference == "C-2026-901"
    (discussion,) = history.discussions
    assert discussion.meeting_number == "OT 2026-01" and discussion.sealed
    assert discussion.minutes == "Het OM acht vervolging mogelijk."
    assert [d.number for d in discussion.decisions] == ["B-2026-01-01"]
    assert history.latest_decision.outcome == "aangifte"


def test_register_search_finds_cases_by_their_minutes(store) -> None:
    data = scenario(store)
    s = data["s"]
    item = s.q.agenda(data["m2"].id).items[3]
    assert item.case_id == data["cases"][2]
    s.minutes.save_minutes(item.id, "Besproken: de rol bij de kustwachtbrigade blijft onduidelijk.")
    assert search.search_case_ids(store, "kustwachtbrigade") == [data["cases"][2]]
    s.minutes.save_minutes(item.id, "Tekst aangepast.")
    assert search.search_case_ids(store, "kustwachtbrigade") == []
