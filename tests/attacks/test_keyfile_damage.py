"""Issue 12, gap 2: every single-bit flip anywhere in the key file is reported as a damaged key
file (never as a wrong passphrase, never silently accepted); doctor notices a recovery slot that was
changed even when the file's checksum was recomputed; the copy in a backup is offered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli_store import doctor_report
from storage.access import open_store
from storage.backup import keyfile_restore, making
from storage.errors import KeyFileCorrupt
from storage.keyslots import KeyFile
from storage.paths import StorePaths
from tests.helpers.attacks import make_store, reseal_keyfile
from tests.helpers.common import PASSPHRASE


def test_every_single_bit_flip_in_the_key_file_is_detected(store_dir: Path) -> None:
    store, _code = make_store(store_dir)
    store.close()
    path = StorePaths(store_dir).keyfile
    good = path.read_bytes()
    undetected: list[tuple[int, int]] = []
    for offset in range(len(good)):
        for bit in range(8):
            damaged = bytearray(good)
            damaged[offset] ^= 1 << bit
            path.write_bytes(bytes(damaged))
            try:
                KeyFile.load(path)
            except KeyFileCorrupt:
                continue
            undetected.append((offset, bit))
    path.write_bytes(good)
    assert undetected == [], f"{len(undetected)} of {len(good) * 8} flips went unnoticed"


def _field_offsets(text: str) -> dict[str, int]:
    """Offset of the first character of each field's value in the key file."""
    found: dict[str, int] = {}
    pos = 0
    while (start := text.find('"', pos)) != -1:
        end = text.find('"', start + 1)
        name = text[start + 1 : end]
        if text[end + 1 : end + 3] == ": ":
            value = end + 3 + (1 if text[end + 3] == '"' else 0)
            found.setdefault(name, value)
        pos = end + 1
    return found


def test_a_flip_in_any_field_says_damaged_not_wrong_passphrase(store_dir: Path) -> None:
    store, _code = make_store(store_dir)
    store.close()
    path = StorePaths(store_dir).keyfile
    good = path.read_bytes()
    fields = _field_offsets(good.decode())
    assert {"store_id", "ciphertext", "salt", "nonce", "iterations", "key_id"} <= set(fields)
    for _name, offset in fields.items():
        damaged = bytearray(good)
        damaged[offset] ^= 0x01
        path.write_bytes(bytes(damaged))
        with pytest.raises(KeyFileCorrupt):
            open_store(store_dir, PASSPHRASE)
    path.write_bytes(good)


def test_doctor_reports_a_changed_recovery_slot_loudly(store_dir: Path) -> None:
    store, _code = make_store(store_dir)
    made = making.backup_now(store)
    store.close()
    path = StorePaths(store_dir).keyfile
    doc = json.loads(path.read_text())
    slot = next(s for s in doc["slots"] if s["kind"] == "recovery")
    text = slot["ciphertext"]
    slot["ciphertext"] = ("B" if text[0] != "B" else "C") + text[1:]
    reseal_keyfile(path, doc)  # the checksum agrees again: only the key's own MAC can tell
    with open_store(store_dir, PASSPHRASE) as opened:
        rows, _facts = doctor_report(opened)
    bad = [(label, value) for label, value, ok in rows if not ok]
    assert bad, rows
    assert any("herstel" in value.lower() for _label, value in bad), bad
    with open_store(store_dir, PASSPHRASE) as again:  # lasting, though the file was re-signed since
        assert again.log_damaged

    # The way out the message names: the signed copy from a backup, explicitly over an intact file.
    keyfile_restore.restore_keyfile(made.path, store_dir, passphrase=PASSPHRASE, replace_intact=True)
    with open_store(store_dir, PASSPHRASE) as repaired:
        rows, _facts = doctor_report(repaired)
        assert [r for r in rows if not r[2]] == []


def test_a_damaged_key_file_offers_the_copy_in_the_newest_backup(store_dir: Path) -> None:
    store, _code = make_store(store_dir)
    made = making.backup_now(store)
    store.close()
    path = StorePaths(store_dir).keyfile
    path.write_bytes(path.read_bytes().replace(b'"kind"', b'"kinf"', 1))
    with pytest.raises(KeyFileCorrupt) as raised:
        open_store(store_dir, PASSPHRASE)
    assert str(made.path) in raised.value.message("nl")
    restored = keyfile_restore.restore_keyfile(made.path, store_dir, passphrase=PASSPHRASE)
    assert restored.parent.parent.name == "beschadigd"  # the damaged file was set aside, not deleted
    with open_store(store_dir, PASSPHRASE) as opened:
        assert not opened.log_damaged
