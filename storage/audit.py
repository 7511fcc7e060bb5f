"""Append-only, hash-chained audit log: who did what, to which object, with what result, when.

Entries never hold sensitive text (case content, minutes, flagged identifiers); ``detail`` carries
only structural facts such as field names, finding kinds, counts and versions. Each entry's hash
covers the previous hash, so editing or deleting an entry breaks the chain from that point on; the
head is also kept in ``meta`` so a truncated tail is noticed, and outside the database (key file and
keyring, ``storage.anchor``) so that whoever holds the key cannot truncate, roll back or rebuild the
chain unnoticed either.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.sqlite_driver import Database

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: str
    result: str
    detail: dict[str, object]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Planned:
    """An entry still to be appended (``AuditLog.append_many``)."""

    action: str
    object_type: str
    object_id: str | None = None
    result: str = "ok"
    detail: dict[str, object] | None = None


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    first_broken: int | None = None
    reason: str = ""


def _canonical(
    seq: int,
    at: str,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    result: str,
    detail: str,
) -> bytes:
    return json.dumps(
        [seq, at, actor, action, object_type, object_id, result, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def entry_hash(prev_hash: str, canonical: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()


def genesis_hash(store_id: str) -> str:
    return hashlib.sha256(f"overlegtafel audit genesis {store_id}".encode()).hexdigest()


class AuditLog:
    def __init__(self, db: Database, store_id: str, actor: Callable[[], str], clock: Clock) -> None:
        self._db = db
        self._store_id = store_id
        self._actor = actor
        self._clock = clock

    def _head(self) -> tuple[int, str]:
        row = self._db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            return 0, genesis_hash(self._store_id)
        return int(row[0]), str(row[1])

    def append(
        self,
        action: str,
        object_type: str,
        object_id: str | None = None,
        result: str = "ok",
        detail: dict[str, object] | None = None,
    ) -> AuditEntry:
        """Append one entry; call inside the transaction of the change it records."""
        return self.append_many([Planned(action, object_type, object_id, result, detail)])[0]

    def append_many(self, planned: Sequence[Planned]) -> list[AuditEntry]:
        """Append several entries at once, chained exactly as one ``append`` after another would
        chain them (one actor and one time for the lot): one head read and one insert for all."""
        if not planned:
            return []
        with self._db.atomic():
            seq, prev = self._head()
            at = self._clock().isoformat(timespec="seconds")
            actor = self._actor()
            made: list[AuditEntry] = []
            rows: list[tuple[object, ...]] = []
            for p in planned:
                seq += 1
                detail_text = json.dumps(p.detail or {}, ensure_ascii=False, sort_keys=True)
                fields = (seq, at, actor, p.action, p.object_type, p.object_id or "", p.result)
                digest = entry_hash(prev, _canonical(*fields, detail_text))
                made.append(AuditEntry(*fields, p.detail or {}, prev, digest))
                rows.append((*fields, detail_text, prev, digest))
                prev = digest
            self._db.conn.executemany(
                "INSERT INTO audit_log (seq, at, actor, action, object_type, object_id, result, "
                "detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            self._db.execute(
                "INSERT INTO meta(key, value) VALUES('audit_head', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (f"{seq}:{prev}",),
            )
        return made

    def entries(
        self,
        *,
        action_prefix: str | None = None,
        object_type: str | None = None,
        object_id: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 500,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[AuditEntry]:
        where: list[str] = []
        args: list[object] = []
        if action_prefix:
            where.append("action LIKE ? ESCAPE '\\'")
            args.append(action_prefix.replace("%", "\\%").replace("_", "\\_") + "%")
        for column, value in (("object_type", object_type), ("object_id", object_id), ("actor", actor)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        if since:
            where.append("at >= ?")
            args.append(since)
        if until:
            where.append("at <= ?")
            args.append(until)
        sql = (
            "SELECT seq, at, actor, action, object_type, object_id, result, detail, prev_hash, "
            "hash FROM audit_log"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY seq {'DESC' if newest_first else 'ASC'} LIMIT ? OFFSET ?"
        args += [limit, offset]
        return [
            AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9])
            for r in self._db.execute(sql, args).fetchall()
        ]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM audit_log").fetchone()[0])

    def verify(self) -> ChainCheck:
        prev = genesis_hash(self._store_id)
        expected_seq = 1
        count = 0
        cursor = self._db.execute(
            "SELECT seq, at, actor, action, object_type, object_id, result, detail, prev_hash, "
            "hash FROM audit_log ORDER BY seq"
        )
        for row in cursor:
            seq = int(row[0])
            count += 1
            if seq != expected_seq:
                return ChainCheck(False, count, expected_seq, "ontbrekende regel(s) in het logboek")
            if row[8] != prev:
                return ChainCheck(False, count, seq, "verwijzing naar vorige regel klopt niet")
            digest = entry_hash(prev, _canonical(seq, *[str(v) for v in row[1:8]]))
            if digest != row[9]:
                return ChainCheck(False, count, seq, "inhoud van de regel is gewijzigd")
            prev = digest
            expected_seq += 1
        head = self._db.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        if head is not None and head[0] != f"{expected_seq - 1}:{prev}":
            return ChainCheck(False, count, expected_seq, "laatste regels van het logboek ontbreken")
        if head is None and count:
            return ChainCheck(False, count, 1, "kop van het logboek ontbreekt")
        return ChainCheck(True, count)
