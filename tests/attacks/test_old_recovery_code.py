"""Issue 11, finding 3: after a new recovery code, the old one no longer opens the backups in the
store's backup folder (their key-file copies are rewritten; the database bodies stay as they were).
What it still opens is exactly what the README says: copies elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.backup import making, restoring, rewrap
from storage.errors import RecoveryCodeWrong
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.attacks import add_entries, backup_body, make_store
from tests.helpers.common import PASSPHRASE

NEW = "een nieuw lang wachtwoord hier"


def test_old_recovery_code_no_longer_opens_the_backups_in_the_backup_folder(tmp_path: Path) -> None:
    root = tmp_path / "opslag"
    store, old_code = make_store(root)
    add_entries(store, 2)
    kept = making.backup_now(store)
    elsewhere = making.create_backup(store, tmp_path / "usb" / "kopie.otbak")
    _header, body_before = backup_body(kept.path)
    new_code = rewrap.new_recovery_code(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
    store.close()

    _header, body_after = backup_body(kept.path)
    assert body_after == body_before  # only the key-file copy in the header changed
    with pytest.raises(RecoveryCodeWrong):
        restoring.restore_backup(
            kept.path, tmp_path / "a", recovery_code=old_code, new_passphrase=NEW, kdf_params=FAST_TEST_PARAMS
        )
    restored = restoring.restore_backup(
        kept.path, tmp_path / "b", recovery_code=new_code, new_passphrase=NEW, kdf_params=FAST_TEST_PARAMS
    )
    restored.store.close()
    # A copy outside the backup folder is not reached: the README says so.
    outside = restoring.restore_backup(
        elsewhere.path,
        tmp_path / "c",
        recovery_code=old_code,
        new_passphrase=NEW,
        kdf_params=FAST_TEST_PARAMS,
    )
    outside.store.close()
