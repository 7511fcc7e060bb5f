"""Review: secrets read from files by the CLI."""

from __future__ import annotations

from pathlib import Path

from desktop import cli_io


def test_a_byte_order_mark_is_not_part_of_the_passphrase(tmp_path: Path) -> None:
    # Notepad on Windows saves "UTF-8 with BOM"; the BOM would silently become part of the
    # passphrase at init, and the passphrase as typed would never open the store.
    secret = tmp_path / "wachtwoord.txt"
    secret.write_bytes("\ufeffcorrect paard batterij nietje\r\n".encode())
    assert cli_io.read_secret_file(secret, "wachtwoord") == "correct paard batterij nietje"
