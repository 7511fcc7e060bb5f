"""Arbitrary text in every field of every document: no crash, and the text comes out unchanged.

The read models are built by hand (no store), every text field gets its own arbitrary string
(Unicode, markup characters, very long words, empty), each of the six documents is rendered, and
the text inside the content frames is compared after whitespace normalisation, with characters the
font has no glyph for substituted as reports.fonts does.
"""

from __future__ import annotations

import io
from collections import Counter
from datetime import UTC, date, datetime, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from reports.document_info import DocumentInfo
from reports.documents import actielijst, agenda, besluitenlijst, besluitenregister, uittreksel, verslag
from reports.documents._common import SourceRecord, Words
from reports.documents._texts import TEXTS as LABELS
from reports.documents.agenda import CaseBackground
from reports.documents.uittreksel import CaseParticulars
from reports.escape import clean_text
from reports.fonts import REPLACEMENT_CHARACTER, SANS, SANS_BOLD, register_fonts, substitute_missing
from reports.geometry import BODY_BOTTOM, LATER_BODY_TOP
from reports.page_furniture import PageFurniture
from storage.meetings.model import (
    Action,
    ActionList,
    Agenda,
    AgendaItem,
    Amendment,
    CaseDiscussion,
    CaseHistory,
    Decision,
    DecisionList,
    DecisionRegister,
    ItemMinutes,
    Meeting,
    Minutes,
    OutcomeCount,
    Participant,
    SealInfo,
)
from tests.reports.test_report_layout import USER_TEXT, _right_to_left, squash

FIELDS = (
    "m_number", "m_place", "m_chair", "m_secretary", "m_marking", "adopted_in",
    "p1_name", "p1_role", "p2_name", "p2_org", "p3_name", "joined",
    "item_title", "case_ref", "case_summary", "minutes",
    "d_number", "d_text", "d_responsible", "d_reason", "d_request", "d_disagreement", "d_ind_by",
    "d_om_by", "d_label",
    "a_number", "a_text", "a_role", "a_close_note", "closed_number", "closed_text",
    "am_text", "am_made_in", "ad_text", "prev_number", "bg_status",
    "c_status", "c_grounds", "c_country", "c_period", "c_role", "c_ind_status", "c_summary",
)  # fmt: skip

DAY = date(2026, 3, 5)
AT = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
FINGERPRINT = "3f2a9c1e" + "0123456789abcdef" * 3 + "5b7d0e4f"


def build(t: dict[str, str], sealed: bool) -> dict[str, object]:
    seal = (
        SealInfo(1, t["m_number"], AT, t["adopted_in"], True, "overlegtafel-verslag/1", FINGERPRINT, None)
        if sealed
        else None
    )
    meeting = Meeting(
        id=1, number=t["m_number"], year=2026, seq=3, date=DAY, start_time=time(10, 0),
        place=t["m_place"], chair=t["m_chair"], secretary=t["m_secretary"], marking=t["m_marking"],
        status="vastgesteld" if sealed else "afgelopen",
        participants=(
            Participant(1, t["p1_name"], "IND", "", t["p1_role"], "present"),
            Participant(2, t["p2_name"], "other", t["p2_org"], "", "present"),
            Participant(3, t["p3_name"], "OM", "", "", "apologies"),
        ),
        current_item_id=None, started_at=AT, ended_at=AT.replace(hour=12), adopted_at=AT if sealed else None,
        adopted_in=t["adopted_in"] if sealed else None, seal=seal, revision=3, created_at=AT, updated_at=AT,
    )  # fmt: skip

    def item(
        item_id: int, number: int, kind: str, title: str, minutes: int = 10, **extra: object
    ) -> AgendaItem:
        start = time(10, (number - 1) * 5)
        values: dict[str, object] = dict(
            id=item_id, meeting_id=1, number=number, kind=kind, title=title, case_id=None, case_reference="",
            case_summary="", case_status="", planned_minutes=minutes, planned_start=start,
            planned_end=time(10, number * 5), started_at=None, ended_at=None, elapsed_seconds=0,
            taken_order=None, has_minutes=True, minutes_revision=1,
        )  # fmt: skip
        values.update(extra)
        return AgendaItem(**values)  # type: ignore[arg-type]

    items = (
        item(1, 1, "opening", "Opening en vaststelling agenda", 5),
        item(2, 2, "actions", "Actielijst", 5),
        item(3, 3, "other", t["item_title"], 5),
        item(
            4,
            4,
            "case",
            t["case_ref"],
            5,
            case_id=7,
            case_reference=t["case_ref"],
            case_summary=t["case_summary"],
        ),
    )

    def decision(number: str, outcome: str, label: str, **extra: object) -> Decision:
        values: dict[str, object] = dict(
            id=len(number), number=number, meeting_id=1, meeting_number=t["m_number"], meeting_date=DAY,
            item_id=4, item_number=4, case_id=7, case_reference=t["case_ref"], outcome=outcome,
            outcome_label=label, text="", responsible_organisation="", responsible="", deadline=None,
            reason="", request="", keep_monitoring=False, ind_confirmed_by=None, ind_confirmed_at=None,
            om_confirmed_by=None, om_confirmed_at=None, disagreement=None, disagreement_at=None,
            action_numbers=(), sealed=sealed, created_at=AT, updated_at=AT,
        )  # fmt: skip
        values.update(extra)
        return Decision(**values)  # type: ignore[arg-type]

    d1 = decision(
        t["d_number"], "aangifte", "Aangifte", text=t["d_text"], responsible_organisation="IND",
        responsible=t["d_responsible"], deadline=date(2026, 4, 1), ind_confirmed_by=t["d_ind_by"],
        ind_confirmed_at=AT, om_confirmed_by=t["d_om_by"], om_confirmed_at=AT, action_numbers=(t["a_number"],),
    )  # fmt: skip
    d2 = decision(
        "B-2026-03-99", "x_custom", t["d_label"], reason=t["d_reason"], request=t["d_request"],
        disagreement=t["d_disagreement"], disagreement_at=AT, keep_monitoring=True,
    )  # fmt: skip

    def action(number: str, text: str, status: str, **extra: object) -> Action:
        values: dict[str, object] = dict(
            id=len(number) + len(text), number=number, meeting_id=1, meeting_number=t["m_number"],
            meeting_date=DAY, item_id=4, item_number=4, decision_id=None, decision_number=t["d_number"],
            case_id=7, case_reference=t["case_ref"], text=text, owner_organisation="other",
            owner_role=t["a_role"], deadline=date(2026, 4, 2), status=status, closed_at=None, closed_in=None,
            close_note="", sealed=sealed, created_at=AT,
        )  # fmt: skip
        values.update(extra)
        return Action(**values)  # type: ignore[arg-type]

    open_action = action(t["a_number"], t["a_text"], "open")
    closed = action(
        t["closed_number"], t["closed_text"], "done", closed_at=AT, closed_in=t["m_number"],
        close_note=t["a_close_note"], closed_since_previous=True,
    )  # fmt: skip
    amendment = Amendment(1, "amendment", t["m_number"], 4, None, t["am_made_in"], t["am_text"], AT)
    addendum = Amendment(
        2, "addendum", t["m_number"], None, t["d_number"], None, t["ad_text"], AT, FINGERPRINT, FINGERPRINT
    )

    def minutes_of(it: AgendaItem) -> ItemMinutes:
        case = it.kind == "case"
        return ItemMinutes(
            item=it,
            text=t["minutes"] if case else "",
            present=(t["p2_name"], t["joined"]) if case else (t["p1_name"], t["p2_name"]),
            absent=(t["p1_name"],) if case else (),
            decisions=(d1, d2) if case else (),
            actions=(open_action,) if case else (),
            actions_closed=(closed,) if it.kind == "actions" else (),
            amendments=(amendment,) if case else (),
            addenda=(),
        )

    minutes = Minutes(
        meeting=meeting,
        items=tuple(minutes_of(i) for i in items),
        amendments=(amendment,),
        addenda=(addendum,),
        actions_closed=(closed,),
    )
    discussion = CaseDiscussion(
        meeting_id=1, meeting_number=t["m_number"], meeting_date=DAY, meeting_status=meeting.status,
        sealed=sealed, item_id=4, item_number=4, minutes=t["minutes"], decisions=(d1, d2),
        actions=(open_action,), addenda=(addendum,),
    )  # fmt: skip
    return {
        "meeting": meeting,
        "agenda": Agenda(meeting=meeting, items=items, planned_minutes=20, planned_end=time(10, 20)),
        "background": {7: CaseBackground(status=t["bg_status"], earlier=(d2,), open_actions=(open_action,))},
        "minutes": minutes,
        "decisions": DecisionList(meeting=meeting, decisions=(d1, d2)),
        "actions": ActionList(
            meeting=meeting, previous_number=t["prev_number"], actions=(open_action, closed)
        ),
        "history": CaseHistory(
            case_id=7,
            reference=t["case_ref"],
            discussions=(discussion,),
            decisions=(d1, d2),
            actions=(open_action, closed),
        ),
        "particulars": CaseParticulars(
            status=t["c_status"],
            grounds=t["c_grounds"],
            country=t["c_country"],
            period=t["c_period"],
            role=t["c_role"],
            ind_status=t["c_ind_status"],
            summary=t["c_summary"],
        ),
        "register": DecisionRegister(
            start=date(2026, 1, 1),
            end=date(2026, 12, 31),
            decisions=(d1, d2),
            counts=(OutcomeCount("aangifte", "Aangifte", 1), OutcomeCount("x_custom", t["d_label"], 1)),
        ),
        "sources": {1: SourceRecord(DAY, FINGERPRINT)} if sealed else {},
    }


# Which fields each document must print (besides not crashing on all of them).
DECISION_FIELDS = (
    "d_number",
    "case_ref",
    "d_text",
    "d_responsible",
    "d_reason",
    "d_request",
    "d_disagreement",
    "d_label",
)
EXPECTED = {
    "agenda": ("m_place", "m_chair", "m_secretary", "p1_name", "p1_role", "p2_name", "p2_org", "p3_name",
               "item_title", "case_ref", "case_summary"),
    "agenda_chair": ("item_title", "case_ref", "case_summary", "bg_status", "d_label", "d_reason",
                     "d_request", "a_number", "a_text", "a_role"),
    "verslag": ("m_number", "m_place", "m_chair", "m_secretary", "p1_name", "p1_role", "p2_name", "p2_org",
                "p3_name", "joined", "item_title", "case_ref", "case_summary", "minutes", *DECISION_FIELDS,
                "d_ind_by", "d_om_by", "a_number", "a_text", "a_role", "closed_number", "closed_text",
                "a_close_note", "am_text", "am_made_in", "ad_text"),
    "besluitenlijst": ("m_number", "m_place", "m_chair", *DECISION_FIELDS),
    "actielijst": ("m_number", "prev_number", "a_number", "a_text", "a_role", "closed_number", "closed_text",
                   "a_close_note", "d_number", "case_ref"),
    "uittreksel": ("case_ref", "m_number", "minutes", *DECISION_FIELDS, "a_number", "a_text", "closed_number",
                   "closed_text", "ad_text", "c_status", "c_grounds", "c_country", "c_period", "c_role",
                   "c_ind_status", "c_summary"),
    "register": ("m_number", *DECISION_FIELDS),
}  # fmt: skip


def render_all(data: dict[str, object], words: Words) -> dict[str, tuple[bytes, DocumentInfo]]:
    ag, mi, dl = data["agenda"], data["minutes"], data["decisions"]
    al, hi, rg = data["actions"], data["history"], data["register"]
    sources, particulars = data["sources"], data["particulars"]
    out: dict[str, tuple[bytes, DocumentInfo]] = {
        "agenda": (agenda.render(ag, words), agenda.document_info(ag, words, chair=False, issued=None)),
        "agenda_chair": (
            agenda.render(ag, words, chair=True, backgrounds=data["background"]),
            agenda.document_info(ag, words, chair=True, issued=None),
        ),
        "verslag": (verslag.render(mi, words), verslag.document_info(mi, words, issued=None)),
        "besluitenlijst": (
            besluitenlijst.render(dl, words),
            besluitenlijst.document_info(dl, words, issued=None),
        ),
        "actielijst": (actielijst.render(al, words), actielijst.document_info(al, words, issued=None)),
    }
    marking = data["meeting"].marking
    out["uittreksel"] = (
        uittreksel.render(hi, words, particulars=particulars, sources=sources, marking=marking, issued=DAY),
        uittreksel.document_info(
            hi, words, particulars=particulars, sources=sources, marking=marking, issued=DAY
        ),
    )
    out["register"] = (
        besluitenregister.render(rg, words, sources=sources, marking=marking, issued=DAY),
        besluitenregister.document_info(rg, words, sources=sources, marking=marking, issued=DAY),
    )
    return out


# Column headers and labels, squashed: a table's header row repeats at the top of a page when a
# row splits across the page break, between the two halves of a cell's text.
HEADER_WORDS = sorted(
    {
        squash(v)
        for lang in LABELS.values()
        for k, v in lang.items()
        if ".col." in k or k.startswith("label.")
    },
    key=len,
    reverse=True,
)


def _strip_repeated_header(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for word in HEADER_WORDS:
            if word and text.startswith(word):
                text = text[len(word) :]
                changed = True
    return text


def body_text(pdf: bytes, info: DocumentInfo) -> str:
    """The text inside the content frames, without the CONCEPT watermark (drawn at 118 pt) and
    without a table header repeated at the top of a later page."""
    first_top = PageFurniture(info, 1).first_body_top
    pages = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        top = first_top if number == 0 else LATER_BODY_TOP
        parts: list[str] = []

        def visit(
            text: str, cm: list, tm: list, _font: object, size: float, top: float = top, parts: list = parts
        ) -> None:
            if size and size >= 40:
                return
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if BODY_BOTTOM - 2 <= y <= top + 2:
                parts.append(text)

        page.extract_text(visitor_text=visit)
        text = squash("".join(parts))
        pages.append(_strip_repeated_header(text) if number else text)
    return "".join(pages)


def is_subsequence(needle: str, haystack: str) -> bool:
    rest = iter(haystack)
    return all(ch in rest for ch in needle)


def _faces() -> list[dict[int, int]]:
    register_fonts()
    return [pdfmetrics.getFont(name).face.charToGlyph for name in (SANS, SANS_BOLD)]


FACES = _faces()


def fold(text: str) -> str:
    """Characters that the regular or the bold face cannot draw become U+FFFD, as reports.fonts
    prints them in that face; user text appears in both faces (headings, numbers in bold)."""
    return "".join(ch if all(face.get(ord(ch)) for face in FACES) else REPLACEMENT_CHARACTER for ch in text)


def expected(text: str) -> str:
    return fold(squash("".join(substitute_missing(word) for word in clean_text(text).split())))


TEXTS = st.fixed_dictionaries({name: USER_TEXT for name in FIELDS})


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(texts=TEXTS, sealed=st.booleans(), lang=st.sampled_from(["nl", "en"]))
def test_every_field_of_every_document_comes_out_unchanged(
    texts: dict[str, str], sealed: bool, lang: str
) -> None:
    documents = render_all(build(texts, sealed), Words(lang))
    for name, (pdf, info) in documents.items():
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) >= 1
        extracted = fold(body_text(pdf, info))
        # pypdf reorders a line holding right-to-left text, which can break up its neighbours too.
        bidi = any(_right_to_left(texts[f]) for f in FIELDS)
        for field in EXPECTED[name]:
            value = texts[field]
            if not clean_text(value).strip():
                continue  # empty fields: no crash is the requirement (they print an em dash)
            want = expected(value)
            if bidi:
                # Text extraction reorders right-to-left runs; the characters must all be there.
                assert not Counter(want) - Counter(extracted), (name, field)
            elif len(reader.pages) > 1 and want not in extracted:
                # A table row split over a page break: the rest of this cell follows the other
                # cells of the row. Every character must still be there, in order.
                assert is_subsequence(want, extracted), (name, field, value)
            else:
                assert want in extracted, (name, field, value)


def test_markup_and_long_words_in_every_field() -> None:
    """The fixed worst case, always run: markup, entities, a 400-character word, empty strings."""
    nasty = {name: f"<b>{name}</b> & <i>x</i> &amp; <br/> {'W' * 400} ş ğ € ٣" for name in FIELDS}
    nasty["m_marking"] = ""
    nasty["p3_name"] = ""
    for sealed in (False, True):
        documents = render_all(build(nasty, sealed), Words("nl"))
        for name, (pdf, info) in documents.items():
            extracted = fold(body_text(pdf, info))
            split_rows = len(PdfReader(io.BytesIO(pdf)).pages) > 1
            for field in EXPECTED[name]:
                if nasty[field]:
                    want = expected(nasty[field])
                    assert want in extracted or (split_rows and is_subsequence(want, extracted)), (
                        name,
                        field,
                    )


def test_regressions_found_by_the_property_test() -> None:
    """A character the bold face lacks (headings print in bold) and an RTL neighbour in a line."""
    texts = {name: "" for name in FIELDS}
    texts["item_title"] = "Titel met 𝗁 en ఫ"  # in DejaVu Sans, not in DejaVu Sans Bold / in neither
    texts["a_number"] = "ćž<font name='Helvetica'>محمد"
    texts["a_role"] = "\n<font name='Helvetica'><b>"
    documents = render_all(build(texts, False), Words("nl"))
    verslag_text = fold(body_text(*documents["verslag"]))
    assert expected(texts["item_title"]) in verslag_text
    assert "\ufffd" in expected(texts["item_title"])
    chair_text = fold(body_text(*documents["agenda_chair"]))
    assert not Counter(expected(texts["a_role"])) - Counter(chair_text)
