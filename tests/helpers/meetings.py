"""Helpers shared by the meetings tests (no tests here)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from storage.meetings import (
    ActionService,
    AdoptionService,
    AgendaService,
    DecisionService,
    MeetingQueries,
    MeetingService,
    MinutesService,
    ParticipantInput,
)
from storage.meetings.demo import insert_case

PEOPLE = (
    ParticipantInput("Voorzitter (IND)", "IND", "voorzitter"),
    ParticipantInput("Secretaris (IND)", "IND", "secretaris"),
    ParticipantInput("Officier van justitie (OM)", "OM", "lid"),
    ParticipantInput("Rechercheur TIM", "other", "adviseur", organisation_name="Politie"),
)


class Services:
    def __init__(self, store) -> None:
        self.store = store
        self.meetings = MeetingService(store)
        self.agenda = AgendaService(store)
        self.minutes = MinutesService(store)
        self.decisions = DecisionService(store)
        self.actions = ActionService(store)
        self.adoption = AdoptionService(store)
        self.q = MeetingQueries(store)


class StepClock:
    """A wall clock that moves ``step`` (one minute) per call, starting at ``start``."""

    def __init__(self, start: datetime, step: timedelta = timedelta(minutes=1)) -> None:
        self.now = start
        self.step = step

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now

    def jump(self, to: datetime) -> None:
        self.now = to


def make_cases(store, n: int = 3, year: int = 2026) -> list[int]:
    return [
        insert_case(
            store,
            f"C-{year}-{900 + i:03d}",
            f"Fictieve testcasus {i}: rol binnen een militie, periode 1994-1996.",
        )
        for i in range(1, n + 1)
    ]


def run_meeting(s: Services, day: date, case_ids: list[int]) -> dict:
    """Create, fill and run a meeting up to 'in vergadering'; returns ids by name."""
    meeting = s.meetings.create_meeting(
        day, "10:00", place="Den Haag", chair="Voorzitter", participants=PEOPLE
    )
    items = [s.agenda.add_case_item(meeting.id, cid) for cid in case_ids]
    s.meetings.fix_agenda(meeting.id)
    s.meetings.start_meeting(meeting.id)
    return {"meeting": meeting, "items": items}


def confirm_all(s: Services, meeting_id: int) -> None:
    for decision in s.q.decisions(meeting_id=meeting_id):
        if not decision.is_final:
            s.decisions.confirm_decision(decision.id, "IND", "IND-vertegenwoordiger")
            s.decisions.confirm_decision(decision.id, "OM", "OM-vertegenwoordiger")


def scenario(store) -> dict:
    """Two meetings: OT 2026-01 (three cases, decided, adopted and sealed at OT 2026-02, one
    amendment) and OT 2026-02 (in session, one case)."""
    s = Services(store)
    c1, c2, c3 = make_cases(store, 3)
    first = run_meeting(s, date(2026, 2, 5), [c1, c2, c3])
    m1, items = first["meeting"], first["items"]
    s.minutes.save_minutes(items[0].id, "Het OM acht vervolging mogelijk.")
    s.minutes.save_minutes(items[1].id, "Het OM heeft meer informatie nodig.")
    s.minutes.save_minutes(items[2].id, "Aangehouden tot na de beroepsprocedure.")
    s.decisions.record_decision(
        items[0].id,
        "aangifte",
        responsible_organisation="IND",
        responsible="unit 1F",
        deadline=date(2026, 3, 1),
    )
    s.decisions.record_decision(
        items[1].id,
        "nadere_informatie",
        request="ambtsberichten over de eenheid",
        responsible_organisation="IND",
        deadline=date(2026, 3, 1),
    )
    s.decisions.record_decision(items[2].id, "aanhouden", reason="beroepsprocedure loopt")
    s.meetings.close_meeting(m1.id)
    confirm_all(s, m1.id)
    second = run_meeting(s, date(2026, 3, 5), [c3])
    m2 = second["meeting"]
    s.adoption.record_amendment(m1.id, "Kleine correctie in de weergave.", in_meeting_id=m2.id)
    s.adoption.adopt_minutes(m1.id, in_meeting_id=m2.id)
    return {"s": s, "m1": m1, "m2": m2, "items": items, "cases": (c1, c2, c3)}
