"""Aangifte follow-up (issue 15): what happened after a decision "aangifte".

One track per aangifte decision: the day the IND filed the aangifte, or "not filed" with a reason;
the OM's feedback (investigation started / not started / merged with an existing investigation /
unknown) with its date; a free note. Both texts pass the anonymity guard. The track is a part of
the case of its own: it never changes the sealed record of the meeting that took the decision,
and the case status stays "aangifte". A track goes with its decision when that decision is
deleted (only possible before the seal).
"""

from __future__ import annotations

from storage.sqlite_driver import Database

FEEDBACK = "'', 'started', 'not_started', 'merged', 'unknown'"


def upgrade(db: Database) -> None:
    db.execute(
        f"""CREATE TABLE aangifte_followups (
            id INTEGER PRIMARY KEY,
            decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions(id) ON DELETE CASCADE,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            filed_on TEXT,
            not_filed INTEGER NOT NULL DEFAULT 0 CHECK (not_filed IN (0, 1)),
            not_filed_reason TEXT NOT NULL DEFAULT '',
            om_feedback TEXT NOT NULL DEFAULT '' CHECK (om_feedback IN ({FEEDBACK})),
            om_feedback_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (filed_on IS NULL OR not_filed = 0)
        ) STRICT"""
    )
    db.execute("CREATE INDEX aangifte_followups_case ON aangifte_followups(case_id)")
    db.execute("CREATE INDEX aangifte_followups_filed ON aangifte_followups(filed_on)")
