"""The audit checkpoint outside the database raises no false alarm on ordinary key operations
(passphrase change, recovery, re-key, also when a re-key is interrupted) and keeps the keyring entry
per enrolment."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.access import change_passphrase, create_store, open_store, recover_store, rekey
from storage.kdf import FAST_TEST_PARAMS
from storage.keyslots import KeyFile
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


def _folder_syncs(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    from storage import atomic

    synced: list[Path] = []
    real = atomic.fsync_dir

    def counting(folder: Path) -> None:
        synced.append(Path(folder))
        real(folder)

    monkeypatch.setattr(atomic, "fsync_dir", counting)
    return synced


def test_a_commit_that_only_moves_the_checkpoint_skips_the_folders_fsync(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every commit rewrites the key file's checkpoint: its content is synced before the rename,
    the folder is not (the rename may be lost to a power cut, and the older checkpoint is no
    alarm). Whatever else changed in the key file is saved with the folder synced."""
    from storage import anchor

    store, _code = _make(store_dir)
    synced = _folder_syncs(monkeypatch)
    for i in range(3):
        store.settings.set("meeting_title", f"t{i}")
    assert store.keyfile.anchor is not None and store.keyfile.anchor["seq"] == store.audit_head().seq
    assert synced == []
    store.keyfile.notices.append("een melding die moet blijven")  # not yet saved: the next save lasts
    store.settings.set("meeting_title", "met melding")
    assert synced == [store_dir]
    store.alarms.append(anchor.Alarm(anchor.ROLLED_BACK, 1, 2, "keyfile", "2026-12-03T12:00:00"))
    store.settings.set("meeting_title", "met alarm")  # a new alarm in the checkpoint lasts
    assert synced == [store_dir, store_dir]
    store.settings.set("meeting_title", "daarna")
    assert synced == [store_dir, store_dir]
    store.close()
    # A file just read may come from a session killed between its rename and the folder's fsync:
    # the session's first save (opening logs itself) syncs the folder, the later ones do not.
    saves: list[bool] = []  # per save of the key file: did it sync the folder?
    real_save = KeyFile.save

    def noting(keyfile: KeyFile, path: Path, *, lasting: bool = True) -> None:
        before = len(synced)
        real_save(keyfile, path, lasting=lasting)
        saves.append(len(synced) > before)

    monkeypatch.setattr(KeyFile, "save", noting)
    with open_store(store_dir, PASSPHRASE) as again:
        assert "een melding die moet blijven" in again.keyfile.notices
        assert saves[:1] == [True]
        for text in ("na openen", "daarna"):
            again.settings.set("meeting_title", text)
        assert saves[-2:] == [False, False]


def test_a_checkpoint_rename_lost_to_a_power_cut_reopens_without_alarm(store_dir: Path) -> None:
    """What a lost rename leaves: the key file as it was before the last commits (the folder's
    entry still names the previous file). The chain is ahead of that checkpoint: no alarm, and
    the checkpoint catches up at once."""
    store, _code = _make(store_dir)
    store.settings.set("meeting_title", "voor de stroomstoring")
    before = store_dir.joinpath(store.paths.keyfile.name).read_bytes()
    older_seq = store.keyfile.anchor["seq"] if store.keyfile.anchor else 0
    for i in range(3):
        store.settings.set("meeting_title", f"na {i}")
    head = store.audit_head().seq
    assert head > older_seq
    newer = store.paths.keyfile.read_bytes()
    store._lock.release(clean=False)  # the power cut: no close
    store.paths.keyfile.write_bytes(before)
    leftover = store_dir / f".{store.paths.keyfile.name}.k2x9q1.tmp"  # the renamed file, unnamed again
    leftover.write_bytes(newer)
    with open_store(store_dir, PASSPHRASE) as again:
        assert again.alarms == [], [a.message() for a in again.alarms]
        assert again.keyfile.anchor is not None and again.keyfile.anchor["seq"] >= head
    assert not leftover.exists()  # it held the slots as they were: nothing of it stays behind
