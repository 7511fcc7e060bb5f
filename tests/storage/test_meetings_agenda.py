"""Meetings and the agenda builder: numbers, details, participants, statuses, order, times."""

from __future__ import annotations

from datetime import date, time

import pytest

from storage.cases.status import CaseStatus
from storage.errors import NotFound, ValidationError, WrongMeetingStatus
from storage.meetings import ItemKind, MeetingStatus, ParticipantInput
from tests.helpers.meetings import PEOPLE, Services, make_cases, run_meeting


@pytest.fixture
def s(store) -> Services:
    return Services(store)


def titles(s: Services, meeting_id: int) -> list[str]:
    return [i.title for i in s.q.agenda(meeting_id).items]


def test_meeting_numbers_per_year_and_lookup(s: Services) -> None:
    a = s.meetings.create_meeting(date(2025, 12, 11))
    b = s.meetings.create_meeting(date(2026, 1, 15))
    c = s.meetings.create_meeting("2026-02-12", "09:30")
    assert (a.number, b.number, c.number) == ("OT 2025-01", "OT 2026-01", "OT 2026-02")
    assert c.start_time == time(9, 30)
    assert s.q.meeting_by_number("OT 2026-02").id == c.id
    with pytest.raises(ValidationError):
        s.q.meeting_by_number("2026-02")
    with pytest.raises(NotFound):
        s.q.meeting_by_number("OT 2026-09")
    s.meetings.delete_meeting(c.id)
    assert s.meetings.create_meeting(date(2026, 3, 12)).number == "OT 2026-03"  # never reused


def test_meeting_details_marking_and_participants(s: Services, store) -> None:
    store.settings.set("default_marking", "STAATSGEHEIM CONFIDENTIEEL")
    m = s.meetings.create_meeting(date(2026, 3, 5), place="Den Haag", chair="Voorzitter", participants=PEOPLE)
    assert m.marking == "STAATSGEHEIM CONFIDENTIEEL"
    assert [p.organisation_label for p in m.participants] == ["IND", "IND", "OM", "Politie"]
    om = m.participants[2]
    s.meetings.set_attendance(om.id, "apologies")
    m = s.meetings.update_meeting(
        m.id, place="Zoetermeer", start_time="13.30", marking="DEPARTEMENTAAL VERTROUWELIJK"
    )
    assert (m.place, m.start_time, m.marking) == ("Zoetermeer", time(13, 30), "DEPARTEMENTAAL VERTROUWELIJK")
    assert [p.name for p in m.apologies] == [om.name]
    with pytest.raises(ValidationError):
        s.meetings.update_meeting(m.id, date=date(2027, 1, 7))  # other year: other number
    with pytest.raises(ValidationError):
        s.meetings.update_meeting(m.id, colour="blauw")
    with pytest.raises(ValidationError):
        s.meetings.add_participant(m.id, ParticipantInput("Gast", "KMar"))
    added = s.meetings.add_participant(m.id, ParticipantInput("Gast", "other", organisation_name="KMar"))
    s.meetings.remove_participant(added.id)
    next_one = s.meetings.create_meeting(date(2026, 4, 2))
    assert [p.name for p in next_one.participants] == [p.name for p in PEOPLE]
    assert all(p.attendance == "present" for p in next_one.participants)
    assert next_one.marking == "STAATSGEHEIM CONFIDENTIEEL"


def test_status_transitions_are_guarded(s: Services, store) -> None:
    m = s.meetings.create_meeting(date(2026, 3, 5))
    with pytest.raises(WrongMeetingStatus):
        s.meetings.start_meeting(m.id)  # agenda not fixed
    with pytest.raises(WrongMeetingStatus):
        s.meetings.close_meeting(m.id)
    s.meetings.fix_agenda(m.id)
    with pytest.raises(WrongMeetingStatus):
        s.agenda.add_item(m.id, "Extra")  # fixed agenda: reopen first
    s.meetings.reopen_agenda(m.id)
    s.agenda.add_item(m.id, "Extra")
    s.meetings.fix_agenda(m.id)
    s.meetings.start_meeting(m.id)
    with pytest.raises(WrongMeetingStatus):
        s.adoption.adopt_minutes(m.id)  # not ended
    s.meetings.close_meeting(m.id)
    s.meetings.reopen_meeting(m.id)
    assert s.q.meeting(m.id).ended_at is None
    s.meetings.close_meeting(m.id)
    assert s.q.meeting(m.id).status == MeetingStatus.ENDED
    actions = [e.action for e in store.audit.entries(object_id=m.number, newest_first=False)]
    assert actions[:1] == ["meeting.create"]
    assert {"agenda.fix", "agenda.reopen", "meeting.start", "meeting.close", "meeting.reopen"} <= set(actions)
    with pytest.raises(WrongMeetingStatus) as info:
        s.meetings.fix_agenda(m.id)
    assert "OT 2026-01" in info.value.message("nl")


def test_agenda_builder_positions_and_times(s: Services, store) -> None:
    c1, c2, c3 = make_cases(store, 3)
    m = s.meetings.create_meeting(date(2026, 3, 5), "10:00")
    s.agenda.add_case_item(m.id, c1)
    other = s.agenda.add_item(m.id, "Werkafspraken", planned_minutes=20)
    s.agenda.add_case_item(m.id, c2, planned_minutes=30)
    assert titles(s, m.id) == [
        "Opening en vaststelling agenda",
        "Verslag en besluitenlijst vorige vergadering (vaststellen)",
        "Actielijst",
        "C-2026-901",
        "C-2026-902",
        "Werkafspraken",
        "Rondvraag",
        "Sluiting en volgende vergadering",
    ]
    with pytest.raises(ValidationError):
        s.agenda.add_case_item(m.id, c1)  # once per meeting
    first = s.agenda.add_case_item(m.id, c3, position=1)
    assert first.number == 1
    agenda = s.agenda.move_item(first.id, 6)
    assert [i.number for i in agenda.items] == list(range(1, 10))
    assert agenda.items[5].case_id == c3
    s.agenda.set_planned_minutes(other.id, 5)
    agenda = s.q.agenda(m.id)
    assert agenda.planned_minutes == 5 + 10 + 10 + 15 + 30 + 15 + 5 + 5 + 5
    assert agenda.planned_end == time(11, 40)
    assert [i.planned_start for i in agenda.items][:4] == [
        time(10, 0),
        time(10, 5),
        time(10, 15),
        time(10, 25),
    ]
    reversed_ids = [i.id for i in reversed(agenda.items)]
    assert [i.id for i in s.agenda.reorder(m.id, reversed_ids).items] == reversed_ids
    with pytest.raises(ValidationError):
        s.agenda.reorder(m.id, reversed_ids[:-1])
    with pytest.raises(ValidationError):
        s.agenda.set_planned_minutes(other.id, -5)
    s.agenda.remove_item(first.id)
    assert store.db.execute("SELECT status FROM cases WHERE id = ?", (c3,)).fetchone()[0] == CaseStatus.NEW
    assert [i.number for i in s.q.agenda(m.id).items] == list(range(1, 9))
    assert "agenda.reorder" in {e.action for e in store.audit.entries(object_id=m.number)}


def test_numbers_on_record_never_change_during_the_meeting(s: Services, store) -> None:
    c1, c2, c3 = make_cases(store, 3)
    run = run_meeting(s, date(2026, 3, 5), [c1, c2])
    m, items = run["meeting"], run["items"]
    agenda = s.q.agenda(m.id)
    closing = agenda.items[-1]
    s.minutes.start_item(agenda.items[0].id)
    s.minutes.start_item(items[1].id)  # taken out of order
    s.minutes.save_minutes(items[1].id, "Besproken.")
    with pytest.raises(ValidationError):
        s.agenda.move_item(items[1].id, 4)
    with pytest.raises(ValidationError):
        s.agenda.remove_item(items[1].id)
    # a late case goes before Rondvraag (nothing on record moves) ...
    late = s.agenda.add_case_item(m.id, c3)
    assert late.number == 6
    # ... but once Sluiting is on record, new items go at the end
    s.minutes.start_item(closing.id)
    extra = s.agenda.add_item(m.id, "Nagekomen punt")
    assert extra.number == 9
    started = {i.number: i.taken_order for i in s.q.agenda(m.id).items if i.taken_order}
    assert started == {1: 1, 5: 2, 8: 3}
    assert s.minutes.current_item(m.id).id == closing.id


def test_delete_meeting_only_without_record(s: Services, store) -> None:
    (c1,) = make_cases(store, 1)
    run = run_meeting(s, date(2026, 3, 5), [c1])
    s.minutes.save_minutes(run["items"][0].id, "Besproken.")
    with pytest.raises(ValidationError):
        s.meetings.delete_meeting(run["meeting"].id)
    m = s.meetings.create_meeting(date(2026, 4, 2))
    s.agenda.add_case_item(m.id, c1)
    s.meetings.delete_meeting(m.id)
    with pytest.raises(NotFound):
        s.q.meeting(m.id)


def test_suggestions_for_the_next_agenda(s: Services, store) -> None:
    c1, c2, c3, c4, c5 = make_cases(store, 5)
    run = run_meeting(s, date(2026, 2, 5), [c1, c2, c3, c4])
    items = run["items"]
    s.decisions.record_decision(items[0].id, "aanhouden", reason="beroep loopt", deadline=date(2026, 5, 1))
    s.decisions.record_decision(
        items[1].id,
        "nadere_informatie",
        request="ambtsberichten",
        responsible_organisation="OM",
        deadline="2026-03-01",
    )
    s.decisions.record_decision(items[2].id, "geen_aangifte", reason="onvoldoende aanknopingspunten")
    # c4 stays undecided
    s.meetings.close_meeting(run["meeting"].id)
    assert store.db.execute("SELECT status FROM cases WHERE id = ?", (c4,)).fetchone()[0] == CaseStatus.NEW
    m2 = s.meetings.create_meeting(date(2026, 3, 5))
    found = s.q.agenda_suggestions(m2.id)
    reasons = {sg.case_id: (sg.reason, sg.since, sg.since_meeting) for sg in found.cases}
    assert reasons[c1] == ("aanhouden", date(2026, 2, 5), "OT 2026-01")
    assert reasons[c2] == ("nadere_informatie", date(2026, 2, 5), "OT 2026-01")
    assert reasons[c4] == ("niet_behandeld", date(2026, 2, 5), "OT 2026-01")
    assert reasons[c5][0] == "nieuw"
    assert c3 not in reasons
    assert [sg.reason for sg in found.cases][-1] == "nieuw"  # returning first
    assert next(sg for sg in found.cases if sg.case_id == c1).until == date(2026, 5, 1)
    assert [a.decision_number for a in found.actions] == ["B-2026-01-02"]
    s.agenda.add_case_item(m2.id, c1)
    assert c1 not in {sg.case_id for sg in s.q.agenda_suggestions(m2.id).cases}


def test_meeting_read_model_for_reports(s: Services, store) -> None:
    (c1,) = make_cases(store, 1)
    run = run_meeting(s, date(2026, 3, 5), [c1])
    m = s.q.meeting(run["meeting"].id)
    assert m.document_status == "Concept" and m.version.startswith("0.")
    assert m.status_label == "In vergadering"
    summary = s.q.list_meetings(year=2026)[0]
    assert (summary.number, summary.case_items, summary.sealed) == ("OT 2026-01", 1, False)
    assert s.q.list_meetings(year=2025) == ()
    assert s.q.upcoming_meeting().id == m.id
    item = s.q.agenda(m.id).items[3]
    assert item.kind == ItemKind.CASE and item.case_reference == "C-2026-901"
    assert item.case_status == CaseStatus.ON_AGENDA
