"""Decision versions (issue 10, point 2): replacing a decision keeps the previous one.

* ``decisions.version``: 1 when recorded, one more at every explicit change
  (``DecisionService.change_decision``), which names the version it replaces.
* ``decision_versions``: each replaced version as it stood, with its confirmations, when it was
  replaced and by whom. A purge of the case replaces the texts here as in ``decisions``.
"""

from __future__ import annotations

from storage.sqlite_driver import Database


def upgrade(db: Database) -> None:
    db.execute("ALTER TABLE decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    db.execute(
        """CREATE TABLE decision_versions (
            id INTEGER PRIMARY KEY,
            decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            responsible_organisation TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            reason TEXT NOT NULL DEFAULT '',
            request TEXT NOT NULL DEFAULT '',
            keep_monitoring INTEGER NOT NULL DEFAULT 0,
            ind_confirmed_by TEXT,
            ind_confirmed_at TEXT,
            om_confirmed_by TEXT,
            om_confirmed_at TEXT,
            disagreement TEXT,
            disagreement_at TEXT,
            recorded_at TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            replaced_by TEXT NOT NULL DEFAULT '',
            UNIQUE (decision_id, version)
        ) STRICT"""
    )
