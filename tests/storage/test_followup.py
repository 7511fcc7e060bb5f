"""Issue 15, the aangifte follow-up track: record, validate, guard, audit, overdue, purge."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from storage.anonymity import Keep, PersonalDataFound
from storage.cases.service import CaseService
from storage.errors import ValidationError
from storage.followup import FollowUpService, TrackState
from storage.purge import PurgeService
from storage.retention_rules import CasePurged
from tests.helpers.meetings import Services, StepClock, make_cases, run_meeting
from tests.helpers.purge import TZ

NOTE = "Aangifte via het landelijk parket ingediend; dossier volledig."


@pytest.fixture
def world(store):
    clock = StepClock(datetime(2026, 3, 2, 9, 0, tzinfo=TZ))
    store.clock = clock
    store.audit._clock = clock
    s = Services(store)
    aangifte, geen = make_cases(store, 2)
    clock.jump(datetime(2026, 3, 4, 9, 0, tzinfo=TZ))
    run = run_meeting(s, date(2026, 3, 4), [aangifte, geen])
    item_a, item_g = run["items"]
    d_a = s.decisions.record_decision(item_a.id, "aangifte", responsible="IND 1F-unit", deadline="2026-04-01")
    d_g = s.decisions.record_decision(item_g.id, "geen_aangifte", reason="Geen rechtsmacht.")
    s.meetings.close_meeting(run["meeting"].id)
    clock.jump(datetime(2026, 6, 1, 9, 0, tzinfo=TZ))
    return {"store": store, "clock": clock, "s": s, "aangifte": d_a, "geen": d_g, "case": aangifte}


def test_an_aangifte_decision_has_an_open_track_until_something_is_recorded(world) -> None:
    track = FollowUpService(world["store"]).track(world["aangifte"].id)
    assert not track.recorded and track.state is TrackState.OPEN
    assert track.decided_on == date(2026, 3, 4) and track.decision_number == world["aangifte"].number
    assert track.text("nl") == "aangifte nog niet gedaan"


def test_record_filing_and_feedback_keeps_case_status_and_logs_no_text(world) -> None:
    store = world["store"]
    service = FollowUpService(store)
    track = service.record(
        world["aangifte"].id,
        filed_on="2026-03-20",
        om_feedback="started",
        om_feedback_on="2026-05-11",
        note=NOTE,
    )
    assert track.recorded and track.state is TrackState.FILED
    assert track.filed_on == date(2026, 3, 20) and track.om_feedback_on == date(2026, 5, 11)
    assert (
        track.text("nl")
        == "aangifte gedaan op 20 maart 2026; terugkoppeling OM: onderzoek gestart (11 mei 2026)"
    )
    assert CaseService(store).get(world["case"]).status == "aangifte"
    entry = store.audit.entries(action_prefix="followup.record")[0]
    assert entry.object_id == world["aangifte"].number
    assert sorted(entry.detail["fields"]) == ["filed_on", "note", "om_feedback", "om_feedback_on"]
    assert "parket" not in json.dumps(entry.detail) and "2026-03-20" not in json.dumps(entry.detail)
    # the same values again: nothing changes, nothing is logged
    service.record(
        world["aangifte"].id,
        filed_on="2026-03-20",
        om_feedback="started",
        om_feedback_on="2026-05-11",
        note=NOTE,
    )
    assert len(store.audit.entries(action_prefix="followup.record")) == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"filed_on": "2026-03-20", "not_filed": True, "not_filed_reason": "x"}, "niet allebei"),
        ({"not_filed": True}, "reden"),
        ({"filed_on": "2026-03-01"}, "vóór het besluit"),
        ({"filed_on": "2026-07-01"}, "in de toekomst"),
        ({"om_feedback": "started", "om_feedback_on": "2026-04-01"}, "na een gedane aangifte"),
        (
            {"filed_on": "2026-04-02", "om_feedback": "started", "om_feedback_on": "2026-04-01"},
            "vóór de datum",
        ),
        ({"filed_on": "2026-04-02", "om_feedback": "vervolgd"}, "kies gestart"),
        ({"filed_on": "2026-04-02", "om_feedback_on": "2026-04-03"}, "Kies welke"),
        ({"filed_on": "31-03-2026"}, "ongeldige datum"),
    ],
)
def test_bad_input_gets_a_specific_message_and_stores_nothing(world, fields, message) -> None:
    service = FollowUpService(world["store"])
    with pytest.raises(ValidationError) as caught:
        service.record(world["aangifte"].id, **fields)
    assert message in caught.value.message("nl")
    assert not service.track(world["aangifte"].id).recorded


def test_only_aangifte_decisions_have_a_track(world) -> None:
    with pytest.raises(ValidationError) as caught:
        FollowUpService(world["store"]).record(world["geen"].id, filed_on="2026-03-20")
    assert "geen besluit tot aangifte" in caught.value.message("nl")


def test_free_text_passes_the_anonymity_guard(world) -> None:
    service = FollowUpService(world["store"])
    reason = "Betrokkene belde vanaf 06-12345678 en is vertrokken."
    with pytest.raises(PersonalDataFound):
        service.record(world["aangifte"].id, not_filed=True, not_filed_reason=reason)
    assert not service.track(world["aangifte"].id).recorded
    kept = service.record(
        world["aangifte"].id,
        not_filed=True,
        not_filed_reason=reason,
        keep=[Keep.whole_field("not_filed_reason", reason, "fictief testnummer")],
    )
    assert kept.state is TrackState.NOT_FILED and kept.not_filed_reason == reason


def test_overdue_after_the_term_until_filed_or_marked_not_filed(world) -> None:
    store, number = world["store"], world["aangifte"].number
    service = FollowUpService(store)
    assert service.overdue_weeks() == 8
    assert [o.decision_number for o in service.overdue(date(2026, 4, 29))] == []  # exactly 8 weeks
    late = service.overdue(date(2026, 5, 1))
    assert [(o.decision_number, o.due_on, o.days_overdue) for o in late] == [(number, date(2026, 4, 29), 2)]
    service.set_overdue_weeks(12)
    assert service.overdue(date(2026, 5, 1)) == ()
    entry = store.audit.entries(action_prefix="followup.term")[0]
    assert entry.detail == {"from": 8, "to": 12}
    service.record(world["aangifte"].id, not_filed=True, not_filed_reason="Zaak elders vervolgd.")
    assert service.overdue(date(2026, 12, 1)) == ()
    with pytest.raises(ValidationError):
        service.set_overdue_weeks(0)


def test_a_purged_case_refuses_the_write_and_loses_its_texts(world) -> None:
    store, clock = world["store"], world["clock"]
    service = FollowUpService(store)
    service.record(world["aangifte"].id, filed_on="2026-03-20", note="purgemerkspoor tekst")
    clock.jump(datetime(2031, 6, 1, 9, 0, tzinfo=TZ))
    reference = CaseService(store).get(world["case"]).reference
    PurgeService(store).purge_references([reference], compact=False)
    track = service.track(world["aangifte"].id)
    assert track.filed_on == date(2026, 3, 20)  # the figures still count the filing
    assert "purgemerk" not in track.note and track.note.startswith("Verwijderd wegens bewaartermijn")
    with pytest.raises(CasePurged):
        service.record(world["aangifte"].id, filed_on="2026-03-21")
    assert service.overdue(date(2031, 6, 1)) == ()


def test_the_demo_store_has_follow_up_tracks_and_two_years_of_meetings(tmp_path) -> None:
    from bench.bench_reports import open_demo

    store = open_demo(tmp_path / "demo")
    try:
        tracks = FollowUpService(store).all_tracks()
        states = {t.state for t in tracks}
        assert tracks and TrackState.FILED in states
        assert all(t.filed_on is None or t.decided_on <= t.filed_on <= store.now().date() for t in tracks)
        first, last = store.db.execute("SELECT min(date), max(date) FROM meetings").fetchone()
        assert (date.fromisoformat(last) - date.fromisoformat(first)).days >= 700
    finally:
        store.close()


def _pdf_text(store, request) -> str:
    import io

    from pypdf import PdfReader

    from reports.documents import build_document

    pdf = build_document(store, request).pdf
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_history_excerpt_and_register_show_the_track(world) -> None:
    from reports.documents import DocumentRequest
    from storage.cases.timeline import case_history

    store = world["store"]
    number = world["aangifte"].number
    reference = CaseService(store).get(world["case"]).reference
    before_excerpt = _pdf_text(store, DocumentRequest("uittreksel", case_reference=reference))
    assert "Opvolging aangifte" in before_excerpt and "nog niet gedaan" in before_excerpt
    FollowUpService(store).record(
        world["aangifte"].id,
        filed_on="2026-03-20",
        om_feedback="merged",
        om_feedback_on="2026-05-11",
        note=NOTE,
    )
    titles = [(e.title, e.detail) for e in case_history(store, world["case"]) if e.kind == "followup"]
    assert titles == [
        (f"Aangifte gedaan ({number})", "20 maart 2026"),
        (f"Terugkoppeling OM ({number})", "gevoegd bij lopend onderzoek"),
    ]
    excerpt = _pdf_text(store, DocumentRequest("uittreksel", case_reference=reference))
    assert "gedaan op 20 maart 2026" in excerpt and "gevoegd bij lopend onderzoek" in excerpt
    register = _pdf_text(store, DocumentRequest("register", year=2026))
    assert (
        "Opvolging aangifte" in register and reference in register and "gedaan op 20 maart 2026" in register
    )
    # a case without an aangifte decision gets no follow-up section
    other = CaseService(store).get(world["geen"].case_id).reference
    assert "Opvolging aangifte" not in _pdf_text(store, DocumentRequest("uittreksel", case_reference=other))


def test_the_action_list_shows_aangiftes_over_the_term(world) -> None:
    from reports.documents import DocumentRequest

    store, s = world["store"], world["s"]
    later = s.meetings.create_meeting(date(2026, 6, 4), "10:00", place="Den Haag", chair="Voorzitter")
    request = DocumentRequest("actielijst", meeting_id=later.id)
    text = _pdf_text(store, request)
    assert "Aangiftes nog niet gedaan" in text and world["aangifte"].number in text
    FollowUpService(store).record(world["aangifte"].id, filed_on="2026-05-01")
    assert "Aangiftes nog niet gedaan" not in _pdf_text(store, request)
