"""Action items: from minutes lines and decisions, carried over, closed at a meeting or between."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from storage.errors import SealedRecord, ValidationError
from storage.meetings.actions import line_to_action_text
from tests.helpers.meetings import Services, StepClock, confirm_all, make_cases, run_meeting

TZ = timezone(timedelta(hours=1))


@pytest.fixture
def s(store) -> Services:
    store.clock = StepClock(datetime(2026, 2, 5, 9, 0, tzinfo=TZ))
    return Services(store)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("- Actie: IND stuurt samenvatting", "IND stuurt samenvatting"),
        ("* OM koppelt terug", "OM koppelt terug"),
        ("3. actie: TIM zoekt uit", "TIM zoekt uit"),
        ("• AP: navragen", "navragen"),
        ("Gewone zin blijft gewoon", "Gewone zin blijft gewoon"),
    ],
)
def test_line_to_action_text(line: str, text: str) -> None:
    assert line_to_action_text(line) == text


def test_actions_carry_over_until_closed(s: Services, store) -> None:
    c1, c2 = make_cases(store, 2)
    first = run_meeting(s, date(2026, 2, 5), [c1, c2])
    m1, items = first["meeting"], first["items"]
    a1 = s.actions.create_from_minutes_line(
        items[0].id,
        "- Actie: IND stuurt samenvatting",
        owner_organisation="IND",
        owner_role="unit 1F",
        deadline="2026-03-01",
    )
    a2 = s.actions.create_action(
        m1.id, "OM koppelt terug", owner_organisation="OM", deadline=date(2026, 2, 20)
    )
    a3 = s.actions.create_action(m1.id, "TIM zoekt uit", owner_organisation="other", owner_role="TIM")
    assert [a.number for a in (a1, a2, a3)] == ["A-2026-01-01", "A-2026-01-02", "A-2026-01-03"]
    assert a1.case_id == c1 and a1.item_number == 4 and a1.owner_label == "IND, unit 1F"
    assert a2.case_id is None and a3.owner_label == "anders, TIM"
    with pytest.raises(ValidationError):
        s.actions.create_action(m1.id, "   ", owner_organisation="IND")
    with pytest.raises(ValidationError):
        s.actions.create_action(m1.id, "x", owner_organisation="KMar")
    s.meetings.close_meeting(m1.id)

    # between the meetings: one done
    store.clock.jump(datetime(2026, 2, 20, 12, 0, tzinfo=TZ))
    s.actions.close_action(a2.id, note="Teruggekoppeld per brief.")
    assert s.q.action(a2.id).closed_in is None

    store.clock.jump(datetime(2026, 3, 5, 9, 0, tzinfo=TZ))
    second = run_meeting(s, date(2026, 3, 5), [])
    m2 = second["meeting"]
    assert {a.number for a in s.q.agenda_suggestions(m2.id).actions} == {"A-2026-01-01", "A-2026-01-03"}
    s.actions.close_action(a3.id, meeting_id=m2.id, status="cancelled")
    listed = s.q.action_list(m2.id)
    assert listed.previous_number == "OT 2026-01"
    assert [(a.number, a.status, a.closed_since_previous) for a in listed.actions] == [
        ("A-2026-01-01", "open", False),
        ("A-2026-01-02", "done", True),
        ("A-2026-01-03", "cancelled", True),
    ]
    assert listed.actions[0].is_overdue(date(2026, 3, 5))
    assert [a.number for a in s.q.actions(open_only=True)] == ["A-2026-01-01"]
    with pytest.raises(ValidationError):
        s.actions.close_action(a3.id)  # already closed
    # the action list of the first meeting shows the state as it was then
    as_then = s.q.action_list(m1.id)
    assert {a.number: a.status for a in as_then.actions} == {
        "A-2026-01-01": "open",
        "A-2026-01-02": "open",
        "A-2026-01-03": "open",
    }
    # closing recorded at a meeting shows up in that meeting's minutes
    assert [a.number for a in s.q.minutes(m2.id).actions_closed] == ["A-2026-01-03"]
    reopened = s.actions.reopen_action(a3.id)
    assert reopened.status == "open" and reopened.closed_in is None


def test_action_text_is_sealed_but_status_lives(s: Services, store) -> None:
    (c1,) = make_cases(store, 1)
    first = run_meeting(s, date(2026, 2, 5), [c1])
    m1 = first["meeting"]
    a1 = s.actions.create_action(m1.id, "IND stuurt samenvatting", owner_organisation="IND")
    a2 = s.actions.create_action(m1.id, "OM koppelt terug", owner_organisation="OM")
    s.actions.update_action(a1.id, deadline="2026-03-01", owner_role="unit 1F")
    s.actions.close_action(a2.id, meeting_id=m1.id)
    s.meetings.close_meeting(m1.id)
    confirm_all(s, m1.id)
    m2 = run_meeting(s, date(2026, 3, 5), [])["meeting"]
    s.adoption.adopt_minutes(m1.id, in_meeting_id=m2.id)
    for attempt in (
        lambda: s.actions.update_action(a1.id, text="anders"),
        lambda: s.actions.update_action(a1.id, deadline=None),
        lambda: s.actions.delete_action(a1.id),
        lambda: s.actions.reopen_action(a2.id),  # its closure is part of the sealed record
    ):
        with pytest.raises(SealedRecord):
            attempt()
    closed = s.actions.close_action(a1.id, meeting_id=m2.id)  # status keeps living
    assert closed.status == "done" and closed.closed_in == "OT 2026-02" and closed.sealed


def test_action_numbers_never_reused_after_deletion(s: Services, store) -> None:
    m = run_meeting(s, date(2026, 2, 5), [])["meeting"]
    a1 = s.actions.create_action(m.id, "Eerste", owner_organisation="IND")
    s.actions.delete_action(a1.id)
    a2 = s.actions.create_action(m.id, "Tweede", owner_organisation="IND")
    assert (a1.number, a2.number) == ("A-2026-01-01", "A-2026-01-02")
    assert "action.delete" in {e.action for e in store.audit.entries(object_id="A-2026-01-01")}
