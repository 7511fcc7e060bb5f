"""Finding damage when a store opens, and setting damaged files aside, never deleting them.

What is checked before the database is trusted (see ``storage.access``):

* before connecting, on the files alone: an empty database (a truncation to 0 bytes would
  otherwise open as a new, empty store), a size that is not a whole number of pages (truncated),
  a zeroed header (the SQLCipher salt in the first 16 bytes), and a lost ``-wal`` file: the
  ``-shm`` index still says committed frames were waiting in a WAL that is gone;
* after connecting: ``PRAGMA cipher_integrity_check`` (SQLCipher's HMAC of every page: flipped
  bits) and ``PRAGMA quick_check`` (the b-tree structure);
* when the key does not open the database at all: if some pages pass the HMAC check with this key,
  the key is right and the file is damaged; only if none does can the key file be the wrong one.

Damaged files move to ``<store>/beschadigd/<timestamp>/`` (same file system: a rename, so this
works on a full disk too), with a copy of the key file so they can still be examined. The error
names that folder and the newest backup that verifies, so the UI and CLI can offer a restore.
A second open finds the database missing and says the same again: no crash loop, no new key.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import struct
from datetime import datetime
from pathlib import Path

from storage.atomic import fsync_dir
from storage.backup.catalogue import newest_good_backup
from storage.errors import StoreCorrupt, StoreError, WrongDatabaseKey
from storage.i18n import pick
from storage.paths import StorePaths
from storage.sqlite_driver import DatabaseError, dbapi2

PAGE_SIZE = 4096  # SQLCipher 4 default; the store never changes it
SALT_BYTES = 16
REASON_FILE = "reden.txt"


# --- setting damaged files aside ---------------------------------------------------------------
def _stamp() -> str:
    return datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")


def quarantine(paths: StorePaths, detail: str) -> Path:
    """Move the database files into a new ``beschadigd/<timestamp>`` folder; returns it."""
    base = paths.quarantine
    base.mkdir(mode=0o700, exist_ok=True)
    folder = base / _stamp()
    n = 1
    while folder.exists():
        n += 1
        folder = base / f"{_stamp()}-{n}"
    folder.mkdir(mode=0o700)
    for path in (paths.database, paths.wal, paths.shm, paths.rekey_database):
        if path.exists():
            os.replace(path, folder / path.name)
    with contextlib.suppress(OSError):  # the key file itself stays in place
        shutil.copy2(paths.keyfile, folder / paths.keyfile.name)
    with contextlib.suppress(OSError):
        (folder / REASON_FILE).write_text(
            f"{datetime.now().astimezone().isoformat(timespec='seconds')}\n{detail}\n", encoding="utf-8"
        )
    with contextlib.suppress(OSError):
        fsync_dir(folder)
    with contextlib.suppress(OSError):
        fsync_dir(paths.root)
    return folder


def latest_quarantine(paths: StorePaths) -> Path | None:
    if not paths.quarantine.is_dir():
        return None
    folders = sorted(p for p in paths.quarantine.iterdir() if p.is_dir())
    return folders[-1] if folders else None


def newest_backup(paths: StorePaths, store_id: str | None) -> str:
    """The newest backup of this store (None: of any store, in this store's backup folders) that
    verifies, or "" when there is none."""
    try:
        found = newest_good_backup(paths, store_id)
    except (OSError, StoreError):
        return ""
    return str(found) if found else ""


def damaged(paths: StorePaths, store_id: str, detail: str, *, move: bool = True) -> StoreCorrupt:
    """Set the damaged files aside (when ``move``) and build the error that offers a restore."""
    aside: Path | None = None
    if move:
        try:
            aside = quarantine(paths, detail)
        except OSError:
            aside = None  # read-only or vanished folder: leave everything where it is
    return StoreCorrupt(
        detail=detail, aside=str(aside) if aside else "-", backup=newest_backup(paths, store_id)
    )


def missing_database(paths: StorePaths, store_id: str) -> StoreCorrupt:
    aside = latest_quarantine(paths)
    return StoreCorrupt(
        detail=pick(
            "de database ontbreekt naast het sleutelbestand",
            "the database is missing next to the key file",
        ),
        aside=str(aside) if aside else "-",
        backup=newest_backup(paths, store_id),
    )


# --- checks on the files, before connecting -----------------------------------------------------
def wal_lost(paths: StorePaths) -> bool:
    """True when the ``-shm`` index says committed frames wait in a ``-wal`` file that is gone.

    The index header is stored twice (48 bytes each, native byte order); ``mxFrame`` (offset 16)
    is the last valid frame, ``nBackfill`` (offset 96) how many were copied into the database."""
    if paths.wal.exists() or not paths.shm.exists():
        return False
    try:
        with open(paths.shm, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return False
    if len(head) < 100:
        return False
    first, second = head[:48], head[48:96]
    if first != second or first[12] != 1:  # not initialised or torn: no claim either way
        return False
    (max_frame,) = struct.unpack_from("=I", first, 16)
    (backfilled,) = struct.unpack_from("=I", head, 96)
    return int(max_frame) > int(backfilled)


def file_problem(paths: StorePaths, *, creating: bool) -> str | None:
    """A description of damage visible in the files themselves, or None."""
    try:
        size = paths.database.stat().st_size
    except OSError:
        return None
    if size == 0:
        if creating:
            return None
        return pick("de database is leeg (0 bytes)", "the database is empty (0 bytes)")
    if size % PAGE_SIZE:
        return pick(
            f"de database is afgekapt ({size} bytes is geen veelvoud van {PAGE_SIZE})",
            f"the database is truncated ({size} bytes is not a multiple of {PAGE_SIZE})",
        )
    try:
        with open(paths.database, "rb") as fh:
            salt = fh.read(SALT_BYTES)
    except OSError:
        return None
    if salt == bytes(SALT_BYTES):
        return pick("de kop van de database is gewist", "the database header was zeroed")
    if wal_lost(paths):
        return pick(
            "het -wal-bestand met de laatste opgeslagen wijzigingen ontbreekt",
            "the -wal file holding the latest saved changes is missing",
        )
    return None


# --- checks through a keyed connection ----------------------------------------------------------
def connection_problems(conn: dbapi2.Connection, *, structural: bool = True) -> list[str]:
    """SQLCipher's HMAC check of every page and, with ``structural``, SQLite's quick_check; []
    when they pass. The HMAC check finds any change to the file on disk; quick_check (several times
    slower on a large store) adds structural damage only a crash mid-write could leave."""
    problems: list[str] = []
    for pragma in ("cipher_integrity_check", "quick_check") if structural else ("cipher_integrity_check",):
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        except StoreCorrupt as exc:
            rows = [str(exc.params.get("detail", exc))]
        except DatabaseError as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            problems.extend(rows)
    return problems[:5]


def _hmac_failures(path: Path, key: bytes | bytearray) -> tuple[int, int]:
    """(pages failing the HMAC check with this key, pages in the file)."""
    total = path.stat().st_size // PAGE_SIZE
    conn = dbapi2.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        rows = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except DatabaseError:
        return total, total
    finally:
        conn.close()
    return sum(1 for r in rows if "HMAC" in r), total


def diagnose_unreadable(paths: StorePaths, store_id: str, keys: list[bytearray]) -> StoreError:
    """The key from the key file did not open the database: damage, or a key file from elsewhere?"""
    for key in keys:
        try:
            failed, total = _hmac_failures(paths.database, key)
        except OSError:
            continue
        if total and failed < total:
            return damaged(
                paths,
                store_id,
                pick(
                    f"{failed} van {total} pagina's kloppen niet (HMAC-controle)",
                    f"{failed} of {total} pages fail the HMAC check",
                ),
            )
    return WrongDatabaseKey(backup=newest_backup(paths, store_id))
