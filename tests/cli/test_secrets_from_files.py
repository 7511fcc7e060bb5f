"""Review: the CLI reads secrets from files and takes --lang anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli_io


def test_a_byte_order_mark_is_not_part_of_the_passphrase(tmp_path: Path) -> None:
    # Notepad on Windows saves "UTF-8 with BOM"; the BOM would silently become part of the
    # passphrase at init, and the passphrase as typed would never open the store.
    secret = tmp_path / "wachtwoord.txt"
    secret.write_bytes("\ufeffcorrect paard batterij nietje\r\n".encode())
    assert cli_io.read_secret_file(secret, "wachtwoord") == "correct paard batterij nietje"


def test_lang_is_accepted_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli import main
    from storage import i18n

    monkeypatch.setattr(i18n, "_language", "nl")
    secret = tmp_path / "pw"
    secret.write_text("correct paard batterij nietje\n")
    code = main(
        ["doctor", "--store", str(tmp_path / "nergens"), "--passphrase-file", str(secret), "--lang", "en"]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("There is no store at"), err
    assert len(err.strip().splitlines()) == 1
