"""Encrypted backups: one file each, made and restored without plaintext ever touching the disk.

File layout (integers big-endian)::

    magic     8 bytes   b"OTBACKUP"
    version   2 bytes   1
    hlen      4 bytes   length of the header
    header    JSON      format, store id, created, schema and app versions, database size, and a
                        copy of the store's key file: the database key K wrapped in its passphrase
                        and recovery slots, with the audit checkpoint (nothing else secret, nothing
                        of the content). It can replace a damaged live key file (restore_keyfile).
    database  db_bytes  a SQLCipher copy under the same key K, made with sqlcipher_export
    sha256    32 bytes  SHA-256 of everything before it (bit rot and truncation, checked without key)
    hmac      32 bytes  HMAC-SHA256 of the same bytes under a key derived from K by HKDF: the whole
                        file, slot metadata included (KDF parameters, device mode, pending state),
                        is authenticated before anything of it is used

So a backup opens with the same passphrase on the same computer (device secret in the keyring), or
with the recovery code anywhere. The copy is made next to the target, proven (integrity_check and
the same content digest as the store), then streamed into a temp file that is fsynced and renamed:
a full disk or a crash leaves the previous backups as they were.

Automatic backups are made when the store closes, only if ``quick_check`` passes and something
changed, into the folder of the ``backup_folder`` setting (default ``<store>/back-ups``), and
rotated: the 5 newest, and the newest of each of the last 7 days and of each of the last 4 weeks,
are kept. A small
pointer file next to the database remembers that folder, so a damaged store whose settings cannot
be read still finds its newest good backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import struct
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from storage import access, anchor, backup_temp, connection, keyslots, migrations, restore_journal
from storage.atomic import atomic_writer, fsync_dir, raise_for_oserror, write_atomic
from storage.errors import (
    BackupInvalid,
    DiskFull,
    InternalError,
    KeyFileCorrupt,
    ReadOnlyStore,
    RestoreOtherStore,
    StoreCorrupt,
    StoreError,
    StoreIOError,
    StoreTooNew,
    ValidationError,
)
from storage.i18n import pick
from storage.kdf import KdfParams
from storage.keyslots import KeyFile
from storage.locking import StoreLock
from storage.paths import StorePaths
from storage.sqlite_driver import Database, DatabaseError
from storage.store import Clock, Store, system_clock

MAGIC = b"OTBACKUP"
FORMAT = "overlegtafel-backup"
FORMAT_VERSION = 2
MAC_PURPOSE = "backup v2"
SUFFIX = ".otbak"
PREFIX = "overlegtafel-"
DEFAULT_FOLDER_NAME = "back-ups"
POINTER_NAME = "overlegtafel.backup.json"
REPLACED_FOLDER_NAME = restore_journal.REPLACED_FOLDER_NAME
SETTING_FOLDER = "backup_folder"
SETTING_AUTOMATIC = "backup_automatic"
KEEP_LATEST = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_FIXED = struct.Struct(">8sHI")
_DIGEST = 32
_TRAILER = 2 * _DIGEST
_MAX_HEADER = 1024 * 1024
_CHUNK = 1024 * 1024
_STALE_TEMP_SECONDS = 3600


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    store_id: str
    created: str
    schema_version: int
    app_version: str
    size: int
    db_bytes: int

    @property
    def created_at(self) -> datetime:
        moment = datetime.fromisoformat(self.created)
        return moment if moment.tzinfo is not None else moment.astimezone()


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    default_folder: Path
    automatic: bool
    last: BackupInfo | None
    count: int
    last_error: str

    @property
    def is_default_folder(self) -> bool:
        return self.folder == self.default_folder


@dataclass(frozen=True)
class CloseBackup:
    """What the automatic backup at close did: ``made``, or ``skipped`` with a reason, or ``error``."""

    made: BackupInfo | None = None
    skipped: str = ""
    error: StoreError | None = None
    removed: tuple[Path, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RestoreResult:
    store: Store
    backup: BackupInfo
    replaced: Path | None  # where the store that was replaced now lies, if there was one


# --- folders and the pointer file ----------------------------------------------------------------
def default_folder(paths: StorePaths) -> Path:
    return paths.root / DEFAULT_FOLDER_NAME


def _pointer_path(paths: StorePaths) -> Path:
    return paths.root / POINTER_NAME


def _read_pointer(paths: StorePaths) -> dict[str, Any]:
    try:
        doc = json.loads(_pointer_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def _update_pointer(paths: StorePaths, **changes: Any) -> None:
    """Best effort: the pointer only helps to find backups; failing to write it is no error."""
    doc = _read_pointer(paths)
    doc.update(changes)
    with contextlib.suppress(StoreError, OSError):
        write_atomic(_pointer_path(paths), (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode())


def backup_folder(store: Store) -> Path:
    value = store.settings.get(SETTING_FOLDER, "")
    return Path(value) if value else default_folder(store.paths)


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise_for_oserror(exc, folder)


def set_backup_folder(store: Store, folder: Path | None) -> Path:
    """Choose the backup folder (None: the default). It must exist or be creatable, and writable."""
    target = Path(folder).expanduser().resolve() if folder else default_folder(store.paths)
    _ensure_folder(target)
    probe = target / f".{PREFIX}probe-{secrets.token_hex(4)}"
    try:
        write_atomic(probe, b"")
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    value = "" if target == default_folder(store.paths) else str(target)
    if store.settings.get(SETTING_FOLDER, "") != value:
        store.settings.set(SETTING_FOLDER, value)
    _update_pointer(store.paths, folder=value or None)
    return target


def set_automatic(store: Store, enabled: bool) -> None:
    if bool(store.settings.get(SETTING_AUTOMATIC, True)) != enabled:
        store.settings.set(SETTING_AUTOMATIC, enabled)


# --- reading backup files -------------------------------------------------------------------------
def _invalid(path: Path, nl: str, en: str) -> BackupInvalid:
    return BackupInvalid(path=str(path), detail=pick(nl, en))


def _read_header(path: Path) -> tuple[BackupInfo, dict[str, Any], int]:
    """The header of a backup file (cheap: the content is not read). Returns info, header, and the
    offset of the database bytes."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            fixed = fh.read(_FIXED.size)
            if len(fixed) < _FIXED.size:
                raise _invalid(path, "te kort", "too short")
            magic, version, hlen = _FIXED.unpack(fixed)
            if magic != MAGIC:
                raise _invalid(path, "geen back-upbestand", "not a backup file")
            if version > FORMAT_VERSION:
                raise _invalid(
                    path,
                    "gemaakt door een nieuwere versie van Overlegtafel",
                    "written by a newer version of Overlegtafel",
                )
            if version < FORMAT_VERSION:
                raise _invalid(
                    path,
                    "oude opmaak zonder echtheidscontrole (HMAC)",
                    "old format without an authenticity check (HMAC)",
                )
            if hlen > _MAX_HEADER:
                raise _invalid(path, "kop onleesbaar", "header unreadable")
            raw = fh.read(hlen)
    except OSError as exc:
        raise BackupInvalid(path=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        header = json.loads(raw.decode("utf-8"))
        if header.get("format") != FORMAT:
            raise ValueError("format")
        info = BackupInfo(
            path=path,
            store_id=str(header["store_id"]),
            created=str(header["created"]),
            schema_version=int(header["schema_version"]),
            app_version=str(header.get("app_version", "?")),
            size=size,
            db_bytes=int(header["db_bytes"]),
        )
        datetime.fromisoformat(info.created)
        if not isinstance(header.get("keyfile"), dict):
            raise ValueError("keyfile")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise _invalid(path, "kop onleesbaar", "header unreadable") from exc
    offset = _FIXED.size + hlen
    if size != offset + info.db_bytes + _TRAILER:
        raise _invalid(path, "afgekapt of aangevuld", "truncated or padded")
    return info, header, offset


def describe_backup(path: Path) -> BackupInfo:
    """Facts from a backup's header, without checking the whole file."""
    return _read_header(Path(path))[0]


def _backup_mac_key(key: bytes | bytearray) -> bytes:
    return keyslots.mac_key(key, MAC_PURPOSE)


def _read_trailer(path: Path, size: int, macs: list[hmac.HMAC]) -> tuple[bytes, bytes]:
    """Feed everything before the trailer to SHA-256 and ``macs``; returns (sha256, hmac) stored."""
    digest = hashlib.sha256()
    remaining = size - _TRAILER
    try:
        with open(path, "rb") as fh:
            while remaining:
                chunk = fh.read(min(_CHUNK, remaining))
                if not chunk:
                    raise _invalid(path, "afgekapt", "truncated")
                digest.update(chunk)
                for mac in macs:
                    mac.update(chunk)
                remaining -= len(chunk)
            trailer = fh.read(_TRAILER)
    except OSError as exc:
        raise BackupInvalid(path=str(path), detail=exc.strerror or str(exc)) from exc
    if trailer[:_DIGEST] != digest.digest():
        raise _invalid(
            path, "controlegetal klopt niet: het bestand is beschadigd", "checksum mismatch: damaged"
        )
    return trailer[:_DIGEST], trailer[_DIGEST:]


def verify_backup(path: Path) -> BackupInfo:
    """Read the whole file and check its SHA-256; BackupInvalid if anything is off. (Whether the
    file is authentic needs the key: ``authentic_key``.)"""
    path = Path(path)
    info, _header, _offset = _read_header(path)
    _read_trailer(path, info.size, [])
    return info


def authentic_key(path: Path, keys: list[bytearray]) -> bytearray:
    """The key under whose HMAC the whole backup file was written; BackupInvalid if none fits (the
    file, its key slots or their metadata were changed by someone without the key)."""
    path = Path(path)
    info, _header, _offset = _read_header(path)
    macs = [hmac.new(_backup_mac_key(k), digestmod=hashlib.sha256) for k in keys]
    _sha, stored = _read_trailer(path, info.size, macs)
    for key, mac in zip(keys, macs, strict=True):
        if hmac.compare_digest(mac.digest(), stored):
            return key
    raise _invalid(
        path,
        "echtheidscontrole (HMAC) mislukt: het bestand of zijn sleutelgegevens zijn gewijzigd",
        "authenticity check (HMAC) failed: the file or its key data were changed",
    )


def list_backups(folder: Path, store_id: str | None = None) -> list[BackupInfo]:
    """Backups in ``folder`` (of one store, if given), newest first. Unreadable files are skipped."""
    found: list[BackupInfo] = []
    try:
        candidates = sorted(Path(folder).glob(f"*{SUFFIX}"))
    except OSError:
        return []
    for path in candidates:
        try:
            info = describe_backup(path)
        except BackupInvalid:
            continue
        if store_id is None or info.store_id == store_id:
            found.append(info)
    found.sort(key=_newest_key, reverse=True)
    return found


def _newest_key(info: BackupInfo) -> tuple[datetime, int]:
    """Order by creation time; two backups in the same instant (a frozen test clock) by file time."""
    try:
        written = info.path.stat().st_mtime_ns
    except OSError:
        written = 0
    return info.created_at, written


def _known_folders(paths: StorePaths) -> list[Path]:
    folders: list[Path] = []
    chosen = _read_pointer(paths).get("folder")
    if chosen:
        folders.append(Path(chosen))
    folders.append(default_folder(paths))
    return folders


def newest_good_backup(paths: StorePaths, store_id: str | None) -> Path | None:
    """The newest backup of this store that verifies and that this version can open."""
    seen: set[Path] = set()
    candidates: list[BackupInfo] = []
    for folder in _known_folders(paths):
        for info in list_backups(folder, store_id):
            if info.path not in seen:
                seen.add(info.path)
                candidates.append(info)
    candidates.sort(key=_newest_key, reverse=True)
    for info in candidates:
        if info.schema_version > migrations.LATEST:
            continue
        try:
            verify_backup(info.path)
        except BackupInvalid:
            continue
        return info.path
    return None


# --- making backups -------------------------------------------------------------------------------
def _file_name(store: Store, folder: Path) -> Path:
    stamp = store.now().strftime("%Y%m%d-%H%M%S")
    base = f"{PREFIX}{stamp}-{store.store_id[:8]}"
    path = folder / f"{base}{SUFFIX}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}{SUFFIX}"
    return path


def _remove_quietly(*paths: Path) -> None:
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
        digest = access.content_digest(Database(conn, execute_plugins=False))
    finally:
        conn.close()
    if rows != ["ok"] or digest != expected_digest:
        raise InternalError(detail="backup copy differs from the store")


def _keyfile_copy(store: Store) -> dict[str, object]:
    """The key file as it travels with a backup: only settled slots of the current key, signed."""
    key_id = keyslots.key_id(store.key)
    copy = store.keyfile.copy()
    copy.slots = [s for s in copy.slots if s.key_id == key_id and not s.pending]
    copy.notices = [n for n in copy.notices if n != access.CREATING]
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
    from importlib import metadata

    try:
        return metadata.version("overlegtafel")
    except metadata.PackageNotFoundError:
        return "?"


def create_backup(store: Store, out: Path, *, kind: str = "manual") -> BackupInfo:
    """Write an encrypted backup of ``store`` to ``out`` (atomically). Must not run inside a
    transaction. Raises StoreCorrupt when the store fails its quick check (no damaged backups).
    Its temp files are noted first (storage.backup_temp), so a kill leaves none for long."""
    out = Path(out).expanduser().resolve()
    if out.is_dir():
        out = _file_name(store, out)
    folder = out.parent
    _ensure_folder(folder)
    problems = store.integrity_check(quick=True)
    if problems:
        raise StoreCorrupt(detail="; ".join(problems[:3]), aside="-")
    if not store.full_disk:  # on a full disk not even the note fits; the copy goes elsewhere
        backup_temp.noting(store.paths, out)
    copy = folder / f"{backup_temp.temp_prefix(out)}{secrets.token_hex(4)}.tmp-db"
    try:
        try:
            _export_copy(store, copy)
            _prove_copy(store, copy, access.content_digest(store.db))
        except (StoreError, DatabaseError) as exc:
            raise _as_target_error(exc, out) from exc
        db_bytes = copy.stat().st_size
        header = _header(store, db_bytes)
        with open(copy, "rb") as src:
            _write_backup_file(out, header, src, _backup_mac_key(store.key))
    except OSError as exc:
        raise_for_oserror(exc, folder)
    except DiskFull as exc:  # name the folder that is full, never a hidden temp file
        raise DiskFull(path=str(folder)) from exc
    finally:
        _remove_quietly(copy, Path(f"{copy}-journal"))
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
    _update_pointer(
        store.paths,
        last={"file": str(out), "created": info.created, "bytes": info.size},
        last_error=None,
    )
    return info


def _write_backup_file(out: Path, header: bytes, body: BinaryIO, mac_key: bytes, length: int = -1) -> None:
    """Fixed part, header, ``length`` bytes of ``body`` (all of it: -1), SHA-256 and HMAC; atomically."""
    digest = hashlib.sha256()
    mac = hmac.new(mac_key, digestmod=hashlib.sha256)
    with atomic_writer(out) as fh:

        def put(part: bytes) -> None:
            fh.write(part)
            digest.update(part)
            mac.update(part)

        put(_FIXED.pack(MAGIC, FORMAT_VERSION, len(header)))
        put(header)
        remaining = length
        while remaining:
            chunk = body.read(_CHUNK if remaining < 0 else min(_CHUNK, remaining))
            if not chunk:
                if remaining > 0:
                    raise InternalError(detail="backup body shorter than its header says")
                break
            put(chunk)
            remaining -= len(chunk) if remaining > 0 else 0
        fh.write(digest.digest())
        fh.write(mac.digest())


def _clean_stale_temp_files(folder: Path, store_id: str) -> None:
    """Temp files a crash left behind (encrypted, but clutter). Only ours, only old ones."""
    cutoff = time.time() - _STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for path in folder.glob(f".{PREFIX}*{store_id[:8]}*"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()


def rotate(
    folder: Path,
    store_id: str,
    *,
    keep_latest: int = KEEP_LATEST,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> list[Path]:
    """Keep the ``keep_latest`` newest backups, and the newest backup of each of the last
    ``keep_daily`` days and of each of the last ``keep_weekly`` ISO weeks; remove this store's other
    backups. Files that are not readable backups of this store are never touched."""
    backups = list_backups(folder, store_id)
    if not backups:
        return []
    keep = {info.path for info in backups[: max(1, keep_latest)]}
    per_day: dict[object, BackupInfo] = {}
    per_week: dict[object, BackupInfo] = {}
    for info in backups:  # newest first, so the first of each day/week is its newest
        per_day.setdefault(info.created_at.date(), info)
        per_week.setdefault(tuple(info.created_at.isocalendar())[:2], info)
    for day in sorted(per_day, reverse=True)[:keep_daily]:
        keep.add(per_day[day].path)
    for week in sorted(per_week, reverse=True)[:keep_weekly]:
        keep.add(per_week[week].path)
    removed = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    _clean_stale_temp_files(folder, store_id)
    return removed


def backup_now(store: Store) -> BackupInfo:
    """A backup into the backup folder (the Settings button), then rotation."""
    folder = backup_folder(store)
    _ensure_folder(folder)
    info = create_backup(store, _file_name(store, folder), kind="manual")
    if not store.log_damaged:  # a damaged or rolled-back store never rotates older backups away
        rotate(folder, store.store_id)
    return info


def backup_on_close(store: Store) -> CloseBackup:
    """The automatic backup when the store closes. Never raises: a failure is recorded in the audit
    log and the pointer file, and the store closes as usual."""
    try:
        if store.full_disk:
            return CloseBackup(skipped="disk_full")  # the next ordinary session retries it
        if not bool(store.settings.get(SETTING_AUTOMATIC, True)):
            return CloseBackup(skipped="disabled")
        folder = backup_folder(store)
        if not _needs_backup(store, folder):
            return CloseBackup(skipped="unchanged")
        if store.integrity_check(quick=True):
            _record_failure(store, "quick_check")
            return CloseBackup(skipped="quick_check")
        _ensure_folder(folder)
        info = create_backup(store, _file_name(store, folder), kind="auto")
        if store.log_damaged:  # keep every older backup: one of them may be the good state
            return CloseBackup(made=info)
        return CloseBackup(made=info, removed=tuple(rotate(folder, store.store_id)))
    except Exception as exc:
        error = exc if isinstance(exc, StoreError) else InternalError(detail=type(exc).__name__)
        _record_failure(store, type(exc).__name__, error)
        return CloseBackup(error=error)


# Audit entries that record no change of content: opening, and backups themselves.
_NOT_A_CHANGE = ("store.unlock", "backup.create")


def _needs_backup(store: Store, folder: Path) -> bool:
    """Changes in this session, or changes that no backup holds yet because an earlier attempt
    failed (full disk, missing folder, a kill): the audit log records every change, and the
    newest successful backup's own entry marks what that backup holds."""
    if store.changed_since_backup() or not list_backups(folder, store.store_id):
        return True
    row = store.db.execute(
        "SELECT max(seq) FROM audit_log WHERE action = 'backup.create' AND result = 'ok'"
    ).fetchone()
    last_ok = int(row[0]) if row and row[0] is not None else 0
    marks = ", ".join("?" for _ in _NOT_A_CHANGE)
    later = store.db.execute(
        f"SELECT 1 FROM audit_log WHERE seq > ? AND action NOT IN ({marks}) LIMIT 1",
        (last_ok, *_NOT_A_CHANGE),
    ).fetchone()
    return later is not None


def _record_failure(store: Store, reason: str, error: StoreError | None = None) -> None:
    with contextlib.suppress(Exception):
        store.audit.append(
            "backup.create", "backup", "-", result="failed", detail={"kind": "auto", "reason": reason}
        )
    message = (
        error.message()
        if error is not None
        else pick(
            "de snelle controle van de opslag gaf fouten; er is geen back-up gemaakt",
            "the store's quick check found problems; no backup was made",
        )
    )
    _update_pointer(
        store.paths, last_error={"at": store.now().isoformat(timespec="seconds"), "message": message}
    )


def status(store: Store) -> BackupStatus:
    folder = backup_folder(store)
    backups = list_backups(folder, store.store_id)
    last_error = _read_pointer(store.paths).get("last_error") or {}
    return BackupStatus(
        folder=folder,
        default_folder=default_folder(store.paths),
        automatic=bool(store.settings.get(SETTING_AUTOMATIC, True)),
        last=backups[0] if backups else None,
        count=len(backups),
        last_error=str(last_error.get("message", "")) if isinstance(last_error, dict) else "",
    )


# --- restoring ------------------------------------------------------------------------------------
def _keyfile_from_header(path: Path, header: dict[str, Any]) -> KeyFile:
    try:
        keyfile = KeyFile.from_bytes(keyslots.serialise(header["keyfile"]), path)
    except (KeyFileCorrupt, ValueError, TypeError) as exc:
        raise _invalid(path, "sleutelgegevens onleesbaar", "key data unreadable") from exc
    if keyfile.store_id != str(header["store_id"]):
        raise _invalid(path, "sleutelgegevens horen bij een andere opslag", "key data of another store")
    return keyfile


def _write_database(path: Path, source: Path, offset: int, length: int) -> None:
    try:
        with open(source, "rb") as src, open(path, "wb") as dst:
            os.chmod(path, 0o600)
            src.seek(offset)
            remaining = length
            while remaining:
                chunk = src.read(min(_CHUNK, remaining))
                if not chunk:
                    raise BackupInvalid(path=str(source), detail=pick("afgekapt", "truncated"))
                dst.write(chunk)
                remaining -= len(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        _remove_quietly(path)
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
    info, header, offset = _read_header(backup)
    if info.schema_version > migrations.LATEST:
        raise StoreTooNew(found=info.schema_version, supported=migrations.LATEST)
    keyfile = _keyfile_from_header(backup, header)
    if recovery_code is not None:
        if new_passphrase is None:
            raise InternalError(detail="restore with a recovery code needs a new passphrase")
        access.check_passphrase_minimum(new_passphrase)
        keys = access.unwrap_keys(keyfile, recovery=recovery_code)
    else:
        keys = access.unwrap_keys(keyfile, passphrase=passphrase)
    keys = [authentic_key(backup, keys)]

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
    try:
        store.audit.append(
            "store.restore",
            "store",
            store.store_id,
            detail={
                "backup_created": info.created,
                "schema": info.schema_version,
                "replaced": replaced is not None,
                "how": "recovery" if recovery_code is not None else "passphrase",
            },
        )
    except BaseException:
        store.close()
        raise
    return RestoreResult(store=store, backup=info, replaced=replaced)


def _chain_tail(path: Path, key: bytearray, store_id: str) -> anchor.Head:
    conn = connection.raw_connect(path, key)
    try:
        return anchor.chain_tail(conn, store_id)
    finally:
        conn.close()


def restore_keyfile(
    backup: Path,
    root: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    replace_intact: bool = False,
) -> Path:
    """Replace a damaged live key file by the copy in ``backup`` (checked: SHA-256, the slot opens,
    HMAC). The damaged file moves to ``beschadigd/<time>/``; returns its new path. A key file that
    is not damaged is only replaced with ``replace_intact`` (doctor reported it changed outside
    Overlegtafel), and only by a copy of the same store."""
    backup = Path(backup).expanduser().resolve()
    verify_backup(backup)
    _info, header, _offset = _read_header(backup)
    keyfile = _keyfile_from_header(backup, header)
    keys = access.unwrap_keys(keyfile, passphrase=passphrase, recovery=recovery_code)
    key = authentic_key(backup, keys)
    paths = StorePaths(Path(root).expanduser().resolve())
    lock = StoreLock(paths.lockfile)
    lock.acquire()
    try:
        try:
            current = KeyFile.load(paths.keyfile)
        except KeyFileCorrupt:
            current = None
        if current is not None and replace_intact and current.store_id != keyfile.store_id:
            raise RestoreOtherStore(
                backup_id=keyfile.store_id, store_id=current.store_id, path=str(paths.root)
            )
        if current is not None and not replace_intact:
            raise ValidationError(
                detail=pick(
                    f"het sleutelbestand {paths.keyfile} is niet beschadigd; het wordt niet vervangen",
                    f"the key file {paths.keyfile} is not damaged; it is not replaced",
                )
            )
        if current is None and paths.keyfile.exists() and keyfile.store_id not in _raw_text(paths.keyfile):
            raise RestoreOtherStore(backup_id=keyfile.store_id, store_id="?", path=str(paths.root))
        aside = _keyfile_aside(paths)
        keyfile.bind(key)
        keyfile.save(paths.keyfile)
        _forget_keyfile_alarms(paths, keyfile, key)
    finally:
        lock.release(clean=True)
    return aside


def _forget_keyfile_alarms(paths: StorePaths, keyfile: KeyFile, key: bytearray) -> None:
    """Putting back a signed copy answers "the key file was changed outside Overlegtafel"; every
    other alarm stays."""
    checkpoint, valid = anchor.read_keyring(keyfile.store_id, paths.root, [key])
    if checkpoint is None or not valid:
        return
    kept = tuple(a for a in checkpoint.alarms if a.kind != anchor.KEYFILE_CHANGED)
    if kept != checkpoint.alarms:
        anchor.write_keyring(
            keyfile.store_id, paths.root, key, anchor.Checkpoint(checkpoint.seq, checkpoint.head, kept)
        )


def _raw_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("ascii", errors="replace")
    except OSError:
        return ""


def _keyfile_aside(paths: StorePaths) -> Path:
    stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
    folder = paths.quarantine / stamp
    n = 1
    while folder.exists():
        n += 1
        folder = paths.quarantine / f"{stamp}-{n}"
    target = folder / paths.keyfile.name
    try:
        folder.mkdir(parents=True, mode=0o700)
        if paths.keyfile.exists():
            os.replace(paths.keyfile, target)
        fsync_dir(folder)
    except OSError as exc:
        raise_for_oserror(exc, folder)
    return target


# --- a new recovery code reaches the backups --------------------------------------------------------
def new_recovery_code(store: Store, passphrase: str, *, kdf_params: KdfParams | None = None) -> str:
    """``access.new_recovery_code``, then every backup of this store in its known folders that is
    under the current key gets the new recovery slot instead of the old one, so the old code no
    longer opens them. The database bodies are copied unchanged."""
    code = access.new_recovery_code(store, passphrase, kdf_params=kdf_params)
    rewrapped, skipped = rewrap_backups(store)
    store.audit.append("backup.rewrap", "backup", "-", detail={"rewrapped": rewrapped, "skipped": skipped})
    return code


def rewrap_backups(store: Store) -> tuple[int, int]:
    """(backups given the current recovery slot, backups left as they were: other key or unreadable)."""
    folders = [backup_folder(store), *_known_folders(store.paths)]
    seen: set[Path] = set()
    done = skipped = 0
    for folder in folders:
        for info in list_backups(folder, store.store_id):
            if info.path in seen:
                continue
            seen.add(info.path)
            try:
                _rewrap(store, info)
            except (StoreError, OSError):
                skipped += 1
                continue
            done += 1
    return done, skipped


def _rewrap(store: Store, info: BackupInfo) -> None:
    key = bytearray(store.key)
    authentic_key(info.path, [key])  # BackupInvalid for another key or a changed file
    _info, header, offset = _read_header(info.path)
    copy = _keyfile_from_header(info.path, header)
    current = [
        s for s in store.keyfile.recovery_slots() if not s.pending and s.key_id == keyslots.key_id(key)
    ]
    copy.slots = [s for s in copy.slots if s.kind != "recovery"] + current
    copy.bind(key)
    header["keyfile"] = copy.to_doc()
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    stat = info.path.stat()
    with open(info.path, "rb") as src:
        src.seek(offset)
        _write_backup_file(info.path, raw, src, _backup_mac_key(key), info.db_bytes)
    os.utime(info.path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


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
