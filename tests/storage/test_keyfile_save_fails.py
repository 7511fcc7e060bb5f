"""A key operation whose key file could not be saved (a full disk) never takes effect later.

The slots change in memory before the save; when the save failed, the next commit's checkpoint
used to write them anyway: a passphrase change that reported "disk full" took effect a moment
later, and a new recovery code that was never shown replaced the one on paper."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest

from storage import access, keyslots
from storage.errors import DiskFull, WrongPassphrase
from storage.kdf import FAST_TEST_PARAMS
from storage.store import Store
from tests.helpers.common import PASSPHRASE

OTHER = "een ander heel lang wachtwoord"


def _full_disk_once(monkeypatch: pytest.MonkeyPatch) -> None:
    real = keyslots.write_atomic
    calls = {"n": 0}

    def failing(path: Path, data: bytes, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise DiskFull(path=str(path)) from OSError(errno.ENOSPC, "No space left on device")
        real(path, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keyslots, "write_atomic", failing)


def _fails_on_a_full_disk_then_commits(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch, operation: Callable[[Store], object]
) -> str:
    """Run ``operation`` on a new store whose first key-file save meets a full disk, write one
    ordinary change (its commit saves the checkpoint) and close; returns the recovery code."""
    store, code = access.create_store(store_dir, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    _full_disk_once(monkeypatch)
    with pytest.raises(DiskFull):
        operation(store)
    store.settings.set("meeting_title", "daarna gewoon verder")
    store.close()
    return code


def test_a_passphrase_change_that_could_not_be_saved_never_takes_effect(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fails_on_a_full_disk_then_commits(
        store_dir,
        monkeypatch,
        lambda store: access.change_passphrase(store, PASSPHRASE, OTHER, kdf_params=FAST_TEST_PARAMS),
    )
    with access.open_store(store_dir, PASSPHRASE) as again:
        assert again.alarms == []
    with pytest.raises(WrongPassphrase):
        access.open_store(store_dir, OTHER)


def test_a_recovery_code_that_could_not_be_saved_leaves_the_old_one_working(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _fails_on_a_full_disk_then_commits(
        store_dir,
        monkeypatch,
        lambda store: access.new_recovery_code(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS),
    )
    access.recover_store(store_dir, code, OTHER, use_keyring=False, kdf_params=FAST_TEST_PARAMS).close()
    with access.open_store(store_dir, OTHER) as again:
        assert again.alarms == []
