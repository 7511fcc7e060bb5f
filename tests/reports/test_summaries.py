"""Issue 10.10: a case summary is cut only where space really runs out, and then at a word
boundary (agenda, minutes, projector, chair's card); the uittreksel prints the full summary."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from reports.documents import DocumentRequest, build_document
from storage.access import create_store
from storage.cases.service import CaseService
from storage.kdf import FAST_TEST_PARAMS
from storage.meetings.text import one_line
from tests.helpers.common import PASSPHRASE

LONG = (
    "Betrokkene zou als commandant van een eenheid binnen een gewapende groep betrokken zijn geweest "
    "bij aanvallen op dorpen in het noorden van het land; volgens eigen verklaringen had hij het bevel "
    "over ongeveer veertig manschappen en bepaalde hij de route van de patrouilles. Later trad hij op "
    "als verbindingsofficier tussen de groep en een buitenlandse inlichtingendienst, waarover hij in "
    "het gehoor wisselende verklaringen aflegde. Het IND vraagt het OM of vervolging in Nederland "
    "mogelijk is en welke aanvullende stukken daarvoor nodig zijn."
)


def test_one_line_cuts_at_a_word_boundary_and_keeps_what_fits() -> None:
    text = "Fictieve casus: commandant binnen een militie, periode 1994-1996, betrokken bij ontvoeringen."
    assert one_line(text) == text  # 95 characters: nothing to cut
    medium = LONG[:200]
    assert one_line(medium) == " ".join(medium.split())  # the old limit of 120 cut this mid-word
    cut = one_line(LONG * 2)
    assert cut.endswith("…")
    kept = cut[:-1].rstrip(" ,;:")
    assert (LONG * 2).startswith(kept)
    assert (LONG * 2)[len(kept)] in " ,;:", "cut inside a word"


def _squash(text: str) -> str:
    return "".join(text.split())


def test_the_uittreksel_prints_the_full_summary(tmp_path) -> None:
    store, _code = create_store(
        tmp_path / "opslag", PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS
    )
    try:
        case = CaseService(store).create({"summary": LONG * 2, "country": "Fictiefland"})
        document = build_document(store, DocumentRequest("uittreksel", case_id=case.id))
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(document.pdf)).pages)
        assert _squash(LONG * 2) in _squash(text)
        assert not re.search(r"…", text.split("Samenvatting")[-1][:50])
    finally:
        store.close()


def test_the_chairs_card_cuts_a_long_summary_at_a_word_and_keeps_a_short_one(qtbot, live) -> None:
    from tests.helpers.ui_live import read, settle

    view, ctx, meeting = live.view, live.ctx, live.meeting
    read(qtbot, ctx, lambda s: CaseService(s).update(meeting.case_ids[0], {"summary": LONG * 2}))
    medium = LONG[:200]
    read(qtbot, ctx, lambda s: CaseService(s).update(meeting.case_ids[1], {"summary": medium}))
    view.start_meeting()
    settle(qtbot, ctx)
    view.take(meeting.case_item_ids[1])
    settle(qtbot, ctx)
    qtbot.wait(20)
    card = view.chair.item_summary
    assert card.text() == " ".join(medium.split())  # fits: not cut
    view.take(meeting.case_item_ids[0])
    settle(qtbot, ctx)
    qtbot.wait(20)
    shown = card.text()
    assert shown.endswith("…")
    kept = shown[:-1]
    full = " ".join((LONG * 2).split())
    assert full.startswith(kept) and full[len(kept)] in " ,;:", "cut inside a word"
    assert card.toolTip() == one_line(LONG * 2)
    lines = card.heightForWidth(card.width()) // card.fontMetrics().lineSpacing()
    assert lines <= 4


from tests.helpers.ui_live import live_fixture  # noqa: E402, F401 - fixture


def test_the_agenda_builders_register_search_keeps_whole_words(tmp_path) -> None:
    from ui.meetings.agenda_builder import search_register

    store, _code = create_store(
        tmp_path / "opslag", PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS
    )
    try:
        CaseService(store).create({"summary": LONG[:200], "country": "Fictiefland"})
        (found,) = search_register(store, "commandant", set())
        assert found.summary == " ".join(LONG[:200].split())  # was cut at 160, inside a word
    finally:
        store.close()
