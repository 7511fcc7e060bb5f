"""Write what the preview accepted: one transaction, one audit entry per record.

The exchange's insert and delete triggers stand aside while a package is applied (a row in
``exchange_applying``): the importer keeps the sender's global ids, owners and versions, and the
digest of what it wrote (``storage.exchange.tracking``), so that only this store's own later
edits count as its changes. Rows are written in the kinds'
order (a record after the ones it refers to), deletions afterwards in reverse order. Afterwards:
the default owner of cases put on an agenda, the search index, the number counters, and every seal
of an affected meeting is recomputed here; a seal that does not match undoes the whole import.
"""

from __future__ import annotations

import json
import re
from typing import Any

from storage.audit import Planned
from storage.cases import search
from storage.cases.model import CLOSED_STATUSES
from storage.cases.service import CaseService, document_text
from storage.exchange import records as rec
from storage.exchange import tracking
from storage.exchange.errors import SealMismatch
from storage.exchange.importing import Opened
from storage.exchange.kinds import (
    BY_NAME,
    DECISION_VERSION_COLUMNS,
    KINDS,
    MEETING_COLUMN,
    SECONDARY,
    VERSION_FIELD,
    columns,
)
from storage.exchange.verdicts import Preview, Verdict
from storage.meetings import snapshot as snap
from storage.meetings._base import sync_case_status
from storage.retention_rules import update_dates
from storage.sql_lists import marks, slices
from storage.store import Store

_ORDER = {k.name: i for i, k in enumerate(KINDS)}


class Applier:
    def __init__(self, store: Store, opened: Opened, cache: rec.TrackCache) -> None:
        self.store = store
        self.opened = opened
        self.cache = cache
        self.seq = int(
            store.db.execute(
                "SELECT COALESCE((SELECT value FROM counters WHERE name = 'exchange.package'), 0)"
            ).fetchone()[0]
        )
        self.records = {r.uid: r for r in opened.records}
        self.meetings: set[int] = set()
        self.cases: set[int] = set()
        self.minutes: set[int] = set()
        self.off_agenda: set[int] = set()  # cases whose agenda item was removed here
        self.tracks: list[tuple[str, str, int | None, str, int, int, int]] = []
        self.written: list[tuple[str, int]] = []  # (kind, local id) of every record written
        # (table, id) of the rows this import inserted: no presence or versions hang from them yet
        # (their foreign keys cascade), so there is nothing to delete before writing those.
        self.inserted: set[tuple[str, int]] = set()

    # -- values ------------------------------------------------------------------------------------
    def _values(self, r: rec.Record) -> dict[str, Any]:
        kind = BY_NAME[r.kind]
        # Optional columns only when the sender had them (an older sender leaves the default).
        values = {
            c: r.fields.get(c) for c in columns(self.store.db, kind) if c in kind.columns or c in r.fields
        }
        for column in kind.refs:
            values[column] = self.cache.local_id(values[column])
        return values

    def _track(self, r: rec.Record, local_id: int | None, *, deleted: bool = False) -> None:
        """Queue the tracking row (written by ``flush_tracks``, in one statement)."""
        owner = rec.local_owner(self.store, r.owner)
        self.tracks.append((r.uid, r.kind, local_id, owner, r.version, self.seq, int(deleted)))
        self.cache.put(rec.Tracking(r.uid, r.kind, local_id, owner, r.version, deleted))

    def flush_tracks(self, *, with_digests: bool = False) -> None:
        """``with_digests``: the rows written so far are final (the writing is done), so their
        digests (``tracking.remember``) go into the same statement instead of one ``UPDATE`` per
        record afterwards (4-5 ms of a 100-record import). A tombstone's digest stays as it was."""
        if not self.tracks:
            return
        found: dict[tuple[str, int], str] = {}
        if with_digests:
            by_kind: dict[str, list[int]] = {}
            for kind, local_id in self.written:
                by_kind.setdefault(kind, []).append(local_id)
            for kind, ids in by_kind.items():
                found.update({(kind, i): d for i, d in tracking.digests(self.store.db, kind, ids).items()})
        self.store.db.conn.executemany(
            "INSERT INTO exchange_records(uid, kind, local_id, owner, version, changed_seq, deleted, digest) "
            "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(uid) DO UPDATE SET local_id = excluded.local_id, "
            "owner = excluded.owner, version = excluded.version, changed_seq = excluded.changed_seq, "
            "deleted = excluded.deleted, digest = COALESCE(excluded.digest, digest)",
            [(*t, None if t[2] is None or t[6] else found.get((t[1], t[2]))) for t in self.tracks],
        )
        self.tracks.clear()

    # -- writing -------------------------------------------------------------------------------------
    def write(self, r: rec.Record) -> int:
        kind = BY_NAME[r.kind]
        values = self._values(r)
        local = self.cache.local_id(r.uid)
        if not kind.primary:
            local = self.cache.local_id(r.of)
        if local is None:
            if kind.table == "meetings":
                values["updated_at"] = values["created_at"]
            if kind.table == "agenda_items":
                values["position"] = self._free_position(values["meeting_id"], values["position"])
            columns = ", ".join(values)
            cursor = self.store.db.execute(
                f"INSERT INTO {kind.table} ({columns}) VALUES ({', '.join('?' * len(values))})",
                list(values.values()),
            )
            local = int(cursor.lastrowid or 0)
            self.inserted.add((kind.table, local))
        else:
            if kind.table == "agenda_items" and "position" in values:
                values["position"] = self._free_position(values["meeting_id"], values["position"], local)
            assignments = ", ".join(f"{c} = ?" for c in values)
            self.store.db.execute(
                f"UPDATE {kind.table} SET {assignments} WHERE id = ?", [*values.values(), local]
            )
        if r.kind == "item_minutes":
            self._presence(local, r.fields.get("presence") or {})
        if r.kind == "decision" and VERSION_FIELD in r.fields:  # an older sender leaves them as they are
            self._versions(local, r.fields[VERSION_FIELD])
        self._track(r, local)
        self.written.append((r.kind, local))
        self._note(kind.table, local, r.kind, values.get("meeting_id") if kind.primary else None)
        return local

    def _free_position(self, meeting_id: int, position: int, own: int | None = None) -> int:
        """Agenda positions are unique per meeting: an item that still holds the wanted position
        (it moves later in this package) steps aside to a temporary negative one."""
        holder = self.store.db.execute(
            "SELECT id FROM agenda_items WHERE meeting_id = ? AND position = ? AND id IS NOT ?",
            (meeting_id, position, own),
        ).fetchone()
        if holder is not None:
            self.store.db.execute("UPDATE agenda_items SET position = -id WHERE id = ?", (holder[0],))
        return position

    def _versions(self, decision_id: int, versions: list[dict[str, Any]]) -> None:
        """The decision's replaced versions become the owner's list."""
        if ("decisions", decision_id) not in self.inserted:
            self.store.db.execute("DELETE FROM decision_versions WHERE decision_id = ?", (decision_id,))
        if versions:
            names = ", ".join(DECISION_VERSION_COLUMNS)
            self.store.db.conn.executemany(
                f"INSERT INTO decision_versions (decision_id, {names}) "
                f"VALUES ({', '.join('?' * (len(DECISION_VERSION_COLUMNS) + 1))})",
                [(decision_id, *(v[c] for c in DECISION_VERSION_COLUMNS)) for v in versions],
            )

    def _presence(self, item_id: int, presence: dict[str, bool]) -> None:
        if ("agenda_items", item_id) not in self.inserted:
            self.store.db.execute("DELETE FROM item_presence WHERE item_id = ?", (item_id,))
        rows = [
            (item_id, participant, int(bool(present)))
            for uid, present in presence.items()
            if (participant := self.cache.local_id(uid)) is not None
        ]
        if rows:
            self.store.db.conn.executemany(
                "INSERT INTO item_presence(item_id, participant_id, present) VALUES (?,?,?)", rows
            )

    def _note(self, table: str, local: int, kind: str, meeting: int | None = None) -> None:
        """Remember what to redo afterwards; ``meeting`` when the caller already knows it."""
        if table == "cases":
            self.cases.add(local)
            return
        if kind == "item_minutes":
            self.minutes.add(local)
        if table == "meetings":
            meeting = local
        if meeting is None:
            row = self.store.db.execute(f"SELECT meeting_id FROM {table} WHERE id = ?", (local,)).fetchone()
            meeting = None if row is None else row[0]
        if meeting is not None:
            self.meetings.add(int(meeting))

    def delete(self, r: rec.Record) -> None:
        self.flush_tracks()
        kind = BY_NAME[r.kind]
        local = self.cache.local_id(r.uid)
        meeting = None
        if kind.primary and local is not None:
            self._note(kind.table, local, r.kind)
            if kind.table in MEETING_COLUMN and kind.table != "meetings":
                found = self.store.db.execute(
                    f"SELECT meeting_id FROM {kind.table} WHERE id = ?", (local,)
                ).fetchone()
                meeting = None if found is None else found[0]
            if kind.table == "agenda_items":
                search.remove_document(self.store, "minutes", local)
                case = self.store.db.execute(
                    "SELECT case_id FROM agenda_items WHERE id = ?", (local,)
                ).fetchone()
                if case is not None and case[0] is not None:
                    self.off_agenda.add(int(case[0]))
            self.store.db.execute(f"DELETE FROM {kind.table} WHERE id = ?", (local,))
            for secondary, primary in SECONDARY.items():
                if primary == r.kind:
                    self.store.db.execute(
                        "UPDATE exchange_records SET local_id = NULL, deleted = 1, meeting_id = ? "
                        "WHERE kind = ? AND local_id = ?",
                        (meeting, secondary, local),
                    )
        self._track(r, None, deleted=True)
        self.flush_tracks()
        # The tombstone keeps its meeting, so that this store can pass the removal on as well.
        self.store.db.execute("UPDATE exchange_records SET meeting_id = ? WHERE uid = ?", (meeting, r.uid))

    # -- afterwards -------------------------------------------------------------------------------
    def case_owners(self) -> None:
        """The default hand-over: a case on an agenda belongs to whoever keeps that meeting's record."""
        self.store.db.execute(
            "UPDATE exchange_records SET owner = COALESCE((SELECT mr.owner FROM agenda_items ai JOIN exchange_records mr "
            "ON mr.kind = 'meeting_record' AND mr.local_id = ai.meeting_id WHERE ai.case_id = exchange_records.local_id "
            "ORDER BY ai.meeting_id DESC LIMIT 1), owner) WHERE kind = 'case' AND local_id IN "
            "(SELECT ai.case_id FROM agenda_items ai WHERE ai.case_id IS NOT NULL AND ai.meeting_id IN "
            f"({','.join(str(m) for m in self.meetings) or 'NULL'}))"
        )

    def case_statuses(self) -> None:
        """A case's status follows its meetings here as at the sender (storage.meetings)."""
        for meeting_id in sorted(self.meetings):
            number = self.store.db.execute(
                "SELECT number FROM meetings WHERE id = ?", (meeting_id,)
            ).fetchone()
            cases = self.store.db.execute(
                "SELECT case_id FROM agenda_items WHERE meeting_id = ? AND case_id IS NOT NULL", (meeting_id,)
            ).fetchall()
            for (case_id,) in cases:
                sync_case_status(self.store, int(case_id), str(number[0]) if number else "")
        for case_id in sorted(self.off_agenda):
            sync_case_status(self.store, case_id, "")

    def reindex(self) -> None:
        """The search index and the retention dates of what the package wrote, in one go each."""
        cases = CaseService(self.store)
        docs: list[tuple[str, int, str, int | None]] = []
        closed: list[int] = []
        # One query for all of them rather than one per case; ``get`` still names a missing one.
        found = {c.id: c for c in cases.cases(sorted(self.cases))}
        for case_id in sorted(self.cases):
            case = found.get(case_id) or cases.get(case_id)
            docs.append((search.CASE_KIND, case_id, document_text(case), None))
            if case.status in CLOSED_STATUSES:
                closed.append(case_id)
        gone: list[int] = []
        for part in slices(sorted(self.minutes), 400):
            for item_id, minutes, case_id in self.store.db.execute(
                f"SELECT id, minutes, case_id FROM agenda_items WHERE id IN ({marks(part)})", part
            ).fetchall():
                if minutes and case_id is not None:
                    docs.append(("minutes", int(item_id), str(minutes), int(case_id)))
                else:
                    gone.append(int(item_id))
        gone += sorted(self.minutes - {d[1] for d in docs if d[0] == "minutes"} - set(gone))
        search.index_documents(self.store, docs)
        for item_id in gone:
            search.remove_document(self.store, "minutes", item_id)
        if closed:
            update_dates(self.store, closed)

    def counters(self) -> None:
        """Numbers made elsewhere are taken here too: a number is never handed out twice."""
        highest: dict[str, int] = {}
        for r in self.opened.records:
            number = str(r.fields.get("number") or r.fields.get("reference") or "")
            if r.deleted or not number:
                continue
            counter = None
            if r.kind == "meeting":
                counter, value = f"meeting:{r.fields['year']}", int(r.fields["seq"])
            elif r.kind == "case" and (m := re.fullmatch(r"C-(\d{4})-(\d+)", number)):
                counter, value = f"case-reference-{m[1]}", int(m[2])
            elif r.kind in ("decision", "action") and (
                m := re.fullmatch(r"[BA]-(\d{4})-(\d+)-(\d+)", number)
            ):
                prefix = "decision" if r.kind == "decision" else "action"
                counter, value = f"{prefix}:OT {m[1]}-{m[2]}", int(m[3])
            if counter is not None:
                highest[counter] = max(value, highest.get(counter, value))
        self.store.db.conn.executemany(
            "INSERT INTO counters(name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)",
            sorted(highest.items()),
        )

    def check_seals(self) -> None:
        for meeting_id in sorted(self.meetings):
            row = self.store.db.execute(
                "SELECT s.fingerprint, s.redacted_at, m.number FROM seals s JOIN meetings m ON m.id = s.meeting_id "
                "WHERE s.meeting_id = ?",
                (meeting_id,),
            ).fetchone()
            if row is None or row[1]:
                continue
            actual = snap.fingerprint(self.store, meeting_id)
            if actual != row[0]:
                raise SealMismatch(meeting=row[2], expected=str(row[0])[:16], actual=actual[:16])


def _planned(store: Store, opened: Opened, record: rec.Record, verdict: Verdict) -> Planned:
    """The ``exchange.import`` entry of one judged record (every record but the unchanged ones)."""
    detail: dict[str, object] = {
        "uid": verdict.uid,
        "sender": opened.header.sender,
        "seq": opened.header.seq,
        "result": verdict.status,
        "version": record.version,
    }
    if verdict.changes:
        detail["fields"] = [c.field for c in verdict.changes]
    if verdict.reason:
        detail["reason"] = verdict.reason
    if verdict.handover:
        detail["handover"] = True
        detail["owner"] = record.owner
    if verdict.kept:
        detail["kept"] = verdict.kept
    entry = opened.seal_log.get(verdict.uid) if verdict.kind == "seal" else None
    if entry and verdict.accepted:
        detail["seal_log"] = f"{entry[0]}:{entry[9]}"  # the sealing store's chain link
        store.db.execute(
            "INSERT INTO exchange_seal_log(seal_uid, entry) VALUES (?, ?) "
            "ON CONFLICT(seal_uid) DO UPDATE SET entry = excluded.entry",
            (verdict.uid, json.dumps(entry, ensure_ascii=False)),
        )
    result = "refused" if verdict.status == "refused" else "ok"
    return Planned("exchange.import", verdict.kind, verdict.label, result, detail)


def apply(store: Store, opened: Opened, preview: Preview, cache: rec.TrackCache | None = None) -> Preview:
    """Write the accepted records (the caller holds the transaction). Nothing is written at all
    when nothing was accepted: the store stays byte-for-byte as it was. ``cache``: the preview's
    tracking rows, when nothing was written since it was judged (the same transaction)."""
    if not preview.accepted:
        return preview
    if cache is None:
        cache = rec.TrackCache(store, rec.uids_in(opened.records))
    applier = Applier(store, opened, cache)
    store.db.execute("INSERT INTO exchange_applying(flag) VALUES (1)")
    by_uid = {r.uid: r for r in opened.records}
    accepted = [v for v in preview.verdicts if v.accepted]
    for verdict in sorted((v for v in accepted if v.status != "deleted"), key=lambda v: _ORDER[v.kind]):
        applier.write(by_uid[verdict.uid])
    applier.flush_tracks(with_digests=True)
    removals = sorted((v for v in accepted if v.status == "deleted"), key=lambda v: -_ORDER[v.kind])
    for verdict in removals:
        applier.delete(by_uid[verdict.uid])
    applier.case_owners()
    applier.reindex()
    applier.counters()
    applier.check_seals()
    # One entry per record, chained as one after another, written in one statement.
    store.audit.append_many(
        [_planned(store, opened, by_uid[v.uid], v) for v in preview.verdicts if v.status != "unchanged"]
    )
    store.db.execute(
        "UPDATE exchange_pairs SET last_seq = ? WHERE store_id = ?",
        (opened.header.seq, opened.sender.store_id),
    )
    store.db.execute("DELETE FROM exchange_applying")
    # What the package wrote is the owner's content: this store's next look starts from it
    # (flush_tracks took the digests). A removal can still change written rows (a foreign key that
    # cascades or sets null), so after one the digests are taken again from what is there now.
    if removals:
        tracking.remember(store.db, applier.written)
    applier.case_statuses()  # after the digests: a status this store derives counts as its change
    return Preview(
        preview.sender,
        preview.sender_fingerprint,
        preview.seq,
        preview.created,
        preview.verdicts,
        written=True,
    )
