"""Issue 10, point 3, in the store: minutes are adopted only during the next meeting (in session,
its item 2), never from the agenda before it starts; a meeting started on another day than planned
records the day it was held, and the documents print that day and the actual times."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from reports.documents import DocumentRequest, build_document
from storage.errors import AdoptionOutsideMeeting, ValidationError
from tests.helpers.meetings import Services, StepClock, confirm_all, make_cases, run_meeting

TZ = datetime.now().astimezone().tzinfo


def ended_meeting(s: Services, store) -> int:
    (case,) = make_cases(store, 1)
    m1 = run_meeting(s, date(2026, 2, 5), [case])
    s.decisions.record_decision(m1["items"][0].id, "aanhouden", reason="beroep loopt")
    s.meetings.close_meeting(m1["meeting"].id)
    confirm_all(s, m1["meeting"].id)
    return m1["meeting"].id


def test_minutes_are_adopted_only_while_the_next_meeting_is_in_session(store) -> None:
    s = Services(store)
    m1 = ended_meeting(s, store)
    m2 = s.meetings.create_meeting(date(2026, 3, 5), "10:00", place="Den Haag")
    with pytest.raises(AdoptionOutsideMeeting) as refused:
        s.adoption.adopt_minutes(m1)  # from nowhere
    assert "agendapunt 2" in refused.value.message("nl")
    with pytest.raises(AdoptionOutsideMeeting) as refused:
        s.adoption.adopt_minutes(m1, in_meeting_id=m2.id)  # the agenda is still being prepared
    assert "start die vergadering eerst" in refused.value.message("nl")
    s.meetings.fix_agenda(m2.id)
    with pytest.raises(AdoptionOutsideMeeting):
        s.adoption.adopt_minutes(m1, in_meeting_id=m2.id)
    assert s.q.seal(m1) is None
    s.meetings.start_meeting(m2.id)
    seal = s.adoption.adopt_minutes(m1, in_meeting_id=m2.id)
    assert seal.sealed_in == m2.number


def test_not_after_the_next_meeting_has_ended_either(store) -> None:
    s = Services(store)
    m1 = ended_meeting(s, store)
    m2 = run_meeting(s, date(2026, 3, 5), [])["meeting"]
    s.meetings.close_meeting(m2.id)
    with pytest.raises(AdoptionOutsideMeeting):
        s.adoption.adopt_minutes(m1, in_meeting_id=m2.id)


def test_a_meeting_started_on_another_day_records_that_day(store) -> None:
    clock = StepClock(datetime(2026, 3, 6, 14, 0, tzinfo=TZ))
    store.clock = clock
    s = Services(store)
    meeting = s.meetings.create_meeting(date(2026, 3, 5), "10:00", place="Den Haag")
    s.meetings.fix_agenda(meeting.id)
    with pytest.raises(ValidationError):
        s.meetings.start_meeting(meeting.id, on_date=date(2026, 3, 7))  # only today
    assert s.q.meeting(meeting.id).status == "agenda_vastgesteld"
    started = s.meetings.start_meeting(meeting.id, on_date=date(2026, 3, 6))
    assert started.date == date(2026, 3, 6) and started.number == meeting.number
    assert started.started_at is not None and started.started_at.date() == date(2026, 3, 6)
    entry = store.audit.entries(action_prefix="meeting.date", limit=1)[0]
    assert entry.detail == {"planned": "2026-03-05", "held": "2026-03-06", "cause": "start"}
    clock.jump(clock.now + timedelta(hours=2))
    s.meetings.close_meeting(meeting.id)
    pdf = build_document(store, DocumentRequest(kind="verslag", meeting_id=meeting.id, lang="nl")).pdf
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "6 maart 2026" in text and "5 maart 2026" not in text
    assert "14.0" in text  # the actual start time, not the planned 10.00 uur


def test_the_audit_log_names_the_item_during_which_the_minutes_were_adopted(store) -> None:
    s = Services(store)
    m1 = ended_meeting(s, store)
    m2 = run_meeting(s, date(2026, 3, 5), [])["meeting"]
    item_2 = next(i for i in s.q.agenda(m2.id).items if i.kind == "previous_minutes")
    assert item_2.number == 2
    s.minutes.start_item(item_2.id)
    s.adoption.adopt_minutes(m1, in_meeting_id=m2.id)
    entry = store.audit.entries(action_prefix="meeting.seal", limit=1)[0]
    assert entry.detail["in"] == m2.number
    assert entry.detail["item"] == 2
