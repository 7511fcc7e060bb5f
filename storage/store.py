"""An open, unlocked store: the database connection plus the services that work on it.

A Store is used from one thread only (the background worker in the GUI). Closing it drops the
database key and closes the connection; nothing decrypted stays reachable from it.
"""

from __future__ import annotations

import contextlib
import getpass
import json
from collections.abc import Callable
from datetime import datetime

from storage import anchor, connection, migrations
from storage.audit import AuditLog, ChainCheck
from storage.clock import Clock, system_clock
from storage.errors import FullDiskReadOnly, StaleLockNotice, StoreClosed, StoreError
from storage.keyslots import KeyFile
from storage.locking import StoreLock, describe_holder
from storage.paths import StorePaths
from storage.settings import StoreSettings
from storage.sqlite_driver import Database

# Work done at an ordinary close while the store is still open (storage.access wires the automatic
# backup, storage.backup.at_close). It must never raise: closing goes on whatever it does.
CloseHook = Callable[["Store"], None]


class Store:
    def __init__(
        self,
        paths: StorePaths,
        db: Database,
        keyfile: KeyFile,
        key: bytearray,
        lock: StoreLock,
        clock: Clock = system_clock,
        *,
        read_only: bool = False,
        on_close: CloseHook | None = None,
    ) -> None:
        self.paths = paths
        self._db: Database | None = db
        self.keyfile = keyfile
        self._key: bytearray | None = key
        self._lock = lock
        self.clock = clock
        self.audit = AuditLog(db, keyfile.store_id, self.actor, clock)
        self.settings = StoreSettings(db, self.audit)
        self.stale_lock = lock.stale_holder is not None
        self.stale_holder = lock.stale_holder
        # Runs at an ordinary close (not for a read-only store); None switches it off.
        self.on_close: CloseHook | None = None if read_only else on_close
        self._changes_baseline: int | None = None
        # The audit checkpoint outside the database (storage.anchor). ``alarms`` is the lasting
        # "log damaged" state: shown by doctor, verify and the main window, never cleared silently.
        self.read_only = read_only
        self.alarms: list[anchor.Alarm] = []
        self.anchor_error: StoreError | OSError | None = None
        # The folder whose keyring checkpoint this store keeps (a checking copy keeps none).
        self.anchor_root = paths.root
        if not read_only:
            keyfile.bind(key)
            db.after_commit.append(self._after_commit)
        # Opened on a full disk without a -shm file (storage.full_disk): reading, reports and a
        # backup to another disk work; writes fail with DiskFull until space is freed.
        self.full_disk = False

    # -- identity ---------------------------------------------------------------------------
    @property
    def store_id(self) -> str:
        return self.keyfile.store_id

    @property
    def db(self) -> Database:
        if self._db is None:
            raise StoreClosed()
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise StoreClosed()
        return bytes(self._key)

    def actor(self) -> str:
        if self._db is None:
            return "?"
        row = self._db.execute("SELECT value FROM settings WHERE key='actor_name'").fetchone()
        if row is not None:
            name = json.loads(row[0])
            if name:
                return str(name)
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "onbekend"

    def now(self) -> datetime:
        return self.clock()

    # -- facts --------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return migrations.schema_version(self.db)

    @property
    def cipher_version(self) -> str:
        return connection.cipher_version(self.db)

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def integrity_check(self, quick: bool = False) -> list[str]:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [str(r[0]) for r in self.db.execute(f"PRAGMA {pragma}").fetchall()]
        return [] if rows == ["ok"] else rows

    def cipher_integrity_check(self) -> list[str]:
        """SQLCipher's own HMAC check of every page (detects flipped bits on disk)."""
        return [str(r[0]) for r in self.db.execute("PRAGMA cipher_integrity_check").fetchall()]

    def verify_audit(self) -> ChainCheck:
        return self.audit.verify()

    # -- the audit checkpoint outside the database ---------------------------------------------
    @property
    def log_damaged(self) -> bool:
        return bool(self.alarms)

    def audit_head(self) -> anchor.Head:
        return anchor.chain_tail(self.db, self.store_id)

    def _after_commit(self) -> None:
        self.sync_anchor()

    def sync_anchor(self, *, keyring: bool = False) -> None:
        """Move the checkpoint in the key file (and, with ``keyring``, in the keyring) to the
        chain's head. A failure never undoes committed work; it is kept for doctor."""
        if self.read_only or self._db is None or self._key is None:
            return
        checkpoint = anchor.checkpoint_for(self.audit_head(), self.alarms)
        try:
            if anchor.set_keyfile_checkpoint(self.keyfile, checkpoint):
                self.keyfile.save(self.paths.keyfile, lasting=keyring)
        except (StoreError, OSError) as exc:
            self.anchor_error = exc
        if keyring and self.keyfile.device_mode == "keyring":
            anchor.write_keyring(self.store_id, self.anchor_root, self._key, checkpoint)

    def full_disk_notice(self) -> str | None:
        """The message for a store opened read-only because its disk is full, or None."""
        if not self.full_disk:
            return None
        return FullDiskReadOnly(path=str(self.paths.root)).message()

    def stale_lock_notice(self) -> str | None:
        """The message for a previous session that did not close cleanly, or None."""
        if not self.stale_lock:
            return None
        return StaleLockNotice(holder=describe_holder(self.stale_holder)).message()

    # -- changes since the last backup ----------------------------------------------------------
    def mark_unchanged(self) -> None:
        """Nothing needs a backup as of now (called after opening and after each backup)."""
        self._changes_baseline = self.db.conn.total_changes

    def changed_since_backup(self) -> bool:
        """Whether anything was written since ``mark_unchanged`` (always, for a new store)."""
        if self._changes_baseline is None:
            return True
        return self.db.conn.total_changes > self._changes_baseline

    # -- life cycle ---------------------------------------------------------------------------
    def checkpoint(self) -> None:
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self, *, keep_lock: bool = False) -> StoreLock:
        """Close and forget the key. ``keep_lock`` hands the still-held lock to the caller
        (re-key swaps files while no other process may open the store)."""
        if self._db is not None and not keep_lock and self.on_close is not None:
            self.on_close(self)
        if self._db is not None and not keep_lock:
            with contextlib.suppress(Exception):  # closing goes on whatever happens
                self.sync_anchor(keyring=True)
        db, self._db = self._db, None
        if db is not None:
            # Closing must go on even if the checkpoint fails; the WAL is replayed next time.
            with contextlib.suppress(Exception):
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close_quietly(db)
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None
        self.keyfile.unbind()
        if not keep_lock:
            self._lock.release(clean=True)
        return self._lock

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
