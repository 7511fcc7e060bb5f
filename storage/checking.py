"""Opening a store for checking only (``overlegtafel verify``): not one byte of the store changes.

A checker must not write: an open that appends ``store.unlock`` before checking would repair the
very evidence it should report. So the database files are copied (encrypted, as they are) into a
private scratch folder while the store lock is held, and the copy is opened and checked; the
original key file, keyring entries and database are only read. The lock file is not store content
and keeps its bytes (it is released without truncating).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from storage import access, connection, integrity
from storage.clock import Clock, system_clock
from storage.errors import StoreCorrupt
from storage.keyslots import KeyFile
from storage.locking import StoreLock
from storage.paths import StorePaths
from storage.store import Store


@contextlib.contextmanager
def open_for_checking(root: Path, passphrase: str, *, clock: Clock = system_clock) -> Iterator[Store]:
    """A read-only Store over a scratch copy; ``store.alarms`` holds what the anchor check found
    (the lasting alarms in the checkpoints and new findings), exactly as an open would."""
    paths = StorePaths(Path(root))
    access.check_store_files(paths)
    scratch = Path(tempfile.mkdtemp(prefix="overlegtafel-controle-"))
    copy = StorePaths(scratch)
    lock = StoreLock(paths.lockfile)
    lock.acquire()
    try:
        keyfile = KeyFile.load(paths.keyfile)
        keys = access.keys_from_passphrase(keyfile, passphrase)
        for source in (paths.database, paths.wal, paths.shm, paths.keyfile):
            if source.exists():
                shutil.copy2(source, scratch / source.name)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    finally:
        lock.release(clean=False)
    store: Store | None = None
    try:
        try:
            db, key = access.open_candidates(copy, keyfile, keys, clock)
        except StoreCorrupt as exc:
            # Found in the copy: nothing of the store itself was moved aside.
            detail = str(exc.params.get("detail", ""))
            raise StoreCorrupt(
                detail=detail, aside="-", backup=integrity.newest_backup(paths, keyfile.store_id)
            ) from exc
        try:
            found = access.inspect_anchor(paths, db, keyfile, keys, clock)
        except BaseException:
            connection.close_quietly(db)
            raise
        store = Store(copy, db, keyfile, key, StoreLock(copy.lockfile), clock, read_only=True)
        store.alarms = found.alarms
        yield store
    finally:
        if store is not None:
            store.close()
        shutil.rmtree(scratch, ignore_errors=True)
