"""Rows ↔ exchange records: each record is one kind of one row, with its global id, owner, version.

A record's ``fields`` are the kind's columns; a column that points at another row carries that
row's global id (or None), never a local number. ``item_minutes`` also carries the presence per
participant (participant global id → present). ``of`` names the primary record of the same row for
a secondary kind (``meeting_record`` of a ``meeting``, …). ``owner`` is a store id (this store's own
id when it owns the record: the table keeps ``''`` for "this store").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from storage.exchange import tracking as digests
from storage.exchange.kinds import (
    BY_NAME,
    DECISION_VERSION_COLUMNS,
    KINDS,
    MEETING_COLUMN,
    PRIMARY_OF_TABLE,
    SECONDARY,
    VERSION_FIELD,
    columns,
)
from storage.sql_lists import rows_with_ids, slices
from storage.store import Store


@dataclass(frozen=True)
class Record:
    uid: str
    kind: str
    owner: str
    version: int
    deleted: bool = False
    of: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "kind": self.kind,
            "owner": self.owner,
            "version": self.version,
            "deleted": self.deleted,
            "of": self.of,
            "fields": self.fields,
        }


@dataclass(frozen=True)
class Tracking:
    uid: str
    kind: str
    local_id: int | None
    owner: str  # '' = this store
    version: int
    deleted: bool
    digest: str | None = None  # the content as the exchange last saw it (storage.exchange.tracking)


_TRACK = "SELECT uid, kind, local_id, owner, version, deleted, digest FROM exchange_records"


def _tracking(row: Sequence[Any]) -> Tracking:
    digest = None if row[6] is None else str(row[6])
    return Tracking(str(row[0]), str(row[1]), row[2], str(row[3]), int(row[4]), bool(row[5]), digest)


def tracking(store: Store, uid: str) -> Tracking | None:
    row = store.db.execute(f"{_TRACK} WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else _tracking(row)


def tracking_of(store: Store, kind: str, local_id: int) -> Tracking | None:
    row = store.db.execute(f"{_TRACK} WHERE kind = ? AND local_id = ?", (kind, local_id)).fetchone()
    return None if row is None else _tracking(row)


def uid_of(store: Store, kind: str, local_id: int | None) -> str | None:
    if local_id is None:
        return None
    found = tracking_of(store, kind, int(local_id))
    return None if found is None else found.uid


def local_id_of(store: Store, uid: str | None) -> int | None:
    if uid is None:
        return None
    found = tracking(store, uid)
    return None if found is None or found.deleted else found.local_id


def owner_id(store: Store, owner: str) -> str:
    """The store id of an owner as the table keeps it (``''`` is this store)."""
    return owner or store.store_id


def local_owner(store: Store, owner: str) -> str:
    return "" if owner == store.store_id else owner


def presence(store: Store, item_id: int) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for participant_id, present in store.db.execute(
        "SELECT participant_id, present FROM item_presence WHERE item_id = ?", (item_id,)
    ).fetchall():
        uid = uid_of(store, "participant", participant_id)
        if uid is not None:
            found[uid] = bool(present)
    return dict(sorted(found.items()))


def local_fields(store: Store, kind_name: str, local_id: int) -> dict[str, Any] | None:
    """The record's fields as they are in this store (references as global ids)."""
    kind = BY_NAME[kind_name]
    names = columns(store.db, kind)
    cursor = store.db.execute(f"SELECT {', '.join(names)} FROM {kind.table} WHERE id = ?", (local_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip(names, row, strict=True))
    for column, target in kind.refs.items():
        values[column] = uid_of(store, target, values[column])
    if kind_name == "item_minutes":
        values["presence"] = presence(store, local_id)
    if kind_name == "decision":
        values[VERSION_FIELD] = _version_rows(store, [local_id]).get(local_id, [])
    return values


def read(store: Store, t: Tracking) -> Record:
    of = None
    if t.kind in SECONDARY and t.local_id is not None:
        of = uid_of(store, SECONDARY[t.kind], t.local_id)
    fields = None if t.deleted or t.local_id is None else local_fields(store, t.kind, t.local_id)
    return Record(
        t.uid, t.kind, owner_id(store, t.owner), t.version, t.deleted or fields is None, of, fields or {}
    )


_ORDER = {k.name: i for i, k in enumerate(KINDS)}


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    return slices(items, 400)  # 400: room for the other parameters of the statement


def _tracking_of_uids(store: Store, uids: Sequence[str]) -> list[Tracking]:
    # The ids as one JSON array: binding a hundred text parameters costs more than the lookups.
    # Walked as the outer loop of a join (one key lookup each): ``uid IN (SELECT …)`` would first
    # copy the list into an ephemeral index, which costs as much again.
    if not uids:
        return []
    sql = (
        "SELECT t.uid, t.kind, t.local_id, t.owner, t.version, t.deleted, t.digest "
        "FROM json_each(?) AS j CROSS JOIN exchange_records AS t ON t.uid = j.value"
    )
    return [_tracking(r) for r in store.db.execute(sql, [json.dumps(sorted(set(uids)))]).fetchall()]


def _uids_of_rows(store: Store, wanted: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    by_kind: dict[str, list[int]] = {}
    for kind, local_id in wanted:
        by_kind.setdefault(kind, []).append(local_id)
    found: dict[tuple[str, int], str] = {}
    for kind, ids in by_kind.items():
        for part in _chunks(sorted(ids)):
            sql = f"SELECT local_id, uid FROM exchange_records WHERE kind = ? AND local_id IN ({','.join('?' * len(part))})"
            for local_id, uid in store.db.execute(sql, [kind, *part]).fetchall():
                found[(kind, int(local_id))] = str(uid)
    return found


def _rows_by_table(store: Store, live: Sequence[Tracking]) -> dict[tuple[str, int], dict[str, Any]]:
    """The fields of the live records, keyed by (kind, local id). Kinds that share a table
    (a meeting and its record, an agenda item and its minutes) are read in one query per table:
    each statement costs its own preparation and, for the id list, an ephemeral table."""
    wanted: dict[str, dict[int, list[str]]] = {}  # table -> row id -> kinds wanted of it
    for t in live:
        wanted.setdefault(BY_NAME[t.kind].table, {}).setdefault(int(t.local_id or 0), []).append(t.kind)
    found: dict[tuple[str, int], dict[str, Any]] = {}
    for kind in KINDS:
        if not kind.primary or kind.table not in wanted:
            continue
        by_id = wanted[kind.table]
        names_of = {k.name: columns(store.db, k) for k in KINDS if k.table == kind.table}
        names = list(dict.fromkeys(n for kind_names in names_of.values() for n in kind_names))
        at = {n: i for i, n in enumerate(names, start=1)}
        sql = f"SELECT id, {', '.join(names)} FROM {kind.table} WHERE {{}}"
        for row in rows_with_ids(store.db, sql, "id", list(by_id)):
            for kind_name in by_id[int(row[0])]:
                found[(kind_name, int(row[0]))] = {n: row[at[n]] for n in names_of[kind_name]}
    return found


def _presence_rows(store: Store, item_ids: Sequence[int]) -> dict[int, list[tuple[int, bool]]]:
    found: dict[int, list[tuple[int, bool]]] = {}
    sql = "SELECT item_id, participant_id, present FROM item_presence WHERE {}"
    for item_id, participant_id, present in rows_with_ids(store.db, sql, "item_id", item_ids):
        found.setdefault(int(item_id), []).append((int(participant_id), bool(present)))
    return found


def _version_rows(store: Store, decision_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The replaced versions of these decisions, oldest first."""
    found: dict[int, list[dict[str, Any]]] = {}
    names = ", ".join(DECISION_VERSION_COLUMNS)
    sql = f"SELECT decision_id, {names} FROM decision_versions WHERE {{}} ORDER BY decision_id, version"
    for row in rows_with_ids(store.db, sql, "decision_id", decision_ids):
        found.setdefault(int(row[0]), []).append(dict(zip(DECISION_VERSION_COLUMNS, row[1:], strict=True)))
    return found


def _look(
    store: Store,
    tracks: Sequence[Tracking],
    rows: dict[tuple[str, int], dict[str, Any]],
    presence: dict[int, list[tuple[int, bool]]],
    versions: dict[int, list[dict[str, Any]]],
) -> set[str]:
    """The exchange's look at the owned records just read (as ``tracking.reconcile``, from the
    same rows): a changed one gets its next version. Returns the uids that changed."""
    found: list[tuple[str, str, bool]] = []
    for t in tracks:
        values = rows.get((t.kind, t.local_id)) if t.local_id is not None and t.owner == "" else None
        if values is None or t.deleted:
            continue
        local = int(t.local_id or 0)
        extras: list[list[Any]] = []
        if t.kind == "item_minutes":
            extras = [[p, int(v)] for p, v in sorted(presence.get(local, []))]
        elif t.kind == "decision":
            extras = [list(v.values()) for v in versions.get(local, [])]
        current = digests.digest_of(list(values.values()), extras)
        if current != t.digest:
            found.append((t.uid, current, t.digest is not None))
    digests.note(store.db, found)
    return {uid for uid, _, changed in found if changed}


def read_many(store: Store, uids: Iterable[str], *, look: bool = False) -> list[Record]:
    """The records ``uids`` (unknown ids are skipped), in the kinds' order; a few queries per kind
    rather than several per record. ``look``: first give the owned ones this store changed since
    it last looked their next version (what a package needs)."""
    tracks = _tracking_of_uids(store, list(uids))  # it drops repeats itself
    tracks.sort(key=lambda t: (_ORDER[t.kind], t.local_id or 0, t.uid))
    live = [t for t in tracks if not t.deleted and t.local_id is not None]
    rows = _rows_by_table(store, live)
    item_ids = [i for (k, i) in rows if k == "item_minutes"]
    presence = _presence_rows(store, item_ids)
    versions = _version_rows(store, [i for (k, i) in rows if k == "decision"])
    if look:
        changed = _look(store, tracks, rows, presence, versions)
        tracks = [replace(t, version=t.version + 1) if t.uid in changed else t for t in tracks]
    wanted: set[tuple[str, int]] = set()
    for (kind_name, local_id), values in rows.items():
        wanted |= {
            (target, int(values[c])) for c, target in BY_NAME[kind_name].refs.items() if values[c] is not None
        }
        if kind_name in SECONDARY:
            wanted.add((SECONDARY[kind_name], local_id))
    wanted |= {("participant", p) for entries in presence.values() for p, _ in entries}
    # Most references point at records of the same package: only the others are looked up.
    in_package = {(t.kind, int(t.local_id or 0)): t.uid for t in live}
    uid_of_row = {key: uid for key, uid in in_package.items() if key in wanted}
    uid_of_row.update(_uids_of_rows(store, wanted - set(uid_of_row)))
    records: list[Record] = []
    for t in tracks:
        found_values = rows.get((t.kind, t.local_id)) if t.local_id is not None else None
        of = (
            uid_of_row.get((SECONDARY[t.kind], t.local_id))
            if t.kind in SECONDARY and t.local_id is not None
            else None
        )
        if found_values is None:
            records.append(Record(t.uid, t.kind, owner_id(store, t.owner), t.version, True, of, {}))
            continue
        fields = dict(found_values)
        for column, target in BY_NAME[t.kind].refs.items():
            fields[column] = None if fields[column] is None else uid_of_row.get((target, int(fields[column])))
        if t.kind == "item_minutes":
            entries = presence.get(int(t.local_id or 0), [])
            found = {
                uid_of_row[("participant", p)]: v for p, v in entries if ("participant", p) in uid_of_row
            }
            fields["presence"] = dict(sorted(found.items()))
        if t.kind == "decision":
            fields[VERSION_FIELD] = versions.get(int(t.local_id or 0), [])
        records.append(Record(t.uid, t.kind, owner_id(store, t.owner), t.version, False, of, fields))
    return records


class TrackCache:
    """Tracking rows of the global ids one import deals with, fetched in bulk once; the importer
    keeps it current as it writes."""

    def __init__(self, store: Store, uids: Iterable[str]) -> None:
        self.store = store
        wanted = sorted({u for u in uids if u})
        self.known: dict[str, Tracking | None] = dict.fromkeys(wanted)
        self.known.update({t.uid: t for t in _tracking_of_uids(store, wanted)})
        # A record this store owns and changed since it last looked is one version further than
        # the table says (tracking.reconcile writes that at the next export; a preview only reads).
        for uid in digests.pending(store.db, wanted):
            t = self.known[uid]
            if t is not None:
                self.known[uid] = replace(t, version=t.version + 1)

    def get(self, uid: str) -> Tracking | None:
        if uid not in self.known:
            self.known[uid] = tracking(self.store, uid)
        return self.known[uid]

    def local_id(self, uid: str | None) -> int | None:
        t = None if uid is None else self.get(uid)
        return None if t is None or t.deleted else t.local_id

    def put(self, t: Tracking) -> None:
        self.known[t.uid] = t


def uids_in(records: Iterable[Record]) -> set[str]:
    """Every global id a package mentions: its records, their rows and what they refer to."""
    found: set[str] = set()
    for r in records:
        found.add(r.uid)
        if r.of:
            found.add(r.of)
        for column in BY_NAME[r.kind].refs:
            value = r.fields.get(column)
            if isinstance(value, str):
                found.add(value)
        presence = r.fields.get("presence")
        if isinstance(presence, dict):
            found |= {str(k) for k in presence}
    return found


# --- scopes -----------------------------------------------------------------------------------------
def scope_all(store: Store) -> list[str]:
    return [str(r[0]) for r in store.db.execute("SELECT uid FROM exchange_records").fetchall()]


def scope_since(store: Store, seq: int) -> list[str]:
    digests.reconcile(store.db)  # what changed since this store last looked gets its number now
    return [
        str(r[0])
        for r in store.db.execute(
            "SELECT uid FROM exchange_records WHERE changed_seq >= ?", (seq,)
        ).fetchall()
    ]


def _uids(store: Store, kind: str, ids: Iterable[int]) -> list[str]:
    return [u for u in (uid_of(store, kind, i) for i in ids) if u is not None]


def scope_cases(store: Store, case_ids: Iterable[int]) -> list[str]:
    return _uids(store, "case", case_ids)


def scope_meeting(store: Store, meeting_id: int) -> list[str]:
    """The meeting, its planning and record, the cases on its agenda and everything made at it
    (decisions, actions made or closed there, amendments, seal, addenda)."""
    uids: list[str] = []
    for kind in KINDS:
        if kind.name == "case":
            ids = [
                int(r[0])
                for r in store.db.execute(
                    "SELECT case_id FROM agenda_items WHERE meeting_id = ? AND case_id IS NOT NULL",
                    (meeting_id,),
                ).fetchall()
            ]
        elif kind.table == "actions":
            ids = [
                int(r[0])
                for r in store.db.execute(
                    "SELECT id FROM actions WHERE meeting_id = ? OR closed_in_meeting_id = ?",
                    (meeting_id, meeting_id),
                ).fetchall()
            ]
        else:
            column = MEETING_COLUMN[kind.table]
            ids = [
                int(r[0])
                for r in store.db.execute(
                    f"SELECT id FROM {kind.table} WHERE {column} = ?", (meeting_id,)
                ).fetchall()
            ]
        uids += _uids(store, kind.name, ids)
    removed = [
        str(r[0])
        for r in store.db.execute(
            "SELECT uid FROM exchange_records WHERE deleted = 1 AND meeting_id = ?", (meeting_id,)
        ).fetchall()
    ]
    return uids + removed + _uids(store, "meeting", referenced_meetings(store, meeting_id))


def referenced_meetings(store: Store, meeting_id: int) -> list[int]:
    """Other meetings this meeting's record names (adopted in, amended in, actions closed in):
    their planning travels along so that the references resolve on arrival."""
    found = store.db.execute(
        "SELECT adopted_in_meeting_id FROM meetings WHERE id = :m UNION "
        "SELECT sealed_in_meeting_id FROM seals WHERE meeting_id = :m UNION "
        "SELECT made_in_meeting_id FROM amendments WHERE meeting_id = :m UNION "
        "SELECT made_in_meeting_id FROM addenda WHERE meeting_id = :m UNION "
        "SELECT closed_in_meeting_id FROM actions WHERE meeting_id = :m UNION "
        "SELECT meeting_id FROM actions WHERE closed_in_meeting_id = :m",
        {"m": meeting_id},
    ).fetchall()
    return [int(r[0]) for r in found if r[0] is not None and r[0] != meeting_id]


def primary_kind(table: str) -> str:
    return PRIMARY_OF_TABLE[table]
