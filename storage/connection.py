"""The one module that opens SQLCipher connections.

Raw 256-bit key (no second key derivation inside SQLCipher), logging off, an immediate verification
read, WAL with synchronous=FULL, foreign keys, temp data in memory (page ciphers do not cover temp
files) and secure_delete.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from storage.atomic import raise_for_oserror
from storage.errors import (
    DiskFull,
    InternalError,
    PlaintextStore,
    ReadOnlyStore,
    StoreBusy,
    StoreCorrupt,
    StoreIOError,
    WrongDatabaseKey,
)
from storage.sqlite_driver import SQLITE_HEADER, Database, DatabaseError, dbapi2


def _key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise InternalError(detail="database key must be 32 bytes")
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def starts_with_plaintext_header(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def raw_connect(path: Path, key: bytes | bytearray) -> dbapi2.Connection:
    """Key a connection and prove the key with a read, touching nothing on failure."""
    if path.exists() and starts_with_plaintext_header(path):
        raise PlaintextStore(path=str(path))
    try:
        conn = dbapi2.connect(str(path), isolation_level=None, timeout=5.0)
    except dbapi2.OperationalError as exc:
        raise classify(exc, path) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            if "not a database" in str(exc) or "encrypted" in str(exc):
                raise WrongDatabaseKey() from exc
            raise
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise InternalError(detail="PRAGMA cipher_version gave no answer: no SQLCipher")
    except BaseException:
        conn.close()
        raise
    return conn


def apply_pragmas(conn: dbapi2.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Pages in the cache are held decrypted; a larger cache saves re-decrypting hot pages. It
    # lives in process memory only (temp_store = MEMORY keeps spills off the disk as well).
    conn.execute("PRAGMA cache_size = -32000")


def open_database(path: Path, key: bytes | bytearray) -> Database:
    conn = raw_connect(path, key)
    try:
        apply_pragmas(conn)
        db = Database(conn, execute_plugins=False)
    except BaseException:
        conn.close()
        raise
    if starts_with_plaintext_header(path):
        db.close()
        raise PlaintextStore(path=str(path))
    return db


def cipher_version(db: Database) -> str:
    row = db.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""


def classify(exc: BaseException, path: Path) -> Exception:
    """Map SQLite errors onto environment errors with their own message."""
    if isinstance(exc, OSError):
        try:
            raise_for_oserror(exc, path)
        except Exception as mapped:
            return mapped
    text = str(exc).lower()
    if "database or disk is full" in text or "disk full" in text:
        return DiskFull(path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnlyStore(path=str(path.parent))
    if "locked" in text or "busy" in text:
        return StoreBusy()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreCorrupt(detail=str(exc), aside="-")
    if "disk i/o" in text or "i/o error" in text:
        return StoreIOError(path=str(path), detail=str(exc))
    return InternalError(detail=f"{type(exc).__name__}: {exc}")


def close_quietly(db: Database | None) -> None:
    if db is None:
        return
    with contextlib.suppress(Exception):
        db.close()
