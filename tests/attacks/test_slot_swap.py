"""Issue 11, finding 4: restoring or recovering a copy of the store into another folder must not
take over the original's keyring entry; a replaced entry is named as such, not as a wrong passphrase."""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

import pytest

from storage.access import open_store, recover_store
from storage.backup import making, restoring
from storage.errors import WrongPassphrase
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.attacks import add_entries, make_store
from tests.helpers.common import PASSPHRASE

OTHER = "een heel ander lang wachtwoord"


def test_restore_with_recovery_code_into_another_folder_leaves_the_original_openable(
    tmp_path: Path, memory_keyring
) -> None:
    original = tmp_path / "opslag"
    store, code = make_store(original)
    add_entries(store, 2)
    made = making.create_backup(store, tmp_path / "kopie.otbak")
    store.close()
    result = restoring.restore_backup(
        made.path, tmp_path / "elders", recovery_code=code, new_passphrase=OTHER, kdf_params=FAST_TEST_PARAMS
    )
    result.store.close()
    with open_store(original, PASSPHRASE) as again:
        assert again.settings.get("meeting_title") == "Overlegtafel 1"
    with open_store(tmp_path / "elders", OTHER):
        pass


def test_recover_in_a_copied_folder_leaves_the_original_openable(tmp_path: Path, memory_keyring) -> None:
    original = tmp_path / "opslag"
    store, code = make_store(original)
    store.close()
    copy = tmp_path / "kopie"
    shutil.copytree(original, copy)
    recover_store(copy, code, OTHER, use_keyring=True, kdf_params=FAST_TEST_PARAMS).close()
    with open_store(original, PASSPHRASE):
        pass
    with open_store(copy, OTHER):
        pass


def test_a_replaced_keyring_entry_is_named_not_called_a_wrong_passphrase(
    tmp_path: Path, memory_keyring
) -> None:
    root = tmp_path / "opslag"
    store, _code = make_store(root)
    store.close()
    for entry in list(memory_keyring.entries):
        if entry[1].startswith("store-"):
            memory_keyring.entries[entry] = base64.b64encode(os.urandom(32)).decode()
    with pytest.raises(Exception) as raised:
        open_store(root, PASSPHRASE)
    assert not isinstance(raised.value, WrongPassphrase)
    assert "sleutelbos" in raised.value.message("nl")  # type: ignore[attr-defined]
