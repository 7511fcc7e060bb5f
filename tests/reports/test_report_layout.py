"""The shared PDF layout: page furniture, copies, determinism, escaping and PDF/A-2b structure."""

from __future__ import annotations

import io
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from reports.document_info import DocumentInfo
from reports.dutch import (
    format_date,
    format_date_long,
    format_datetime,
    format_time,
    format_time_range,
    weekday,
)
from reports.escape import Markup, clean_text, escape_text, para, rich, single_line
from reports.fonts import SANS, register_fonts, substitute_missing
from reports.geometry import BODY_BOTTOM, LATER_BODY_TOP
from reports.layout import render_pdf
from reports.page_furniture import PageFurniture
from reports.pdfa import ICC_PROFILE
from reports.styles import STYLES
from reports.tables import data_table, key_value_table

MARKING = "DEPARTEMENTAAL VERTROUWELIJK"
FINGERPRINT = "3f2a9c1e" + "0123456789abcdef" * 3 + "5b7d0e4f"


def make_info(**overrides: object) -> DocumentInfo:
    values: dict[str, object] = {
        "title": "Besluitenlijst",
        "meeting": "Overlegtafel 1F · OT 2026-03 · 5 juli 2023",
        "marking": MARKING,
        "status": "concept",
        "adopted_on": None,
        "fingerprint": None,
        "version": "1",
        "issued": date(2023, 7, 5),
    }
    values.update(overrides)
    return DocumentInfo(**values)  # type: ignore[arg-type]


def long_story() -> list:
    story = [para("1. Opening en vaststelling agenda", STYLES.h1)]
    for i in range(30):
        story.append(para(f"Alinea {i}: Yeşilgöz, Ğ, ë, €, ı, ć, ž, محمد. " * 6, STYLES.body))
    rows = [[f"B-2026-03-{i:02d}", f"Besluit {i} " * 12, "IND"] for i in range(25)]
    story.append(data_table(["Nr", "Besluit", "Actiehouder"], rows, [0.2, 0.6, 0.2]))
    return story


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Whitespace and invisible format characters removed: layout may add or drop both."""
    return "".join(ch for ch in "".join(text.split()) if unicodedata.category(ch) != "Cf")


@pytest.fixture(scope="module")
def concept_pdf() -> bytes:
    return render_pdf(make_info(), long_story)


@pytest.fixture(scope="module")
def adopted_pdf() -> bytes:
    info = make_info(status="vastgesteld", adopted_on=date(2023, 7, 12), fingerprint=FINGERPRINT, version="2")
    return render_pdf(info, long_story, copies=2)


# -- Dutch dates --------------------------------------------------------------------------------


def test_dutch_dates_and_times() -> None:
    assert format_date(date(2023, 7, 5)) == "5 juli 2023"
    assert format_date(date(2023, 7, 5), "en") == "5 July 2023"
    assert format_date(date(2026, 3, 12)) == "12 maart 2026"
    assert format_date_long(date(2023, 7, 5)) == "woensdag 5 juli 2023"
    assert format_date_long(date(2023, 7, 5), "en") == "Wednesday 5 July 2023"
    assert weekday(date(2023, 7, 9)) == "zondag"
    assert format_time(time(10, 0)) == "10.00 uur"
    assert format_time(time(9, 5)) == "9.05 uur"
    assert format_time(time(10, 0), "en") == "10:00"
    assert format_datetime(datetime(2023, 7, 5, 14, 30)) == "5 juli 2023, 14.30 uur"
    assert format_datetime(datetime(2023, 7, 5, 14, 30), "en") == "5 July 2023, 14:30"
    assert format_time_range(time(10, 0), time(12, 30)) == "10.00 – 12.30 uur"
    with pytest.raises(ValueError):
        format_date(date(2023, 7, 5), "de")


def test_all_month_names_are_lower_case_in_dutch() -> None:
    months = [format_date(date(2024, m, 1)).split()[1] for m in range(1, 13)]
    assert months == [m.lower() for m in months]
    assert months[2] == "maart" and months[4] == "mei"


# -- page furniture -----------------------------------------------------------------------------


def test_every_page_has_marking_status_version_and_page_x_of_y(concept_pdf: bytes) -> None:
    texts = pages_text(concept_pdf)
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert text.count(MARKING) >= 2, f"marking top and bottom on page {number}"
        assert f"Pagina {number} van {len(texts)}" in text
        assert "versie" not in text.lower()  # a concept says "concept" and its date (issue 10.12)
        assert "5 juli 2023" in text
        assert "Besluitenlijst" in text
        assert "OT 2026-03" in text
        assert "CONCEPT" in text
        assert "Exemplaar" not in text


def test_concept_watermark_is_drawn_first_and_opaque(concept_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(concept_pdf))
    for page in reader.pages:
        content = page.get_contents().get_data().decode("latin-1")
        first_text = re.search(r"\((.*?)\) Tj", content)
        assert first_text is not None and first_text.group(1) == "CONCEPT"
        before = content[: first_text.start()]
        assert re.search(r"\.9\d* \.9\d* \.9\d* rg", before), "light solid grey fill"
        assert " gs" not in before


def test_copies_are_numbered_each_on_their_own() -> None:
    calls = []

    def story() -> list:
        calls.append(1)
        return long_story()

    single = len(pages_text(render_pdf(make_info(), long_story)))
    texts = pages_text(render_pdf(make_info(), story, copies=3))
    assert len(calls) == 3
    assert len(texts) == 3 * single
    for index, text in enumerate(texts):
        copy, page = divmod(index, single)
        assert f"Pagina {page + 1} van {single}" in text
        assert f"Exemplaar {copy + 1} van 3" in text
    assert "Exemplaar 2 van 3" in texts[single]
    assert "Datum" in texts[single], "each copy starts with the first-page head"


def test_copies_one_page_each_still_restart_with_first_page_head() -> None:
    texts = pages_text(render_pdf(make_info(), lambda: [para("kort", STYLES.body)], copies=3))
    assert len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert "Pagina 1 van 1" in text
        assert f"Exemplaar {number} van 3" in text
        assert "Datum" in text


def test_adopted_record_shows_adoption_and_fingerprint(adopted_pdf: bytes) -> None:
    texts = pages_text(adopted_pdf)
    for text in texts:
        assert "VASTGESTELD" in text
        assert "CONCEPT" not in text
        assert "3f2a9c1e…5b7d0e4f" in text
        assert "versie 2" in text
    assert squash("Vastgesteld op 12 juli 2023") in squash(texts[0])
    assert FINGERPRINT in squash(texts[len(texts) // 2 - 1]), "full fingerprint closes copy 1"
    assert FINGERPRINT in squash(texts[-1])


def test_english_labels() -> None:
    info = make_info(lang="en", meeting=None)
    texts = pages_text(render_pdf(info, long_story, copies=2))
    assert "Page 1 of" in texts[0]
    assert "Copy 2 of 2" in texts[-1]
    assert "DRAFT" in texts[0]
    assert "version" not in texts[1].lower()  # a draft: "draft" and its date
    assert "5 July 2023" in texts[0]
    assert "Pagina" not in "".join(texts)


@pytest.mark.parametrize("marking", [None, "", "   "])
def test_no_marking_means_no_marking_line(marking: str | None) -> None:
    texts = pages_text(render_pdf(make_info(marking=marking), lambda: [para("x", STYLES.body)]))
    assert "VERTROUWELIJK" not in texts[0]
    assert "Rubricering" not in texts[0]


def test_status_none_prints_no_status() -> None:
    text = pages_text(render_pdf(make_info(status="none"), lambda: [para("x", STYLES.body)]))[0]
    assert "CONCEPT" not in text and "VASTGESTELD" not in text


def test_invalid_document_info_is_rejected() -> None:
    with pytest.raises(ValueError):
        make_info(status="definitief")
    with pytest.raises(ValueError):
        make_info(lang="fr")
    with pytest.raises(ValueError):
        make_info(fingerprint="not-a-digest")
    with pytest.raises(ValueError):
        render_pdf(make_info(), long_story, copies=0)


def test_progress_reports_every_page() -> None:
    seen: list[int] = []
    pdf = render_pdf(make_info(), long_story, copies=2, progress=seen.append)
    assert seen == list(range(1, len(pages_text(pdf)) + 1))


# -- determinism --------------------------------------------------------------------------------


def test_output_is_byte_identical(concept_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    assert render_pdf(make_info(), long_story) == concept_pdf
    # reportlab otherwise takes its timestamp from SOURCE_DATE_EPOCH when that is set.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert render_pdf(make_info(), long_story) == concept_pdf


def test_file_identifier_follows_content() -> None:
    def ids(text: str) -> list:
        pdf = render_pdf(make_info(), lambda: [para(text, STYLES.body)])
        return list(PdfReader(io.BytesIO(pdf)).trailer["/ID"])

    assert ids("een") == ids("een")
    assert ids("een") != ids("twee")


# -- PDF/A-2b structure -------------------------------------------------------------------------


def _resolve(obj: object) -> object:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _all_objects(reader: PdfReader) -> list[object]:
    seen: set[int] = set()
    found: list[object] = []
    stack: list[object] = [reader.trailer["/Root"]]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            item = item.get_object()
        found.append(item)
        if isinstance(item, DictionaryObject):
            stack.extend(v for k, v in item.items() if k != "/Parent")
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return found


def _xmp(reader: PdfReader) -> ET.Element:
    stream = reader.trailer["/Root"]["/Metadata"].get_object()
    assert "/Filter" not in stream, "PDF/A readers must find the metadata without decoding"
    raw = stream.get_data()
    assert raw.startswith(b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>')
    assert raw.rstrip().endswith(b'<?xpacket end="w"?>')
    return ET.fromstring(raw.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])


NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}


def _xmp_value(root: ET.Element, path: str) -> str | None:
    node = root.find(f".//{path}", NS)
    return None if node is None else node.text


def _xmp_date_as_pdf(value: str) -> str:
    moment = datetime.fromisoformat(value)
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def test_xmp_identifies_pdfa_2b_and_matches_info_dictionary() -> None:
    info = make_info(subject="Besluiten van OT 2026-03 <geheim> & meer", author="Secretariaat")
    reader = PdfReader(io.BytesIO(render_pdf(info, long_story)))
    meta = reader.metadata
    root = _xmp(reader)
    assert _xmp_value(root, "pdfaid:part") == "2"
    assert _xmp_value(root, "pdfaid:conformance") == "B"
    assert meta["/Title"] == _xmp_value(root, "dc:title/rdf:Alt/rdf:li") == "Besluitenlijst"
    assert meta["/Author"] == _xmp_value(root, "dc:creator/rdf:Seq/rdf:li") == "Secretariaat"
    assert meta["/Subject"] == _xmp_value(root, "dc:description/rdf:Alt/rdf:li")
    assert meta["/Subject"] == "Besluiten van OT 2026-03 <geheim> & meer"
    assert meta["/Creator"] == _xmp_value(root, "xmp:CreatorTool") == "Overlegtafel"
    assert meta["/Producer"] == _xmp_value(root, "pdf:Producer")
    assert meta["/CreationDate"] == _xmp_date_as_pdf(_xmp_value(root, "xmp:CreateDate") or "")
    assert meta["/ModDate"] == _xmp_date_as_pdf(_xmp_value(root, "xmp:ModifyDate") or "")
    assert meta["/CreationDate"] == "D:20230705000000+00'00'"
    assert "/Trapped" not in meta and "/Keywords" not in meta
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def test_empty_subject_is_left_out_of_both_info_and_xmp(concept_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(concept_pdf))
    assert "/Subject" not in reader.metadata
    assert _xmp_value(_xmp(reader), "dc:description/rdf:Alt/rdf:li") is None


def test_output_intent_embeds_the_srgb_profile(concept_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(concept_pdf))
    intents = reader.trailer["/Root"]["/OutputIntents"]
    assert len(intents) == 1
    intent = _resolve(intents[0])
    assert intent["/Type"] == "/OutputIntent"
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    data = profile.get_data()
    assert data == ICC_PROFILE.read_bytes()
    assert data[36:40] == b"acsp" and data[16:20] == b"RGB " and data[8] in (2, 4)


def test_every_font_is_an_embedded_truetype_subset(concept_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(concept_pdf))
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        assert font["/Subtype"] == "/TrueType"
        assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(Mono)?(-\w+)?", font["/BaseFont"])
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor
        assert "/Encoding" not in font, "symbolic TrueType must not carry an Encoding (PDF/A)"
        assert "/ToUnicode" in font


def test_no_transparency_anywhere(concept_pdf: bytes, adopted_pdf: bytes) -> None:
    for pdf in (concept_pdf, adopted_pdf):
        for obj in _all_objects(PdfReader(io.BytesIO(pdf))):
            if not isinstance(obj, DictionaryObject | StreamObject):
                continue
            assert "/SMask" not in obj
            for key in ("/CA", "/ca"):
                if key in obj:
                    assert float(obj[key]) == 1.0
            group = obj.get("/Group")
            if group is not None:
                assert _resolve(group).get("/S") != "/Transparency"


def test_only_rgb_and_gray_colours_match_the_srgb_output_intent(adopted_pdf: bytes) -> None:
    for page in PdfReader(io.BytesIO(adopted_pdf)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        assert not re.search(r"(^|\s)-?[\d.]+ -?[\d.]+ -?[\d.]+ -?[\d.]+ [kK](\s|$)", content)
        assert "/DeviceCMYK" not in content


def test_trailer_has_a_two_part_file_identifier(concept_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(concept_pdf))
    ident = reader.trailer["/ID"]
    assert len(ident) == 2
    assert all(len(getattr(part, "original_bytes", part)) == 16 for part in ident)
    assert "/Encrypt" not in reader.trailer
    assert concept_pdf[:5] == b"%PDF-"
    assert all(b > 127 for b in concept_pdf.split(b"\n")[1][1:5]), "binary comment line"


def test_characters_without_a_glyph_become_replacement_characters() -> None:
    register_fonts()
    assert substitute_missing("a\ue000b", SANS) == "a\ufffdb"
    pdf = render_pdf(make_info(), lambda: [para("privé\ue000gebruik", STYLES.body)])
    assert "privé\ufffdgebruik" in pages_text(pdf)[0]


def test_characters_beyond_the_bmp_survive_text_extraction() -> None:
    pdf = render_pdf(make_info(), lambda: [para("😀 𝕊 ok", STYLES.body)])
    assert "😀 𝕊 ok" in pages_text(pdf)[0]


# -- escaping -----------------------------------------------------------------------------------


def test_escape_helpers() -> None:
    assert escape_text('R&D <b>"x"</b>\nregel') == ("R&amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt;<br/>regel")
    assert clean_text("a\x00b\x07c\r\nd\te\ud800\ufffe") == "abc\nd e"
    assert single_line("  twee\nregels  ") == "twee regels"
    markup = rich("<b>{nr}</b> {title}", nr="B-1", title="<i>&</i>")
    assert isinstance(markup, Markup)
    assert markup == "<b>B-1</b> &lt;i&gt;&amp;&lt;/i&gt;"
    assert rich("{inner} {{x}}", inner=markup) == f"{markup} {{x}}"


def test_struck_style_and_empty_cells_render() -> None:
    table = data_table(
        ["Nr", "Actie", "Status"],
        [["A-1", "Afgerond", "gesloten"], ["A-2", "", None]],
        struck_rows={0},
    )
    kv = key_value_table([("Opslag", "x"), ("Leeg", "")])
    text = pages_text(render_pdf(make_info(), lambda: [table, kv]))[0]
    assert "Afgerond" in text
    assert text.count("—") >= 3
    assert "<strike>" not in text


def test_table_widths_never_exceed_the_text_block() -> None:
    from reports.geometry import TEXT_WIDTH
    from reports.tables import resolve_widths

    assert sum(resolve_widths([400, 400], 2)) == pytest.approx(TEXT_WIDTH)
    assert sum(resolve_widths([0.5, 0.5], 2)) == pytest.approx(TEXT_WIDTH)
    assert resolve_widths(None, 4) == [TEXT_WIDTH / 4] * 4
    with pytest.raises(ValueError):
        data_table(["a", "b"], [["only one"]])


def _expected(text: str) -> str:
    """What extraction should give: cleaned, whitespace-normalised, unsupported glyphs as U+FFFD."""
    cleaned = clean_text(text)
    if not cleaned.strip():
        return "—"
    return squash("".join(substitute_missing(word) for word in cleaned.split()))


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL", "AN") for ch in text)


TRICKY = st.sampled_from(
    ["<b>", "</para>", "&amp;", "&", "<", ">", '"', "'", "😀", "Yeşilgöz", "Ğı", "€", "ćž",
     "محمد", "x" * 400, "\n", "\r\n", "\t", " ", "\x00", "\u200f", "e\u0301", "\u3000",
     "\u2028", "<br/>", "<font name='Helvetica'>"]
)  # fmt: skip
USER_TEXT = st.one_of(
    st.text(),
    st.text(min_size=100, max_size=600),
    st.lists(TRICKY, max_size=20).map("".join),
    st.lists(st.one_of(TRICKY, st.text(max_size=5)), max_size=12).map("".join),
)


def body_text(pdf: bytes, info: DocumentInfo) -> str:
    """The text inside the content frames only, so that running heads and footers on page
    breaks do not interrupt content that continues on the next page."""
    first_top = PageFurniture(info, 1).first_body_top
    parts: list[str] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        top = first_top if number == 0 else LATER_BODY_TOP

        def visit(text: str, cm: list, tm: list, _font: object, _size: object, top: float = top) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if BODY_BOTTOM - 2 <= y <= top + 2:
                parts.append(text)

        page.extract_text(visitor_text=visit)
    return squash("".join(parts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=USER_TEXT)
def test_arbitrary_user_text_renders_literally(text: str) -> None:
    def story() -> list:
        return [
            para(text, STYLES.body),
            # Empty headers: a repeated header row would interrupt a cell split over two pages.
            data_table(["", ""], [[text, para(text, STYLES.struck)]]),
        ]

    info = make_info(marking=None, meeting=None, status="none")
    extracted = body_text(render_pdf(info, story), info)
    expected = _expected(text)
    if _right_to_left(expected):
        # Text extraction reorders right-to-left runs; the characters must all be there.
        assert not Counter(expected * 3) - Counter(extracted)
    else:
        assert extracted == expected * 3


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=USER_TEXT, meeting=USER_TEXT, marking=USER_TEXT, subject=USER_TEXT)
def test_arbitrary_document_info_never_breaks_the_pdf(
    title: str, meeting: str, marking: str, subject: str
) -> None:
    info = make_info(
        title=title, meeting=meeting, marking=marking, subject=subject, author=title, version=title
    )
    reader = PdfReader(io.BytesIO(render_pdf(info, lambda: [para("x", STYLES.body)], copies=2)))
    assert len(reader.pages) == 2
    root = _xmp(reader)  # must stay well-formed XML whatever the title holds
    meta = reader.metadata
    assert (meta.get("/Title") or None) == _xmp_value(root, "dc:title/rdf:Alt/rdf:li")
    assert (meta.get("/Subject") or None) == _xmp_value(root, "dc:description/rdf:Alt/rdf:li")
