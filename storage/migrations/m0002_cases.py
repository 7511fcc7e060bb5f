"""Case register: cases, full-text index, accepted guard findings (issue 3).

The cases engineer owns this step and extends it; the columns below are the contract other
features rely on (meetings refer to ``cases.id`` and drive ``cases.status``).
"""

from __future__ import annotations

from storage.sqlite_driver import Database


def upgrade(db: Database) -> None:
    db.execute(
        """CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'new',
            summary TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT"""
    )
