"""During the meeting: minutes autosave, presence per item, timings, and the anonymity guard."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from storage.errors import WrongMeetingStatus
from storage.meetings import Keep, PersonalDataFound
from tests.helpers.meetings import Services, StepClock, make_cases, run_meeting

TZ = timezone(timedelta(hours=1))
BSN_TEXT = "Betrokkene heeft BSN 123456789 volgens het dossier."


@pytest.fixture
def s(store) -> Services:
    store.clock = StepClock(datetime(2026, 3, 5, 10, 0, tzinfo=TZ))
    return Services(store)


@pytest.fixture
def live(s: Services, store) -> dict:
    cases = make_cases(store, 2)
    return run_meeting(s, date(2026, 3, 5), cases)


def test_minutes_autosave_is_cheap_and_coalesces_audit(s: Services, live, store) -> None:
    store.clock = StepClock(datetime(2026, 3, 5, 11, 0, tzinfo=TZ), step=timedelta(seconds=1))
    item = live["items"][0]
    before = store.audit.count()
    for n in range(1, 21):
        saved = s.minutes.save_minutes(item.id, "Het OM licht toe" + "." * n)
        assert saved.revision == n
    assert s.q.minutes_text(item.id) == "Het OM licht toe" + "." * 20
    saves = store.audit.entries(action_prefix="minutes.save")
    assert len(saves) == 1 and store.audit.count() == before + 1  # one entry per editing stretch
    assert saves[0].object_id == "OT 2026-01#4"
    same = s.minutes.save_minutes(item.id, "Het OM licht toe" + "." * 20)
    assert same.revision == 20  # unchanged text: nothing written
    s.minutes.save_minutes(live["items"][1].id, "Ander punt.")
    s.minutes.save_minutes(item.id, "Terug bij het eerste punt.")
    assert len(store.audit.entries(action_prefix="minutes.save")) == 3
    store.clock.jump(store.clock.now + timedelta(minutes=15))
    s.minutes.save_minutes(item.id, "Een kwartier later.")
    assert len(store.audit.entries(action_prefix="minutes.save")) == 4


def test_minutes_only_while_the_meeting_records(s: Services, store) -> None:
    (c1,) = make_cases(store, 1)
    m = s.meetings.create_meeting(date(2026, 3, 5))
    item = s.agenda.add_case_item(m.id, c1)
    with pytest.raises(WrongMeetingStatus):
        s.minutes.save_minutes(item.id, "Te vroeg.")
    with pytest.raises(WrongMeetingStatus):
        s.minutes.start_item(item.id)
    s.meetings.fix_agenda(m.id)
    s.meetings.start_meeting(m.id)
    s.minutes.save_minutes(item.id, "Nu wel.")
    s.meetings.close_meeting(m.id)
    s.minutes.save_minutes(item.id, "Na afloop bijgewerkt.")  # concept minutes after the meeting
    with pytest.raises(WrongMeetingStatus):
        s.minutes.start_item(item.id)


def test_presence_per_item(s: Services, live) -> None:
    meeting = s.q.meeting(live["meeting"].id)
    om, tim = meeting.participants[2], meeting.participants[3]
    s.meetings.set_attendance(tim.id, "apologies")
    item = live["items"][0]
    s.minutes.set_presence(item.id, om.id, False)
    s.minutes.set_presence(item.id, tim.id, True)  # joined for this item only
    minutes = s.q.item_minutes(item.id)
    assert om.name in minutes.absent and om.name not in minutes.present
    assert tim.name in minutes.present
    s.minutes.set_presence(item.id, om.id, None)
    assert om.name in s.q.item_minutes(item.id).present
    other = s.q.item_minutes(live["items"][1].id)
    assert tim.name not in other.present and om.name in other.present


def test_item_timing_is_recorded(s: Services, live) -> None:
    first, second = live["items"]
    s.minutes.start_item(second.id)
    s.minutes.record_item_time(second.id, 300)
    s.minutes.start_item(first.id)
    s.minutes.record_item_time(first.id, 420)
    s.minutes.start_item(second.id)  # back to an item: its first start stays
    item = s.minutes.record_item_time(second.id, 480)
    assert item.elapsed_seconds == 480 and item.taken_order == 1
    assert s.q.item(first.id).taken_order == 2
    assert item.started_at < s.q.item(first.id).started_at
    assert s.minutes.current_item(live["meeting"].id).id == second.id
    with pytest.raises(Exception):  # noqa: B017 - negative durations are refused
        s.minutes.record_item_time(second.id, -1)


def test_guard_refuses_personal_data_unless_kept_with_a_reason(s: Services, live, store) -> None:
    item = live["items"][0]
    with pytest.raises(PersonalDataFound) as info:
        s.minutes.save_minutes(item.id, BSN_TEXT)
    assert [(f.field, f.kind) for f in info.value.findings] == [("minutes", "bsn")]
    assert "123456789" not in info.value.message("nl")
    assert s.q.minutes_text(item.id) == ""
    with pytest.raises(PersonalDataFound):
        s.decisions.record_decision(item.id, "geen_aangifte", reason=BSN_TEXT)
    with pytest.raises(PersonalDataFound):
        s.actions.create_action(live["meeting"].id, "Bel 06-12345678 terug", owner_organisation="IND")
    assert s.q.decisions() == () and s.q.actions() == ()
    s.minutes.save_minutes(
        item.id, BSN_TEXT, keep=Keep.findings(info.value.findings, "testgeval, fictief nummer")
    )
    overrides = store.audit.entries(action_prefix="guard.override")
    assert overrides and overrides[0].detail["kinds"] == ["bsn"]
    assert overrides[0].object_id == "OT 2026-01#4"
    # the kept text passes later autosaves of the same item without asking again
    s.minutes.save_minutes(item.id, BSN_TEXT + " Verder besproken.")
    assert len(store.audit.entries(action_prefix="guard.override")) == 1
    assert "123456789" not in str([e.__dict__ for e in store.audit.entries(limit=1000)])
