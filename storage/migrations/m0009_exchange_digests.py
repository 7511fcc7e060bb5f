"""Exchange change tracking by digest instead of update triggers (issue 14, open item 2).

m0007 raised a record's version from an ``AFTER UPDATE`` trigger per kind (and three on
``item_presence``): every ordinary write paid for a second table's update (the exchange bench
measured single-row case updates at 2–7× the same update without them). This step drops those
triggers and adds ``exchange_records.digest``: the content of each record as this store last saw
it. ``storage.exchange.tracking.reconcile`` raises the versions of the records whose content
changed, when a package is made or ``--since`` is asked (see that module).

The digests of all live records are taken here, while the versions are still exact (the triggers
kept them so until this step), so that an edit made after the upgrade is found as one.
"""

from __future__ import annotations

from storage.exchange import tracking
from storage.sqlite_driver import Database

# The update triggers m0007 made: one per kind of that time, and the presence ones.
KIND_NAMES = (
    "case",
    "meeting",
    "participant",
    "attendance",
    "agenda_item",
    "item_minutes",
    "meeting_record",
    "decision",
    "action",
    "amendment",
    "seal",
    "addendum",
)


def upgrade(db: Database) -> None:
    for name in KIND_NAMES:
        db.execute(f"DROP TRIGGER IF EXISTS exchange_{name}_update")
    for event in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS exchange_presence_{event}")
    db.execute("ALTER TABLE exchange_records ADD COLUMN digest TEXT")
    tracking.reconcile(db)  # every digest is NULL here: this only takes them, no version changes
