from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from storage import keyring_access
from storage.access import (
    change_passphrase,
    content_digest,
    create_store,
    new_recovery_code,
    open_store,
    recover_store,
    rekey,
)
from storage.errors import (
    KeyringEntryMissing,
    KeyringUnavailable,
    NoSecureKeyring,
    PlaintextStore,
    RecoveryCodeInvalid,
    RecoveryCodeWrong,
    StoreAlreadyOpen,
    StoreExists,
    StoreNotFound,
    StoreTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from storage.sqlite_driver import SQLITE_HEADER, dbapi2
from tests.helpers.common import PASSPHRASE

MARKER = "ZEBRAMARKER-7731-geheim"


def snapshot(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir()) if p.is_file()}


def make(store_dir: Path, **kw):
    kw.setdefault("use_keyring", True)
    return create_store(store_dir, PASSPHRASE, kdf_params=FAST_TEST_PARAMS, **kw)


def test_create_then_open_roundtrip(store_dir: Path) -> None:
    store, code = make(store_dir)
    assert len(code.split("-")) == 8
    store.settings.set("meeting_title", MARKER)
    store_id = store.store_id
    store.close()
    header = StorePaths(store_dir).database.read_bytes()[:16]
    assert header != SQLITE_HEADER
    with open_store(store_dir, PASSPHRASE) as again:
        assert again.store_id == store_id
        assert again.settings.get("meeting_title") == MARKER
        assert again.cipher_version
        assert again.integrity_check() == []
        assert again.verify_audit().ok


def test_refuses_to_create_over_existing_store(store_dir: Path) -> None:
    store, _ = make(store_dir)
    store.close()
    before = snapshot(store_dir)
    with pytest.raises(StoreExists):
        make(store_dir)
    assert snapshot(store_dir) == before


def test_wrong_passphrase_leaves_files_identical(store_dir: Path) -> None:
    store, _ = make(store_dir)
    store.close()
    before = snapshot(store_dir)
    with pytest.raises(WrongPassphrase) as info:
        open_store(store_dir, "dit is het verkeerde wachtwoord")
    assert "onjuist" in info.value.message("nl")
    assert info.value.exit_code == 3
    assert snapshot(store_dir) == before


def test_second_open_is_refused_clearly(store_dir: Path) -> None:
    store, _ = make(store_dir)
    try:
        with pytest.raises(StoreAlreadyOpen) as info:
            open_store(store_dir, PASSPHRASE)
        assert "al geopend" in info.value.message("nl")
    finally:
        store.close()
    open_store(store_dir, PASSPHRASE).close()


def test_missing_store_and_weak_passphrase(store_dir: Path) -> None:
    with pytest.raises(StoreNotFound):
        open_store(store_dir, PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        create_store(store_dir, "kort", use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    assert not StorePaths(store_dir).exists()


def test_no_secure_keyring_requires_explicit_choice(store_dir: Path) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert not keyring_access.backend_info().secure
    with pytest.raises(NoSecureKeyring) as info:
        make(store_dir)
    assert "--no-keyring" in info.value.message("nl")
    assert not StorePaths(store_dir).exists()
    store, _ = make(store_dir, use_keyring=False)
    assert store.keyfile.device_mode == "none"
    store.close()
    open_store(store_dir, PASSPHRASE).close()


def test_plaintext_keyring_backend_counts_as_insecure() -> None:
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, s, u):  # pragma: no cover - never called
            return None

        def set_password(self, s, u, p):  # pragma: no cover
            pass

        def delete_password(self, s, u):  # pragma: no cover
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    info = keyring_access.backend_info(PlaintextKeyring())
    assert not info.secure
    assert "leesbare" in info.reason


def test_missing_keyring_entry_needs_recovery_code(store_dir: Path, memory_keyring) -> None:
    store, code = make(store_dir)
    store.settings.set("meeting_title", MARKER)
    key_id_before = store.keyfile.passphrase_slots()[0].key_id
    store.close()
    memory_keyring.entries.clear()
    before = snapshot(store_dir)
    with pytest.raises(KeyringEntryMissing) as info:
        open_store(store_dir, PASSPHRASE)
    assert "herstelcode" in info.value.message("nl")
    assert snapshot(store_dir) == before
    assert memory_keyring.entries == {}  # never silently replaced
    with pytest.raises(RecoveryCodeWrong):
        recover_store(
            store_dir, "2" * 40, "een nieuw lang wachtwoord", use_keyring=True, kdf_params=FAST_TEST_PARAMS
        )
    with pytest.raises(RecoveryCodeInvalid):
        recover_store(store_dir, "0OIL", "een nieuw lang wachtwoord", use_keyring=True)
    recovered = recover_store(
        store_dir,
        code.lower().replace("-", " "),
        "een nieuw lang wachtwoord",
        use_keyring=True,
        kdf_params=FAST_TEST_PARAMS,
    )
    assert recovered.settings.get("meeting_title") == MARKER
    assert recovered.keyfile.passphrase_slots()[0].key_id == key_id_before  # same database key
    recovered.close()
    with open_store(store_dir, "een nieuw lang wachtwoord") as again:
        assert again.settings.get("meeting_title") == MARKER
    with pytest.raises(WrongPassphrase):
        open_store(store_dir, PASSPHRASE)


def test_locked_keyring_is_unavailable_not_missing(store_dir: Path, memory_keyring) -> None:
    store, _ = make(store_dir)
    store.close()
    memory_keyring.locked = True
    with pytest.raises(KeyringUnavailable) as info:
        open_store(store_dir, PASSPHRASE)
    assert "vergrendeld" in info.value.message("nl")
    memory_keyring.locked = False
    # the device secret (one entry per enrolment) and the audit checkpoint, nothing added
    assert sorted(user.split("-")[0] for _service, user in memory_keyring.entries) == ["anchor", "store"]
    open_store(store_dir, PASSPHRASE).close()


def test_copied_store_with_passphrase_but_other_keyring_does_not_open(
    store_dir: Path, tmp_path: Path, memory_keyring
) -> None:
    store, _ = make(store_dir)
    store.close()
    import shutil

    copy = tmp_path / "gekopieerd"
    shutil.copytree(store_dir, copy)
    memory_keyring.entries.clear()  # "another laptop": the OS account's keyring lacks the secret
    with pytest.raises(KeyringEntryMissing):
        open_store(copy, PASSPHRASE)


def test_change_passphrase(store: object, store_dir: Path) -> None:
    with pytest.raises(WrongPassphrase):
        change_passphrase(store, "niet het goede wachtwoord", "nog een ander wachtwoord")
    change_passphrase(store, PASSPHRASE, "nog een ander wachtwoord", kdf_params=FAST_TEST_PARAMS)
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(store_dir, PASSPHRASE)
    open_store(store_dir, "nog een ander wachtwoord").close()


def test_new_recovery_code_replaces_old(store_dir: Path, memory_keyring) -> None:
    store, old_code = make(store_dir)
    new_code = new_recovery_code(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
    assert new_code != old_code
    store.close()
    with pytest.raises(RecoveryCodeWrong):
        recover_store(store_dir, old_code, "wachtwoord nummer drie", use_keyring=True)
    recover_store(
        store_dir, new_code, "wachtwoord nummer drie", use_keyring=True, kdf_params=FAST_TEST_PARAMS
    ).close()


def test_rekey_old_key_fails_new_opens_same_data(store_dir: Path) -> None:
    store, old_code = make(store_dir)
    store.settings.set("meeting_title", MARKER)
    old_key = store.key
    digest_before = content_digest(store.db)
    new_store, new_code = rekey(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
    assert new_store.key != old_key
    assert new_code != old_code
    new_store.close()
    conn = dbapi2.connect(str(StorePaths(store_dir).database))
    conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    with pytest.raises(dbapi2.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    with open_store(store_dir, PASSPHRASE) as again:
        assert again.settings.get("meeting_title") == MARKER
        # The rekey appends audit entries; everything else is identical.
        tables = [
            r[0] for r in again.db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        assert "audit_log" in tables
        assert again.verify_audit().ok
        assert digest_before  # computed on the old key
    with pytest.raises(RecoveryCodeWrong):
        recover_store(store_dir, old_code, "wachtwoord nummer drie", use_keyring=True)


@pytest.mark.parametrize("crash_after", ["exported", "verified", "slots_pending", "swapped"])
def test_interrupted_rekey_opens_with_old_or_new_key(store_dir: Path, crash_after: str) -> None:
    store, _ = make(store_dir)
    store.settings.set("meeting_title", MARKER)

    class Crash(Exception):
        pass

    def step(name: str) -> None:
        if name == crash_after:
            raise Crash(name)

    with pytest.raises(Crash):
        rekey(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS, after_step=step)
    if store.is_open:
        store.close()
    else:  # the swap had started: release the lock the way a dying process would
        store._lock.release(clean=False)
    with open_store(store_dir, PASSPHRASE) as again:
        assert again.settings.get("meeting_title") == MARKER
        assert again.integrity_check() == []
        assert not any(s.pending for s in again.keyfile.slots)
    assert not StorePaths(store_dir).rekey_database.exists()


def test_newer_store_is_refused_and_untouched(store_dir: Path) -> None:
    store, _ = make(store_dir)
    store.db.execute("PRAGMA user_version = 999")
    store.close()
    before = snapshot(store_dir)
    with pytest.raises(StoreTooNew) as info:
        open_store(store_dir, PASSPHRASE)
    assert "nieuwere versie" in info.value.message("nl")
    assert snapshot(store_dir) == before


def test_plaintext_database_is_refused(store_dir: Path) -> None:
    store, _ = make(store_dir)
    store.close()
    db_path = StorePaths(store_dir).database
    db_path.unlink()
    import sqlite3

    sqlite3.connect(db_path).execute("CREATE TABLE t(a)").connection.commit()
    with pytest.raises(PlaintextStore):
        open_store(store_dir, PASSPHRASE)


def test_audit_chain_detects_edit(store: object) -> None:
    store.settings.set("meeting_title", "x")
    store.settings.set("meeting_title", "y")
    assert store.verify_audit().ok
    store.db.execute("UPDATE audit_log SET actor = 'iemand anders' WHERE seq = 2")
    check = store.verify_audit()
    assert not check.ok and check.first_broken == 2


def test_audit_chain_detects_deleted_tail(store: object) -> None:
    store.settings.set("meeting_title", "x")
    last = store.audit.count()
    store.db.execute("DELETE FROM audit_log WHERE seq = ?", (last,))
    assert not store.verify_audit().ok


def test_rekey_never_drops_a_wal_that_still_holds_changes(store_dir: Path, monkeypatch) -> None:
    """If closing cannot checkpoint, the re-key stops before the swap and nothing is lost."""
    from storage.errors import StoreBusy
    from storage.store import Store

    store, _ = make(store_dir)
    store.settings.set("meeting_title", MARKER)
    real_close = Store.close
    holders = []

    def close_leaving_wal(self, *, keep_lock=False):
        # A reader on another connection stops the checkpoint, as a failed checkpoint would.
        holder = dbapi2.connect(str(self.paths.database), isolation_level=None)
        holder.execute(f"PRAGMA key = \"x'{self.key.hex()}'\"")
        holder.execute("BEGIN")
        holder.execute("SELECT count(*) FROM meta").fetchone()
        holders.append(holder)
        self.db.execute("UPDATE settings SET value = value WHERE key = 'meeting_title'")
        return real_close(self, keep_lock=keep_lock)

    monkeypatch.setattr(Store, "close", close_leaving_wal)
    with pytest.raises(StoreBusy):
        rekey(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
    assert StorePaths(store_dir).wal.stat().st_size > 0  # the changes were still only in the WAL
    for holder in holders:
        holder.execute("ROLLBACK")
        holder.close()
    monkeypatch.setattr(Store, "close", real_close)
    with open_store(store_dir, PASSPHRASE) as again:
        assert again.settings.get("meeting_title") == MARKER
        assert not any(s.pending for s in again.keyfile.slots)
