"""Numbers of meetings (``OT 2026-03``), decisions (``B-2026-03-02``) and actions (``A-2026-03-01``).

Every number comes from the ``counters`` table with one atomic statement (an upsert that returns
the new value), so a number is never handed out twice, not after deletion, not with several
connections or threads writing at the same time, and not after a rolled-back transaction is
retried (a rolled-back allocation simply leaves a gap).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storage.errors import ValidationError
from storage.i18n import pick
from storage.sqlite_driver import Database

MEETING_NUMBER = re.compile(r"^OT (\d{4})-(\d{2,})$")


def format_meeting_number(year: int, seq: int) -> str:
    return f"OT {year}-{seq:02d}"


def parse_meeting_number(text: str) -> tuple[int, int]:
    """``"OT 2026-03"`` → ``(2026, 3)``; anything else is a ValidationError."""
    match = MEETING_NUMBER.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise ValidationError(
            detail=pick(
                f"Onbekend vergadernummer {text!r}; verwacht bijvoorbeeld 'OT 2026-03'.",
                f"Unknown meeting number {text!r}; expected for example 'OT 2026-03'.",
            )
        )
    return int(match.group(1)), int(match.group(2))


def _suffix(year: int, seq: int, n: int) -> str:
    return f"{year}-{seq:02d}-{n:02d}"


def decision_number(year: int, seq: int, n: int) -> str:
    return "B-" + _suffix(year, seq, n)


def action_number(year: int, seq: int, n: int) -> str:
    return "A-" + _suffix(year, seq, n)


def next_value(db: Database, name: str) -> int:
    """Hand out the next value of counter ``name`` (1, 2, …) in one atomic statement."""
    rows = db.execute(
        "INSERT INTO counters(name, value) VALUES (?, 1) "
        "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
        (name,),
    ).fetchall()  # drain the cursor: a RETURNING statement finishes only when stepped to the end
    return int(rows[0][0])


def allocate(db: Database, counter: str, table: str, make: Callable[[int], str]) -> tuple[int, str]:
    """Next free number for ``table``: also skips values that exist already (a counter that was
    restored from an older backup must not hand out a number twice)."""
    if table not in {"meetings", "decisions", "actions"}:
        raise ValueError(table)
    while True:
        value = next_value(db, counter)
        number = make(value)
        if db.execute(f"SELECT 1 FROM {table} WHERE number = ?", (number,)).fetchone() is None:
            return value, number


def meeting_counter(year: int) -> str:
    return f"meeting:{year}"


def decision_counter(meeting_number: str) -> str:
    return f"decision:{meeting_number}"


def action_counter(meeting_number: str) -> str:
    return f"action:{meeting_number}"
