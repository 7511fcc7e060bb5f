"""Make a package for one or more paired stores."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from storage.atomic import write_atomic
from storage.exchange import identity as ident
from storage.exchange import package
from storage.exchange import records as rec
from storage.exchange.errors import NothingToSend
from storage.i18n import pick
from storage.store import Store

BODY_FORMAT = "overlegtafel-pakket/1"


@dataclass(frozen=True)
class ExportInfo:
    seq: int
    recipients: tuple[str, ...]  # pair names
    records: int
    kinds: dict[str, int]
    size: int


def _next_seq(store: Store) -> int:
    rows = store.db.execute(
        "INSERT INTO counters(name, value) VALUES ('exchange.package', 1) "
        "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"
    ).fetchall()
    return int(rows[0][0])


def seal_log(store: Store, records: Sequence[rec.Record]) -> dict[str, list[object]]:
    """Per seal in the package, the sender's ``meeting.seal`` audit entry (the log's link that
    binds that fingerprint); the receiver recomputes its hash and compares the fingerprint."""
    found: dict[str, list[object]] = {}
    for r in records:
        if r.kind != "seal" or r.deleted:
            continue
        number = store.db.execute(
            "SELECT m.number FROM exchange_records t JOIN meetings m ON m.id = t.local_id "
            "WHERE t.uid = ? AND t.kind = 'meeting'",
            (r.fields.get("meeting_id"),),
        ).fetchone()
        row = None
        if number is not None:
            row = store.db.execute(
                "SELECT seq, at, actor, action, object_type, object_id, result, detail, prev_hash, hash "
                "FROM audit_log WHERE action = 'meeting.seal' AND object_id = ? ORDER BY seq DESC LIMIT 1",
                (number[0],),
            ).fetchone()
        if row is not None:
            found[r.uid] = list(row)
            continue
        kept = store.db.execute("SELECT entry FROM exchange_seal_log WHERE seal_uid = ?", (r.uid,)).fetchone()
        if kept is not None:
            found[r.uid] = json.loads(kept[0])
    return found


def body(store: Store, records: Sequence[rec.Record]) -> bytes:
    head = store.meta("audit_head")
    return json.dumps(
        {
            "format": BODY_FORMAT,
            "store": store.store_id,
            "audit_head": head,
            "records": [r.to_json() for r in records],
            "seal_log": seal_log(store, records),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def make_package(store: Store, to: Sequence[str], uids: Sequence[str]) -> tuple[bytes, ExportInfo]:
    """Encrypt the records ``uids`` for the paired stores named ``to``; one sequence number per
    package, logged (``exchange.export``: recipients' fingerprints, number, counts; no content)."""
    if not to:
        raise NothingToSend(detail=pick("geen ontvanger gekozen.", "no recipient chosen."))
    with store.db.atomic():
        me = ident.ensure_identity(store)
        targets = [ident.pair_by_name(store, name) for name in to]
        records = rec.read_many(store, uids, look=True)  # this store's edits: their new versions
        if not records:
            raise NothingToSend(
                detail=pick("de keuze bevat geen gegevens.", "the selection holds no records.")
            )
        seq = _next_seq(store)
        created = store.now().isoformat(timespec="seconds")
        data = package.build(
            body(store, records),
            sender_fingerprint=me.fingerprint,
            signer=me.signer(),
            recipients=[package.Recipient(p.fingerprint, p.x25519_public) for p in targets],
            created=created,
            seq=seq,
        )
        kinds = dict(sorted(Counter(r.kind for r in records).items()))
        store.audit.append(
            "exchange.export",
            "package",
            str(seq),
            detail={"recipients": [p.fingerprint for p in targets], "records": len(records), "kinds": kinds},
        )
    return data, ExportInfo(seq, tuple(p.name for p in targets), len(records), kinds, len(data))


def export_to_file(store: Store, to: Sequence[str], uids: Sequence[str], path: Path) -> ExportInfo:
    # One transaction: a file that cannot be written leaves no used number and no log entry behind.
    with store.db.atomic():
        data, info = make_package(store, to, uids)
        write_atomic(Path(path), data)
    return info
