"""Review: a creation that was interrupted is finished at the next open, and says that the recovery
code was never shown (the key file must not keep saying "creating" for ever)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import access
from storage.access import CREATING, NEEDS_NEW_RECOVERY_CODE, create_store, open_store
from storage.cases.service import CaseService
from storage.errors import DiskFull, StoreCorrupt
from storage.kdf import FAST_TEST_PARAMS
from storage.keyslots import KeyFile
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE
from tests.storage.test_cases_service import example

REAL_SAVE = KeyFile.save


def _fail_on_save(monkeypatch: pytest.MonkeyPatch, call: int) -> None:
    real_save = KeyFile.save
    calls: list[Path] = []

    def save(self: KeyFile, path: Path) -> None:
        calls.append(path)
        if len(calls) == call:
            raise DiskFull(path=str(path))
        real_save(self, path)

    monkeypatch.setattr(KeyFile, "save", save)


def test_creation_interrupted_after_the_database_is_finished_at_open(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_on_save(monkeypatch, 2)  # the database exists; the key file still says "creating"
    with pytest.raises(DiskFull):
        create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    monkeypatch.setattr(KeyFile, "save", REAL_SAVE)
    paths = StorePaths(store_dir)
    assert CREATING in KeyFile.load(paths.keyfile).notices
    with open_store(store_dir, PASSPHRASE) as store:
        CaseService(store).create(example())
        # The recovery code of this store was never shown: ask for a new one.
        assert NEEDS_NEW_RECOVERY_CODE in store.keyfile.notices
    notices = KeyFile.load(paths.keyfile).notices
    assert CREATING not in notices and NEEDS_NEW_RECOVERY_CODE in notices
    # Without the "creating" notice an emptied database is damage, never a new empty store.
    paths.database.write_bytes(b"")
    with pytest.raises(StoreCorrupt):
        open_store(store_dir, PASSPHRASE)


def test_creation_interrupted_before_the_database_asks_for_a_new_recovery_code(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_database(*_args: object, **_kw: object) -> None:
        raise DiskFull(path=str(store_dir))

    real_initialise = access._initialise_database
    monkeypatch.setattr(access, "_initialise_database", no_database)
    with pytest.raises(DiskFull):
        create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    monkeypatch.setattr(access, "_initialise_database", real_initialise)
    with open_store(store_dir, PASSPHRASE) as store:
        assert NEEDS_NEW_RECOVERY_CODE in store.keyfile.notices
        code = access.new_recovery_code(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
        assert NEEDS_NEW_RECOVERY_CODE not in store.keyfile.notices
    assert code
