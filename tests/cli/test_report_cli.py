"""``overlegtafel report …``: the real CLI in a subprocess over a demo store."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.bench_reports import open_demo
from storage.access import open_store
from storage.demo import DEMO_PASSPHRASE
from storage.meetings import MeetingQueries
from tests.helpers.common import run_cli


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("cli-demo") / "demo"
    store = open_demo(root)
    q = MeetingQueries(store)
    sealed = next(m for m in q.list_meetings() if m.sealed and m.decisions)
    case = q.decisions(meeting_id=sealed.id)[0].case_reference
    facts = {"meeting": sealed.number, "case": case, "year": sealed.date.year}
    store.close()
    return root, facts


@pytest.fixture
def demo(tmp_path: Path, demo_template) -> tuple[Path, dict]:
    root = tmp_path / "demo"
    shutil.copytree(demo_template[0], root)
    return root, demo_template[1]


def report(args: list[str], cli_env, root: Path, tmp_path: Path):
    secret = tmp_path / "pw"
    secret.write_text(DEMO_PASSPHRASE + "\n")
    return run_cli([*args, "--store", str(root), "--passphrase-file", str(secret)], cli_env)


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_every_kind_writes_a_pdf_and_an_audit_entry(cli_env, demo, tmp_path: Path) -> None:
    root, facts = demo
    runs = {
        "agenda": ["--meeting", facts["meeting"]],
        "verslag": ["--meeting", facts["meeting"]],
        "besluitenlijst": ["--meeting", facts["meeting"]],
        "actielijst": ["--meeting", facts["meeting"]],
        "uittreksel": ["--case", facts["case"]],
        "register": ["--year", str(facts["year"])],
    }
    titles = {
        "agenda": "Agenda",
        "verslag": "Verslag",
        "besluitenlijst": "Besluitenlijst",
        "actielijst": "Actielijst",
        "uittreksel": f"Uittreksel casus {facts['case']}",
        "register": f"Besluitenregister {facts['year']}",
    }
    for kind, extra in runs.items():
        out = tmp_path / f"{kind}.pdf"
        result = report(["report", kind, *extra, "--out", str(out), "--json"], cli_env, root, tmp_path)
        assert result.returncode == 0, result.stderr
        info = json.loads(result.stdout)
        assert info["kind"] == kind and info["title"] == titles[kind] and info["out"] == str(out)
        text = text_of(out)
        assert titles[kind] in text and f"Pagina 1 van {info['pages']}" in text
        assert list(tmp_path.glob(f".{kind}.pdf.*")) == []  # no temp file left behind
    store = open_store(root, DEMO_PASSPHRASE)
    try:
        entries = store.audit.entries(action_prefix="report.export", newest_first=False)
    finally:
        store.close()
    assert [e.detail["kind"] for e in entries] == list(runs)
    assert [e.object_id for e in entries] == [facts["meeting"]] * 4 + [facts["case"], str(facts["year"])]


def test_chair_copies_and_language(cli_env, demo, tmp_path: Path) -> None:
    root, facts = demo
    out = tmp_path / "agenda.pdf"
    result = report(
        [
            "--lang",
            "en",
            "report",
            "agenda",
            "--meeting",
            facts["meeting"],
            "--chair",
            "--copies",
            "2",
            "--out",
            str(out),
        ],
        cli_env,
        root,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "written to" in result.stdout
    text = text_of(out)
    assert "Agenda (chair's version)" in text and "Do not distribute" in text
    assert "Copy 1 of 2" in text and "Copy 2 of 2" in text and "Page 1 of" in text


def test_two_runs_write_identical_files(cli_env, demo, tmp_path: Path) -> None:
    root, facts = demo
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        result = report(
            ["report", "besluitenlijst", "--meeting", facts["meeting"], "--out", str(out)],
            cli_env,
            root,
            tmp_path,
        )
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "verslag"], "--meeting"),
        (["report", "uittreksel"], "--case"),
        (["report", "agenda", "--meeting", "OT 2099-01"], "OT 2099-01 bestaat niet"),
        (["report", "uittreksel", "--case", "C-0000-000"], "C-0000-000 bestaat niet"),
        (["report", "verslag", "--meeting", "vergadering drie"], ""),
        (["report", "besluitenlijst", "--meeting", "OT 2026-01", "--chair"], "--chair"),
        (["report", "register", "--year", "2026", "--copies", "0"], "exemplaren"),
        (["report", "register", "--from", "2026-13-01"], "datum"),
    ],
)
def test_usage_errors_exit_2_with_one_line(cli_env, demo, tmp_path: Path, args, message) -> None:
    root, _facts = demo
    out = tmp_path / "x.pdf"
    result = report([*args, "--out", str(out)], cli_env, root, tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
