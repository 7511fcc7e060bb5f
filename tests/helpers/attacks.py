"""Helpers for the attack tests: a store made the way the application makes it, the database key
as an insider with the passphrase gets it, raw SQL on the encrypted file, and file fingerprints."""

from __future__ import annotations

import contextlib
import hashlib
import json
import struct
from collections.abc import Iterator
from pathlib import Path

from storage import connection
from storage.access import create_store, open_store
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from storage.sqlite_driver import dbapi2
from storage.store import Store
from tests.helpers.common import PASSPHRASE


def make_store(root: Path, *, use_keyring: bool = True) -> tuple[Store, str]:
    return create_store(root, PASSPHRASE, use_keyring=use_keyring, kdf_params=FAST_TEST_PARAMS)


def add_entries(store: Store, count: int) -> None:
    for i in range(count):
        store.settings.set("meeting_title", f"Overlegtafel {i}")


def stolen_key(root: Path) -> bytes:
    """The database key, as anyone with the passphrase (and the keyring) can get it."""
    store = open_store(root, PASSPHRASE)
    store.on_close = None
    key = bytes(store.key)
    store.close()
    return key


@contextlib.contextmanager
def raw(root: Path, key: bytes) -> Iterator[dbapi2.Connection]:
    """SQL on the encrypted database, past every check of the application."""
    conn = connection.raw_connect(StorePaths(root).database, key)
    try:
        yield conn
    finally:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()


def last_seq(conn: dbapi2.Connection) -> int:
    return int(conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0])


def file_hashes(root: Path) -> dict[str, str]:
    """Every file under the store folder except the lock file."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "overlegtafel.lock"
    }


def reseal_keyfile(path: Path, doc: dict) -> None:
    """Write an edited key file the way an attacker who read the format would: with its
    checksum recomputed (SHA-256 over the sorted, compact JSON of everything but the checksum)."""
    doc = dict(doc)
    if "checksum" in doc:
        doc.pop("checksum")
        body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
        doc["checksum"] = hashlib.sha256(body).hexdigest()
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def backup_body(path: Path) -> tuple[dict, bytes]:
    """The header and the database bytes of a backup file."""
    data = path.read_bytes()
    _magic, _version, hlen = struct.unpack(">8sHI", data[:14])
    header = json.loads(data[14 : 14 + hlen])
    body = data[14 + hlen : 14 + hlen + int(header["db_bytes"])]
    return header, body
