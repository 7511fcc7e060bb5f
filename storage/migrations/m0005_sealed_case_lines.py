"""Sealed records keep the case summary and the outcome labels they print (issue 10, point 1).

``agenda_items.case_summary`` holds the case's summary as it was when the minutes were adopted,
copied at sealing time next to ``case_reference``; ``meetings.sealed_outcomes`` holds the outcome
list as configured then (JSON ``[[key, label, label_en], …]``: the labels the record prints and the
outcomes the decision list counts). A sealed record prints these copies, never the living case or
settings, and the seal's snapshot (format ``overlegtafel-verslag/2``) includes them, so editing a
case or the outcome settings after adoption changes neither the printed record nor its fingerprint.

Records sealed before this step (format ``/1``) get the summary the case has now: the best that
can be recovered; their fingerprint never covered it.
"""

from __future__ import annotations

from storage.sqlite_driver import Database


def upgrade(db: Database) -> None:
    db.execute("ALTER TABLE agenda_items ADD COLUMN case_summary TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE meetings ADD COLUMN sealed_outcomes TEXT")
    db.execute(
        "UPDATE agenda_items SET case_summary = coalesce((SELECT c.summary FROM cases c "
        "WHERE c.id = agenda_items.case_id), '') WHERE case_id IS NOT NULL "
        "AND meeting_id IN (SELECT meeting_id FROM seals)"
    )
