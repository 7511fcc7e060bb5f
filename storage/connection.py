"""The one module that opens SQLCipher connections.

Raw 256-bit key (no second key derivation inside SQLCipher), logging off, an immediate verification
read, WAL with synchronous=FULL, foreign keys, temp data in memory (page ciphers do not cover temp
files) and secure_delete.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from storage.atomic import raise_for_oserror
from storage.errors import (
    DiskFull,
    InternalError,
    PlaintextStore,
    ReadOnlyStore,
    StoreError,
    StoreIOError,
    WrongDatabaseKey,
    environment_error_from_text,
)
from storage.i18n import pick
from storage.sqlite_driver import SQLITE_HEADER, Database, DatabaseError, dbapi2

# Less free space than this when SQLite reports an I/O error: call it what it is, a full disk.
LOW_SPACE_BYTES = 1024 * 1024


def _translate(exc: BaseException, path: Path | None) -> BaseException:
    """The typed error for an environment failure (full, read-only, busy, I/O, corrupt); any other
    SQLite error (a bug: no such table, constraint, syntax) is passed on unchanged. "file is not a
    database" is left alone too: at the first read it means a wrong key (see raw_connect)."""
    text = str(exc)
    if path is None or "not a database" in text:
        return exc
    if (
        environment_error_from_text(text, str(path), str(path.parent)) is None
        and "unable to open" not in text
    ):
        return exc
    return classify(exc, path)


class StoreCursor(dbapi2.Cursor):  # type: ignore[misc]  # sqlcipher3 ships no type information
    def execute(self, *args: Any, **kwargs: Any) -> StoreCursor:
        try:
            cursor: StoreCursor = super().execute(*args, **kwargs)
        except DatabaseError as exc:
            raise _translate(exc, getattr(self.connection, "store_path", None)) from exc
        return cursor

    def executemany(self, *args: Any, **kwargs: Any) -> StoreCursor:
        try:
            cursor: StoreCursor = super().executemany(*args, **kwargs)
        except DatabaseError as exc:
            raise _translate(exc, getattr(self.connection, "store_path", None)) from exc
        return cursor

    def executescript(self, *args: Any, **kwargs: Any) -> StoreCursor:
        try:
            cursor: StoreCursor = super().executescript(*args, **kwargs)
        except DatabaseError as exc:
            raise _translate(exc, getattr(self.connection, "store_path", None)) from exc
        return cursor

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except DatabaseError as exc:
            raise _translate(exc, getattr(self.connection, "store_path", None)) from exc

    def fetchmany(self, *args: Any, **kwargs: Any) -> list[Any]:
        try:
            rows: list[Any] = super().fetchmany(*args, **kwargs)
        except DatabaseError as exc:
            raise _translate(exc, getattr(self.connection, "store_path", None)) from exc
        return rows

    def fetchall(self) -> list[Any]:
        try:
            rows: list[Any] = super().fetchall()
        except DatabaseError as exc:
            raise _translate(exc, getattr(self.connection, "store_path", None)) from exc
        return rows

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except DatabaseError as exc:
            raise _translate(exc, getattr(self.connection, "store_path", None)) from exc


class StoreConnection(dbapi2.Connection):  # type: ignore[misc]  # sqlcipher3 ships no type information
    """A SQLCipher connection whose environment errors arrive typed, so that a service call fails
    with DiskFull or ReadOnlyStore (each with its own message) rather than a bare driver error."""

    store_path: Path | None = None

    def cursor(self, factory: Any = None) -> Any:
        return super().cursor(factory or StoreCursor)

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().execute(*args, **kwargs)
        except DatabaseError as exc:
            raise _translate(exc, self.store_path) from exc

    def executemany(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().executemany(*args, **kwargs)
        except DatabaseError as exc:
            raise _translate(exc, self.store_path) from exc

    def executescript(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().executescript(*args, **kwargs)
        except DatabaseError as exc:
            raise _translate(exc, self.store_path) from exc

    def commit(self) -> None:
        try:
            super().commit()
        except DatabaseError as exc:
            raise _translate(exc, self.store_path) from exc


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
    except IsADirectoryError as exc:
        raise StoreIOError(
            path=str(path), detail=pick("dit is een map, geen bestand", "this is a folder, not a file")
        ) from exc
    except OSError as exc:
        raise_for_oserror(exc, path)
        raise  # pragma: no cover - raise_for_oserror always raises


def raw_connect(path: Path, key: bytes | bytearray, *, exclusive: bool = False) -> dbapi2.Connection:
    """Key a connection and prove the key with a read, touching nothing on failure.

    ``exclusive``: locking_mode EXCLUSIVE before the first read, so that SQLite keeps the WAL index
    in process memory and never creates the ``-shm`` file (which a full disk cannot hold)."""
    if path.exists() and starts_with_plaintext_header(path):
        raise PlaintextStore(path=str(path))
    try:
        # With cipher_memory_security on, every statement prepared anew costs allocations that
        # SQLCipher locks and wipes; the services use a few hundred distinct statements, so
        # keeping them all prepared made a demo fill 2.5x faster (128, the default, thrashed).
        conn = dbapi2.connect(
            str(path), isolation_level=None, timeout=5.0, factory=StoreConnection, cached_statements=1024
        )
    except dbapi2.OperationalError as exc:
        raise classify(exc, path) from exc
    conn.store_path = path
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Wipe (and lock in RAM where the OS allows) SQLCipher's memory for keys and pages before
        # it is freed. Process-wide; set before the key, so the key is covered from the start.
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute(_key_pragma(key))
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
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


def open_database(path: Path, key: bytes | bytearray, *, exclusive: bool = False) -> Database:
    conn = raw_connect(path, key, exclusive=exclusive)
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


def _file_size_limit() -> int | None:
    """The process's file-size limit (RLIMIT_FSIZE), if one is set."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no rlimits
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else int(soft)


def _probe_folder(folder: Path) -> StoreError | None:
    """Find out what an unspecific SQLite failure ("disk I/O error", "unable to open") really was:
    a full disk, a file-size limit, or a folder that cannot be written."""
    try:
        if shutil.disk_usage(folder).free < LOW_SPACE_BYTES:
            return DiskFull(path=str(folder))
    except OSError:
        pass
    limit = _file_size_limit()
    if limit is not None:
        with contextlib.suppress(OSError):
            for child in folder.iterdir():
                with contextlib.suppress(OSError):
                    if child.is_file() and child.stat().st_size + 64 * 1024 >= limit:
                        return DiskFull(path=str(child))
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".overlegtafel-probe-") as fh:
            fh.write(b"\0" * 4096)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return DiskFull(path=str(folder))
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyStore(path=str(folder))
    return None


def classify(exc: BaseException, path: Path) -> Exception:
    """Map SQLite errors onto environment errors with their own message."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        try:
            raise_for_oserror(exc, path)
        except Exception as typed:
            return typed
    text = str(exc)
    low = text.lower()
    folder = path.parent
    if "disk i/o" in low or "i/o error" in low or "unable to open" in low:
        probed = _probe_folder(folder)
        if probed is not None:
            return probed
        if "unable to open" in low:
            return StoreIOError(path=str(path), detail=text)
    mapped = environment_error_from_text(text, str(path), str(folder))
    if mapped is not None:
        return mapped
    return InternalError(detail=f"{type(exc).__name__}: {exc}")


def close_quietly(db: Database | None) -> None:
    if db is None:
        return
    with contextlib.suppress(Exception):
        db.close()
