"""Finding 10: ``init`` must read a new passphrase from ``OVERLEGTAFEL_PASSPHRASE_FILE`` too, as its
own "no terminal" message tells the user to (restic does the same with RESTIC_PASSWORD_FILE)."""

from __future__ import annotations

from pathlib import Path

from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE, run_cli


def test_init_reads_the_passphrase_file_from_the_environment(tmp_path: Path, cli_env: dict[str, str]) -> None:
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    env = dict(cli_env, OVERLEGTAFEL_PASSPHRASE_FILE=str(secret))
    store = tmp_path / "opslag"
    made = run_cli(["init", "--store", str(store)], env, stdin="")
    assert made.returncode == 0, made.stderr
    assert StorePaths(store).exists()
    # The store opens with exactly that passphrase (first line, no line ending).
    doctor = run_cli(["doctor", "--store", str(store)], env)
    assert doctor.returncode == 0, doctor.stderr


def test_init_prefers_the_option_over_the_environment(tmp_path: Path, cli_env: dict[str, str]) -> None:
    chosen = tmp_path / "gekozen.txt"
    chosen.write_text(PASSPHRASE + "\n", encoding="utf-8")
    other = tmp_path / "ander.txt"
    other.write_text("een heel ander lang wachtwoord\n", encoding="utf-8")
    env = dict(cli_env, OVERLEGTAFEL_PASSPHRASE_FILE=str(other))
    store = tmp_path / "opslag"
    made = run_cli(["init", "--store", str(store), "--passphrase-file", str(chosen)], env, stdin="")
    assert made.returncode == 0, made.stderr
    opened = run_cli(["doctor", "--store", str(store), "--passphrase-file", str(chosen)], env)
    assert opened.returncode == 0, opened.stderr


def test_init_with_an_unreadable_environment_file_says_so(tmp_path: Path, cli_env: dict[str, str]) -> None:
    env = dict(cli_env, OVERLEGTAFEL_PASSPHRASE_FILE=str(tmp_path / "bestaat-niet.txt"))
    store = tmp_path / "opslag"
    refused = run_cli(["init", "--store", str(store)], env, stdin="")
    assert refused.returncode == 2
    assert "bestaat niet" in refused.stderr and "Traceback" not in refused.stderr
    assert not StorePaths(store).exists()
