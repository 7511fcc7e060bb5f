"""``overlegtafel stats``, ``stats-protection`` and ``followup``: the real CLI in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from bench.bench_reports import open_demo
from storage.access import open_store
from storage.demo import DEMO_PASSPHRASE
from storage.meetings import MeetingQueries
from tests.helpers.common import run_cli


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("cli-stats") / "demo"
    store = open_demo(root)
    q = MeetingQueries(store)
    aangifte = q.decisions(outcome="aangifte")[0]
    facts = {
        "decision": aangifte.number,
        "decided_on": aangifte.meeting_date,
        "year": aangifte.meeting_date.year,
    }
    store.close()
    return root, facts


@pytest.fixture
def demo(tmp_path: Path, demo_template) -> tuple[Path, dict]:
    root = tmp_path / "demo"
    shutil.copytree(demo_template[0], root)
    return root, demo_template[1]


def cli(args: list[str], cli_env, root: Path, tmp_path: Path):
    secret = tmp_path / "pw"
    secret.write_text(DEMO_PASSPHRASE + "\n")
    return run_cli([*args, "--store", str(root), "--passphrase-file", str(secret)], cli_env)


def audit(root: Path, prefix: str):
    store = open_store(root, DEMO_PASSPHRASE)
    try:
        return store.audit.entries(action_prefix=prefix)
    finally:
        store.close()


def published_numbers(data: dict) -> list[int]:
    cells = [f for f in data["figures"]] + [c for t in data["tables"] for row in t["cells"] for c in row]
    return [c["value"] for c in cells if c["value"] is not None]


def test_protected_json_publishes_no_small_count_and_unprotected_is_audited(cli_env, demo, tmp_path) -> None:
    root, facts = demo
    result = cli(["stats", "--year", str(facts["year"]), "--json"], cli_env, root, tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["protected"] is True and data["period"]["label"] == str(facts["year"])
    numbers = published_numbers(data)
    assert numbers and [n for n in numbers if 0 < n < 5] == []
    assert any(c["shown"] == "< 5" for t in data["tables"] for row in t["cells"] for c in row)
    assert audit(root, "statistics.unprotected") == []

    raw = cli(["stats", "--year", str(facts["year"]), "--json", "--unprotected"], cli_env, root, tmp_path)
    assert raw.returncode == 0, raw.stderr
    unprotected = json.loads(raw.stdout)
    assert unprotected["protected"] is False
    assert [n for n in published_numbers(unprotected) if 0 < n < 5]  # the demo has small counts
    entry = audit(root, "statistics.unprotected")[0]
    assert entry.object_id == f"{facts['year']}-01-01..{facts['year']}-12-31"
    assert entry.detail == {"via": "cli-json"}


def test_csv_and_text_for_a_quarter(cli_env, demo, tmp_path) -> None:
    root, facts = demo
    result = cli(["stats", "--year", str(facts["year"]), "--quarter", "2", "--csv"], cli_env, root, tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout), delimiter=";"))
    assert rows[0] == ["onderdeel", "rij", "kolom", "waarde"]
    assert ["kerncijfers", "Vergaderingen gehouden", "", rows[1][3]] == rows[1]
    text = cli(["stats", "--year", str(facts["year"]), "--quarter", "2"], cli_env, root, tmp_path)
    assert text.returncode == 0 and f"Cijfers 2e kwartaal {facts['year']}" in text.stdout
    assert "Aantallen van 1 tot en met 4 staan als '< 5'" in text.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--year", "2026", "--from", "2026-01-01", "--to", "2026-02-01"],
            "--year (met eventueel --quarter) óf",
        ),
        (["--from", "2026-03-01"], "--from en --to samen"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], "einddatum ligt vóór de begindatum"),
        ([], "Geef het jaar met --year"),
    ],
)
def test_bad_periods_get_a_clear_message(cli_env, demo, tmp_path, args, message) -> None:
    root, _facts = demo
    result = cli(["stats", *args], cli_env, root, tmp_path)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_protection_settings_and_followup_commands(cli_env, demo, tmp_path) -> None:
    root, facts = demo
    result = cli(["stats-protection", "--threshold", "7", "--json"], cli_env, root, tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout) == {"threshold": 7, "rule": "secondary"}
    assert audit(root, "statistics.protection")[0].detail["to"] == {"threshold": 7, "rule": "secondary"}

    filed = facts["decided_on"].isoformat()
    result = cli(
        ["followup", "set", facts["decision"], "--filed", filed, "--feedback", "merged", "--json"],
        cli_env,
        root,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    track = json.loads(result.stdout)
    assert (track["state"], track["filed_on"], track["om_feedback"]) == ("filed", filed, "merged")
    listed = json.loads(cli(["followup", "list", "--json"], cli_env, root, tmp_path).stdout)
    assert {t["decision"]: t["state"] for t in listed}[facts["decision"]] == "filed"
    kept = cli(
        ["followup", "set", facts["decision"], "--note", "Zaak gevoegd.", "--json"], cli_env, root, tmp_path
    )
    assert json.loads(kept.stdout)["om_feedback"] == "merged"  # options not given keep their value
    bad = cli(
        ["followup", "set", facts["decision"], "--feedback", "started", "--not-filed", "Elders."],
        cli_env,
        root,
        tmp_path,
    )
    assert bad.returncode == 2 and "na een gedane aangifte" in bad.stderr
    term = cli(["followup", "term", "--weeks", "6", "--json"], cli_env, root, tmp_path)
    assert json.loads(term.stdout) == {"weeks": 6}
