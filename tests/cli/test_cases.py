"""The real CLI in subprocesses: cases import (held back unless confirmed with a reason), list,
show, export, retention, and the demo store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE, run_cli

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "wachtwoord.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def store_args(tmp_path: Path, secret: Path, cli_env: dict[str, str]) -> list[str]:
    root = tmp_path / "opslag"
    result = run_cli(["init", "--store", str(root), "--passphrase-file", str(secret)], cli_env)
    assert result.returncode == 0, result.stderr
    return ["--store", str(root), "--passphrase-file", str(secret)]


def test_import_holds_back_rows_with_findings(
    store_args: list[str], cli_env: dict[str, str], tmp_path: Path
) -> None:
    dry = run_cli(["cases", "import", str(DATA / "cases_mixed.csv"), "--dry-run", *store_args], cli_env)
    assert dry.returncode == 1, dry.stderr
    assert "zou worden tegengehouden" in dry.stdout
    listed = run_cli(["cases", "list", "--json", *store_args], cli_env)
    assert json.loads(listed.stdout) == []

    result = run_cli(["cases", "import", str(DATA / "cases_mixed.csv"), "--json", *store_args], cli_env)
    assert result.returncode == 1, result.stderr
    report = {row["line"]: row for row in json.loads(result.stdout)["rows"]}
    assert [report[n]["outcome"] for n in range(2, 9)] == [
        "created",
        "held_back",
        "created",
        "held_back",
        "invalid",
        "held_back",
        "created",
    ]
    assert {f["kind"] for f in report[5]["findings"]} == {"email", "phone"}
    assert report[3]["findings"][0]["field"] == "summary"
    assert "111222333" not in result.stdout  # the report names kind and position, not the data

    # Confirming a row stores it; the reason must be a real one.
    lazy = run_cli(
        ["cases", "import", str(DATA / "cases_mixed.csv"), "--confirm", "5=ok", *store_args], cli_env
    )
    assert lazy.returncode == 2
    confirmed = run_cli(
        [
            "cases",
            "import",
            str(DATA / "cases_mixed.csv"),
            "--confirm",
            "5=fictieve contactgegevens van de IND-afdeling",
            *store_args,
        ],
        cli_env,
    )
    assert confirmed.returncode == 1  # rows 3 and 7 are still held back; 2, 4, 8 now exist
    assert "regel 5 IND-2026-104: opgeslagen na bevestiging" in confirmed.stdout
    assert "regel 3 IND-2026-103: TEGENGEHOUDEN" in confirmed.stdout

    listed = run_cli(["cases", "list", "--json", *store_args], cli_env)
    assert sorted(c["reference"] for c in json.loads(listed.stdout)) == [
        "IND-2026-101",
        "IND-2026-102",
        "IND-2026-104",
        "IND-2026-107",
    ]
    searched = run_cli(["cases", "list", "--search", "zebravink", *store_args], cli_env)
    assert searched.stdout.split("\t")[0] == "IND-2026-101"
    urgent = run_cli(["cases", "list", "--view", "urgent", "--json", *store_args], cli_env)
    assert [c["reference"] for c in json.loads(urgent.stdout)] == ["IND-2026-102", "IND-2026-107"]
    show = run_cli(["cases", "show", "IND-2026-104", *store_args], cli_env)
    assert show.returncode == 0 and "Rwanda" in show.stdout and "geïmporteerd" in show.stdout

    root = Path(store_args[1])
    blobs = b"".join(p.read_bytes() for p in StorePaths(root).store_files())
    for needle in (b"ZEBRAVINK", b"111222333", b"Vlieger", b"IND-2026-103"):
        assert needle not in blobs


def test_export_list_status_and_retention(
    store_args: list[str], cli_env: dict[str, str], tmp_path: Path
) -> None:
    run_cli(["cases", "import", str(DATA / "cases_mixed.csv"), *store_args], cli_env)
    out = tmp_path / "register.csv"
    result = run_cli(["cases", "export", "--out", str(out), "--status", "new", *store_args], cli_env)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["IND-2026-101"]
    bad = run_cli(["cases", "list", "--status", "bogus", *store_args], cli_env)
    assert bad.returncode == 2
    retention = run_cli(["cases", "retention", "--years", "7", "--json", *store_args], cli_env)
    assert retention.returncode == 0, retention.stderr
    assert json.loads(retention.stdout) == {"years_after_closing": 7, "due": []}
    nonsense = run_cli(["cases", "retention", "--years", "0", *store_args], cli_env)
    assert nonsense.returncode == 2


def test_wrong_passphrase_and_missing_file(
    store_args: list[str], cli_env: dict[str, str], tmp_path: Path
) -> None:
    wrong = tmp_path / "fout.txt"
    wrong.write_text("helemaal het verkeerde wachtwoord\n")
    result = run_cli(["cases", "list", "--store", store_args[1], "--passphrase-file", str(wrong)], cli_env)
    assert result.returncode == 3
    missing = run_cli(["cases", "import", str(tmp_path / "bestaat-niet.csv"), *store_args], cli_env)
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr


def test_demo_store(tmp_path: Path, cli_env: dict[str, str]) -> None:
    root = tmp_path / "demo"
    result = run_cli(["demo", "--store", str(root)], cli_env)
    assert result.returncode == 0, result.stderr
    assert "40 fictieve casussen" in result.stdout
    secret = tmp_path / "demo.txt"
    from storage.demo import DEMO_PASSPHRASE

    secret.write_text(DEMO_PASSPHRASE + "\n")
    listed = run_cli(
        ["cases", "list", "--json", "--store", str(root), "--passphrase-file", str(secret)], cli_env
    )
    cases = json.loads(listed.stdout)
    assert len(cases) == 40
    assert all("Fictieve voorbeeldcasus" in c["summary"] for c in cases)
    again = run_cli(["demo", "--store", str(root), "--cases", "5"], cli_env)
    assert again.returncode == 0 and "bestond al" in again.stdout
    big = run_cli(["demo", "--store", str(tmp_path / "groot"), "--cases", "2000"], cli_env)
    assert big.returncode == 0, big.stderr
    assert "2000 fictieve casussen" in big.stdout
