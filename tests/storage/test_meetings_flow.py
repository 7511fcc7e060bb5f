"""Service-level end-to-end: prepare, run, decide, close, suggest, adopt, seal."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from storage.cases.status import CaseStatus
from storage.errors import SealedRecord
from storage.meetings import ItemKind, MeetingStatus, ParticipantInput
from storage.meetings.snapshot import snapshot
from storage.seals import verify_seals
from tests.helpers.meetings import PEOPLE, Services, StepClock, confirm_all, make_cases

TZ = timezone(timedelta(hours=1))
MINUTES_1 = "Het IND licht de casus toe. Het OM acht vervolging in Nederland mogelijk."


def case_status(store, case_id: int) -> str:
    return store.db.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()[0]


@pytest.fixture
def s(store) -> Services:
    store.clock = StepClock(datetime(2026, 3, 5, 9, 0, tzinfo=TZ))
    return Services(store)


def test_full_meeting_cycle(s: Services, store) -> None:
    c1, c2, c3 = make_cases(store, 3)

    # --- prepare ------------------------------------------------------------------------------
    m = s.meetings.create_meeting(date(2026, 3, 5), "10:00", place="Den Haag", participants=PEOPLE)
    assert m.number == "OT 2026-01"
    assert m.status == MeetingStatus.CONCEPT
    assert m.marking == "DEPARTEMENTAAL VERTROUWELIJK"
    agenda = s.q.agenda(m.id)
    assert [i.title for i in agenda.items] == [
        "Opening en vaststelling agenda",
        "Verslag en besluitenlijst vorige vergadering (vaststellen)",
        "Actielijst",
        "Rondvraag",
        "Sluiting en volgende vergadering",
    ]
    items = [s.agenda.add_case_item(m.id, cid) for cid in (c1, c2, c3)]
    assert [i.number for i in items] == [4, 5, 6]
    assert all(case_status(store, c) == CaseStatus.ON_AGENDA for c in (c1, c2, c3))
    agenda = s.q.agenda(m.id)
    assert [i.kind for i in agenda.items][-2:] == [ItemKind.ANY_OTHER_BUSINESS, ItemKind.CLOSING]
    assert agenda.planned_minutes == 5 + 10 + 10 + 3 * 15 + 5 + 5
    assert agenda.planned_end.strftime("%H:%M") == "11:20"
    assert agenda.items[3].planned_start.strftime("%H:%M") == "10:25"
    assert agenda.items[3].case_summary.startswith("Fictieve testcasus 1")
    # reorder: case 3 before case 1
    agenda = s.agenda.move_item(items[2].id, 4)
    assert [i.case_id for i in agenda.items if i.case_id] == [c3, c1, c2]
    s.meetings.fix_agenda(m.id)
    s.meetings.start_meeting(m.id)
    assert s.q.meeting(m.id).started_at is not None

    # --- live ---------------------------------------------------------------------------------
    item = {i.case_id: i for i in s.q.agenda(m.id).items if i.case_id}
    s.minutes.start_item(item[c1].id)  # taken out of order
    assert case_status(store, c1) == CaseStatus.UNDER_DISCUSSION
    s.minutes.save_minutes(item[c1].id, MINUTES_1)
    s.minutes.save_minutes(item[c1].id, MINUTES_1 + " Besloten wordt tot aangifte.")
    s.minutes.record_item_time(item[c1].id, 14 * 60 + 5)
    d1 = s.decisions.record_decision(
        item[c1].id,
        "aangifte",
        responsible_organisation="IND",
        responsible="unit 1F",
        deadline=date(2026, 4, 1),
    )
    assert d1.number == "B-2026-01-01"
    assert case_status(store, c1) == CaseStatus.AANGIFTE

    s.minutes.start_item(item[c2].id)
    s.minutes.save_minutes(item[c2].id, "Het OM heeft meer informatie nodig over de periode en de eenheid.")
    om = next(p for p in s.q.meeting(m.id).participants if p.organisation == "OM")
    s.minutes.set_presence(item[c2].id, om.id, False)
    d2 = s.decisions.record_decision(
        item[c2].id,
        "nadere_informatie",
        request="ambtsberichten over de eenheid in de periode 1994-1996",
        responsible_organisation="IND",
        responsible="unit 1F",
        deadline=date(2026, 4, 15),
    )
    assert d2.number == "B-2026-01-02"
    assert d2.action_numbers == ("A-2026-01-01",)
    assert case_status(store, c2) == CaseStatus.AWAITING_INFORMATION

    s.minutes.start_item(item[c3].id)
    s.minutes.save_minutes(
        item[c3].id, "Behandeling aangehouden in afwachting van de uitkomst van de beroepsprocedure."
    )
    d3 = s.decisions.record_decision(item[c3].id, "aanhouden", reason="beroepsprocedure loopt")
    assert case_status(store, c3) == CaseStatus.DEFERRED
    line_action = s.actions.create_from_minutes_line(
        item[c3].id, "- Actie: OM informeert naar de stand van het beroep", owner_organisation="OM"
    )
    assert line_action.text == "OM informeert naar de stand van het beroep"
    assert line_action.case_id == c3

    minutes = s.q.minutes(m.id)
    by_number = {im.item.number: im for im in minutes.items}
    c2_minutes = by_number[item[c2].number]
    assert om.name in c2_minutes.absent and om.name not in c2_minutes.present
    assert [d.number for d in c2_minutes.decisions] == ["B-2026-01-02"]
    assert [a.number for a in c2_minutes.actions] == ["A-2026-01-01"]
    assert by_number[item[c1].number].item.taken_order == 1
    assert by_number[item[c1].number].item.number == item[c1].number  # agenda number kept
    assert by_number[item[c1].number].item.elapsed_seconds == 845

    check = s.q.closing_check(m.id)
    # agenda order (case 3 was moved to item 4), not the order of recording
    assert check.draft_decisions == (d3.number, d1.number, d2.number)
    assert [d.number for d in s.q.decision_list(m.id).decisions] == [
        "B-2026-01-03",
        "B-2026-01-01",
        "B-2026-01-02",
    ]
    s.meetings.close_meeting(m.id)
    assert s.q.meeting(m.id).status == MeetingStatus.ENDED

    # --- next meeting -------------------------------------------------------------------------
    store.clock.jump(datetime(2026, 4, 2, 9, 0, tzinfo=TZ))
    m2 = s.meetings.create_meeting(date(2026, 4, 2), "10:00", place="Den Haag")
    assert m2.number == "OT 2026-02"
    assert [p.name for p in m2.participants] == [p.name for p in PEOPLE]  # copied
    suggestions = s.q.agenda_suggestions(m2.id)
    returning = [sg for sg in suggestions.cases if sg.reason != "nieuw"]
    assert [sg.case_id for sg in returning] == [c2, c3] or [sg.case_id for sg in returning] == [c3, c2]
    deferred = next(sg for sg in returning if sg.case_id == c3)
    assert (deferred.reason, deferred.since) == ("aanhouden", date(2026, 3, 5))
    assert deferred.since_meeting == "OT 2026-01"
    assert c1 not in [sg.case_id for sg in suggestions.cases]
    assert {a.number for a in suggestions.actions} == {"A-2026-01-01", "A-2026-01-02"}
    s.agenda.add_case_item(m2.id, c3)
    assert case_status(store, c3) == CaseStatus.ON_AGENDA
    assert s.q.previous_meeting(m2.id).id == m.id

    s.meetings.fix_agenda(m2.id)
    s.meetings.start_meeting(m2.id)
    # item 2: adopt the previous minutes with an amendment
    previous = s.q.minutes(m.id)
    assert previous.meeting.document_status == "Concept"
    confirm_all(s, m.id)
    s.adoption.record_amendment(
        m.id,
        "Bij punt over de eerste casus: 'mogelijk' vervangen door 'in beginsel mogelijk'.",
        item_id=item[c1].id,
        in_meeting_id=m2.id,
        new_minutes=MINUTES_1.replace("mogelijk", "in beginsel mogelijk") + " Besloten wordt tot aangifte.",
    )
    seal = s.adoption.adopt_minutes(m.id, in_meeting_id=m2.id)
    assert seal.with_amendments and seal.sealed_in == "OT 2026-02"
    assert len(seal.fingerprint) == 64
    sealed = s.q.minutes(m.id)
    assert sealed.meeting.status == MeetingStatus.ADOPTED
    assert sealed.meeting.document_status == "Vastgesteld"
    assert sealed.adoption_sentence == "Het verslag wordt met wijzigingen vastgesteld."
    assert [c["ok"] for c in verify_seals(store).to_json()] == [True]

    # actions carry over and are closed at the second meeting
    s.actions.close_action(line_action.id, meeting_id=m2.id, note="Beroep is ingetrokken.")
    action_list = s.q.action_list(m2.id)
    flags = {a.number: (a.status, a.closed_since_previous) for a in action_list.actions}
    assert flags == {"A-2026-01-01": ("open", False), "A-2026-01-02": ("done", True)}
    assert action_list.previous_number == "OT 2026-01"

    # --- sealed means sealed: every service function refuses -----------------------------------
    before = snapshot(store, m.id)
    assert_everything_refused(s, m.id, item, d1)
    assert [c["ok"] for c in verify_seals(store).to_json()] == [True]
    assert snapshot(store, m.id) == before  # nothing of the record changed
    assert [im.text for im in s.q.minutes(m.id).items] == [im.text for im in sealed.items]

    # an addendum refers to the sealed version
    addendum = s.adoption.add_addendum(
        m.id, "Aanvulling: de deadline van B-2026-01-01 is 1 april 2026.", in_meeting_id=m2.id
    )
    assert addendum.seal_fingerprint == seal.fingerprint and len(addendum.fingerprint) == 64
    assert verify_seals(store).ok

    # case history across both meetings
    history = s.q.case_history(c3)
    assert [d.meeting_number for d in history.discussions] == ["OT 2026-01", "OT 2026-02"]
    assert history.latest_decision.number == d3.number
    assert [a.number for a in history.actions] == ["A-2026-01-02"]
    assert history.discussions[0].sealed and not history.discussions[1].sealed


def assert_everything_refused(s: Services, meeting_id: int, item: dict, d1) -> None:
    any_item = next(iter(item.values()))
    participant = s.q.meeting(meeting_id).participants[0]
    attempts = {
        "update_meeting": lambda: s.meetings.update_meeting(meeting_id, place="Elders"),
        "delete_meeting": lambda: s.meetings.delete_meeting(meeting_id),
        "add_participant": lambda: s.meetings.add_participant(meeting_id, ParticipantInput("Gast", "OM")),
        "update_participant": lambda: s.meetings.update_participant(participant.id, role="gast"),
        "set_attendance": lambda: s.meetings.set_attendance(participant.id, "apologies"),
        "remove_participant": lambda: s.meetings.remove_participant(participant.id),
        "fix_agenda": lambda: s.meetings.fix_agenda(meeting_id),
        "reopen_agenda": lambda: s.meetings.reopen_agenda(meeting_id),
        "start_meeting": lambda: s.meetings.start_meeting(meeting_id),
        "close_meeting": lambda: s.meetings.close_meeting(meeting_id),
        "reopen_meeting": lambda: s.meetings.reopen_meeting(meeting_id),
        "add_case_item": lambda: s.agenda.add_case_item(meeting_id, make_cases(s.store, 1, 2030)[0]),
        "add_item": lambda: s.agenda.add_item(meeting_id, "Extra punt"),
        "remove_item": lambda: s.agenda.remove_item(s.q.agenda(meeting_id).items[-1].id),
        "move_item": lambda: s.agenda.move_item(any_item.id, 1),
        "reorder": lambda: s.agenda.reorder(
            meeting_id, [i.id for i in reversed(s.q.agenda(meeting_id).items)]
        ),
        "set_planned_minutes": lambda: s.agenda.set_planned_minutes(any_item.id, 30),
        "rename_item": lambda: s.agenda.rename_item(any_item.id, "Andere titel"),
        "save_minutes": lambda: s.minutes.save_minutes(any_item.id, "Gewijzigd verslag."),
        "set_presence": lambda: s.minutes.set_presence(any_item.id, participant.id, False),
        "start_item": lambda: s.minutes.start_item(any_item.id),
        "record_item_time": lambda: s.minutes.record_item_time(any_item.id, 1),
        "record_decision": lambda: s.decisions.record_decision(any_item.id, "afgesloten"),
        "change_decision": lambda: s.decisions.change_decision(
            d1.id, replaces_version=d1.version, responsible="iemand anders"
        ),
        "delete_decision": lambda: s.decisions.delete_decision(d1.id),
        "confirm_decision": lambda: s.decisions.confirm_decision(d1.id, "OM"),
        "withdraw_confirmation": lambda: s.decisions.withdraw_confirmation(d1.id, "OM"),
        "record_disagreement": lambda: s.decisions.record_disagreement(d1.id, "Verschil van inzicht."),
        "create_action": lambda: s.actions.create_action(
            meeting_id, "Nieuwe actie", owner_organisation="IND"
        ),
        "create_from_minutes_line": lambda: s.actions.create_from_minutes_line(
            any_item.id, "Nieuwe actie", owner_organisation="IND"
        ),
        "update_action": lambda: s.actions.update_action(s.q.action_by_number("A-2026-01-01").id, text="x"),
        "delete_action": lambda: s.actions.delete_action(s.q.action_by_number("A-2026-01-01").id),
        "record_amendment": lambda: s.adoption.record_amendment(meeting_id, "Nog een wijziging."),
        "delete_amendment": lambda: s.adoption.delete_amendment(s.q.amendments(meeting_id)[0].id),
        "adopt_minutes": lambda: s.adoption.adopt_minutes(meeting_id),
        "close_action at sealed meeting": lambda: s.actions.close_action(
            s.q.action_by_number("A-2026-01-01").id, meeting_id=meeting_id
        ),
    }
    not_refused = []
    for name, attempt in attempts.items():
        try:
            attempt()
        except SealedRecord:
            continue
        not_refused.append(name)
    assert not not_refused, not_refused
