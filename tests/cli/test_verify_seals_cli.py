"""`overlegtafel verify` (real CLI in a subprocess) over the audit chain and every seal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.access import create_store, open_store
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE, run_cli
from tests.helpers.meetings import scenario


@pytest.fixture
def sealed_store(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "opslag"
    store, _code = create_store(root, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    store.on_close = None
    scenario(store)
    store.close()
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return root, secret


def verify(root: Path, secret: Path, env: dict[str, str], *extra: str):
    return run_cli(["verify", "--store", str(root), "--passphrase-file", str(secret), *extra], env)


def tamper(root: Path, sql: str, args: tuple = ()) -> None:
    store = open_store(root, PASSPHRASE)
    store.on_close = None
    try:
        store.db.execute(sql, args)
    finally:
        store.close()


def test_intact_store_exits_0(sealed_store, cli_env) -> None:
    root, secret = sealed_store
    result = verify(root, secret, cli_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "keten intact" in result.stdout
    assert "Zegels: 1 vastgestelde verslagen, vingerafdrukken kloppen." in result.stdout
    as_json = json.loads(verify(root, secret, cli_env, "--json").stdout)
    assert as_json["ok"] is True
    assert {c["check"] for c in as_json["checks"]} >= {"audit_chain", "seals"}


def test_changed_sealed_minute_exits_1_and_names_it(sealed_store, cli_env) -> None:
    root, secret = sealed_store
    tamper(
        root,
        "UPDATE agenda_items SET minutes = minutes || ' (achteraf aangepast)' "
        "WHERE kind = 'case' AND meeting_id = (SELECT id FROM meetings WHERE number = 'OT 2026-01')",
    )
    result = verify(root, secret, cli_env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Verslag OT 2026-01: vingerafdruk klopt niet" in result.stdout
    assert "keten intact" in result.stdout  # the log itself is fine
    checks = json.loads(verify(root, secret, cli_env, "--json").stdout)["checks"]
    broken = [c for c in checks if c["check"] == "seal"]
    assert broken[0]["meeting"] == "OT 2026-01" and broken[0]["ok"] is False


def test_changed_audit_entry_exits_1_and_names_it(sealed_store, cli_env) -> None:
    root, secret = sealed_store
    store = open_store(root, PASSPHRASE)
    store.on_close = None
    try:
        seq = store.db.execute(
            "SELECT seq FROM audit_log WHERE action = 'decision.record' ORDER BY seq"
        ).fetchone()[0]
        store.db.execute("UPDATE audit_log SET actor = 'iemand anders' WHERE seq = ?", (seq,))
    finally:
        store.close()
    result = verify(root, secret, cli_env)
    assert result.returncode == 1
    assert f"GEBROKEN bij regel {seq}" in result.stdout
