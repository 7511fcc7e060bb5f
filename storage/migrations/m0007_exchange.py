"""Exchange between paired stores (issue 14): identity keys, paired stores, global record ids.

* ``exchange_keys``: this store's X25519 (encryption) and Ed25519 (signing) key pairs. The private
  halves are kept as raw bytes *in this database*: SQLCipher already encrypts every page under the
  database key, so a second wrap under a key derived from that same database key would add nothing
  against anyone able to read the rows, and would have to be redone by every re-key. Rotated pairs
  stay (``retired_at``) so packages made for the old key can still be opened.
* ``exchange_self``: this store's own role (ind, voorzitter, secretaris, om).
* ``exchange_pairs``: the stores this one is paired with: public keys, user-chosen name and role,
  date of pairing (and of unpairing), and the last package sequence number imported from each.
* ``exchange_seal_log``: the sealing store's audit entry for a seal received in a package.
* ``exchange_records``: one global id (UUID) per exchanged record (see ``storage.exchange.kinds``),
  its owning store (``''`` = this store, otherwise the owner's store id), a version counter, the
  package counter when it last changed (``--since``) and a deletion mark (tombstone) that keeps
  the meeting the row belonged to, so that a meeting's package also carries what was removed.
  Triggers keep it current on every write, so no service has to remember to: a new row gets a UUID
  and its owner; a change to a kind's columns made while this store owns it raises its version.
  While a package is being applied (a row in ``exchange_applying``) the triggers stand aside and
  the importer writes the sender's ids and versions itself.
"""

from __future__ import annotations

from storage.exchange.kinds import KINDS, MEETING_COLUMN, Kind, columns
from storage.sqlite_driver import Database

# A version-4 UUID from one random draw (the version and variant digits set as RFC 4122 wants).
UUID_SQL = (
    "(SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' || "
    "substr('89ab', 1 + (unicode(substr(h, 17, 1)) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12) "
    "FROM (SELECT lower(hex(randomblob(16))) AS h))"
)
NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM exchange_applying)"
SEQ_SQL = "COALESCE((SELECT value FROM counters WHERE name = 'exchange.package'), 0)"
# The record of a meeting this store creates belongs to the secretary: this store when it is the
# secretary's, otherwise the paired secretary (if any).
RECORD_OWNER_SQL = (
    "CASE WHEN (SELECT role FROM exchange_self WHERE id = 1) = 'secretaris' THEN '' ELSE "
    "COALESCE((SELECT store_id FROM exchange_pairs WHERE role = 'secretaris' AND unpaired_at IS NULL "
    "ORDER BY paired_at DESC LIMIT 1), '') END"
)


def _owner_sql(kind: Kind, row: str) -> str:
    if kind.owner == "creator":
        return "''"
    if kind.table == "meetings":
        return RECORD_OWNER_SQL
    meeting = f"{row}.{MEETING_COLUMN[kind.table]}"
    source = "meeting" if kind.owner == "planning" else "meeting_record"
    return (
        f"COALESCE((SELECT owner FROM exchange_records WHERE kind = '{source}' AND local_id = {meeting}), '')"
    )


def _bump(kind_name: str, local_id: str) -> str:
    return (
        f"UPDATE exchange_records SET version = version + 1, changed_seq = {SEQ_SQL} "
        f"WHERE kind = '{kind_name}' AND local_id = {local_id} AND owner = '';"
    )


def _tables() -> dict[str, list[Kind]]:
    by_table: dict[str, list[Kind]] = {}
    for kind in KINDS:
        by_table.setdefault(kind.table, []).append(kind)
    return by_table


def _triggers(db: Database) -> None:
    for table, kinds in _tables().items():
        inserts = " ".join(
            "INSERT INTO exchange_records(uid, kind, local_id, owner, version, changed_seq) "
            f"VALUES ({UUID_SQL}, '{k.name}', NEW.id, {_owner_sql(k, 'NEW')}, 1, {SEQ_SQL});"
            for k in kinds
        )
        db.execute(
            f"CREATE TRIGGER exchange_{table}_insert AFTER INSERT ON {table} WHEN {NOT_APPLYING} "
            f"BEGIN {inserts} END"
        )
        for k in kinds:
            changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns(db, k))
            db.execute(
                f"CREATE TRIGGER exchange_{k.name}_update AFTER UPDATE ON {table} "
                f"WHEN {NOT_APPLYING} AND ({changed}) BEGIN {_bump(k.name, 'NEW.id')} END"
            )
        names = ", ".join(f"'{k.name}'" for k in kinds)
        meeting = f"OLD.{MEETING_COLUMN[table]}" if table in MEETING_COLUMN else "NULL"
        db.execute(
            f"CREATE TRIGGER exchange_{table}_delete AFTER DELETE ON {table} WHEN {NOT_APPLYING} BEGIN "
            f"UPDATE exchange_records SET deleted = 1, local_id = NULL, version = version + (owner = ''), "
            f"meeting_id = {meeting}, changed_seq = {SEQ_SQL} WHERE kind IN ({names}) AND local_id = OLD.id; END"
        )
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        db.execute(
            f"CREATE TRIGGER exchange_presence_{event.lower()} AFTER {event} ON item_presence "
            f"WHEN {NOT_APPLYING} BEGIN {_bump('item_minutes', f'{row}.item_id')} END"
        )
    # Default ownership: a case on an agenda belongs to the store that keeps that meeting's record.
    db.execute(
        "CREATE TRIGGER exchange_case_on_agenda AFTER INSERT ON agenda_items "
        f"WHEN NEW.case_id IS NOT NULL AND {NOT_APPLYING} BEGIN "
        "UPDATE exchange_records SET owner = COALESCE((SELECT owner FROM exchange_records WHERE "
        "kind = 'meeting_record' AND local_id = NEW.meeting_id), owner) "
        "WHERE kind = 'case' AND local_id = NEW.case_id; END"
    )


def upgrade(db: Database) -> None:
    db.execute(
        """CREATE TABLE exchange_keys (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            x25519_private BLOB NOT NULL,
            x25519_public BLOB NOT NULL,
            ed25519_private BLOB NOT NULL,
            ed25519_public BLOB NOT NULL,
            retired_at TEXT
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE exchange_self (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            role TEXT NOT NULL DEFAULT '' CHECK (role IN ('', 'ind', 'voorzitter', 'secretaris', 'om'))
        ) STRICT"""
    )
    db.execute("INSERT INTO exchange_self(id, role) VALUES (1, '')")
    db.execute(
        """CREATE TABLE exchange_pairs (
            store_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('ind', 'voorzitter', 'secretaris', 'om')),
            x25519_public BLOB NOT NULL,
            ed25519_public BLOB NOT NULL,
            fingerprint TEXT NOT NULL,
            paired_at TEXT NOT NULL,
            unpaired_at TEXT,
            last_seq INTEGER NOT NULL DEFAULT 0
        ) STRICT"""
    )
    db.execute("CREATE UNIQUE INDEX exchange_pairs_name ON exchange_pairs(name) WHERE unpaired_at IS NULL")
    db.execute(
        """CREATE TABLE exchange_records (
            uid TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            local_id INTEGER,
            owner TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            changed_seq INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
            meeting_id INTEGER,
            UNIQUE (kind, local_id)
        ) STRICT, WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX exchange_records_gone ON exchange_records(meeting_id) WHERE deleted = 1")
    db.execute("CREATE TABLE exchange_applying (flag INTEGER PRIMARY KEY) STRICT")
    # The sealing store's ``meeting.seal`` audit entry of a seal that arrived in a package: it
    # travels on with the seal when this store passes the record on.
    db.execute("CREATE TABLE exchange_seal_log (seal_uid TEXT PRIMARY KEY, entry TEXT NOT NULL) STRICT")
    for kind in KINDS:
        db.execute(
            "INSERT INTO exchange_records(uid, kind, local_id, owner, version, changed_seq) "
            f"SELECT {UUID_SQL}, '{kind.name}', id, '', 1, 0 FROM {kind.table}"
        )
    _triggers(db)
