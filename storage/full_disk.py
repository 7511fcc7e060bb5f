"""Opening a store whose disk is full. SQLite cannot create the ``-shm`` file there, so the normal
open fails before a single page is read, and the user could not even copy the store away. This
open keeps the WAL index in process memory (locking_mode EXCLUSIVE: no ``-shm``), checks every
page's HMAC, writes nothing (no audit entry, no settled notices, no migration) and marks the store
``full_disk``: lists, documents and ``backup --out`` to another disk work; a write fails with
DiskFull, and the next open after space was freed is an ordinary one.
"""

from __future__ import annotations

import contextlib

from storage import connection, integrity, keyslots, migrations
from storage.clock import Clock
from storage.errors import DiskFull, StoreError, WrongDatabaseKey
from storage.keyslots import KeyFile
from storage.locking import StoreLock
from storage.paths import StorePaths
from storage.store import Store


def open_read_only(
    paths: StorePaths, keyfile: KeyFile, keys: list[bytearray], lock: StoreLock, clock: Clock, full: DiskFull
) -> Store:
    """The store, read-only, or ``full`` again when it needs a write first (an interrupted re-key or
    creation, an older schema) or no key opens it."""
    # An interrupted re-key or creation needs writes to finish.
    if any(s.pending for s in keyfile.slots) or keyslots.NOTICE_CREATING in keyfile.notices:
        raise full
    for key in keys:
        try:
            db = connection.open_database(paths.database, key, exclusive=True)
        except WrongDatabaseKey:
            continue
        try:
            if migrations.schema_version(db) != migrations.LATEST:
                raise full  # upgrading needs room
            problems = integrity.connection_problems(db.conn, structural=lock.stale_holder is not None)
            if problems:
                raise integrity.damaged(paths, keyfile.store_id, "; ".join(problems[:3]))
        except BaseException:
            connection.close_quietly(db)
            raise
        # read_only: nothing may try to move the checkpoint in the key file on a full disk
        store = Store(paths, db, keyfile, key, lock, clock, read_only=True)
        store.full_disk = True
        store.mark_unchanged()
        with contextlib.suppress(StoreError):
            lock.mark_open()  # best effort: the holder's few bytes may not fit either
        return store
    raise full
