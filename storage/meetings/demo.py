"""Demo meetings: past meetings with minutes, decisions, actions and sealed records, and an upcoming
meeting with an agenda. Everything is clearly fictitious: participants are functions, not names,
and every minutes text says or implies that it is a demo. Every text passes the anonymity guard.

The meetings follow the demo cases already in the store (``storage.cases.demo`` runs first):
cases with status aangifte / geen aangifte / afgesloten get that decision at a past meeting (some
after an earlier "aanhouden" or "nadere informatie"), cases awaiting information or deferred get
that decision at one of the latest meetings, and cases on the agenda or under discussion go on the
upcoming meeting. Cases still "new" stay untouched (they show up as suggestions). Without enough
cases in the store, a few bare fictitious cases are added first.

The number of past meetings grows with the number of cases (``cases // 20``, between 26 and 500:
two years of monthly meetings at least, so that the figures have a previous year; weekly beyond),
so ``overlegtafel demo --cases 10000`` gives the 500
meetings of the benchmarks. Everything is written in one transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from storage.cases.status import CaseStatus
from storage.errors import InternalError
from storage.guard import scan
from storage.meetings.actions import ActionService
from storage.meetings.adoption import AdoptionService
from storage.meetings.agenda import AgendaService
from storage.meetings.decisions import DecisionService
from storage.meetings.meetings import MeetingService
from storage.meetings.minutes import MinutesService
from storage.meetings.model import ItemKind, ParticipantInput, SuggestionReason
from storage.meetings.queries import MeetingQueries
from storage.retention_rules import update_dates
from storage.store import Store

PARTICIPANTS = (
    ParticipantInput("Voorzitter, afdeling 1F", "IND", "voorzitter"),
    ParticipantInput("Secretaris, afdeling 1F", "IND", "secretaris"),
    ParticipantInput("Senior beslismedewerker 1F", "IND", "lid"),
    ParticipantInput("Officier van justitie, Landelijk Parket", "OM", "lid"),
    ParticipantInput("Beleidsmedewerker internationale misdrijven", "OM", "lid"),
    ParticipantInput(
        "Teamleider Team Internationale Misdrijven", "other", "adviseur", organisation_name="Politie"
    ),
)
PLACE = "Den Haag, vergaderzaal 4.12 (fictief)"

STANDARD_MINUTES = {
    ItemKind.OPENING.value: "Opening door de voorzitter. De agenda wordt ongewijzigd vastgesteld. Fictief demoverslag.",
    ItemKind.PREVIOUS_MINUTES.value: "Het verslag en de besluitenlijst van de vorige vergadering worden besproken.",
    ItemKind.ACTIONS.value: "De actielijst wordt doorgenomen; afgehandelde actiepunten worden afgevoerd.",
    ItemKind.ANY_OTHER_BUSINESS.value: "Geen punten voor de rondvraag.",
    ItemKind.CLOSING.value: "De voorzitter sluit de vergadering en dankt de aanwezigen.",
}
INTRO = "Het IND licht de casus toe aan de hand van de geanonimiseerde samenvatting (fictief)."
OUTCOME_MINUTES = {
    "aangifte": "Het OM acht vervolging in Nederland mogelijk; betrokkene verblijft in Nederland en er is "
    "rechtsmacht. Besloten wordt dat het IND aangifte doet.",
    "nadere_informatie": "Het OM wil eerst meer weten over de periode en de eenheid waarin betrokkene diende.",
    "aanhouden": "De behandeling wordt aangehouden tot de uitkomst van de beroepsprocedure bekend is.",
    "geen_aangifte": "Het OM ziet op dit moment onvoldoende aanknopingspunten voor strafrechtelijk onderzoek.",
    "afgesloten": "Het IND trekt de casus in: betrokkene heeft Nederland aantoonbaar verlaten.",
}
REQUESTS = (
    "ambtsberichten over de eenheid in de genoemde periode",
    "de beschikbare verklaringen uit het asieldossier, geanonimiseerd",
    "informatie over lopende onderzoeken in andere landen",
)
DEFER_REASONS = (
    "beroepsprocedure loopt",
    "uitkomst van een vertrekprocedure afwachten",
    "nieuwe informatie verwacht",
)
NO_COMPLAINT_REASONS = (
    "onvoldoende aanknopingspunten voor strafrechtelijk onderzoek",
    "vervolging elders ligt meer voor de hand",
)
CLOSE_REASONS = ("betrokkene heeft Nederland aantoonbaar verlaten", "casus ingetrokken door de IND")
LINE_ACTIONS = (
    ("- Actie: IND stuurt een aanvullende geanonimiseerde samenvatting aan het OM", "IND", "afdeling 1F"),
    ("- Actie: TIM gaat na of er in andere landen een onderzoek loopt naar dezelfde eenheid", "other", "TIM"),
    ("- Actie: OM koppelt terug na intern overleg", "OM", "Landelijk Parket"),
)
AMENDMENT = "Bij een casus is 'op dit moment' toegevoegd aan de weergave van het standpunt van het OM."


def texts() -> list[str]:
    """Every demo text, for the guard check."""
    out = [PLACE, INTRO, AMENDMENT, *STANDARD_MINUTES.values(), *OUTCOME_MINUTES.values()]
    out += [
        *REQUESTS,
        *DEFER_REASONS,
        *NO_COMPLAINT_REASONS,
        *CLOSE_REASONS,
        *(line for line, _o, _r in LINE_ACTIONS),
    ]
    return out


def check_texts() -> None:
    flagged = [t for t in texts() if scan(t)]
    if flagged:
        raise InternalError(detail=f"{len(flagged)} demo meeting text(s) flagged by the guard")


def insert_case(
    store: Store,
    reference: str,
    summary: str,
    *,
    status: str = CaseStatus.NEW.value,
    created: datetime | None = None,
) -> int:
    """A bare case row (for stores without the case register's own filler, and for tests)."""
    now = (created or store.now()).isoformat(timespec="seconds")
    with store.db.atomic():
        cursor = store.db.execute(
            "INSERT INTO cases (reference, status, summary, created_at, updated_at) VALUES (?,?,?,?,?)",
            (reference, status, summary, now, now),
        )
        store.audit.append("case.create", "case", reference, detail={"source": "demo"})
    return int(cursor.lastrowid or 0)


@dataclass
class _Plan:
    """What happens at one past meeting: (case id, outcome) pairs and actions to close there."""

    day: date
    decisions: list[tuple[int, str]] = field(default_factory=list)


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2000, 1, 1).astimezone()

    def set(self, day: date, at: time) -> None:
        self.now = datetime.combine(day, at).astimezone()

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=37)
        return self.now


_Row = tuple[int, str, date | None, date]  # one of _cases(): id, status, closing date, creation date


def _columns(store: Store) -> set[str]:
    return {str(r[1]) for r in store.db.execute("PRAGMA table_info(cases)")}


def _cases(store: Store) -> list[_Row]:
    """(id, status, closing date if the register keeps one, creation date)."""
    closed = "closed_at" if "closed_at" in _columns(store) else "NULL"
    return [
        (
            int(r[0]),
            str(r[1]),
            date.fromisoformat(str(r[2])[:10]) if r[2] else None,
            date.fromisoformat(str(r[3])[:10]),
        )
        for r in store.db.execute(
            f"SELECT id, status, {closed}, created_at FROM cases ORDER BY created_at, id"
        )
    ]


def _ensure_cases(store: Store, minimum: int = 12) -> None:
    """Without the case register's demo filler: a few bare fictitious cases in every status."""
    have = len(_cases(store))
    mix = (
        CaseStatus.AANGIFTE.value,
        CaseStatus.AWAITING_INFORMATION.value,
        CaseStatus.DEFERRED.value,
        CaseStatus.GEEN_AANGIFTE.value,
        CaseStatus.AANGIFTE.value,
        CaseStatus.CLOSED.value,
        CaseStatus.ON_AGENDA.value,
        CaseStatus.NEW.value,
        CaseStatus.AANGIFTE.value,
        CaseStatus.AWAITING_INFORMATION.value,
        CaseStatus.ON_AGENDA.value,
        CaseStatus.NEW.value,
    )
    now = store.now()
    for n in range(have, minimum):
        insert_case(
            store,
            f"C-{now.year - 1}-D{n + 1:02d}",
            "Fictieve demo-casus: rol bij een gewapende groep in een burgeroorlog, periode 1992-1995.",
            status=mix[n % len(mix)],
            created=now - timedelta(days=400 + 7 * n),
        )


def _dates(today: date, count: int) -> list[date]:
    step = 28 if count <= 26 else 7
    last = today - timedelta(days=7)
    while last.weekday() != 3:  # Thursdays
        last -= timedelta(days=1)
    return [last - timedelta(days=step * k) for k in reversed(range(count))]


def fill_demo(store: Store, cases: int) -> None:
    check_texts()
    rng = random.Random(1955)
    with store.db.atomic():
        _ensure_cases(store)
        original = store.clock
        clock = _Clock()
        store.clock = clock
        try:
            _fill(store, max(26, min(500, cases // 20)), rng, clock, original().date())
        finally:
            store.clock = original
        # Retention terms run from the latest decision: the decisions made here count too.
        update_dates(store)


def _nearest(days: list[date], when: date) -> int | None:
    """Index of the meeting closest to ``when`` (None when it lies outside the demo period)."""
    if when < days[0] - timedelta(days=14) or when > days[-1] + timedelta(days=14):
        return None
    return min(range(len(days)), key=lambda k: abs((days[k] - when).days))


def _fill(store: Store, past: int, rng: random.Random, clock: _Clock, today: date) -> None:
    rows = _cases(store)
    plans = _plan_decisions(rows, _dates(today, past), rng)
    services = _Services(store)
    _hold_past_meetings(services, plans, rng, clock)
    upcoming_cases = [
        cid
        for cid, status, _w, _c in rows
        if status in (CaseStatus.ON_AGENDA.value, CaseStatus.UNDER_DISCUSSION.value)
    ]
    _prepare_next_meeting(services, upcoming_cases, today, rng, clock)


def _plan_decisions(rows: list[_Row], days: list[date], rng: random.Random) -> list[_Plan]:
    """Which case gets which decision at which past meeting (one plan per day in ``days``)."""
    plans = [_Plan(d) for d in days]
    _place_closing_decisions(plans, rows, rng)
    _place_aangiftes(plans, rows, rng)
    _place_open_questions(plans, rows, rng)
    return plans


def _place_closing_decisions(plans: list[_Plan], rows: list[_Row], rng: random.Random) -> None:
    """Closed cases get the decision that closed them, some after an earlier round."""
    past, days = len(plans), [plan.day for plan in plans]
    final_outcome = {
        CaseStatus.AANGIFTE.value: "aangifte",
        CaseStatus.GEEN_AANGIFTE.value: "geen_aangifte",
        CaseStatus.CLOSED.value: "afgesloten",
    }
    closing = [
        (cid, final_outcome[status], when) for cid, status, when, _c in rows if status in final_outcome
    ]
    spread = 0
    for case_id, outcome, when in closing:
        if when is None:  # no closing date kept: spread over the meetings before the last
            k: int | None = spread % max(1, past - 1)
            spread += 1
        else:
            # Closed within the demo period: decided at the meeting of that day. Closed earlier:
            # decided before this application was used; left alone.
            k = _nearest(days[:-1], when)
        if k is None:
            continue
        plans[k].decisions.append((case_id, outcome))
        if k >= 2 and rng.random() < 0.4:  # discussed before: deferred or more information asked
            plans[k - rng.choice((1, 2))].decisions.append(
                (case_id, rng.choice(("aanhouden", "nadere_informatie")))
            )


def _place_aangiftes(plans: list[_Plan], rows: list[_Row], rng: random.Random) -> None:
    """Make sure the demo shows a few aangiftes: new cases old enough to have been discussed get one
    (their status and closing date then follow the decision, as in real use)."""
    past, days = len(plans), [plan.day for plan in plans]
    placed = sum(1 for plan in plans for _cid, outcome in plan.decisions if outcome == "aangifte")
    for case_id, status, _when, created in rows:
        if placed >= 3:
            break
        if status != CaseStatus.NEW.value:
            continue
        later = [k for k in range(1, past - 1) if days[k] > created + timedelta(days=30)]
        if not later:
            continue
        k = rng.choice(later)
        plans[k - 1].decisions.append((case_id, "nadere_informatie"))
        plans[k].decisions.append((case_id, "aangifte"))
        placed += 1


def _place_open_questions(plans: list[_Plan], rows: list[_Row], rng: random.Random) -> None:
    """Cases awaiting information or deferred got that decision at one of the latest meetings."""
    past = len(plans)
    recent = max(2, past // 4)  # open questions come from the latest meetings
    for case_id, status, _when, _created in rows:
        if status == CaseStatus.AWAITING_INFORMATION.value:
            k = past - 1 - rng.randrange(recent)
            plans[k].decisions.append((case_id, "nadere_informatie"))
        elif status == CaseStatus.DEFERRED.value:
            k = past - 1 - rng.randrange(recent)
            plans[k].decisions.append((case_id, "aanhouden"))
        else:
            continue
        quiet = [j for j in range(k) if len(plans[j].decisions) < 2]
        if quiet and rng.random() < 0.6:  # an earlier round: deferred once before
            plans[rng.choice(quiet)].decisions.append((case_id, "aanhouden"))


def _hold_past_meetings(services: _Services, plans: list[_Plan], rng: random.Random, clock: _Clock) -> None:
    previous: int | None = None
    open_line_actions: list[int] = []
    for k, plan in enumerate(plans):
        meeting_id = _run_past_meeting(services, plan, rng, clock, previous, open_line_actions)
        decisions = services.q.decisions(meeting_id=meeting_id)
        # The latest meeting keeps concept minutes with one decision still to be confirmed.
        for decision in decisions[1:] if k == len(plans) - 1 else decisions:
            _confirm(services, decision.id)
        previous = meeting_id


def _prepare_next_meeting(
    services: _Services, upcoming_cases: list[int], today: date, rng: random.Random, clock: _Clock
) -> None:
    """The upcoming meeting: concept agenda with the cases on the agenda and a few returning ones."""
    day = today + timedelta(days=14)
    clock.set(today, time(9, 0))
    meeting = services.meetings.create_meeting(day, "10:00", place=PLACE, chair=PARTICIPANTS[0].name)
    suggestions = services.q.agenda_suggestions(meeting.id)
    returning = [sg.case_id for sg in suggestions.cases if sg.reason != SuggestionReason.NEW][:3]
    for case_id in [*upcoming_cases[:8], *returning]:
        if case_id not in {i.case_id for i in services.q.agenda(meeting.id).items}:
            services.agenda.add_case_item(meeting.id, case_id, planned_minutes=rng.choice((10, 15, 20)))


@dataclass
class _Services:
    store: Store
    meetings: MeetingService = field(init=False)
    agenda: AgendaService = field(init=False)
    minutes: MinutesService = field(init=False)
    decisions: DecisionService = field(init=False)
    actions: ActionService = field(init=False)
    adoption: AdoptionService = field(init=False)
    q: MeetingQueries = field(init=False)

    def __post_init__(self) -> None:
        self.meetings = MeetingService(self.store)
        self.agenda = AgendaService(self.store)
        self.minutes = MinutesService(self.store)
        self.decisions = DecisionService(self.store)
        self.actions = ActionService(self.store)
        self.adoption = AdoptionService(self.store)
        self.q = MeetingQueries(self.store)


def _confirm(s: _Services, decision_id: int) -> None:
    s.decisions.confirm_decision(decision_id, "IND", PARTICIPANTS[0].name)
    s.decisions.confirm_decision(decision_id, "OM", PARTICIPANTS[3].name)


def _decide(s: _Services, item_id: int, outcome: str, day: date, rng: random.Random) -> None:
    deadline = day + timedelta(days=rng.choice((21, 28, 42)))
    record: dict[str, Callable[[], object]] = {
        "aangifte": lambda: s.decisions.record_decision(
            item_id, "aangifte", responsible_organisation="IND", responsible="afdeling 1F", deadline=deadline
        ),
        "nadere_informatie": lambda: s.decisions.record_decision(
            item_id,
            "nadere_informatie",
            request=rng.choice(REQUESTS),
            responsible_organisation=rng.choice(("IND", "OM")),
            responsible="afdeling 1F",
            deadline=deadline,
        ),
        "aanhouden": lambda: s.decisions.record_decision(
            item_id, "aanhouden", reason=rng.choice(DEFER_REASONS), deadline=deadline
        ),
        "geen_aangifte": lambda: s.decisions.record_decision(
            item_id,
            "geen_aangifte",
            reason=rng.choice(NO_COMPLAINT_REASONS),
            keep_monitoring=rng.random() < 0.5,
        ),
        "afgesloten": lambda: s.decisions.record_decision(
            item_id, "afgesloten", reason=rng.choice(CLOSE_REASONS)
        ),
    }
    record[outcome]()


def _run_past_meeting(
    s: _Services,
    plan: _Plan,
    rng: random.Random,
    clock: _Clock,
    previous: int | None,
    open_line_actions: list[int],
) -> int:
    clock.set(plan.day - timedelta(days=10), time(14, 0))
    meeting = s.meetings.create_meeting(
        plan.day,
        "10:00",
        place=PLACE,
        chair=PARTICIPANTS[0].name,
        secretary=PARTICIPANTS[1].name,
        participants=PARTICIPANTS,
    )
    seen: set[int] = set()
    for case_id, _outcome in plan.decisions:
        if case_id not in seen:
            seen.add(case_id)
            s.agenda.add_case_item(meeting.id, case_id, planned_minutes=rng.choice((10, 15, 20)))
    s.meetings.fix_agenda(meeting.id)
    if rng.random() < 0.3:  # afwezig met bericht
        s.meetings.set_attendance(meeting.participants[4].id, "apologies")
    clock.set(plan.day, time(10, 0))
    s.meetings.start_meeting(meeting.id)
    outcome_for = {cid: outcome for cid, outcome in plan.decisions}
    om_member = meeting.participants[3].id
    for item in s.q.agenda(meeting.id).items:
        s.minutes.start_item(item.id)
        if item.kind == ItemKind.CASE.value and item.case_id is not None:
            outcome = outcome_for[item.case_id]
            s.minutes.save_minutes(item.id, f"{INTRO} {OUTCOME_MINUTES[outcome]}")
            _decide(s, item.id, outcome, plan.day, rng)
            if rng.random() < 0.25:
                line, org, role = rng.choice(LINE_ACTIONS)
                action = s.actions.create_from_minutes_line(
                    item.id,
                    line,
                    owner_organisation=org,
                    owner_role=role,
                    deadline=plan.day + timedelta(days=28),
                )
                open_line_actions.append(action.id)
            if rng.random() < 0.1:
                s.minutes.set_presence(item.id, om_member, False)
        else:
            s.minutes.save_minutes(item.id, STANDARD_MINUTES.get(item.kind, "Fictief demoverslag."))
            if item.kind == ItemKind.PREVIOUS_MINUTES.value and previous is not None:
                if rng.random() < 0.3:
                    s.adoption.record_amendment(previous, AMENDMENT, in_meeting_id=meeting.id)
                s.adoption.adopt_minutes(previous, in_meeting_id=meeting.id)
            if item.kind == ItemKind.ACTIONS.value:
                _close_actions(s, meeting.id, rng, open_line_actions, set(outcome_for))
        s.minutes.record_item_time(item.id, max(60, item.planned_minutes * 60 + rng.randint(-240, 300)))
    s.meetings.close_meeting(meeting.id)
    return meeting.id


def _close_actions(
    s: _Services, meeting_id: int, rng: random.Random, open_line_actions: list[int], cases_here: set[int]
) -> None:
    """At "Actielijst": the information asked for cases that are back on this agenda has come in;
    most other actions from earlier meetings are done as well."""
    for action in s.q.actions(open_only=True):
        if action.meeting_id == meeting_id:
            continue
        # Information for a case back on this agenda has come in; other actions mostly done.
        done = action.case_id in cases_here if action.decision_id is not None else rng.random() < 0.7
        if done:
            s.actions.close_action(action.id, meeting_id=meeting_id, status="done")
            if action.id in open_line_actions:
                open_line_actions.remove(action.id)
