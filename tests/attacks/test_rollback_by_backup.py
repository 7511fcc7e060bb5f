"""Issue 11, finding 2: rolling the store back by copying an older backup's database body over the
live file (and, in the stronger variant, also the key file from that backup) must be reported,
naming both sequence numbers. Restoring that backup on purpose is not an alarm."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.access import open_store
from storage.backup import making, preferences, restoring, rotation
from storage.paths import StorePaths
from tests.helpers.attacks import (
    add_entries,
    backup_body,
    file_hashes,
    last_seq,
    make_store,
    raw,
    stolen_key,
)
from tests.helpers.common import PASSPHRASE, run_cli


@pytest.mark.parametrize("with_keyfile", [False, True], ids=["body-only", "body-and-keyfile"])
def test_older_backup_body_over_live_file_is_reported_as_rolled_back(
    tmp_path: Path, cli_env: dict[str, str], shared_keyring, secret: Path, with_keyfile: bool
) -> None:
    root = tmp_path / "opslag"
    store, _code = make_store(root)
    add_entries(store, 3)
    old = making.create_backup(store, tmp_path / "oud.otbak")
    add_entries(store, 6)
    store.close()
    with raw(root, stolen_key(root)) as conn:
        checkpoint = last_seq(conn)

    paths = StorePaths(root)
    header, body = backup_body(old.path)
    for leftover in (paths.wal, paths.shm):
        leftover.unlink(missing_ok=True)
    paths.database.write_bytes(body)
    if with_keyfile:
        paths.keyfile.write_text(json.dumps(header["keyfile"], indent=2, sort_keys=True) + "\n")
    before = file_hashes(root)
    result = run_cli(["verify", "--store", str(root), "--passphrase-file", str(secret)], cli_env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"controlepunt zegt {checkpoint}" in result.stdout, result.stdout
    assert file_hashes(root) == before


def test_restoring_an_older_backup_on_purpose_moves_the_checkpoint(
    tmp_path: Path, cli_env: dict[str, str], shared_keyring, secret: Path
) -> None:
    root = tmp_path / "opslag"
    store, _code = make_store(root)
    add_entries(store, 3)
    old = making.create_backup(store, tmp_path / "oud.otbak")
    add_entries(store, 6)
    store.close()
    result = restoring.restore_backup(old.path, root, passphrase=PASSPHRASE)
    with result.store as restored:
        assert not restored.log_damaged
        assert any(e.action == "store.restore" for e in restored.audit.entries(limit=5))
    verify = run_cli(["verify", "--store", str(root), "--passphrase-file", str(secret)], cli_env)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    with open_store(root, PASSPHRASE) as again:
        assert not again.log_damaged


def test_a_rolled_back_store_never_rotates_older_backups_away(tmp_path: Path, memory_keyring) -> None:
    root = tmp_path / "opslag"
    store, _code = make_store(root)
    add_entries(store, 2)
    old = making.create_backup(store, tmp_path / "oud.otbak")
    add_entries(store, 4)
    store.close()
    paths = StorePaths(root)
    _header, body = backup_body(old.path)
    paths.database.write_bytes(body)
    with open_store(root, PASSPHRASE) as rolled_back:
        assert rolled_back.log_damaged
        folder = preferences.backup_folder(rolled_back)
        before = set(folder.glob("*.otbak"))
        for _ in range(rotation.KEEP_LATEST + 2):
            making.backup_now(rolled_back)
        assert before <= set(folder.glob("*.otbak"))  # the good state's backups are all still there
        assert len(list(folder.glob("*.otbak"))) == len(before) + rotation.KEEP_LATEST + 2
