"""Store metadata, store-wide settings, number counters and the hash-chained audit log."""

from __future__ import annotations

from storage.sqlite_driver import Database


def upgrade(db: Database) -> None:
    db.execute(
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT"""
    )
    # Numbers such as B-2026-03-02 are handed out from here and never reused, not even after
    # the numbered record is deleted.
    db.execute(
        """CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            object_type TEXT NOT NULL,
            object_id TEXT NOT NULL,
            result TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX audit_log_object ON audit_log(object_type, object_id)")
    db.execute("CREATE INDEX audit_log_action ON audit_log(action)")
