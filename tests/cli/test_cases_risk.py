"""``overlegtafel cases risk``: the real CLI lists the cases whose combination is rare (k below the
threshold setting), as text and as JSON, and stores the threshold when asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.common import PASSPHRASE, run_cli

HEADER = (
    "Referentie;Status;1F-grond;Land of conflict;Periode vanaf;Periode tot en met;Vermeende rol;Organisatie"
)
ROWS = [
    "C-2026-001;Nieuw;a;Afghanistan;1985;1989;ondervrager bij de KhAD;KhAD",
    "C-2026-002;Nieuw;a;Afghanistan;1985;1989;ondervrager bij de KhAD;KhAD",
    "C-2026-003;Nieuw;a;Afghanistan;1994;1994;commandant van de 3e brigade;Hezb-e Islami",
]


@pytest.fixture
def store_args(tmp_path: Path, cli_env: dict[str, str]) -> list[str]:
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    args = ["--store", str(tmp_path / "opslag"), "--passphrase-file", str(secret)]
    assert run_cli(["init", *args], cli_env).returncode == 0
    register = tmp_path / "register.csv"
    register.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    result = run_cli(["cases", "import", str(register), *args], cli_env)
    assert result.returncode == 0, result.stdout + result.stderr
    return args


def test_risk_lists_rare_cases_and_keeps_the_threshold(
    store_args: list[str], cli_env: dict[str, str]
) -> None:
    result = run_cli(["cases", "risk", "--json", *store_args], cli_env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["threshold"] == 2
    assert [c["reference"] for c in report["cases"]] == ["C-2026-003"]
    (rare,) = report["cases"]
    assert rare["k"] == 1
    assert {"field": "period", "current": "1994", "proposal": "1990–1994", "k_after": 1} in rare[
        "suggestions"
    ]

    text = run_cli(["cases", "risk", *store_args], cli_env)
    assert text.returncode == 0
    assert text.stdout.startswith("C-2026-003\tk=1")
    assert "de voorzitter beslist" in text.stderr

    stored = run_cli(["cases", "risk", "--set-threshold", "3", "--json", *store_args], cli_env)
    assert json.loads(stored.stdout)["threshold"] == 3
    again = json.loads(run_cli(["cases", "risk", "--json", *store_args], cli_env).stdout)
    assert [c["reference"] for c in again["cases"]] == ["C-2026-001", "C-2026-002", "C-2026-003"]


def test_risk_rejects_a_silly_threshold(store_args: list[str], cli_env: dict[str, str]) -> None:
    result = run_cli(["cases", "risk", "--threshold", "0", *store_args], cli_env)
    assert result.returncode == 2
    assert "tussen 1 en 100" in result.stderr
