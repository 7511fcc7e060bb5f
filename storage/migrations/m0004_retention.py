"""Retention and purging (issue 6): tombstones of purged cases and the redaction marks of seals.

* ``cases.purged_at``: set once when a case's content is purged (``storage.purge``). A trigger
  keeps the row as the purge left it: no later write may put content back into a tombstone.
* ``case_tombstones``: what stays of a purged case: reference, dates, outcome type and the day of
  the purge ("verwijderd wegens bewaartermijn op …"). No free text.
* ``seals.redacted_fingerprint``: SHA-256 of the record *after* a purge redacted it. The original
  fingerprint stays in ``seals.fingerprint``; ``verify`` checks the redacted record against this.
* ``addenda.redacted_at``: an addendum whose text a purge replaced (its own fingerprint no longer
  matches, by design).
* The full-text index's ``secure-delete`` option (already set by m0002) is set again, so that a
  store whose index predates it removes deleted tokens from the index b-tree as well.
"""

from __future__ import annotations

from storage.sqlite_driver import Database


def upgrade(db: Database) -> None:
    db.execute("ALTER TABLE cases ADD COLUMN purged_at TEXT")
    db.execute(
        """CREATE TABLE case_tombstones (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id),
            reference TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            closed_at TEXT,
            last_decision TEXT NOT NULL DEFAULT '',
            last_decision_date TEXT,
            outcome TEXT NOT NULL DEFAULT '',
            retention_until TEXT,
            rule_years INTEGER,
            purged_at TEXT NOT NULL,
            purged_by TEXT NOT NULL
        ) STRICT"""
    )
    db.execute(
        """CREATE TRIGGER cases_purged_frozen BEFORE UPDATE ON cases
        WHEN OLD.purged_at IS NOT NULL
        BEGIN
            SELECT RAISE(ABORT, 'overlegtafel: case purged under the retention rules');
        END"""
    )
    db.execute("ALTER TABLE seals ADD COLUMN redacted_fingerprint TEXT")
    db.execute("ALTER TABLE addenda ADD COLUMN redacted_at TEXT")
    db.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
