"""Case register: cases, their own history events, the generic full-text index and the findings of
the anonymity guard that a user chose to keep (issue 3).

The cases engineer owns this step. The columns ``id, reference, status, summary, created_at,
updated_at`` of ``cases`` are the contract other features rely on (meetings refer to ``cases.id``
and drive ``cases.status`` through ``storage.cases.status.set_case_status``).
"""

from __future__ import annotations

from storage.sqlite_driver import Database


def upgrade(db: Database) -> None:
    _create_cases(db)
    _create_case_events(db)
    _create_search_index(db)
    _create_guard_accepted(db)


def _create_cases(db: Database) -> None:
    """The case register and the indexes its sorting and saved filters use."""
    db.execute(
        """CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'new',
            summary TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            grounds TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            period_from TEXT NOT NULL DEFAULT '',
            period_to TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            organisations TEXT NOT NULL DEFAULT '',
            ind_status TEXT NOT NULL DEFAULT '',
            ind_status_note TEXT NOT NULL DEFAULT '',
            urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
            urgency_reason TEXT NOT NULL DEFAULT '',
            question TEXT NOT NULL DEFAULT '',
            closed_at TEXT,
            retention_until TEXT
        ) STRICT"""
    )
    # Sorting and the saved filters of the register; 10,000 cases must stay instant.
    db.execute("CREATE INDEX cases_status ON cases(status)")
    db.execute("CREATE INDEX cases_updated ON cases(updated_at)")
    db.execute("CREATE INDEX cases_retention ON cases(retention_until) WHERE retention_until IS NOT NULL")
    db.execute("CREATE INDEX cases_urgent ON cases(urgent) WHERE urgent = 1")


def _create_case_events(db: Database) -> None:
    """The case history events."""
    # The case's own history (created, imported, status changes). Meetings add their events through
    # the provider hook in storage.cases.history rather than by writing here.
    db.execute(
        """CREATE TABLE case_events (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '{}',
            ref TEXT NOT NULL DEFAULT ''
        ) STRICT"""
    )
    db.execute("CREATE INDEX case_events_case ON case_events(case_id, at)")


def _create_search_index(db: Database) -> None:
    """The one full-text index the register searches, and what each of its documents belongs to."""
    # One full-text index for everything the register searches: case text now, minutes later
    # (see storage.cases.search). A document is keyed by (kind, object_id) in search_docs and points
    # at the case it belongs to, so a search answers "which cases" whatever kind of text matched.
    # A case's own document has doc = case id, so the common search needs no lookup at all.
    # Contentless: the index keeps no second copy of the text; secure-delete removes a deleted
    # document's tokens from the index itself.
    db.execute(
        """CREATE VIRTUAL TABLE search_index USING fts5(
            body,
            content = '',
            contentless_delete = 1,
            prefix = '2 3',
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    db.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
    db.execute(
        """CREATE TABLE search_docs (
            doc INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            object_id INTEGER NOT NULL,
            case_id INTEGER,
            UNIQUE (kind, object_id)
        ) STRICT"""
    )
    db.execute("CREATE INDEX search_docs_case ON search_docs(case_id)")


def _create_guard_accepted(db: Database) -> None:
    """The anonymity guard findings a user kept."""
    # Findings of the anonymity guard that a user kept with a reason: a keyed hash of the flagged
    # text per object and field (never the text), so the same finding is not raised again.
    db.execute(
        """CREATE TABLE guard_accepted (
            object_type TEXT NOT NULL,
            object_id TEXT NOT NULL,
            field TEXT NOT NULL,
            span_hash TEXT NOT NULL,
            kind TEXT NOT NULL,
            reason TEXT NOT NULL,
            accepted_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            PRIMARY KEY (object_type, object_id, field, span_hash)
        ) STRICT, WITHOUT ROWID"""
    )
