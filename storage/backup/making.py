"""Making a backup: an encrypted copy of the store, proven, then written as one backup file.

The copy is made next to the target, proven (integrity_check and the same content digest as the
store), then streamed into a temp file that is fsynced and renamed: a full disk or a crash leaves
the previous backups as they were.
"""

from __future__ import annotations

import contextlib
import json
import secrets
from importlib import metadata
from pathlib import Path

from storage import backup_temp, connection, keyslots
from storage.atomic import raise_for_oserror
from storage.backup.archive import (
    FORMAT,
    FORMAT_VERSION,
    PREFIX,
    SUFFIX,
    BackupInfo,
    backup_mac_key,
    describe_backup,
    write_backup_file,
)
from storage.backup.pointer import ensure_folder, update_pointer
from storage.backup.preferences import backup_folder
from storage.backup.rotation import rotate
from storage.content_digest import content_digest
from storage.errors import DiskFull, InternalError, ReadOnlyStore, StoreCorrupt, StoreError, StoreIOError
from storage.sqlite_driver import Database, DatabaseError
from storage.store import Store


def file_name(store: Store, folder: Path) -> Path:
    """A new file name in ``folder`` from the store's clock and id."""
    stamp = store.now().strftime("%Y%m%d-%H%M%S")
    base = f"{PREFIX}{stamp}-{store.store_id[:8]}"
    path = folder / f"{base}{SUFFIX}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}{SUFFIX}"
    return path


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def _as_target_error(exc: BaseException, out: Path) -> BaseException:
    """Errors while writing the copy concern the backup folder, not the store; a full disk names
    that folder (the temp file's hidden name means nothing to the user)."""
    if isinstance(exc, DiskFull | ReadOnlyStore | StoreIOError):
        cause = exc.__cause__ if isinstance(exc.__cause__, DatabaseError | OSError) else None
        exc = connection.classify(cause, out) if cause is not None else exc
    elif isinstance(exc, DatabaseError):
        exc = connection.classify(exc, out)
    if isinstance(exc, DiskFull):
        return DiskFull(path=str(out.parent))
    return exc


def _export_copy(store: Store, copy: Path) -> None:
    db = store.db
    key_hex = store.key.hex()
    db.execute(f"ATTACH DATABASE ? AS backup_copy KEY \"x'{key_hex}'\"", (str(copy),))
    try:
        # A scratch file: the final backup file is fsynced as a whole, so no syncs here; the journal
        # stays in memory so that a failed export (full disk) still rolls back and detaches cleanly.
        db.execute("PRAGMA backup_copy.journal_mode = MEMORY")
        db.execute("PRAGMA backup_copy.synchronous = OFF")
        db.execute("SELECT sqlcipher_export('backup_copy')")
        db.execute(f"PRAGMA backup_copy.user_version = {store.schema_version}")
    finally:
        _detach(store)


def _detach(store: Store) -> None:
    """Never leave the copy attached to the store's connection, whatever went wrong."""
    db = store.db
    for _attempt in range(2):
        try:
            db.execute("DETACH DATABASE backup_copy")
        except (StoreError, DatabaseError):
            if db.conn.in_transaction:
                with contextlib.suppress(StoreError, DatabaseError):
                    db.conn.execute("ROLLBACK")
            continue
        return
    attached = [str(r[1]) for r in db.execute("PRAGMA database_list").fetchall()]
    if "backup_copy" in attached:
        raise InternalError(detail="the backup copy could not be detached")


def _prove_copy(store: Store, copy: Path, expected_digest: str) -> None:
    conn = connection.raw_connect(copy, store.key)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        digest = content_digest(Database(conn, execute_plugins=False))
    finally:
        conn.close()
    if rows != ["ok"] or digest != expected_digest:
        raise InternalError(detail="backup copy differs from the store")


def _keyfile_copy(store: Store) -> dict[str, object]:
    """The key file as it travels with a backup: only settled slots of the current key, signed."""
    key_id = keyslots.key_id(store.key)
    copy = store.keyfile.copy()
    copy.slots = [s for s in copy.slots if s.key_id == key_id and not s.pending]
    copy.notices = [n for n in copy.notices if n != keyslots.NOTICE_CREATING]
    copy.bind(store.key)
    return copy.to_doc()


def _header(store: Store, db_bytes: int) -> bytes:
    doc = _keyfile_copy(store)
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "store_id": store.store_id,
        "created": store.now().isoformat(timespec="milliseconds"),
        "schema_version": store.schema_version,
        "app_version": _app_version(),
        "sqlcipher": store.cipher_version,
        "db_bytes": db_bytes,
        "key_id": keyslots.key_id(store.key),
        "keyfile": doc,
    }
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _app_version() -> str:
    try:
        return metadata.version("overlegtafel")
    except metadata.PackageNotFoundError:
        return "?"


def _write_proven_copy(store: Store, out: Path, copy: Path) -> None:
    """Export and prove the copy at ``copy``, then write it as the backup file ``out``."""
    try:
        _export_copy(store, copy)
        _prove_copy(store, copy, content_digest(store.db))
    except (StoreError, DatabaseError) as exc:
        raise _as_target_error(exc, out) from exc
    db_bytes = copy.stat().st_size
    header = _header(store, db_bytes)
    with open(copy, "rb") as src:
        write_backup_file(out, header, src, backup_mac_key(store.key))


def create_backup(store: Store, out: Path, *, kind: str = "manual") -> BackupInfo:
    """Write an encrypted backup of ``store`` to ``out`` (atomically). Must not run inside a
    transaction. Raises StoreCorrupt when the store fails its quick check (no damaged backups).
    Its temp files are noted first (storage.backup_temp), so a kill leaves none for long."""
    out = Path(out).expanduser().resolve()
    if out.is_dir():
        out = file_name(store, out)
    folder = out.parent
    ensure_folder(folder)
    problems = store.integrity_check(quick=True)
    if problems:
        raise StoreCorrupt(detail="; ".join(problems[:3]), aside="-")
    if not store.full_disk:  # on a full disk not even the note fits; the copy goes elsewhere
        backup_temp.noting(store.paths, out)
    copy = folder / f"{backup_temp.temp_prefix(out)}{secrets.token_hex(4)}.tmp-db"
    try:
        _write_proven_copy(store, out, copy)
    except OSError as exc:
        raise_for_oserror(exc, folder)
    except DiskFull as exc:  # name the folder that is full, never a hidden temp file
        raise DiskFull(path=str(folder)) from exc
    finally:
        remove_quietly(copy, Path(f"{copy}-journal"))
        backup_temp.done(store.paths, out)
    info = describe_backup(out)
    if store.full_disk:
        return info  # nothing can be written to the store's disk, not even the audit entry
    store.audit.append(
        "backup.create",
        "backup",
        out.name,
        detail={"kind": kind, "bytes": info.size, "schema": info.schema_version},
    )
    store.mark_unchanged()
    store.sync_anchor(keyring=True)  # the backup carries this head: the keyring checkpoint follows
    update_pointer(
        store.paths,
        last={"file": str(out), "created": info.created, "bytes": info.size},
        last_error=None,
    )
    return info


def backup_now(store: Store) -> BackupInfo:
    """A backup into the backup folder (the Settings button), then rotation."""
    folder = backup_folder(store)
    ensure_folder(folder)
    info = create_backup(store, file_name(store, folder), kind="manual")
    if not store.log_damaged:  # a damaged or rolled-back store never rotates older backups away
        rotate(folder, store.store_id)
    return info
