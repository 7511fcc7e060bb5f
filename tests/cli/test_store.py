"""The real `overlegtafel` CLI in subprocesses: init, doctor, wrong passphrase, lost keyring
entry and recovery, rekey (also killed half-way)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.common import PASSPHRASE, REPO, run_cli


def write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def snapshot(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir()) if p.is_file()}


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    return write(tmp_path / "wachtwoord.txt", PASSPHRASE)


def init(store: Path, secret: Path, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli(["init", "--store", str(store), "--passphrase-file", str(secret), *extra], env)


def recovery_code(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip().count("-") == 7]
    assert lines, output
    return lines[0]


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("overlegtafel ")


def test_init_and_doctor_with_keyring(tmp_path: Path, secret: Path, cli_env: dict[str, str]) -> None:
    store = tmp_path / "opslag"
    result = init(store, secret, cli_env)
    assert result.returncode == 0, result.stderr
    assert "HERSTELCODE" in result.stdout
    recovery_code(result.stdout)
    doctor = run_cli(["doctor", "--store", str(store), "--passphrase-file", str(secret)], cli_env)
    assert doctor.returncode == 0, doctor.stderr
    assert "SQLCipher" in doctor.stdout and "4." in doctor.stdout
    assert "Schemaversie" in doctor.stdout
    assert "veilig" in doctor.stdout and "apparaatsleutel aanwezig" in doctor.stdout
    as_json = run_cli(["doctor", "--json", "--store", str(store), "--passphrase-file", str(secret)], cli_env)
    facts = json.loads(as_json.stdout)
    assert facts["sqlcipher_version"].startswith("4.")
    assert facts["schema_version"] == facts["schema_version_supported"]
    assert facts["keyring_secure"] is True and facts["passphrase_only"] is False


def test_init_without_secure_keyring(tmp_path: Path, secret: Path, cli_env: dict[str, str]) -> None:
    env = dict(cli_env)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    store = tmp_path / "opslag"
    refused = init(store, secret, env)
    assert refused.returncode == 3
    assert "--no-keyring" in refused.stderr and "Traceback" not in refused.stderr
    assert not store.exists() or not any(store.iterdir())
    made = init(store, secret, env, "--no-keyring")
    assert made.returncode == 0, made.stderr
    doctor = run_cli(["doctor", "--store", str(store), "--passphrase-file", str(secret)], env)
    assert doctor.returncode == 0
    assert "alleen wachtwoord op deze computer" in doctor.stdout


def test_store_from_environment_variable(tmp_path: Path, secret: Path, cli_env: dict[str, str]) -> None:
    env = dict(
        cli_env, OVERLEGTAFEL_STORE=str(tmp_path / "via-env"), OVERLEGTAFEL_PASSPHRASE_FILE=str(secret)
    )
    assert run_cli(["init", "--passphrase-file", str(secret)], env).returncode == 0
    assert (tmp_path / "via-env" / "overlegtafel.db").exists()
    assert run_cli(["doctor"], env).returncode == 0


def test_wrong_passphrase_exit_3_and_files_identical(tmp_path: Path, secret: Path, cli_env) -> None:
    store = tmp_path / "opslag"
    assert init(store, secret, cli_env).returncode == 0
    before = snapshot(store)
    wrong = write(tmp_path / "fout.txt", "dit is niet het wachtwoord")
    result = run_cli(["doctor", "--store", str(store), "--passphrase-file", str(wrong)], cli_env)
    assert result.returncode == 3
    assert result.stderr.strip() == "Het wachtwoord is onjuist. Er is niets aan de opslag veranderd."
    assert snapshot(store) == before


def test_usage_errors_are_one_sentence(tmp_path: Path, cli_env) -> None:
    result = run_cli(
        [
            "doctor",
            "--store",
            str(tmp_path / "nergens"),
            "--passphrase-file",
            str(tmp_path / "ontbreekt.txt"),
        ],
        cli_env,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    no_tty = run_cli(["init", "--store", str(tmp_path / "x")], cli_env, stdin="")
    assert no_tty.returncode == 2 and "--passphrase-file" in no_tty.stderr


def test_lost_keyring_entry_then_recover(tmp_path: Path, secret: Path, cli_env) -> None:
    store = tmp_path / "opslag"
    made = init(store, secret, cli_env)
    code = recovery_code(made.stdout)
    Path(cli_env["OVERLEGTAFEL_TEST_KEYRING_FILE"]).write_text("{}")  # the OS keyring lost it
    key_file_before = (store / "overlegtafel.keys.json").read_bytes()
    result = run_cli(["doctor", "--store", str(store), "--passphrase-file", str(secret)], cli_env)
    assert result.returncode == 3
    assert "herstelcode" in result.stderr and "Er is geen nieuwe sleutel aangemaakt" in result.stderr
    assert (store / "overlegtafel.keys.json").read_bytes() == key_file_before
    assert json.loads(Path(cli_env["OVERLEGTAFEL_TEST_KEYRING_FILE"]).read_text()) == {}
    code_file = write(tmp_path / "code.txt", code.lower())
    new_secret = write(tmp_path / "nieuw.txt", "een heel ander lang wachtwoord 42")
    recovered = run_cli(
        [
            "recover",
            "--store",
            str(store),
            "--recovery-file",
            str(code_file),
            "--new-passphrase-file",
            str(new_secret),
        ],
        cli_env,
    )
    assert recovered.returncode == 0, recovered.stderr
    ok = run_cli(["doctor", "--store", str(store), "--passphrase-file", str(new_secret)], cli_env)
    assert ok.returncode == 0
    old_db_key_slots = json.loads(key_file_before)["slots"]
    new_slots = json.loads((store / "overlegtafel.keys.json").read_text())["slots"]
    assert {s["key_id"] for s in new_slots} == {s["key_id"] for s in old_db_key_slots}


def test_passwd(tmp_path: Path, secret: Path, cli_env) -> None:
    store = tmp_path / "opslag"
    init(store, secret, cli_env)
    new_secret = write(tmp_path / "nieuw.txt", "nog een ander lang wachtwoord 7")
    result = run_cli(
        [
            "passwd",
            "--store",
            str(store),
            "--passphrase-file",
            str(secret),
            "--new-passphrase-file",
            str(new_secret),
        ],
        cli_env,
    )
    assert result.returncode == 0, result.stderr
    assert (
        run_cli(["doctor", "--store", str(store), "--passphrase-file", str(secret)], cli_env).returncode == 3
    )
    assert (
        run_cli(["doctor", "--store", str(store), "--passphrase-file", str(new_secret)], cli_env).returncode
        == 0
    )


def test_rekey_replaces_key(tmp_path: Path, secret: Path, cli_env) -> None:
    store = tmp_path / "opslag"
    made = init(store, secret, cli_env)
    old_code = recovery_code(made.stdout)
    key_ids = {s["key_id"] for s in json.loads((store / "overlegtafel.keys.json").read_text())["slots"]}
    result = run_cli(["rekey", "--store", str(store), "--passphrase-file", str(secret)], cli_env)
    assert result.returncode == 0, result.stderr
    new_code = recovery_code(result.stdout)
    assert new_code != old_code
    new_ids = {s["key_id"] for s in json.loads((store / "overlegtafel.keys.json").read_text())["slots"]}
    assert new_ids.isdisjoint(key_ids)
    assert (
        run_cli(["doctor", "--store", str(store), "--passphrase-file", str(secret)], cli_env).returncode == 0
    )


REKEY_LOOP = """
import sys, time
from pathlib import Path
from storage.access import open_store, rekey
root, secret = Path(sys.argv[1]), Path(sys.argv[2]).read_text().strip()
while True:
    store = open_store(root, secret)
    store, _code = rekey(store, secret)
    store.close()
"""


def test_kill_during_rekey_leaves_old_or_new_key(tmp_path: Path, secret: Path, cli_env) -> None:
    store = tmp_path / "opslag"
    assert init(store, secret, cli_env).returncode == 0
    script = tmp_path / "rekey_loop.py"
    script.write_text(REKEY_LOOP)
    delays = [0.05 + 0.037 * i for i in range(12)]
    for delay in delays:
        proc = subprocess.Popen(
            [sys.executable, str(script), str(store), str(secret)],
            env=cli_env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        result = run_cli(
            ["doctor", "--json", "--store", str(store), "--passphrase-file", str(secret)], cli_env
        )
        assert result.returncode == 0, (delay, result.stderr)
        assert json.loads(result.stdout)["integrity"] == "ok"
        slots = json.loads((store / "overlegtafel.keys.json").read_text())["slots"]
        assert not any(s.get("pending") for s in slots)
