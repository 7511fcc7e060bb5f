"""Issue 15: the "Jaaroverzicht overlegtafel <year>" record: protected figures only, charts drawn
with embedded fonts, PDF/A-2b, the explanation of the suppression, the CLI."""

from __future__ import annotations

import io
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.bench_reports import open_demo
from reports.documents import DocumentRequest, build_document
from reports.documents._common import Words
from reports.documents.jaaroverzicht import render
from storage.demo import DEMO_PASSPHRASE
from storage.errors import ValidationError
from storage.statistics import Period, StatisticsService
from tests.helpers.common import run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("jaaroverzicht") / "demo"
    store = open_demo(root)
    yield store, root
    store.close()


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "\n".join(page.extract_text(extraction_mode="layout") or "" for page in pages)


def test_the_overview_prints_protected_figures_with_the_explanation(demo) -> None:
    store, _root = demo
    year = store.db.execute("SELECT max(substr(date, 1, 4)) FROM meetings").fetchone()[0]
    raw = StatisticsService(store).figures(Period.year(int(year)), protected=False, today=date(2027, 1, 5))
    small = [f for f in raw.figures if 0 < f.cell.value < 5]
    assert small, "the demo year must have small counts for this test to attack"
    document = build_document(
        store, DocumentRequest("jaaroverzicht", year=int(year), issued=date(2027, 1, 5))
    )
    text = text_of(document.pdf)
    assert document.title == f"Jaaroverzicht overlegtafel {year}" and document.status == "none"
    assert "Bescherming van kleine aantallen" in text and "Pagina 1 van" in text
    assert "DEPARTEMENTAAL VERTROUWELIJK" in text
    lines = [line.strip() for line in text.splitlines()]
    for figure in small:  # each small figure prints as "< 5", never as its value
        found = [line for line in lines if line.startswith(figure.label[0])]
        assert any(line.endswith("< 5") for line in found), found
        assert not any(re.search(rf"\s{figure.cell.value}$", line) for line in found), found
    # every table row prints exactly the protected cells
    protected = StatisticsService(store).figures(Period.year(int(year)), today=date(2027, 1, 5))
    checked = 0
    for table in protected.tables:
        for row in table.rows("nl")[1:]:
            found = [line for line in lines if line.startswith(row[0] + " ")]
            if found:  # labels that wrap over two lines are left out
                printed = [" ".join(line[len(row[0]) :].split()) for line in found]
                assert " ".join(row[1:]) in printed, (table.key, row, printed)
                checked += 1
    assert checked >= 15


def test_fonts_are_embedded_and_the_file_is_pdfa(demo) -> None:
    store, _root = demo
    document = build_document(store, DocumentRequest("jaaroverzicht", year=2026))
    reader = PdfReader(io.BytesIO(document.pdf))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # the charts' labels too: no Helvetica


def test_unprotected_figures_never_reach_paper(demo) -> None:
    store, _root = demo
    figures = StatisticsService(store).figures(Period.year(2026), protected=False)
    with pytest.raises(ValidationError):
        render(figures, Words(), marking=None, issued=date(2026, 12, 1))
    with pytest.raises(ValidationError):
        DocumentRequest("jaaroverzicht")


def test_cli_writes_the_overview_and_audits_the_export(demo, cli_env, tmp_path: Path) -> None:
    _store, root = demo
    copy = tmp_path / "demo"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("*.lock"))
    secret = tmp_path / "pw"
    secret.write_text(DEMO_PASSPHRASE + "\n")
    out = tmp_path / "jaar.pdf"
    args = ["--store", str(copy), "--passphrase-file", str(secret)]
    result = run_cli(["report", "jaaroverzicht", "--year", "2026", "--out", str(out), *args], cli_env)
    assert result.returncode == 0, result.stderr
    assert "Jaaroverzicht overlegtafel 2026" in text_of(out.read_bytes())
    missing = run_cli(["report", "jaaroverzicht", "--out", str(out), *args], cli_env)
    assert missing.returncode == 2 and "--year" in missing.stderr
