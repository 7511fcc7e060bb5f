"""The exchange commands of the real CLI (issue 14): identity, pair, pairs list, exchange export and
import with their exit codes (0 ok, 1 refused or replayed, 3 bad signature / not for this store)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.common import PASSPHRASE, run_cli

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


def _init(tmp_path: Path, name: str, role: str, env: dict[str, str]) -> list[str]:
    secret = tmp_path / f"{name}.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    args = ["--store", str(tmp_path / name), "--passphrase-file", str(secret)]
    assert run_cli(["init", *args[:2], *args[2:]], env).returncode == 0
    ident = run_cli(
        ["identity", "--role", role, "--export", str(tmp_path / f"{name}.id"), "--json", *args], env
    )
    assert ident.returncode == 0, ident.stderr
    return args


def test_pair_export_import_and_exit_codes(tmp_path: Path, cli_env: dict[str, str]) -> None:
    ind = _init(tmp_path, "ind", "ind", cli_env)
    sec = _init(tmp_path, "sec", "secretaris", cli_env)
    shown = json.loads(run_cli(["identity", "--json", *ind], cli_env).stdout)
    digits = shown["fingerprint"]
    assert len(digits.split()) == 12 and all(len(g) == 5 and g.isdigit() for g in digits.split())
    wrong = run_cli(
        [
            "pair",
            "--import",
            str(tmp_path / "ind.id"),
            "--name",
            "IND",
            "--role",
            "ind",
            "--fingerprint",
            "1" * 60,
            *sec,
        ],
        cli_env,
    )
    assert wrong.returncode == 2 and "klopt niet" in wrong.stderr
    paired = run_cli(
        [
            "pair",
            "--import",
            str(tmp_path / "ind.id"),
            "--name",
            "IND",
            "--role",
            "ind",
            "--fingerprint",
            digits,
            *sec,
        ],
        cli_env,
    )
    assert paired.returncode == 0, paired.stderr
    assert (
        run_cli(
            [
                "pair",
                "--import",
                str(tmp_path / "sec.id"),
                "--name",
                "Secretaris",
                "--role",
                "secretaris",
                *ind,
            ],
            cli_env,
        ).returncode
        == 0
    )
    listed = json.loads(run_cli(["pairs", "list", "--json", *sec], cli_env).stdout)
    assert [(p["name"], p["role"], p["fingerprint"]) for p in listed] == [("IND", "ind", digits)]

    imported = run_cli(["cases", "import", str(DATA / "cases_mixed.csv"), *ind], cli_env)
    assert imported.returncode in (0, 1), imported.stderr
    out = tmp_path / "aanbod.otpak"
    made = run_cli(
        [
            "exchange",
            "export",
            "--to",
            "Secretaris",
            "--cases",
            "IND-2026-101",
            "IND-2026-102",
            "--out",
            str(out),
            "--json",
            *ind,
        ],
        cli_env,
    )
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["kinds"] == {"case": 2}

    dry = run_cli(["exchange", "import", str(out), "--dry-run", "--json", *sec], cli_env)
    assert dry.returncode == 0, dry.stderr
    preview = json.loads(dry.stdout)
    assert preview["written"] is False and preview["counts"] == {"new": 2}
    assert json.loads(run_cli(["cases", "list", "--json", *sec], cli_env).stdout) == []
    done = run_cli(["exchange", "import", str(out), "--json", *sec], cli_env)
    assert done.returncode == 0 and json.loads(done.stdout)["written"] is True
    refs = sorted(
        c["reference"] for c in json.loads(run_cli(["cases", "list", "--json", *sec], cli_env).stdout)
    )
    assert refs == ["IND-2026-101", "IND-2026-102"]

    replay = run_cli(["exchange", "import", str(out), *sec], cli_env)
    assert replay.returncode == 1 and "al eerder ingelezen" in replay.stderr
    damaged = tmp_path / "kapot.otpak"
    data = bytearray(out.read_bytes())
    data[-100] ^= 0x40
    damaged.write_bytes(bytes(data))
    bad = run_cli(["exchange", "import", str(damaged), *sec], cli_env)
    assert bad.returncode == 3 and "handtekening" in bad.stderr
    not_mine = run_cli(["exchange", "import", str(out), *ind], cli_env)
    assert not_mine.returncode == 3, not_mine.stderr
    handed = run_cli(["exchange", "handover", "--to", "Secretaris", "--cases", "IND-2026-101", *ind], cli_env)
    assert handed.returncode == 0 and handed.stdout.startswith("1 gegevens overgedragen"), handed.stderr
    again = tmp_path / "overdracht.otpak"
    assert (
        run_cli(
            [
                "exchange",
                "export",
                "--to",
                "Secretaris",
                "--cases",
                "IND-2026-101",
                "--out",
                str(again),
                *ind,
            ],
            cli_env,
        ).returncode
        == 0
    )
    took = json.loads(run_cli(["exchange", "import", str(again), "--json", *sec], cli_env).stdout)
    assert [(r["label"], r["handover"]) for r in took["records"]] == [("IND-2026-101", True)]
