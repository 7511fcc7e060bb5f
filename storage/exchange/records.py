"""Rows ↔ exchange records: each record is one kind of one row, with its global id, owner, version.

A record's ``fields`` are the kind's columns; a column that points at another row carries that
row's global id (or None), never a local number. ``item_minutes`` also carries the presence per
participant (participant global id → present). ``of`` names the primary record of the same row for
a secondary kind (``meeting_record`` of a ``meeting``, …). ``owner`` is a store id (this store's own
id when it owns the record: the table keeps ``''`` for "this store").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from storage.exchange.kinds import BY_NAME, KINDS, MEETING_COLUMN, PRIMARY_OF_TABLE, SECONDARY
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


_TRACK = "SELECT uid, kind, local_id, owner, version, deleted FROM exchange_records"


def _tracking(row: Sequence[Any]) -> Tracking:
    return Tracking(str(row[0]), str(row[1]), row[2], str(row[3]), int(row[4]), bool(row[5]))


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
    cursor = store.db.execute(f"SELECT {', '.join(kind.columns)} FROM {kind.table} WHERE id = ?", (local_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip(kind.columns, row, strict=True))
    for column, target in kind.refs.items():
        values[column] = uid_of(store, target, values[column])
    if kind_name == "item_minutes":
        values["presence"] = presence(store, local_id)
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


def read_many(store: Store, uids: Iterable[str]) -> list[Record]:
    found = [t for t in (tracking(store, u) for u in set(uids)) if t is not None]
    found.sort(key=lambda t: (_ORDER[t.kind], t.local_id or 0, t.uid))
    return [read(store, t) for t in found]


# --- scopes -----------------------------------------------------------------------------------------
def scope_all(store: Store) -> list[str]:
    return [str(r[0]) for r in store.db.execute("SELECT uid FROM exchange_records").fetchall()]


def scope_since(store: Store, seq: int) -> list[str]:
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
    return uids + _uids(store, "meeting", referenced_meetings(store, meeting_id))


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
