"""Which records this store changed since it last looked: export-time diffing (m0009).

Until m0009 an ``AFTER UPDATE`` trigger per kind raised a record's version at every write, which
made every ordinary edit (the minutes' autosave, a case field) pay for a second table's update.
Now ``exchange_records.digest`` keeps a digest of each record's content as this store last saw it
(when it was exported, imported or reconciled), and ``reconcile`` raises the version of every
record this store owns whose content no longer matches, once, when the exchange needs it: before
a package is made and before ``--since`` picks what changed. Several edits between two packages
make one new version, which is all a receiver can tell apart anyway.

A record's content is its kind's columns as this row holds them (references as local row ids,
which stand for exactly one global id each), plus the presence per participant of
``item_minutes`` and the replaced versions of a ``decision``. A digest of NULL means "never
looked at": a row inserted since; its first look takes the content as it is (its version is
still 1 and nobody has seen it).

Inserts and deletions keep their triggers (m0007): they are rare, and a new row must get its
global id and owner at once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from storage.exchange.kinds import BY_NAME, DECISION_VERSION_COLUMNS, columns
from storage.sql_lists import rows_with_ids
from storage.sqlite_driver import Database

SEQ_SQL = "COALESCE((SELECT value FROM counters WHERE name = 'exchange.package'), 0)"
_CHUNK = 400


def _extras(db: Database, kind_name: str, ids: Sequence[int]) -> dict[int, list[Any]]:
    """What a record carries beyond its row: presence per participant, replaced versions."""
    found: dict[int, list[Any]] = {}
    if kind_name == "item_minutes":
        sql = "SELECT item_id, participant_id, present FROM item_presence WHERE {} ORDER BY 1, 2"
        column = "item_id"
    elif kind_name == "decision":
        sql = (
            f"SELECT decision_id, {', '.join(DECISION_VERSION_COLUMNS)} FROM decision_versions "
            "WHERE {} ORDER BY decision_id, version"
        )
        column = "decision_id"
    else:
        return found
    for row in rows_with_ids(db, sql, column, ids, _CHUNK):
        found.setdefault(int(row[0]), []).append(list(row[1:]))
    return found


def digests(db: Database, kind_name: str, ids: Sequence[int]) -> dict[int, str]:
    """The content digest of the rows ``ids`` of one kind (rows that are gone are left out)."""
    kind = BY_NAME[kind_name]
    names = columns(db, kind)
    extras = _extras(db, kind_name, ids)
    found: dict[int, str] = {}
    sql = f"SELECT id, {', '.join(names)} FROM {kind.table} WHERE {{}}"
    for row in rows_with_ids(db, sql, "id", ids, _CHUNK):
        found[int(row[0])] = digest_of(row[1:], extras.get(int(row[0]), []))
    return found


def digest_of(values: Sequence[Any], extras: Sequence[Sequence[Any]]) -> str:
    """A record's content digest: its row's values in the kind's column order, and its extra
    rows (presence: participant id, present; versions: the versions' columns) in their order.
    The values are what SQLite returns (None, int, float, str, bytes), whose ``repr`` is exact
    and several times cheaper than JSON."""
    content = repr((tuple(values), tuple(tuple(e) for e in extras)))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:32]


def _owned(db: Database, uids: Sequence[str] | None) -> list[tuple[str, str, int, str | None]]:
    """(uid, kind, local id, digest) of the live records this store owns (of ``uids``, or all)."""
    owned = "owner = '' AND deleted = 0 AND local_id IS NOT NULL"
    if uids is None:
        rows = db.execute(
            f"SELECT uid, kind, local_id, digest FROM exchange_records WHERE {owned}"
        ).fetchall()
    else:
        # One JSON array walked as the join's outer loop: binding hundreds of text parameters,
        # or ``uid IN (SELECT …)`` with its ephemeral index, costs more than the lookups.
        rows = db.execute(
            "SELECT uid, kind, local_id, digest FROM json_each(?) AS j "
            f"CROSS JOIN exchange_records ON uid = j.value WHERE {owned}",
            [json.dumps(sorted(set(uids)))],
        ).fetchall()
    return [(str(r[0]), str(r[1]), int(r[2]), None if r[3] is None else str(r[3])) for r in rows]


def _compare(db: Database, uids: Sequence[str] | None) -> list[tuple[str, str, bool]]:
    """(uid, current digest, changed) for every owned record whose digest is not the stored one;
    ``changed`` is False for a record never looked at."""
    by_kind: dict[str, list[tuple[str, int, str | None]]] = {}
    for uid, kind, local_id, stored in _owned(db, uids):
        by_kind.setdefault(kind, []).append((uid, local_id, stored))
    out: list[tuple[str, str, bool]] = []
    for kind, entries in by_kind.items():
        now = digests(db, kind, [local_id for _, local_id, _ in entries])
        for uid, local_id, stored in entries:
            current = now.get(local_id)
            if current is not None and current != stored:
                out.append((uid, current, stored is not None))
    return out


def pending(db: Database, uids: Sequence[str]) -> set[str]:
    """The owned records among ``uids`` changed here since this store last looked (reads only)."""
    return {uid for uid, _, changed in _compare(db, uids) if changed}


def reconcile(db: Database, uids: Sequence[str] | None = None) -> int:
    """Raise the version of every owned record (of ``uids``, or all) whose content changed since
    this store last looked, and remember what it looks like now. Returns how many changed."""
    found = _compare(db, uids)
    note(db, found)
    return sum(1 for _, _, changed in found if changed)


def note(db: Database, found: Sequence[tuple[str, str, bool]]) -> None:
    """Write what a look found: (uid, current digest, changed); a change raises the version."""
    if found:
        db.conn.executemany(
            f"UPDATE exchange_records SET digest = ?, version = version + ?, "
            f"changed_seq = CASE WHEN ? THEN {SEQ_SQL} ELSE changed_seq END WHERE uid = ?",
            [(digest, int(changed), int(changed), uid) for uid, digest, changed in found],
        )


def remember(db: Database, rows: Iterable[tuple[str, int]]) -> None:
    """Store the current digest of these (kind, local id) rows without touching their versions
    (what a package just wrote is what the owner sent, not a change of this store)."""
    by_kind: dict[str, list[int]] = {}
    for kind, local_id in rows:
        by_kind.setdefault(kind, []).append(local_id)
    for kind, ids in by_kind.items():
        db.conn.executemany(
            "UPDATE exchange_records SET digest = ? WHERE kind = ? AND local_id = ?",
            [(digest, kind, local_id) for local_id, digest in digests(db, kind, ids).items()],
        )
