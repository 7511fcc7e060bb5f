"""Restoring a backup into a folder: a new one, or a closed store that it replaces.

The restored copy is staged beside the store and proven (integrity, every page's HMAC, a schema we
know, the right store) before the restore journal (storage.restore_journal) decides the swap; the
store being replaced moves to ``vervangen/<time>``, never deleted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage import access, anchor, connection, keyslots, migrations, restore_journal
from storage.atomic import raise_for_oserror
from storage.backup.archive import (
    CHUNK,
    BackupInfo,
    authentic_key,
    keyfile_from_header,
    read_header,
    verify_backup,
)
from storage.backup.making import remove_quietly
from storage.clock import Clock, system_clock
from storage.errors import (
    BackupInvalid,
    InternalError,
    KeyFileCorrupt,
    RestoreOtherStore,
    StoreCorrupt,
    StoreError,
    StoreTooNew,
)
from storage.i18n import pick
from storage.kdf import KdfParams
from storage.keyslots import KeyFile
from storage.locking import StoreLock
from storage.passphrase_policy import check_passphrase_minimum
from storage.paths import StorePaths
from storage.store import Store


@dataclass(frozen=True)
class RestoreResult:
    store: Store
    backup: BackupInfo
    replaced: Path | None  # where the store that was replaced now lies, if there was one


def _write_database(path: Path, source: Path, offset: int, length: int) -> None:
    try:
        with open(source, "rb") as src, open(path, "wb") as dst:
            os.chmod(path, 0o600)
            src.seek(offset)
            remaining = length
            while remaining:
                chunk = src.read(min(CHUNK, remaining))
                if not chunk:
                    raise BackupInvalid(path=str(source), detail=pick("afgekapt", "truncated"))
                dst.write(chunk)
                remaining -= len(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        remove_quietly(path)
        raise_for_oserror(exc, path)


def _prove_database(path: Path, key: bytearray, store_id: str) -> None:
    """Integrity check, HMAC of every page, a version we know, the right store: or nothing moves."""
    conn = connection.raw_connect(path, key)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        migrations.refuse_if_too_new(version)
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        hmac = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        row = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
    finally:
        conn.close()
    if rows != ["ok"] or hmac:
        raise StoreCorrupt(detail="; ".join((rows + hmac)[:3]), aside="-")
    if row is None or str(row[0]) != store_id:
        raise InternalError(detail="restored database belongs to another store")


def _opening_keys(
    backup: Path,
    keyfile: KeyFile,
    passphrase: str | None,
    recovery_code: str | None,
    new_passphrase: str | None,
) -> list[bytearray]:
    """The one key that opens the backup's key file and under which the whole file is authentic."""
    if recovery_code is not None:
        if new_passphrase is None:
            raise InternalError(detail="restore with a recovery code needs a new passphrase")
        check_passphrase_minimum(new_passphrase)
        keys = access.unwrap_keys(keyfile, recovery=recovery_code)
    else:
        keys = access.unwrap_keys(keyfile, passphrase=passphrase)
    return [authentic_key(backup, keys)]


def restore_backup(
    backup: Path,
    root: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    new_passphrase: str | None = None,
    use_keyring: bool = True,
    kdf_params: KdfParams | None = None,
    clock: Clock = system_clock,
    replace_other: bool = False,
) -> RestoreResult:
    """Restore ``backup`` into ``root``: a new folder, or a store that is closed (the store lock
    tells; an open store is never touched). Opens the backup with the passphrase (and this
    computer's device secret), or with the recovery code, after which ``new_passphrase`` is enrolled
    as after ``overlegtafel recover``. The store being replaced is moved to ``vervangen/<time>``
    only once the restored copy has been staged and proven and the restore journal written; a kill
    after that is finished by the next open (storage.restore_journal). Returns the restored store,
    open."""
    backup = Path(backup).expanduser().resolve()
    verify_backup(backup)
    info, header, offset = read_header(backup)
    if info.schema_version > migrations.LATEST:
        raise StoreTooNew(found=info.schema_version, supported=migrations.LATEST)
    keyfile = keyfile_from_header(backup, header)
    keys = _opening_keys(backup, keyfile, passphrase, recovery_code, new_passphrase)

    root = Path(root).expanduser().resolve()
    access.validate_store_root(root)
    paths = StorePaths(root)
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise_for_oserror(exc, root)
    lock = StoreLock(paths.lockfile)
    lock.acquire()  # StoreAlreadyOpen if any process has this store open
    try:
        restore_journal.settle(paths)  # an earlier restore that a kill interrupted comes first
        _refuse_other_store(paths, info, replace_other)
        replaced = _staged_swap(paths, backup, info, offset, keys, keyfile)
    finally:
        lock.release(clean=True)

    if recovery_code is not None:
        assert new_passphrase is not None
        store = access.recover_store(
            root, recovery_code, new_passphrase, use_keyring=use_keyring, kdf_params=kdf_params, clock=clock
        )
    else:
        assert passphrase is not None
        store = access.open_store(root, passphrase, clock=clock)
    _audit_restore(store, info, replaced, recovery_code is not None)
    return RestoreResult(store=store, backup=info, replaced=replaced)


def _audit_restore(store: Store, info: BackupInfo, replaced: Path | None, by_recovery: bool) -> None:
    try:
        store.audit.append(
            "store.restore",
            "store",
            store.store_id,
            detail={
                "backup_created": info.created,
                "schema": info.schema_version,
                "replaced": replaced is not None,
                "how": "recovery" if by_recovery else "passphrase",
            },
        )
    except BaseException:
        store.close()
        raise


def _chain_tail(path: Path, key: bytearray, store_id: str) -> anchor.Head:
    conn = connection.raw_connect(path, key)
    try:
        return anchor.chain_tail(conn, store_id)
    finally:
        conn.close()


def _refuse_other_store(paths: StorePaths, info: BackupInfo, replace_other: bool) -> None:
    if not paths.keyfile.exists() or replace_other:
        return
    try:
        current_id = KeyFile.load(paths.keyfile).store_id
    except KeyFileCorrupt:
        current_id = "?"
    if current_id != info.store_id:
        raise RestoreOtherStore(backup_id=info.store_id, store_id=current_id, path=str(paths.root))


def _staged_swap(
    paths: StorePaths, backup: Path, info: BackupInfo, offset: int, keys: list[bytearray], keyfile: KeyFile
) -> Path | None:
    """Stage the restored database and key file beside the store and prove them; then journal the
    decision and swap (storage.restore_journal). Before the journal nothing of the store moved."""
    plan = restore_journal.new_plan(paths, datetime.now().astimezone())
    staged = plan.staged_database(paths)
    try:
        _write_database(staged, backup, offset, info.db_bytes)
        key = _first_opening_key(staged, keys, info.store_id)
        tail = _chain_tail(staged, key, info.store_id)
        restored_keyfile = KeyFile(
            store_id=keyfile.store_id,
            created=keyfile.created,
            slots=[s for s in keyfile.slots if s.key_id == keyslots.key_id(key)],
            notices=list(keyfile.notices),
        )
        restored_keyfile.bind(key)
        # Restoring is the explicit act that moves the audit checkpoint back: in the staged key
        # file here, in the keyring once the journal has decided the restore.
        anchor.set_keyfile_checkpoint(restored_keyfile, anchor.checkpoint_for(tail, ()))
        restored_keyfile.save(plan.staged_keyfile(paths))
        restore_journal.begin(paths, plan)
    except BaseException:
        restore_journal.discard_staged(paths, plan)
        raise
    # From the journal on, every open finishes this restore, so the keyring may move now; after
    # the swap a kill would leave a keyring checkpoint ahead of the restored chain ("rolled back").
    anchor.reset_for_restore(paths.root, restored_keyfile, key, tail)
    return restore_journal.carry_out(paths, plan)


def _first_opening_key(path: Path, keys: list[bytearray], store_id: str) -> bytearray:
    last: BaseException | None = None
    for key in keys:
        try:
            _prove_database(path, key, store_id)
        except StoreError as exc:
            last = exc
            continue
        return key
    assert last is not None
    raise last
