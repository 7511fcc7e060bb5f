"""Meetings, agenda, minutes, decisions, actions, amendments, seals and addenda (issue 4).

Dates are ISO ``YYYY-MM-DD``, times ``HH:MM``, moments ISO 8601 with offset (``store.now()``).
Rows of a sealed meeting (``seals``) must not change; ``storage.seals.verify_seals`` recomputes the
fingerprint of every seal from these tables. Numbers (``OT 2026-03``, ``B-2026-03-02``,
``A-2026-03-01``) come from ``counters`` and are never reused.
"""

from __future__ import annotations

from storage.sqlite_driver import Database

_MEETING_STATUSES = "'concept','agenda_vastgesteld','in_vergadering','afgelopen','vastgesteld'"
_ITEM_KINDS = "'opening','previous_minutes','actions','case','any_other_business','closing','other'"
_ORGANISATIONS = "'IND','OM','other'"


def upgrade(db: Database) -> None:
    _create_meetings(db)
    _create_agenda(db)
    _create_decisions(db)
    _create_actions(db)
    _create_record_changes(db)


def _create_meetings(db: Database) -> None:
    """Meetings and their participants."""
    db.execute(
        f"""CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT NOT NULL,
            start_time TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            chair TEXT NOT NULL DEFAULT '',
            secretary TEXT NOT NULL DEFAULT '',
            marking TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ({_MEETING_STATUSES})),
            current_item_id INTEGER,
            started_at TEXT,
            ended_at TEXT,
            adopted_at TEXT,
            adopted_in_meeting_id INTEGER REFERENCES meetings(id),
            revision INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (year, seq)
        ) STRICT"""
    )
    db.execute("CREATE INDEX meetings_date ON meetings(date, start_time)")
    db.execute(
        f"""CREATE TABLE meeting_participants (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL CHECK (organisation IN ({_ORGANISATIONS})),
            organisation_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            attendance TEXT NOT NULL DEFAULT 'present'
                CHECK (attendance IN ('present','apologies','absent'))
        ) STRICT"""
    )
    db.execute("CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id, position)")


def _create_agenda(db: Database) -> None:
    """Agenda items and who was present for each."""
    db.execute(
        f"""CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ({_ITEM_KINDS})),
            title TEXT NOT NULL,
            case_id INTEGER REFERENCES cases(id),
            case_reference TEXT NOT NULL DEFAULT '',
            planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
            minutes TEXT NOT NULL DEFAULT '',
            minutes_revision INTEGER NOT NULL DEFAULT 0,
            minutes_saved_at TEXT,
            minutes_logged_at TEXT,
            started_at TEXT,
            ended_at TEXT,
            elapsed_seconds INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),
            taken_order INTEGER,
            UNIQUE (meeting_id, position)
        ) STRICT"""
    )
    db.execute(
        "CREATE UNIQUE INDEX agenda_items_case ON agenda_items(meeting_id, case_id) WHERE case_id IS NOT NULL"
    )
    db.execute("CREATE INDEX agenda_items_case_id ON agenda_items(case_id)")
    db.execute(
        """CREATE TABLE item_presence (
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES meeting_participants(id) ON DELETE CASCADE,
            present INTEGER NOT NULL CHECK (present IN (0, 1)),
            PRIMARY KEY (item_id, participant_id)
        ) STRICT"""
    )


def _create_decisions(db: Database) -> None:
    """Decisions, one per case item."""
    db.execute(
        f"""CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_items(id),
            case_id INTEGER NOT NULL REFERENCES cases(id),
            outcome TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            responsible_organisation TEXT NOT NULL DEFAULT ''
                CHECK (responsible_organisation IN ('', {_ORGANISATIONS})),
            responsible TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            reason TEXT NOT NULL DEFAULT '',
            request TEXT NOT NULL DEFAULT '',
            keep_monitoring INTEGER NOT NULL DEFAULT 0 CHECK (keep_monitoring IN (0, 1)),
            ind_confirmed_by TEXT,
            ind_confirmed_at TEXT,
            om_confirmed_by TEXT,
            om_confirmed_at TEXT,
            disagreement TEXT,
            disagreement_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX decisions_case ON decisions(case_id)")
    db.execute("CREATE INDEX decisions_meeting ON decisions(meeting_id)")
    db.execute("CREATE INDEX decisions_outcome ON decisions(outcome)")


def _create_actions(db: Database) -> None:
    """Action items."""
    db.execute(
        f"""CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            item_id INTEGER REFERENCES agenda_items(id),
            decision_id INTEGER REFERENCES decisions(id),
            case_id INTEGER REFERENCES cases(id),
            text TEXT NOT NULL,
            owner_organisation TEXT NOT NULL CHECK (owner_organisation IN ({_ORGANISATIONS})),
            owner_role TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
            closed_at TEXT,
            closed_in_meeting_id INTEGER REFERENCES meetings(id),
            close_note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX actions_status ON actions(status)")
    db.execute("CREATE INDEX actions_meeting ON actions(meeting_id)")
    db.execute("CREATE INDEX actions_case ON actions(case_id)")
    db.execute("CREATE INDEX actions_decision ON actions(decision_id)")
    db.execute("CREATE INDEX actions_item ON actions(item_id)")
    db.execute("CREATE INDEX actions_closed_in ON actions(closed_in_meeting_id)")


def _create_record_changes(db: Database) -> None:
    """Amendments, seals and addenda: what changes or fixes the adopted record."""
    db.execute(
        """CREATE TABLE amendments (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            item_id INTEGER REFERENCES agenda_items(id),
            decision_id INTEGER REFERENCES decisions(id),
            made_in_meeting_id INTEGER REFERENCES meetings(id),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX amendments_meeting ON amendments(meeting_id)")
    # One seal per adopted meeting. ``redacted_at`` is for a later purge (issue 6): it keeps the
    # original fingerprint and verify reports the seal as redacted instead of broken.
    db.execute(
        """CREATE TABLE seals (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL UNIQUE REFERENCES meetings(id),
            sealed_at TEXT NOT NULL,
            sealed_in_meeting_id INTEGER REFERENCES meetings(id),
            with_amendments INTEGER NOT NULL CHECK (with_amendments IN (0, 1)),
            format TEXT NOT NULL,
            algorithm TEXT NOT NULL DEFAULT 'sha256',
            fingerprint TEXT NOT NULL,
            redacted_at TEXT,
            redaction_note TEXT NOT NULL DEFAULT ''
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE addenda (
            id INTEGER PRIMARY KEY,
            seal_id INTEGER NOT NULL REFERENCES seals(id),
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            item_id INTEGER REFERENCES agenda_items(id),
            decision_id INTEGER REFERENCES decisions(id),
            made_in_meeting_id INTEGER REFERENCES meetings(id),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX addenda_meeting ON addenda(meeting_id)")
