"""The audit checkpoint outside the database raises no false alarm on ordinary key operations
(passphrase change, recovery, re-key, also when a re-key is interrupted) and keeps the keyring entry
per enrolment."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.access import change_passphrase, create_store, open_store, recover_store, rekey
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE

OTHER = "een ander heel lang wachtwoord"


def _make(root: Path):
    return create_store(root, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)


def test_checkpoint_follows_every_commit_and_reopens_without_alarm(store_dir: Path) -> None:
    store, _code = _make(store_dir)
    for i in range(3):
        store.settings.set("meeting_title", f"t{i}")
        assert store.keyfile.anchor is not None and store.keyfile.anchor["seq"] == store.audit_head().seq
    store.close()
    for _ in range(2):
        with open_store(store_dir, PASSPHRASE) as again:
            assert again.alarms == []


def test_passphrase_change_recovery_and_rekey_raise_no_alarm(store_dir: Path, memory_keyring) -> None:
    store, code = _make(store_dir)
    change_passphrase(store, PASSPHRASE, OTHER, kdf_params=FAST_TEST_PARAMS)
    store.close()
    with open_store(store_dir, OTHER) as again:
        assert again.alarms == []
    recover_store(store_dir, code, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS).close()
    store = open_store(store_dir, PASSPHRASE)
    assert store.alarms == []
    store, _new_code = rekey(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
    store.close()
    with open_store(store_dir, PASSPHRASE) as again:
        assert again.alarms == []
    secrets = [user for _service, user in memory_keyring.entries if user.startswith("store-")]
    assert len(secrets) == len(set(secrets)) == 4  # one entry per enrolment, none overwritten


@pytest.mark.parametrize("crash_after", ["exported", "verified", "slots_pending", "swapped", "slots_final"])
def test_interrupted_rekey_raises_no_alarm(store_dir: Path, crash_after: str) -> None:
    store, _code = _make(store_dir)
    store.settings.set("meeting_title", "voor de sleutelwissel")

    class Crash(Exception):
        pass

    def step(name: str) -> None:
        if name == crash_after:
            raise Crash(name)

    with pytest.raises(Crash):
        rekey(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS, after_step=step)
    if store.is_open:
        store.close()
    else:
        store._lock.release(clean=False)
    for _ in range(2):
        with open_store(store_dir, PASSPHRASE) as again:
            assert again.alarms == [], [a.message() for a in again.alarms]


def test_a_backup_moves_the_keyring_checkpoint(store_dir: Path, memory_keyring) -> None:
    from storage import anchor
    from storage.backup import making

    store, _code = _make(store_dir)
    store.settings.set("meeting_title", "voor de back-up")
    making.backup_now(store)
    checkpoint, valid = anchor.read_keyring(store.store_id, store_dir, [bytearray(store.key)])
    assert valid and checkpoint is not None and checkpoint.seq == store.audit_head().seq
    store.close()
