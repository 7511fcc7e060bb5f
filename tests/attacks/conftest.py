"""Fixtures for the attack tests."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from tests.helpers.common import PASSPHRASE
from tests.helpers.memory_keyring import FileKeyring


@pytest.fixture
def shared_keyring(cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> FileKeyring:
    """The in-process keyring and the CLI subprocesses' keyring are the same file."""
    monkeypatch.setenv("OVERLEGTAFEL_TEST_KEYRING_FILE", cli_env["OVERLEGTAFEL_TEST_KEYRING_FILE"])
    monkeypatch.setenv("OVERLEGTAFEL_TEST_KEYRING", cli_env["OVERLEGTAFEL_TEST_KEYRING"])
    backend = FileKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "wachtwoord.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path
