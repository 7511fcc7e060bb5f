"""Handing records over to another store explicitly (issue 14: "audited on both sides").

Only records this store owns can be handed over. The new owner is recorded here with a higher
version and an ``exchange.handover`` entry per record; the next package carries it, and the
receiving store logs the hand-over with its ``exchange.import`` entry. From then on this store's
own edits of those records no longer travel, and the new owner's do.
"""

from __future__ import annotations

from collections.abc import Sequence

from storage.exchange import identity as ident
from storage.exchange import records as rec
from storage.store import Store

# What "the record of a meeting" is: everything the secretary keeps, not the chair's planning.
RECORD_KINDS = (
    "meeting_record",
    "attendance",
    "item_minutes",
    "decision",
    "action",
    "amendment",
    "seal",
    "addendum",
)


def meeting_record_uids(store: Store, meeting_id: int) -> list[str]:
    uids: list[str] = []
    for uid in rec.scope_meeting(store, meeting_id):
        t = rec.tracking(store, uid)
        if t is not None and t.kind in RECORD_KINDS:
            uids.append(uid)
    return uids


def hand_over(store: Store, uids: Sequence[str], to: str) -> int:
    """Give the records ``uids`` that this store owns to the paired store named ``to``; returns
    how many changed hands."""
    moved = 0
    with store.db.atomic():
        target = ident.pair_by_name(store, to)
        for uid in dict.fromkeys(uids):
            t = rec.tracking(store, uid)
            if t is None or t.owner != "" or t.deleted:
                continue
            store.db.execute(
                "UPDATE exchange_records SET owner = ?, version = version + 1, changed_seq = "
                "COALESCE((SELECT value FROM counters WHERE name = 'exchange.package'), 0) WHERE uid = ?",
                (target.store_id, uid),
            )
            label = rec.read_many(store, [uid])[0].fields
            store.audit.append(
                "exchange.handover",
                t.kind,
                str(label.get("reference") or label.get("number") or uid),
                detail={"uid": uid, "to": target.fingerprint},
            )
            moved += 1
    return moved
