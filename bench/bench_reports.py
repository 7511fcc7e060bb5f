"""Printed-records benchmarks (issue 5), each a ratio against a bare reportlab document measured
in the same run:

* the besluitenlijst of a 40-case meeting,
* the besluitenregister of a year with 500 decisions,

each ≤ 1.5× a bare reportlab document: ``SimpleDocTemplate`` with one ``Table`` holding the same
rows, every cell a ``Paragraph`` with the same plain text, in the same embedded TrueType font and
the same column widths (a bare document in Helvetica would only measure font embedding, which
PDF/A requires). The records are timed end to end with ``build_document``: reading the read models
from the encrypted store, the page furniture, numbering, PDF/A. Timings are medians of interleaved
rounds.

The data is made with the meetings services in a temporary store. This module also holds the
sample meetings (``fill_meetings``) that the document tests and ``scripts/render_documents.py``
use while the demo store has no meetings of its own (``storage.meetings.demo`` still a stub).

    python -m bench.bench_reports
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from bench._results import record

TZ = timezone(timedelta(hours=1))
TARGET = 1.5

# -- sample data (fictitious: functions instead of names, "fictief" in every case) ------------------

PEOPLE = (
    ("Voorzitter (hoofd unit 1F)", "IND", "voorzitter", ""),
    ("Secretaris overlegtafel", "IND", "secretaris", ""),
    ("Senior medewerker unit 1F", "IND", "lid", ""),
    ("Officier van justitie", "OM", "lid", ""),
    ("Beleidsmedewerker Landelijk Parket", "OM", "lid", ""),
    ("Rechercheur TIM", "other", "adviseur", "Politie (TIM)"),
)

MINUTES = (
    "De IND licht de casus toe aan de hand van het geanonimiseerde dossieroverzicht. De "
    "betrokkene verblijft in Nederland; een verblijfsvergunning is eerder ingetrokken.\n\n"
    "Het OM stelt vast dat de gestelde feiten onder de rechtsmacht van de Nederlandse rechter "
    "vallen en acht vervolging in beginsel mogelijk. Er is voldoende aanknopingspunt voor nader "
    "opsporingsonderzoek door het TIM.",
    "De IND meldt dat uit de ambtsberichten niet blijkt welke eenheid in de genoemde periode in de "
    "regio actief was. Het OM heeft voor een beoordeling meer informatie nodig over de periode en "
    "over de rol binnen de organisatie.",
    "De beroepsprocedure tegen de 1F-tegenwerping loopt nog. Partijen spreken af de behandeling "
    "aan te houden tot de uitspraak bekend is.",
    "Het OM ziet op dit moment geen mogelijkheid tot strafrechtelijk onderzoek: de betrokkene "
    "verblijft niet meer in Nederland en uitlevering ligt meer voor de hand. De IND blijft de "
    "casus volgen in verband met een lopend naturalisatieverzoek.",
    "De IND trekt de casus in: de betrokkene is vertrokken en er loopt geen procedure meer.",
)


class _Clock:
    """A wall clock that moves one minute per call; `jump` sets the day."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now

    def jump(self, to: datetime) -> None:
        self.now = max(self.now, to)


def _services(store):
    from storage.meetings import (
        ActionService,
        AdoptionService,
        AgendaService,
        DecisionService,
        MeetingQueries,
        MeetingService,
        MinutesService,
    )

    class S:
        meetings = MeetingService(store)
        agenda = AgendaService(store)
        minutes = MinutesService(store)
        decisions = DecisionService(store)
        actions = ActionService(store)
        adoption = AdoptionService(store)
        q = MeetingQueries(store)

    return S


def _people():
    from storage.meetings import ParticipantInput

    return tuple(
        ParticipantInput(name, org, role, organisation_name=org_name) for name, org, role, org_name in PEOPLE
    )


def _case_ids(store, needed: int, year: int = 2026) -> list[int]:
    """Case ids to put on agendas: the store's cases first, fictitious bare cases when short."""
    from storage.meetings.demo import insert_case

    ids = [
        row[0]
        for row in store.db.execute(
            "SELECT id FROM cases WHERE status NOT IN ('aangifte', 'geen_aangifte', 'closed') ORDER BY id"
        )
    ]
    n = 0
    while len(ids) < needed:
        n += 1
        reference = f"C-{year}-{800 + n:03d}"
        if store.db.execute("SELECT 1 FROM cases WHERE reference = ?", (reference,)).fetchone():
            continue
        ids.append(
            insert_case(
                store,
                reference,
                f"Fictieve casus {n}: vermeende rol bij een inlichtingendienst, periode 1985-1990.",
            )
        )
    return ids[:needed]


def _confirm_all(s, meeting_id: int) -> None:
    for decision in s.q.decisions(meeting_id=meeting_id):
        if not decision.is_final:
            s.decisions.confirm_decision(decision.id, "IND", "hoofd unit 1F")
            s.decisions.confirm_decision(decision.id, "OM", "officier van justitie")


def _decide(s, item_id: int, kind: int, deadline: date) -> None:
    if kind == 0:
        s.decisions.record_decision(
            item_id,
            "aangifte",
            responsible_organisation="IND",
            responsible="unit 1F, senior medewerker",
            deadline=deadline,
            text="De IND doet aangifte bij het Landelijk Parket; het TIM start een opsporingsonderzoek.",
        )
    elif kind == 1:
        s.decisions.record_decision(
            item_id,
            "nadere_informatie",
            request="Ambtsberichten over de eenheid en de regio in de genoemde periode.",
            responsible_organisation="IND",
            responsible="unit 1F",
            deadline=deadline,
        )
    elif kind == 2:
        s.decisions.record_decision(
            item_id, "aanhouden", reason="De beroepsprocedure loopt nog.", deadline=deadline
        )
    elif kind == 3:
        s.decisions.record_decision(
            item_id,
            "geen_aangifte",
            reason="Geen rechtsmacht meer nu de betrokkene Nederland heeft verlaten; uitlevering ligt voor de hand.",
            keep_monitoring=True,
        )
    else:
        s.decisions.record_decision(item_id, "afgesloten", reason="Ingetrokken door de IND.")


def _run_meeting(
    s,
    clock: _Clock,
    day: date,
    case_ids: list[int],
    kinds: list[int],
    *,
    partial: bool,
    during: Callable[[int], None] | None = None,
) -> int:
    clock.jump(datetime.combine(day, datetime.min.time(), tzinfo=TZ).replace(hour=9, minute=30))
    meeting = s.meetings.create_meeting(
        day,
        "10:00",
        place="Den Haag, vergaderzaal 4.12",
        chair="Voorzitter (hoofd unit 1F)",
        secretary="Secretaris overlegtafel",
        participants=_people(),
    )
    people = s.q.meeting(meeting.id).participants
    s.meetings.set_attendance(people[4].id, "apologies")
    items = [s.agenda.add_case_item(meeting.id, cid) for cid in case_ids]
    s.meetings.fix_agenda(meeting.id)
    s.meetings.start_meeting(meeting.id)
    agenda = s.q.agenda(meeting.id)
    opening = agenda.items[0]
    s.minutes.start_item(opening.id)
    s.minutes.save_minutes(
        opening.id, "De voorzitter opent de vergadering. De agenda wordt ongewijzigd vastgesteld."
    )
    if during is not None:
        during(meeting.id)
    for n, (item, kind) in enumerate(zip(items, kinds, strict=True)):
        s.minutes.start_item(item.id)
        s.minutes.save_minutes(item.id, MINUTES[kind % len(MINUTES)])
        if partial and n == 1:
            s.minutes.set_presence(item.id, people[3].id, False)
        _decide(s, item.id, kind % 5, day + timedelta(days=28 + 7 * (n % 3)))
        if partial and n == 2:
            s.actions.create_action(
                meeting.id,
                "Het OM informeert naar de stand van de beroepsprocedure.",
                owner_organisation="OM",
                owner_role="officier van justitie",
                deadline=day + timedelta(days=21),
                item_id=item.id,
                case_id=item.case_id,
            )
    closing = agenda.items[-1]
    s.minutes.start_item(closing.id)
    s.minutes.save_minutes(closing.id, "De voorzitter sluit de vergadering en dankt de aanwezigen.")
    s.meetings.close_meeting(meeting.id)
    return meeting.id


def fill_meetings(store, cases: int = 12) -> None:
    """Sample meetings in 2026: two adopted (one with an amendment, one with an addendum), one
    ended with concept minutes, and an upcoming one with a concept agenda. Uses about `cases`
    cases (at least 12)."""
    clock = _Clock(datetime(2026, 1, 14, 9, 0, tzinfo=TZ))
    previous_clock = store.clock
    store.clock = clock
    try:
        s = _services(store)
        ids = _case_ids(store, max(cases, 12))
        m1 = _run_meeting(s, clock, date(2026, 1, 15), ids[0:5], [0, 1, 2, 3, 4], partial=True)

        def adopt_first(m2: int) -> None:
            # Item 2 of the second meeting: the first meeting's minutes adopted unchanged; the
            # action from the minutes closed at the table.
            _confirm_all(s, m1)
            s.adoption.adopt_minutes(m1, in_meeting_id=m2)
            for a in s.q.actions(meeting_id=m1, open_only=True):
                if a.decision_number is None:
                    s.actions.close_action(a.id, meeting_id=m2, note="Het beroep is ongegrond verklaard.")

        # The nadere-informatie case returns and goes to aangifte; new cases.
        m2 = _run_meeting(
            s,
            clock,
            date(2026, 2, 19),
            [ids[1], ids[5], ids[6], ids[7]],
            [0, 1, 3, 0],
            partial=False,
            during=adopt_first,
        )

        def adopt_second(m3: int) -> None:
            _confirm_all(s, m2)
            s.adoption.record_amendment(
                m2,
                "Bij het besluit over de eerste casus: de termijn voor de aangifte is vier weken.",
                in_meeting_id=m3,
            )
            s.adoption.adopt_minutes(m2, in_meeting_id=m3)
            s.adoption.add_addendum(
                m1,
                "Aanvulling: de aangifte in de eerste casus is op 10 februari 2026 gedaan.",
                in_meeting_id=m3,
            )
            for a in s.q.actions(meeting_id=m2, open_only=True):
                s.actions.close_action(a.id, meeting_id=m3, note="Ambtsberichten ontvangen en gedeeld.")

        _run_meeting(
            s,
            clock,
            date(2026, 3, 19),
            [ids[2], ids[6], ids[8], ids[9]],
            [0, 0, 2, 1],
            partial=True,
            during=adopt_second,
        )
        clock.jump(datetime(2026, 4, 1, 9, 0, tzinfo=TZ))
        m4 = s.meetings.create_meeting(
            date(2026, 4, 16),
            "10:00",
            place="Den Haag, vergaderzaal 4.12",
            chair="Voorzitter (hoofd unit 1F)",
            secretary="Secretaris overlegtafel",
        )
        for cid in (ids[8], ids[9], ids[10], ids[11]):
            s.agenda.add_case_item(m4.id, cid)
    finally:
        store.clock = previous_clock


def meeting_with_cases(store, n: int = 40, day: date = date(2026, 5, 20)) -> int:
    """One meeting with `n` case items, each decided (a fifth of them aangifte)."""
    clock = _Clock(datetime.combine(day, datetime.min.time(), tzinfo=TZ))
    previous_clock = store.clock
    store.clock = clock
    try:
        s = _services(store)
        ids = _case_ids(store, n, day.year)
        return _run_meeting(s, clock, day, ids, [i % 5 for i in range(n)], partial=False)
    finally:
        store.clock = previous_clock


def year_of_decisions(store, decisions: int = 500, year: int = 2025, per_meeting: int = 42) -> None:
    """Meetings in `year` with `decisions` decisions in all."""
    clock = _Clock(datetime(year, 1, 1, 9, 0, tzinfo=TZ))
    previous_clock = store.clock
    store.clock = clock
    try:
        s = _services(store)
        ids = _case_ids(store, decisions, year)
        day = date(year, 1, 8)
        for start in range(0, decisions, per_meeting):
            chunk = ids[start : start + per_meeting]
            _run_meeting(s, clock, day, chunk, [(start + i) % 5 for i in range(len(chunk))], partial=False)
            day += timedelta(days=28)
    finally:
        store.clock = previous_clock


def open_demo(root: Path, clock: Callable[[], datetime] | None = None):
    """The demo store (``storage.demo.open_or_create_demo``, fast KDF). While the meetings demo
    filler is still a stub (it raises NotImplementedError), the demo's cases get the sample
    meetings of ``fill_meetings`` instead."""
    from storage import demo
    from storage.kdf import FAST_TEST_PARAMS

    # Fast KDF slots open only in test mode (a key file below the secure floor is refused).
    os.environ["OVERLEGTAFEL_KDF"] = "fast"

    kwargs: dict[str, object] = {"kdf_params": FAST_TEST_PARAMS}
    if clock is not None:
        kwargs["clock"] = clock
    try:
        return demo.open_or_create_demo(root, **kwargs)
    except NotImplementedError:
        shutil.rmtree(root, ignore_errors=True)
    saved = demo.DEMO_FILLERS
    demo.DEMO_FILLERS = tuple(fill for fill in saved if fill.__module__ != "storage.meetings.demo")
    try:
        store = demo.open_or_create_demo(root, **kwargs)
    finally:
        demo.DEMO_FILLERS = saved
    fill_meetings(store, 12)
    return store


# -- the benchmark ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _temp_store() -> Iterator[object]:
    from storage.access import create_store
    from storage.kdf import FAST_TEST_PARAMS

    # Fast KDF slots open only in test mode (a key file below the secure floor is refused).
    os.environ["OVERLEGTAFEL_KDF"] = "fast"

    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    try:
        store, _code = create_store(
            folder / "opslag",
            "benchmark wachtwoord lang genoeg",
            use_keyring=False,
            kdf_params=FAST_TEST_PARAMS,
        )
        try:
            yield store
        finally:
            store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _cell_text(cell) -> str:
    """The plain text of a record table cell (string, Paragraph or list of Paragraphs)."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, list):
        return "\n".join(_cell_text(c) for c in cell)
    plain = getattr(cell, "getPlainText", None)
    return plain() if callable(plain) else ""


def bare_document(header: list[str], rows: list[list[str]], widths: list[float]) -> bytes:
    """The baseline: SimpleDocTemplate + one Table, every cell a Paragraph, same font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from reports.escape import escape_text
    from reports.fonts import SANS, register_fonts
    from reports.geometry import BODY_BOTTOM, LATER_BODY_TOP, MARGIN_LEFT, MARGIN_RIGHT, PAGE_HEIGHT

    register_fonts()
    style = ParagraphStyle("cell", fontName=SANS, fontSize=8.5, leading=11.5)
    data = [[Paragraph(escape_text(h), style) for h in header]]
    data += [[Paragraph(escape_text(c), style) for c in row] for row in rows]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        invariant=1,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=PAGE_HEIGHT - LATER_BODY_TOP,
        bottomMargin=BODY_BOTTOM,
    )
    # The same columns, scaled to the frame (which has 6 pt padding left and right).
    room = doc.width - 12
    scale = room / sum(widths)
    doc.build([Table(data, colWidths=[w * scale for w in widths], repeatRows=1)])
    return buffer.getvalue()


def _timed(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")


def _ratio(name: str, record_fn: Callable[[], bytes], bare_fn: Callable[[], bytes], rounds: int) -> float:
    ours_pdf, bare_pdf = record_fn(), bare_fn()  # warm up: fonts, imports
    print(f"  {name}: {len(ours_pdf) // 1024} kB vs bare {len(bare_pdf) // 1024} kB", flush=True)
    ours, bare = [], []
    for _ in range(rounds):  # interleaved, so drift on a shared machine hits both alike
        ours.append(_timed(record_fn, 1))
        bare.append(_timed(bare_fn, 1))
    r, b = statistics.median(ours), statistics.median(bare)
    print(f"  {name}: record {r * 1000:.0f} ms, bare reportlab {b * 1000:.0f} ms", flush=True)
    return r / b


def besluitenlijst_ratio(rounds: int = 7) -> bool:
    """build_document end to end (read models from the encrypted store, layout, PDF/A) against
    a bare document holding the same table content."""
    from reports.documents import DocumentRequest, besluitenlijst, build_document
    from reports.documents._common import DECISION_HEADER, DECISION_WIDTHS, resolve_words
    from reports.tables import resolve_widths
    from storage.meetings import MeetingQueries

    with _temp_store() as store:
        meeting_id = meeting_with_cases(store, 40)
        decisions = MeetingQueries(store).decision_list(meeting_id)
        assert len(decisions.decisions) == 40
        words = resolve_words(store, "nl")
        header = [words.t(k) for k in DECISION_HEADER]
        rows = [[_cell_text(c) for c in row] for row in besluitenlijst.rows_for(decisions.decisions, words)]
        widths = resolve_widths(list(DECISION_WIDTHS), len(DECISION_WIDTHS))
        request = DocumentRequest("besluitenlijst", meeting_id=meeting_id, lang="nl")
        ratio = _ratio(
            "besluitenlijst (40 cases)",
            lambda: build_document(store, request).pdf,
            lambda: bare_document(header, rows, widths),
            rounds,
        )
    return record("besluitenlijst_ratio", ratio, f"≤ {TARGET}×", ratio <= TARGET, "×")


def register_ratio(rounds: int = 5) -> bool:
    from reports.documents import DocumentRequest, besluitenregister, build_document
    from reports.documents._common import DECISION_HEADER, DECISION_WIDTHS, resolve_words, sources_for
    from reports.tables import resolve_widths
    from storage.meetings import MeetingQueries

    with _temp_store() as store:
        year_of_decisions(store, 500, 2025)
        register = MeetingQueries(store).decision_register(start=date(2025, 1, 1), end=date(2025, 12, 31))
        assert len(register.decisions) == 500
        sources = sources_for(store, {d.meeting_id for d in register.decisions})
        words = resolve_words(store, "nl")
        header = [words.t(k) for k in DECISION_HEADER]
        rows = [[_cell_text(c) for c in row] for row in besluitenregister.rows_for(register, words, sources)]
        widths = resolve_widths(list(DECISION_WIDTHS), len(DECISION_WIDTHS))
        request = DocumentRequest("register", year=2025, lang="nl", issued=date(2026, 1, 5))
        ratio = _ratio(
            "besluitenregister (500 decisions)",
            lambda: build_document(store, request).pdf,
            lambda: bare_document(header, rows, widths),
            rounds,
        )
    return record("register_ratio", ratio, f"≤ {TARGET}×", ratio <= TARGET, "×")


def main() -> bool:
    ok = besluitenlijst_ratio()
    ok = register_ratio() and ok
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
