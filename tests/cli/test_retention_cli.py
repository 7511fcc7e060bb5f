"""`overlegtafel retention list|rules|purge` in a subprocess: dry run by default, --confirm,
--all-due, exit codes and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.common import PASSPHRASE, run_cli
from tests.helpers.purge import KEPT, PREFIX, PURGED, build, make_store


@pytest.fixture
def marked(tmp_path: Path) -> list[str]:
    root = tmp_path / "opslag"
    store, clock = make_store(root)
    build(store, clock)
    store.close()
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return ["--store", str(root), "--passphrase-file", str(secret)]


def cli(args: list[str], common: list[str], env: dict[str, str]):
    return run_cli(["retention", *args, *common], env)


def test_list_rules_and_dry_run_change_nothing(marked, cli_env) -> None:
    listed = cli(["list"], marked, cli_env)
    assert listed.returncode == 0, listed.stderr
    assert (
        "Bewaartermijnen (na het laatste besluit): geen aangifte 5 jaar, afgesloten 5 jaar, aangifte 2 jaar"
        in (listed.stdout)
    )
    assert "Aan de beurt voor verwijdering: 2" in listed.stdout and "Verwijderd: 0" in listed.stdout
    due = json.loads(cli(["list", "--json"], marked, cli_env).stdout)["due"]
    assert [(d["reference"], d["retention_until"], d["last_decision"]) for d in due] == [
        (PURGED, "2022-03-05", "B-2020-02-01"),
        (KEPT, "2025-02-05", "B-2020-01-02"),
    ]
    dry = cli(["purge", "--case", PURGED], marked, cli_env)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("PROEFDRAAI: er is niets verwijderd.")
    assert "OT 2020-01, OT 2020-02" in dry.stdout and PREFIX not in dry.stdout
    as_json = json.loads(cli(["purge", "--all-due", "--json"], marked, cli_env).stdout)
    assert as_json["confirmed"] is False and [p["reference"] for p in as_json["plans"]] == [PURGED, KEPT]
    assert all(p["can_purge"] for p in as_json["plans"])
    again = json.loads(cli(["list", "--json"], marked, cli_env).stdout)
    assert len(again["due"]) == 2 and again["purged"] == []


def test_rules_change_and_blocked_purge_exit_1(marked, cli_env) -> None:
    changed = cli(["rules", "--set", "geen_aangifte=10", "--set", "aangifte=9", "--json"], marked, cli_env)
    assert changed.returncode == 0, changed.stderr
    assert json.loads(changed.stdout) == {
        "rules": {"geen_aangifte": 10, "closed": 5, "aangifte": 9},
        "dates_changed": 2,
    }
    blocked = cli(["purge", "--case", PURGED], marked, cli_env)
    assert blocked.returncode == 1
    assert "KAN NIET: de bewaartermijn loopt nog tot 2029-03-05" in blocked.stdout
    refused = cli(["purge", "--case", PURGED, "--confirm"], marked, cli_env)
    assert (
        refused.returncode == 1
        and "Niet verwijderd: C-2020-501: de bewaartermijn loopt nog" in refused.stderr
    )
    nothing = cli(["purge", "--all-due", "--confirm"], marked, cli_env)
    assert nothing.returncode == 0 and "Geen casussen aan de beurt" in nothing.stdout
    bad = cli(["rules", "--set", "aangifte=0"], marked, cli_env)
    assert bad.returncode == 2 and "tussen 1 en 30 jaar" in bad.stderr
    usage = cli(["purge"], marked, cli_env)
    assert usage.returncode == 2


def test_all_due_confirmed_purges_and_lists_tombstones(marked, cli_env) -> None:
    done = cli(["purge", "--all-due", "--confirm"], marked, cli_env)
    assert done.returncode == 0, done.stderr
    assert "C-2020-501 · aangemaakt 10 januari 2020" in done.stdout
    assert (
        "Als geschoond gemarkeerd (oorspronkelijke vingerafdruk bewaard): OT 2020-01, OT 2020-02"
        in done.stdout
    )
    assert "WAL 0 bytes" in done.stdout and "back-ups" in done.stdout
    listed = json.loads(cli(["list", "--json"], marked, cli_env).stdout)
    assert listed["due"] == [] and sorted(t["reference"] for t in listed["purged"]) == [PURGED, KEPT]
    assert all("verwijderd wegens bewaartermijn op" in t["text"] for t in listed["purged"])
    verify = run_cli(["verify", *marked], cli_env)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "Zegels: 2 vastgestelde verslagen, vingerafdrukken kloppen, 2 geschoond." in verify.stdout
    compact = cli(["compact"], marked, cli_env)
    assert compact.returncode == 0 and "WAL 0 bytes" in compact.stdout, compact.stderr
    english = run_cli(["--lang", "en", "retention", "list", *marked], cli_env)
    assert "purged under the retention rules on" in english.stdout
