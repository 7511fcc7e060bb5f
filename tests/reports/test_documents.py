"""Every document of the demo store, read back with pypdf: right content, marking, status, version
and "Pagina x van y" on every page; the aangifte section lists exactly the aangifte decisions;
identical bytes on a second run; English documents; audit entries without content."""

from __future__ import annotations

import io
import re
import string
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.bench_reports import fill_meetings, open_demo
from reports.documents import DocumentRequest, RenderedDocument, build_document, record_output
from reports.documents._texts import TEXTS
from reports.dutch import format_date, format_date_long
from reports.styles import STYLES
from storage.access import create_store
from storage.kdf import FAST_TEST_PARAMS
from storage.meetings import ItemKind, Meeting, MeetingQueries

MEETING_KINDS = ("agenda", "verslag", "besluitenlijst", "actielijst")


def squash(text: str) -> str:
    return "".join(ch for ch in "".join(text.split()) if unicodedata.category(ch) != "Cf")


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def words(text: str) -> str:
    """Whitespace normalised: table cells come out of extraction with line breaks in between."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    store = open_demo(tmp_path_factory.mktemp("demo") / "demo")
    yield store
    store.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory):
    """A store with the sample meetings: amendments, an addendum, partial presence."""
    store, _code = create_store(
        tmp_path_factory.mktemp("sample") / "opslag", "correct paard batterij nietje", use_keyring=False,
        kdf_params=FAST_TEST_PARAMS,
    )  # fmt: skip
    fill_meetings(store, 12)
    yield store
    store.close()


def all_requests(store) -> list[DocumentRequest]:
    q = MeetingQueries(store)
    requests = []
    for m in q.list_meetings():
        requests += [DocumentRequest(kind, meeting_id=m.id) for kind in MEETING_KINDS]
        requests.append(DocumentRequest("agenda", meeting_id=m.id, chair_version=True))
    for case_id in sorted({d.case_id for d in q.decisions()}):
        requests.append(DocumentRequest("uittreksel", case_id=case_id))
    for year in sorted({m.date.year for m in q.list_meetings()}):
        requests.append(DocumentRequest("register", year=year))
    return requests


def check_furniture(document: RenderedDocument, marking: str | None, title: str, context: str) -> list[str]:
    texts = pages_text(document.pdf)
    assert len(texts) == document.pages * document.copies
    status_word = {"concept": "CONCEPT", "vastgesteld": "VASTGESTELD"}.get(document.status)
    for number, text in enumerate(texts, start=1):
        where = f"{document.filename} page {number}"
        if marking:
            assert text.count(marking) >= 2, f"marking top and bottom: {where}"
        assert f"Pagina {number} van {len(texts)}" in text, where
        assert title in text, where
        assert context in text, where
        if document.status == "concept":  # a concept says "concept" and its date, no "versie 0.35"
            assert not re.search(r"\bversie\b", text.lower()), where
        else:
            assert f"versie {document.version}" in text, where
        if status_word:
            assert status_word in text, where
    return texts


def meeting_context(meeting: Meeting) -> str:
    return f"Overlegtafel 1F · {meeting.number} · {format_date_long(meeting.date)}"


@pytest.mark.parametrize("which", ["demo", "sample"])
def test_every_document_of_the_store_has_its_furniture_on_every_page(which, request) -> None:
    store = request.getfixturevalue(which)
    q = MeetingQueries(store)
    marking = store.settings.get("default_marking")
    requests = all_requests(store)
    assert len(requests) > 20
    for req in requests:
        document = build_document(store, req)
        if req.meeting_id is not None:
            meeting = q.meeting(req.meeting_id)
            check_furniture(document, meeting.marking, document.title, meeting_context(meeting))
            assert document.status == (
                "vastgesteld"
                if meeting.is_sealed or (req.kind == "agenda" and meeting.status != "concept")
                else "concept"
            )
            assert document.version == meeting.version
        elif req.kind == "uittreksel":
            check_furniture(
                document, marking, document.title, f"Overlegtafel 1F · casus {document.object_id}"
            )
        else:
            check_furniture(document, marking, document.title, f"Overlegtafel 1F · {req.year}")


def test_sealed_records_print_adoption_date_and_fingerprint(sample) -> None:
    q = MeetingQueries(sample)
    sealed = [m for m in q.list_meetings() if m.sealed]
    assert len(sealed) == 2
    for summary in sealed:
        meeting = q.meeting(summary.id)
        document = build_document(sample, DocumentRequest("besluitenlijst", meeting_id=meeting.id))
        texts = pages_text(document.pdf)
        adopted = format_date(meeting.adopted_at.date())
        short = f"{meeting.seal.fingerprint[:8]}…{meeting.seal.fingerprint[-8:]}"
        for text in texts:
            assert "VASTGESTELD" in text and adopted in text and short in text
        assert meeting.seal.fingerprint in squash(texts[-1])  # full fingerprint in the colophon
        assert "CONCEPT" not in "".join(texts)


def test_agenda_lists_items_times_and_summaries(demo) -> None:
    q = MeetingQueries(demo)
    upcoming = q.upcoming_meeting()
    agenda = q.agenda(upcoming.id)
    text = "\n".join(pages_text(build_document(demo, DocumentRequest("agenda", meeting_id=upcoming.id)).pdf))
    flat = squash(text)
    for item in agenda.items:
        start = f"{item.planned_start.hour}.{item.planned_start.minute:02d}"
        assert squash(f"{item.number}.{start}") in flat
        if item.kind == ItemKind.CASE.value:
            assert f"Casus {item.case_reference}" in text
            assert squash(item.case_summary) in flat
        else:
            assert squash(item.title) in flat
    end = agenda.planned_end
    assert f"Geplande eindtijd: {end.hour}.{end.minute:02d} uur." in text
    assert (
        f"{upcoming.start_time.hour}.{upcoming.start_time.minute:02d} – {end.hour}.{end.minute:02d} uur"
        in text
    )
    assert "Voorzittersversie" not in text and " min" not in text


def test_chair_version_adds_durations_and_background(demo) -> None:
    q = MeetingQueries(demo)
    meeting = max(q.list_meetings(), key=lambda m: (m.case_items, m.date))
    agenda = q.agenda(meeting.id)
    document = build_document(demo, DocumentRequest("agenda", meeting_id=meeting.id, chair_version=True))
    assert document.title == "Agenda (voorzittersversie)"
    assert document.filename.startswith("agenda-voorzitter-")
    text = "\n".join(pages_text(document.pdf))
    assert "Niet verspreiden" in text
    for item in agenda.items:
        assert f"{item.planned_minutes} min" in text
    assert "Eerder besproken" in text or "Nog niet eerder besproken" in text


def test_chair_version_shows_the_earlier_decision_of_a_returning_case(sample) -> None:
    q = MeetingQueries(sample)
    first, second = q.list_meetings()[:2]
    returning = next(d for d in q.decisions(meeting_id=first.id) if d.outcome == "nadere_informatie")
    text = words(
        "\n".join(
            pages_text(
                build_document(
                    sample, DocumentRequest("agenda", meeting_id=second.id, chair_version=True)
                ).pdf
            )
        )
    )
    assert (
        f"Eerder besproken: {first.number} ({format_date(first.date)}), {returning.number}: Nadere informatie"
        in text
    )
    assert words(returning.request) in text
    plain = words(
        "\n".join(pages_text(build_document(sample, DocumentRequest("agenda", meeting_id=second.id)).pdf))
    )
    assert "Eerder besproken" not in plain and returning.request not in plain


def test_verslag_has_header_minutes_decisions_actions_and_presence(sample) -> None:
    q = MeetingQueries(sample)
    for summary in q.list_meetings():
        minutes = q.minutes(summary.id)
        meeting = minutes.meeting
        text = "\n".join(
            pages_text(build_document(sample, DocumentRequest("verslag", meeting_id=meeting.id)).pdf)
        )
        flat = squash(text)
        for label in (
            "Overleg",
            "Nummer",
            "Datum",
            "Plaats",
            "Voorzitter",
            "Secretaris",
            "Aanwezig",
            "Afwezig met bericht",
        ):
            assert label in text
        assert format_date_long(meeting.date) in text
        for person in meeting.present + meeting.apologies:
            assert squash(person.name) in flat
        for entry in minutes.items:
            assert squash(entry.text) in flat
            for decision in entry.decisions:
                assert f"Besluit {decision.number} · {decision.outcome_label}" in text
            for action in entry.actions:
                assert f"Actie {action.number}" in text and squash(action.text) in flat
            if entry.absent:
                assert squash(f"Niet aanwezig bij dit punt: {', '.join(entry.absent)}.") in flat
        for amendment in minutes.amendments + minutes.addenda:
            assert squash(amendment.text) in flat
        if meeting.seal is None:
            assert "Dit verslag is een concept" in text
        elif meeting.seal.with_amendments:
            assert "Het verslag wordt met wijzigingen vastgesteld." in text
            assert "Wijziging bij vaststelling" in text
        else:
            assert "Het verslag wordt ongewijzigd vastgesteld." in text
    # the sample has an addendum to the first meeting and partial presence
    first = q.list_meetings()[0]
    text = "\n".join(pages_text(build_document(sample, DocumentRequest("verslag", meeting_id=first.id)).pdf))
    assert "Aanvulling na vaststelling" in text and "Niet aanwezig bij dit punt" in text


@pytest.mark.parametrize("which", ["demo", "sample"])
def test_besluitenlijst_lists_exactly_the_aangifte_cases(which, request) -> None:
    store = request.getfixturevalue(which)
    q = MeetingQueries(store)
    aangifte = q.decisions(outcome="aangifte")
    assert aangifte, "the store must have aangifte decisions"
    seen = 0
    for summary in q.list_meetings():
        decisions = q.decisions(meeting_id=summary.id)
        expected = {d.case_reference for d in aangifte if d.meeting_id == summary.id}
        text = "\n".join(
            pages_text(build_document(store, DocumentRequest("besluitenlijst", meeting_id=summary.id)).pdf)
        )
        start = text.index("Casussen die doorgaan naar aangifte")
        end = text.index("\nBesluiten\n", start)
        section = text[start:end]
        listed = {
            d.case_reference for d in decisions if re.search(rf"\b{re.escape(d.case_reference)}\b", section)
        }
        assert listed == expected, summary.number
        for d in decisions:
            if d.outcome == "aangifte":
                assert d.number in section and format_date(d.deadline) in section
        if not expected:
            assert "In deze vergadering gaat geen casus door naar aangifte." in section
        seen += len(expected)
        # numbered decisions in meeting (agenda) order, then the count per outcome
        rest = text[end:]
        positions = [rest.index(d.number) for d in decisions]
        assert positions == sorted(positions)
        counts = words(rest[rest.index("Aantal besluiten per uitkomst") :])
        for key, label in (
            ("aangifte", "Aangifte"),
            ("nadere_informatie", "Nadere informatie"),
            ("geen_aangifte", "Geen aangifte"),
        ):
            assert f"{label} {sum(1 for d in decisions if d.outcome == key)}" in counts
        assert f"Totaal {len(decisions)}" in counts
    assert seen == len(aangifte)


def test_actielijst_strikes_exactly_the_actions_closed_since_the_previous_meeting(demo) -> None:
    from reports.documents import actielijst
    from reports.documents._common import Words

    q = MeetingQueries(demo)
    struck_total = 0
    for summary in q.list_meetings():
        actions = q.action_list(summary.id)
        text = "\n".join(
            pages_text(build_document(demo, DocumentRequest("actielijst", meeting_id=summary.id)).pdf)
        )
        for action in actions.actions:
            assert action.number in text
        if not actions.actions:
            assert "Er staan geen acties op de lijst." in text
            continue
        table = next(f for f in actielijst.story(actions, Words()) if hasattr(f, "_cellvalues"))
        for row, action in zip(table._cellvalues[1:], actions.actions, strict=True):
            struck = row[0].style is STYLES.struck
            assert struck == action.closed_since_previous, action.number
            struck_total += struck
    assert struck_total >= 1


def test_uittreksel_holds_every_discussion_and_decision_of_the_case(sample) -> None:
    q = MeetingQueries(sample)
    case_id = max({d.case_id for d in q.decisions()}, key=lambda c: len(q.case_history(c).discussions))
    history = q.case_history(case_id)
    assert len(history.discussions) >= 2
    document = build_document(sample, DocumentRequest("uittreksel", case_reference=history.reference))
    assert (document.object_type, document.object_id) == ("case", history.reference)
    text = "\n".join(pages_text(document.pdf))
    flat = squash(text)
    for discussion in history.discussions:
        assert (
            f"{discussion.meeting_number} · {format_date(discussion.meeting_date)} · agendapunt {discussion.item_number}"
            in text
        )
        assert squash(discussion.minutes) in flat
    for decision in history.decisions:
        assert text.count(decision.number) >= 2  # inline and in the overview
    assert "Vastgesteld verslag (SHA-256" in text or "Conceptverslag" in text


def test_register_counts_every_decision_of_the_year(demo) -> None:
    q = MeetingQueries(demo)
    register = q.decision_register(start=date(2026, 1, 1), end=date(2026, 12, 31))
    document = build_document(demo, DocumentRequest("register", year=2026))
    assert document.title == "Besluitenregister 2026"
    text = "\n".join(pages_text(document.pdf))
    for decision in register.decisions:
        assert decision.number in text
    counts = words(text[text.index("Aantal besluiten per uitkomst") :])
    for count in register.counts:
        assert f"{count.label} {count.count}" in counts
    assert f"Totaal {len(register.decisions)}" in counts
    assert "1 januari 2026 t/m 31 december 2026" in text


def test_two_runs_give_identical_bytes(sample) -> None:
    for req in all_requests(sample):
        assert build_document(sample, req).pdf == build_document(sample, req).pdf, req


def test_copies_are_numbered(sample) -> None:
    q = MeetingQueries(sample)
    meeting = q.list_meetings()[0]
    document = build_document(sample, DocumentRequest("besluitenlijst", meeting_id=meeting.id, copies=3))
    texts = pages_text(document.pdf)
    assert len(texts) == 3 * document.pages
    for copy in (1, 2, 3):
        pages = [t for t in texts if f"Exemplaar {copy} van 3" in t]
        assert len(pages) == document.pages
        for n in range(1, document.pages + 1):
            assert any(f"Pagina {n} van {document.pages}" in t for t in pages)


def test_english_documents(sample) -> None:
    q = MeetingQueries(sample)
    meeting = q.meeting(q.list_meetings()[0].id)
    document = build_document(sample, DocumentRequest("besluitenlijst", meeting_id=meeting.id, lang="en"))
    text = "\n".join(pages_text(document.pdf))
    assert document.title == "Decision list" and document.lang == "en"
    assert "Cases proceeding to a criminal complaint (aangifte)" in text
    assert "Page 1 of" in text and "ADOPTED" in text
    assert format_date_long(meeting.date, "en") in text
    assert "Criminal complaint" in text and "Aangifte door" not in text
    agenda = "\n".join(
        pages_text(build_document(sample, DocumentRequest("agenda", meeting_id=meeting.id, lang="en")).pdf)
    )
    assert "Opening and adoption of the agenda" in agenda and "Planned end: " in agenda


def test_fixed_texts_exist_in_both_languages_with_the_same_placeholders() -> None:
    assert TEXTS["nl"].keys() == TEXTS["en"].keys()
    fields = string.Formatter()
    for key, nl in TEXTS["nl"].items():
        names_nl = {f[1] for f in fields.parse(nl) if f[1]}
        names_en = {f[1] for f in fields.parse(TEXTS["en"][key]) if f[1]}
        assert names_nl == names_en, key


def test_no_marking_prints_none(sample) -> None:
    from storage.meetings import MeetingService

    q = MeetingQueries(sample)
    meeting = next(m for m in q.list_meetings() if not m.sealed)
    MeetingService(sample).update_meeting(meeting.id, marking="")
    try:
        document = build_document(sample, DocumentRequest("verslag", meeting_id=meeting.id))
        assert "VERTROUWELIJK" not in "".join(pages_text(document.pdf))
    finally:
        MeetingService(sample).update_meeting(meeting.id, marking="DEPARTEMENTAAL VERTROUWELIJK")


def test_audit_records_the_output_without_content(sample) -> None:
    q = MeetingQueries(sample)
    meeting = q.meeting(q.list_meetings()[0].id)
    document = build_document(sample, DocumentRequest("verslag", meeting_id=meeting.id, copies=2))
    record_output(sample, document, "report.print", 2)
    [entry] = sample.audit.entries(action_prefix="report.print", limit=1)
    assert (entry.action, entry.object_type, entry.object_id) == ("report.print", "meeting", meeting.number)
    assert entry.detail == {
        "kind": "verslag",
        "version": meeting.version,
        "status": "vastgesteld",
        "copies": 2,
        "pages": document.pages,
        "chair_version": False,
        "lang": "nl",
    }
    with pytest.raises(ValueError):
        record_output(sample, document, "report.delete")
    assert sample.audit.verify().ok


def test_requests_are_validated() -> None:
    from storage.errors import ValidationError

    for bad in (
        dict(kind="poster"),
        dict(kind="verslag"),
        dict(kind="uittreksel"),
        dict(kind="register", year=2026, start=date(2026, 1, 1)),
        dict(kind="register", start=date(2026, 2, 1), end=date(2026, 1, 1)),
        dict(kind="agenda", meeting_id=1, copies=0),
        dict(kind="agenda", meeting_id=1, copies=100),
    ):
        with pytest.raises(ValidationError):
            DocumentRequest(**bad)


def test_documents_are_pdfa_with_embedded_fonts(sample) -> None:
    q = MeetingQueries(sample)
    document = build_document(sample, DocumentRequest("verslag", meeting_id=q.list_meetings()[0].id))
    reader = PdfReader(io.BytesIO(document.pdf))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert reader.metadata.title == "Verslag"
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor


def test_demo_texts_never_reach_the_file_name(sample) -> None:
    q = MeetingQueries(sample)
    document = build_document(sample, DocumentRequest("besluitenlijst", meeting_id=q.list_meetings()[0].id))
    assert re.fullmatch(r"besluitenlijst-OT-2026-01-v1\.0\.pdf", document.filename)
    assert Path(document.filename).name == document.filename


def test_confirmation_names_each_organisation_once(sample) -> None:
    """Issue 10.12: a decision confirmed without a person's name read "Bevestigd door IND (IND) en
    OM (OM)"; it reads "Bevestigd door IND en OM", and a name given is kept."""
    from dataclasses import replace

    from reports.documents._common import Words, confirmation

    decisions = [d for d in MeetingQueries(sample).decisions() if d.ind_confirmed_at and d.om_confirmed_at]
    decision = replace(decisions[0], ind_confirmed_by="IND", om_confirmed_by="OM", disagreement_at=None)
    words_nl = Words("nl")
    assert confirmation(decision, words_nl) == "Bevestigd door IND en OM"
    named = replace(decision, ind_confirmed_by="teamleider 1F", om_confirmed_by="")
    assert confirmation(named, words_nl) == "Bevestigd door IND (teamleider 1F) en OM"
    only_ind = replace(decision, om_confirmed_at=None)
    assert confirmation(only_ind, words_nl) == "Bevestigd door IND; OM nog niet"
    assert confirmation(decision, Words("en")) == "Confirmed by IND and OM"
