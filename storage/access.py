"""Creating, unlocking, recovering and re-keying stores.

Rules that shape this module (see lessons.md):
* never create a new database key next to an existing store;
* a keyring that cannot be read is *unavailable*, not *missing*, and nothing is overwritten;
* key changes are proven: export, reopen with the new key, verify, swap, and only then update
  the key file. A crash at any point leaves a store that opens with the old or the new key.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from storage import (
    anchor,
    backup_temp,
    connection,
    file_safety,
    full_disk,
    integrity,
    keyring_access,
    keyslots,
    migrations,
    recovery_code,
    restore_journal,
    set_aside,
)
from storage.atomic import fsync_dir, raise_for_oserror, remove_leftovers
from storage.backup.at_close import CloseTimeBackup
from storage.clock import Clock, system_clock
from storage.content_digest import content_digest
from storage.errors import (
    DiskFull,
    KeyFileCorrupt,
    KeyFileMissing,
    KeyringEntryMissing,
    KeyringEntryReplaced,
    KeyringUnavailable,
    NoSecureKeyring,
    RecoveryCodeWrong,
    StoreBusy,
    StoreCorrupt,
    StoreExists,
    StoreNotFoundButReplaced,
    ValidationError,
    WrongDatabaseKey,
    WrongPassphrase,
)
from storage.i18n import pick
from storage.kdf import KdfParams, default_params
from storage.keyslots import KeyFile
from storage.locking import StoreLock
from storage.passphrase_policy import check_passphrase_minimum
from storage.paths import StorePaths
from storage.sqlite_driver import Connection, Database
from storage.store import Store

CREATING = keyslots.NOTICE_CREATING
NEEDS_NEW_RECOVERY_CODE = keyslots.NOTICE_NEEDS_NEW_RECOVERY_CODE


# Operational events only (store id, how it was opened), never a passphrase, key or content.
log = logging.getLogger(__name__)


def _require_secure_keyring() -> None:
    info = keyring_access.backend_info()
    if not info.secure:
        raise NoSecureKeyring(backend=f"{info.name}: {info.reason}")


def _store_device_secret(store_id: str, slot_id: str) -> bytes:
    """A new device secret in its own keyring entry (one per enrolment; never overwritten)."""
    secret = secrets.token_bytes(32)
    try:
        keyring_access.set_device_secret(store_id, slot_id, secret)
    except keyring_access.Unavailable as exc:
        raise KeyringUnavailable(backend=keyring_access.backend_info().name, detail=exc.detail) from exc
    return secret


def _read_device_secret(store_id: str, slot: keyslots.Slot) -> bytes:
    try:
        secret = keyring_access.get_device_secret(store_id, slot.slot_id)
    except keyring_access.EntryMissing as exc:
        raise KeyringEntryMissing(backend=keyring_access.backend_info().name) from exc
    except keyring_access.Unavailable as exc:
        raise KeyringUnavailable(backend=keyring_access.backend_info().name, detail=exc.detail) from exc
    if slot.device_id and keyslots.device_fingerprint(secret) != slot.device_id:
        raise KeyringEntryReplaced(backend=keyring_access.backend_info().name)
    return secret


def _new_passphrase_slot(
    key: bytes | bytearray, store_id: str, passphrase: str, use_keyring: bool, params: KdfParams
) -> keyslots.Slot:
    slot_id = keyslots.new_slot_id()
    secret = _store_device_secret(store_id, slot_id) if use_keyring else None
    return keyslots.make_passphrase_slot(key, store_id, passphrase, secret, params, slot_id=slot_id)


def _prepare_root(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True, mode=file_safety.FOLDER_MODE)
    except OSError as exc:
        raise_for_oserror(exc, root)
    file_safety.refuse_shared_folder(root)


def _initialise_database(paths: StorePaths, key: bytearray, clock: Clock, store_id: str) -> Database:
    # Created 0600 before SQLite opens it: SQLite gives the -wal and -shm files the same mode.
    file_safety.create_private(paths.database)
    db = connection.open_database(paths.database, key)
    try:
        migrations.migrate(db)
        with db.atomic():
            created = clock().isoformat(timespec="seconds")
            db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('store_id', ?)", (store_id,))
            db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('created', ?)", (created,))
    except BaseException:
        connection.close_quietly(db)
        raise
    return db


def create_store(
    root: Path,
    passphrase: str,
    *,
    use_keyring: bool,
    kdf_params: KdfParams | None = None,
    clock: Clock = system_clock,
    actor: str | None = None,
) -> tuple[Store, str]:
    """Create a new store; returns it open, with the recovery code to show once."""
    paths = StorePaths(Path(root))
    if paths.exists():
        raise StoreExists(path=str(paths.root))
    remnant = restore_journal.not_found(paths)
    if isinstance(remnant, StoreNotFoundButReplaced):
        raise remnant  # a set-aside store is still a store: never a new key next to it
    check_passphrase_minimum(passphrase)
    if use_keyring:
        _require_secure_keyring()
    _prepare_root(paths.root)
    lock = StoreLock(paths.lockfile)
    lock.acquire()
    try:
        params = kdf_params or default_params()
        keyfile = KeyFile.new()
        key = keyslots.new_database_key()
        keyfile.bind(key)
        code = recovery_code.generate()
        keyfile.slots = [
            _new_passphrase_slot(key, keyfile.store_id, passphrase, use_keyring, params),
            keyslots.make_recovery_slot(key, keyfile.store_id, code, params),
        ]
        # The key file comes first and says "creating": a crash before the database exists can
        # then finish creation with the same key instead of ever inventing a new one.
        keyfile.notices = [CREATING]
        keyfile.save(paths.keyfile)
        db = _initialise_database(paths, key, clock, keyfile.store_id)
        try:
            keyfile.notices = []
            keyfile.save(paths.keyfile)
        except BaseException:
            connection.close_quietly(db)
            raise
        store = Store(paths, db, keyfile, key, lock, clock, on_close=CloseTimeBackup())
        if actor:
            store.settings.set("actor_name", actor)
        store.audit.append(
            "store.create",
            "store",
            keyfile.store_id,
            detail={"device": keyfile.device_mode, "schema": migrations.LATEST},
        )
        lock.mark_open()
        log.info("store %s created (device key: %s)", keyfile.store_id, keyfile.device_mode)
        return store, code
    except BaseException:
        lock.release(clean=False)
        raise


def _keys_from_passphrase(keyfile: KeyFile, passphrase: str) -> list[bytearray]:
    """Keys from every passphrase slot this passphrase opens; settled slots before pending ones."""
    keys: list[bytearray] = []
    for slot in sorted(keyfile.passphrase_slots(), key=lambda s: s.pending):
        secret = _read_device_secret(keyfile.store_id, slot) if slot.device == "keyring" else None
        with contextlib.suppress(WrongPassphrase):
            keys.append(keyslots.open_passphrase_slot(slot, keyfile.store_id, passphrase, secret))
    if not keys:
        raise WrongPassphrase()
    return keys


def unwrap_keys(
    keyfile: KeyFile, *, passphrase: str | None = None, recovery: str | None = None
) -> list[bytearray]:
    """The database keys a passphrase (with this computer's device secret) or a recovery code
    opens in ``keyfile``; used to open a backup, which carries the key file of its store."""
    if recovery is not None:
        return _keys_from_recovery(keyfile, recovery)
    if passphrase is None:
        raise ValidationError(detail=pick("geen wachtwoord of herstelcode", "no passphrase or recovery code"))
    return _keys_from_passphrase(keyfile, passphrase)


def _keys_from_recovery(keyfile: KeyFile, code: str) -> list[bytearray]:
    normalised = recovery_code.normalise(code)
    keys: list[bytearray] = []
    for slot in sorted(keyfile.recovery_slots(), key=lambda s: s.pending):
        with contextlib.suppress(RecoveryCodeWrong):
            keys.append(keyslots.open_recovery_slot(slot, keyfile.store_id, normalised))
    if not keys:
        raise RecoveryCodeWrong()
    return keys


def _open_with_candidates(
    paths: StorePaths, keyfile: KeyFile, keys: list[bytearray], clock: Clock, *, after_crash: bool = True
) -> tuple[Database, bytearray]:
    if not paths.database.exists():
        if CREATING in keyfile.notices:
            # _finish_creation clears the notice once the schema is in place.
            return _initialise_database(paths, keys[0], clock, keyfile.store_id), keys[0]
        raise integrity.missing_database(paths, keyfile.store_id)
    # Damage visible in the files alone (empty, truncated, zeroed header, lost WAL) is found
    # before SQLite touches anything; an empty file would otherwise open as a new, empty store.
    problem = integrity.file_problem(paths, creating=CREATING in keyfile.notices)
    if problem is not None:
        raise integrity.damaged(paths, keyfile.store_id, problem)
    for key in keys:
        try:
            conn = connection.raw_connect(paths.database, key)
        except WrongDatabaseKey:
            continue
        except StoreCorrupt as exc:
            raise integrity.damaged(paths, keyfile.store_id, str(exc.params.get("detail", ""))) from exc
        try:
            # Check the schema version before anything writes (pragmas, migrations).
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
            migrations.refuse_if_too_new(found)
            problems = integrity.connection_problems(conn, structural=after_crash)
        finally:
            conn.close()
        if problems:
            raise integrity.damaged(paths, keyfile.store_id, "; ".join(problems[:3]))
        return connection.open_database(paths.database, key), key
    # No key opened it. If some pages pass the HMAC check, the key is right and the file damaged.
    raise integrity.diagnose_unreadable(paths, keyfile.store_id, keys)


def _settle_rekey(paths: StorePaths, keyfile: KeyFile, key: bytearray) -> None:
    """Finish or undo a re-key that a crash interrupted, depending on which key opened."""
    if not any(s.pending for s in keyfile.slots):
        keyslots.remove_file_quietly(paths.rekey_database)
        return
    current = keyslots.key_id(key)
    pending_ids = {s.key_id for s in keyfile.slots if s.pending}
    if current in pending_ids:
        keyfile.slots = [replace(s, pending=False) for s in keyfile.slots if s.key_id == current]
        # The new recovery code was never shown: ask the user for a fresh one.
        if NEEDS_NEW_RECOVERY_CODE not in keyfile.notices:
            keyfile.notices.append(NEEDS_NEW_RECOVERY_CODE)
    else:
        keyfile.slots = [s for s in keyfile.slots if not s.pending]
    keyfile.save(paths.keyfile)
    keyslots.remove_file_quietly(paths.rekey_database)


def _finish_creation(paths: StorePaths, keyfile: KeyFile, how: str) -> None:
    """A creation that was interrupted (the key file still says "creating") is complete once the
    database opened and migrated. Its recovery code was never shown (create_store did not return
    it), so unless the user just used it, ask for a new one."""
    if CREATING not in keyfile.notices:
        return
    keyfile.notices = [n for n in keyfile.notices if n != CREATING]
    if how != "recovery" and NEEDS_NEW_RECOVERY_CODE not in keyfile.notices:
        keyfile.notices.append(NEEDS_NEW_RECOVERY_CODE)
    keyfile.save(paths.keyfile)


def _finish_open(
    paths: StorePaths,
    keyfile: KeyFile,
    keys: list[bytearray],
    lock: StoreLock,
    clock: Clock,
    how: str,
) -> Store:
    try:
        store = _finish_open_writable(paths, keyfile, keys, lock, clock, how)
    except DiskFull as full:
        # No room for the -shm file (or the audit entry): open read-only so that the user can
        # still read, print and copy the store to another disk (storage.full_disk).
        log.info("store %s opened read-only: the disk is full", keyfile.store_id)
        return full_disk.open_read_only(paths, keyfile, keys, lock, clock, full)
    log.info("store %s opened (%s)", keyfile.store_id, how)
    return store


def _finish_open_writable(
    paths: StorePaths,
    keyfile: KeyFile,
    keys: list[bytearray],
    lock: StoreLock,
    clock: Clock,
    how: str,
) -> Store:
    # Every open checks every page's HMAC; the structure (quick_check) too when the previous
    # session did not close cleanly. See storage.integrity.
    db, key = _open_with_candidates(paths, keyfile, keys, clock, after_crash=lock.stale_holder is not None)
    try:
        # Checked before anything writes: the key file's MAC and the chain against its checkpoints.
        found = inspect_anchor(paths, db, keyfile, keys, clock)
        keyfile.bind(key)
        _settle_rekey(paths, keyfile, key)
        migrations.migrate(db)
        _finish_creation(paths, keyfile, how)
        file_safety.make_private([paths.database, paths.wal, paths.shm, paths.keyfile, paths.lockfile])
        store = Store(paths, db, keyfile, key, lock, clock, on_close=CloseTimeBackup())
        store.alarms = found.alarms
        for alarm in found.new:
            store.audit.append(
                "audit.alarm", "store", keyfile.store_id, result="failed", detail=alarm.to_json()
            )
        store.audit.append("store.unlock", "store", keyfile.store_id, detail={"how": how})
        expired = set_aside.expire(paths)
        if expired:
            store.audit.append(
                "store.set_aside_removed",
                "store",
                keyfile.store_id,
                detail={"count": len(expired), "reason": "expired", "days": set_aside.KEEP_DAYS},
            )
        store.sync_anchor(keyring=True)
        store.mark_unchanged()  # the automatic backup at close only follows real changes
        lock.mark_open()
    except BaseException:
        connection.close_quietly(db)
        raise
    return store


def inspect_anchor(
    paths: StorePaths, db: Database, keyfile: KeyFile, keys: list[bytearray], clock: Clock
) -> anchor.Inspection:
    """The chain against its stored head and the checkpoints outside the database (read only)."""
    mac_ok = keyfile.mac_key_that_fits(keys) is not None
    ring = anchor.read_keyring(keyfile.store_id, paths.root, keys)
    found = anchor.inspect(db, keyfile, mac_ok, ring, clock().isoformat(timespec="seconds"))
    if any(a.kind == anchor.ROLLED_BACK for a in found.alarms):
        found.alarms = anchor.with_offer(found.alarms, _recovery_offer(paths, keyfile.store_id))
    return found


def _recovery_offer(paths: StorePaths, store_id: str) -> str:
    parts = []
    newest = integrity.newest_backup(paths, store_id)
    if newest:
        parts.append(pick(f"nieuwste back-up: {newest}", f"newest backup: {newest}"))
    for folder in (paths.root / "vervangen", paths.quarantine):
        if folder.is_dir() and any(folder.iterdir()):
            parts.append(pick(f"apart gezette bestanden: {folder}", f"files set aside: {folder}"))
    return "; ".join(parts)


def _load_for_open(paths: StorePaths) -> None:
    file_safety.refuse_shared_folder(paths.root)
    if not paths.keyfile.exists():
        if paths.database.exists():
            raise KeyFileMissing(path=str(paths.keyfile))
        raise restore_journal.not_found(paths)


def _lock_settled(paths: StorePaths) -> StoreLock:
    """Take the store lock and, before anything else, finish a restore that a kill interrupted."""
    if not restore_journal.pending(paths):
        _load_for_open(paths)  # no lock file is made in a folder without a store
    lock = StoreLock(paths.lockfile)
    lock.acquire()
    try:
        restore_journal.settle(paths)
        _load_for_open(paths)
        backup_temp.clean(paths)
        remove_leftovers(paths.keyfile)
    except BaseException:
        lock.release(clean=False)
        raise
    return lock


check_store_files = _load_for_open


def load_keyfile(paths: StorePaths) -> KeyFile:
    """The live key file; when it is damaged, the error names the newest backup whose copy of it
    can take its place (``overlegtafel restore BACKUP --key-file``)."""
    try:
        return KeyFile.load(paths.keyfile)
    except KeyFileCorrupt as exc:
        offer = integrity.newest_backup(paths, None)
        if not offer:
            raise
        raise KeyFileCorrupt(**exc.params, backup=offer) from exc


def keys_from_passphrase(keyfile: KeyFile, passphrase: str) -> list[bytearray]:
    return _keys_from_passphrase(keyfile, passphrase)


def open_candidates(
    paths: StorePaths, keyfile: KeyFile, keys: list[bytearray], clock: Clock
) -> tuple[Database, bytearray]:
    """Open with the first key that fits, after every check a crash could call for."""
    return _open_with_candidates(paths, keyfile, keys, clock, after_crash=True)


def open_store(root: Path, passphrase: str, *, clock: Clock = system_clock) -> Store:
    paths = StorePaths(Path(root))
    lock = _lock_settled(paths)
    try:
        keyfile = load_keyfile(paths)
        keys = _keys_from_passphrase(keyfile, passphrase)
        return _finish_open(paths, keyfile, keys, lock, clock, "passphrase")
    except BaseException:
        lock.release(clean=False)
        raise


def recover_store(
    root: Path,
    code: str,
    new_passphrase: str,
    *,
    use_keyring: bool,
    kdf_params: KdfParams | None = None,
    clock: Clock = system_clock,
) -> Store:
    """Open with the recovery code, then enrol a new passphrase and device secret."""
    check_passphrase_minimum(new_passphrase)
    if use_keyring:
        _require_secure_keyring()
    paths = StorePaths(Path(root))
    lock = _lock_settled(paths)
    try:
        keyfile = load_keyfile(paths)
        keys = _keys_from_recovery(keyfile, code)
        store = _finish_open(paths, keyfile, keys, lock, clock, "recovery")
    except BaseException:
        lock.release(clean=False)
        raise
    try:
        _enrol_passphrase(store, new_passphrase, use_keyring, kdf_params)
        store.audit.append(
            "store.recover", "store", store.store_id, detail={"device": store.keyfile.device_mode}
        )
    except BaseException:
        store.close()
        raise
    return store


def _save_slots(store: Store, slots: list[keyslots.Slot], notices: list[str] | None = None) -> None:
    """Put new slots (and notices) in the live key file and save it. When the save fails (a full
    disk), the key file in memory goes back too: otherwise the next commit's checkpoint would
    write slots the user was told did not take (a passphrase that "was not changed", a recovery
    code that was never shown), and the old passphrase or code would stop working."""
    keyfile = store.keyfile
    before = (keyfile.slots, keyfile.notices)
    keyfile.slots = slots
    if notices is not None:
        keyfile.notices = notices
    try:
        keyfile.save(store.paths.keyfile)
    except BaseException:
        keyfile.slots, keyfile.notices = before
        raise


def _enrol_passphrase(store: Store, passphrase: str, use_keyring: bool, kdf_params: KdfParams | None) -> None:
    keyfile = store.keyfile
    params = kdf_params or _strongest_params(keyfile)
    new_slot = _new_passphrase_slot(store.key, keyfile.store_id, passphrase, use_keyring, params)
    _save_slots(store, [s for s in keyfile.slots if s.kind != "passphrase"] + [new_slot])


def _strongest_params(keyfile: KeyFile) -> KdfParams:
    existing = [s.kdf for s in keyfile.slots]
    params = default_params()
    for other in existing:
        if (other.memory_kib, other.iterations) > (params.memory_kib, params.iterations):
            params = other
    return params


def verify_passphrase(store: Store, passphrase: str) -> None:
    keys = _keys_from_passphrase(store.keyfile, passphrase)
    if not any(keyslots.key_id(k) == keyslots.key_id(store.key) for k in keys):
        raise WrongPassphrase()


def change_passphrase(store: Store, current: str, new: str, *, kdf_params: KdfParams | None = None) -> None:
    """Rewrap the passphrase slot; the database and the device secret stay as they are."""
    check_passphrase_minimum(new)
    verify_passphrase(store, current)
    keyfile = store.keyfile
    old = next(s for s in keyfile.passphrase_slots() if not s.pending)
    params = kdf_params or (old.kdf if not old.kdf.weak else default_params())
    slot = _new_passphrase_slot(store.key, keyfile.store_id, new, old.device == "keyring", params)
    _save_slots(store, [s for s in keyfile.slots if s.kind != "passphrase"] + [slot])
    store.audit.append("store.passphrase_change", "store", store.store_id)


def new_recovery_code(store: Store, passphrase: str, *, kdf_params: KdfParams | None = None) -> str:
    """Replace the recovery slot; the old code stops working."""
    verify_passphrase(store, passphrase)
    keyfile = store.keyfile
    code = recovery_code.generate()
    params = kdf_params or _strongest_params(keyfile)
    slot = keyslots.make_recovery_slot(store.key, keyfile.store_id, code, params)
    _save_slots(
        store,
        [s for s in keyfile.slots if s.kind != "recovery"] + [slot],
        [n for n in keyfile.notices if n != NEEDS_NEW_RECOVERY_CODE],
    )
    store.audit.append("store.recovery_code_new", "store", store.store_id)
    return code


def _digest_connection(conn: Connection) -> str:
    return content_digest(Database(conn, execute_plugins=False))


RekeyStep = Callable[[str], None]


def rekey(
    store: Store,
    passphrase: str,
    *,
    kdf_params: KdfParams | None = None,
    after_step: RekeyStep | None = None,
) -> tuple[Store, str]:
    """Rotate the database key. Returns the reopened store and the new recovery code.

    The old recovery code only opens the old key, so a re-key always issues a new one.
    ``after_step`` is called with the name of each step done (crash tests kill the process there).
    """
    verify_passphrase(store, passphrase)
    paths = store.paths
    keyfile = store.keyfile
    old_slot = next(s for s in keyfile.passphrase_slots() if not s.pending)
    params = kdf_params or _strongest_params(keyfile)
    step: RekeyStep = after_step if after_step is not None else (lambda _name: None)

    new_key = keyslots.new_database_key()
    code = recovery_code.generate()
    before = _export_under_new_key(store, new_key)
    step("exported")
    _prove_rekeyed_copy(paths, new_key, before)
    step("verified")
    _enrol_pending_slots(store, new_key, passphrase, code, params, with_keyring=old_slot.device == "keyring")
    step("slots_pending")
    lock = _swap_in_rekeyed_database(store)
    step("swapped")

    keyfile.slots = [replace(s, pending=False) for s in keyfile.slots if s.pending]
    # The old recovery code is dead from here and the new one is not shown yet: until the caller
    # has shown it (recovery_code_shown), a kill must leave the request for a new code behind.
    if NEEDS_NEW_RECOVERY_CODE not in keyfile.notices:
        keyfile.notices.append(NEEDS_NEW_RECOVERY_CODE)
    keyfile.bind(new_key)  # from now on the key file is signed under the new key
    keyfile.save(paths.keyfile)
    step("slots_final")

    db2 = connection.open_database(paths.database, new_key)
    reopened = Store(paths, db2, keyfile, new_key, lock, store.clock, on_close=CloseTimeBackup())
    reopened.alarms = list(store.alarms)
    reopened.audit.append("store.rekey", "store", reopened.store_id, result="ok")
    reopened.sync_anchor(keyring=True)
    return reopened, code


def _export_under_new_key(store: Store, new_key: bytearray) -> str:
    """A copy of the database under ``new_key`` beside it (0600, as it will become the database);
    returns the content digest of the store it copied."""
    paths = store.paths
    keyslots.remove_file_quietly(paths.rekey_database)
    file_safety.create_private(paths.rekey_database)  # it becomes the database: 0600 like it
    version = store.schema_version
    store.audit.append("store.rekey", "store", store.store_id, result="started")
    before = content_digest(store.db)
    db = store.db
    db.execute(
        f"ATTACH DATABASE ? AS rekeyed KEY \"x'{bytes(new_key).hex()}'\"",
        (str(paths.rekey_database),),
    )
    try:
        db.execute("SELECT sqlcipher_export('rekeyed')")
        db.execute(f"PRAGMA rekeyed.user_version = {version}")
    finally:
        db.execute("DETACH DATABASE rekeyed")
    return before


def _prove_rekeyed_copy(paths: StorePaths, new_key: bytearray, before: str) -> None:
    """Prove the copy before anything depends on it: intact, and the same rows as the store."""
    conn = connection.raw_connect(paths.rekey_database, new_key)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        copy_digest = _digest_connection(conn)
    finally:
        conn.close()
    if problems != ["ok"] or copy_digest != before:
        keyslots.remove_file_quietly(paths.rekey_database)
        raise StoreCorrupt(detail="de kopie met de nieuwe sleutel klopt niet", aside="-")
    with open(paths.rekey_database, "rb+") as fh:
        os.fsync(fh.fileno())


def _enrol_pending_slots(
    store: Store, new_key: bytearray, passphrase: str, code: str, params: KdfParams, *, with_keyring: bool
) -> None:
    """Pending slots for the new key beside the settled ones: from here either key may open."""
    paths = store.paths
    keyfile = store.keyfile
    pending = [
        replace(
            _new_passphrase_slot(new_key, keyfile.store_id, passphrase, with_keyring, params),
            pending=True,
        ),
        replace(keyslots.make_recovery_slot(new_key, keyfile.store_id, code, params), pending=True),
    ]
    _save_slots(store, [s for s in keyfile.slots if not s.pending] + pending)
    if keyfile.device_mode == "keyring":
        # From here on either key may open the store: sign the keyring checkpoint with the new one,
        # which every later open can check (the pending slots give it until the re-key settles).
        checkpoint = anchor.checkpoint_for(store.audit_head(), store.alarms)
        anchor.write_keyring(keyfile.store_id, paths.root, new_key, checkpoint)


def _swap_in_rekeyed_database(store: Store) -> StoreLock:
    """Close the old database but keep the store lock, and put the re-keyed copy in its place.

    Every committed change must be in the main file before it is swapped out: a WAL that still
    holds frames means the checkpoint failed, and deleting it would throw those changes away. Then
    stop; the next open settles the slots."""
    paths = store.paths
    lock = store.close(keep_lock=True)
    if paths.wal.exists() and paths.wal.stat().st_size > 0:
        lock.release(clean=False)
        raise StoreBusy()
    for leftover in (paths.wal, paths.shm):
        keyslots.remove_file_quietly(leftover)
    os.replace(paths.rekey_database, paths.database)
    fsync_dir(paths.root)
    return lock


def recovery_code_shown(store: Store) -> None:
    """The new recovery code of a re-key has been shown to the user: drop the request for one."""
    keyfile = store.keyfile
    if NEEDS_NEW_RECOVERY_CODE in keyfile.notices:
        keyfile.notices = [n for n in keyfile.notices if n != NEEDS_NEW_RECOVERY_CODE]
        keyfile.save(store.paths.keyfile)


def doctor_kdf_warnings(keyfile: KeyFile) -> list[str]:
    warnings = []
    for slot in keyfile.slots:
        if not slot.kdf.weak:
            continue
        nl = "wachtwoordslot" if slot.kind == "passphrase" else "herstelslot"
        en = "passphrase slot" if slot.kind == "passphrase" else "recovery slot"
        warnings.append(
            pick(
                f"het {nl} gebruikt zwakke Argon2id-parameters ({slot.kdf.memory_kib} KiB, "
                f"{slot.kdf.iterations} rondes); "
                + ("wijzig het wachtwoord" if slot.kind == "passphrase" else "maak een nieuwe herstelcode")
                + " om ze te verhogen",
                f"the {en} uses weak Argon2id parameters ({slot.kdf.memory_kib} KiB, "
                f"{slot.kdf.iterations} passes); "
                + ("change the passphrase" if slot.kind == "passphrase" else "make a new recovery code")
                + " to raise them",
            )
        )
    return warnings


def validate_store_root(root: Path) -> None:
    if root.exists() and not root.is_dir():
        raise ValidationError(
            detail=pick(f"{root} is een bestand; geef een map op.", f"{root} is a file; give a folder.")
        )
