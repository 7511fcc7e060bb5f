"""What a purge of one case reaches: its rows in every table, the sealed records they are part
of, and other minutes that name its reference."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from storage.errors import NotFound
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings import snapshot as snap
from storage.meetings._base import Row
from storage.store import Store

_ITEMS_SQL = (
    "SELECT ai.id, ai.meeting_id, ai.position, ai.kind, ai.minutes, m.number AS meeting_number, "
    "m.status AS meeting_status FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id "
    "WHERE ai.case_id = ? ORDER BY m.date, m.start_time, m.id"
)
_DECISIONS_SQL = (
    "SELECT d.id, d.number, d.meeting_id, d.outcome, m.date AS meeting_date FROM decisions d "
    "JOIN meetings m ON m.id = d.meeting_id WHERE d.case_id = ? "
    "ORDER BY m.date, m.start_time, m.id, d.id"
)
_ACTIONS_SQL = (
    "SELECT a.id, a.number, a.meeting_id, a.closed_in_meeting_id, a.status FROM actions a "
    "WHERE a.case_id = ? OR a.decision_id IN (SELECT id FROM decisions WHERE case_id = ?) "
    "OR a.item_id IN (SELECT id FROM agenda_items WHERE case_id = ?) ORDER BY a.id"
)
_CORRECTIONS_SQL = (
    "SELECT x.id, x.meeting_id, x.text, m.number AS meeting_number FROM {table} x "
    "JOIN meetings m ON m.id = x.meeting_id "
    "WHERE x.item_id IN (SELECT id FROM agenda_items WHERE case_id = ?) "
    "OR x.decision_id IN (SELECT id FROM decisions WHERE case_id = ?) ORDER BY x.id"
)


@dataclass
class Scope:
    """One case's rows everywhere a purge changes them."""

    case: Row
    items: list[Row]
    decisions: list[Row]
    actions: list[Row]
    amendments: list[Row]
    addenda: list[Row]
    docs: list[int]  # full-text documents of its minutes (the case's own document is its id)

    @cached_property
    def record_meetings(self) -> set[int]:
        """Meetings whose sealed snapshot can hold this case's content."""
        ids = {i["meeting_id"] for i in self.items} | {d["meeting_id"] for d in self.decisions}
        ids |= {a["meeting_id"] for a in self.actions}
        ids |= {a["closed_in_meeting_id"] for a in self.actions if a["closed_in_meeting_id"] is not None}
        ids |= {a["meeting_id"] for a in self.amendments}
        return ids


def load_scope(store: Store, case_id: int) -> Scope:
    case = b.one(
        store,
        "SELECT id, reference, status, created_at, closed_at, purged_at FROM cases WHERE id = ?",
        (case_id,),
    )
    if case is None:
        raise NotFound(what=pick(f"Casus {case_id}", f"Case {case_id}"))
    docs = [
        int(r[0])
        for r in store.db.execute(
            "SELECT doc FROM search_docs WHERE case_id = ? OR (kind = 'minutes' AND object_id IN "
            "(SELECT id FROM agenda_items WHERE case_id = ?))",
            (case_id, case_id),
        ).fetchall()
    ]
    return Scope(
        case=case,
        items=b.rows(store, _ITEMS_SQL, (case_id,)),
        decisions=b.rows(store, _DECISIONS_SQL, (case_id,)),
        actions=b.rows(store, _ACTIONS_SQL, (case_id, case_id, case_id)),
        amendments=b.rows(store, _CORRECTIONS_SQL.format(table="amendments"), (case_id, case_id)),
        addenda=b.rows(store, _CORRECTIONS_SQL.format(table="addenda"), (case_id, case_id)),
        docs=docs,
    )


class LastDecision(NamedTuple):
    number: str  # "B-2026-03-02", or "" when the case never got a decision
    date: str | None  # the date of its meeting
    outcome: str  # its outcome key, or ""


def last_decision(store: Store, case_id: int) -> LastDecision:
    row = store.db.execute(
        "SELECT d.number, m.date, d.outcome FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
        "WHERE d.case_id = ? ORDER BY m.date DESC, m.start_time DESC, m.id DESC, d.id DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    return LastDecision("", None, "") if row is None else LastDecision(str(row[0]), str(row[1]), str(row[2]))


@dataclass(frozen=True)
class SealState:
    seal_id: int
    number: str
    original: str  # the fingerprint made when the minutes were adopted (kept for ever)
    note: str
    current: str  # the fingerprint of the record as it is before this purge
    ok: bool  # the record still verifies (against the original or the last redaction)


def seal_states(store: Store, scopes: Sequence[Scope]) -> dict[int, SealState]:
    """The sealed meetings these cases' content is part of, each fingerprinted once."""
    meeting_ids = sorted(set().union(*(s.record_meetings for s in scopes))) if scopes else []
    out: dict[int, SealState] = {}
    for meeting_id in meeting_ids:
        seal = b.one(
            store,
            "SELECT s.id, s.fingerprint, s.redacted_at, s.redacted_fingerprint, s.redaction_note, m.number "
            "FROM seals s JOIN meetings m ON m.id = s.meeting_id WHERE s.meeting_id = ?",
            (meeting_id,),
        )
        if seal is None:
            continue
        current = snap.fingerprint(store, meeting_id)
        if seal["redacted_at"] and not seal["redacted_fingerprint"]:
            ok = True  # redacted before redaction fingerprints existed: nothing to compare
        else:
            ok = current == (seal["redacted_fingerprint"] if seal["redacted_at"] else seal["fingerprint"])
        out[meeting_id] = SealState(
            seal_id=seal["id"],
            number=seal["number"],
            original=seal["fingerprint"],
            note=seal["redaction_note"],
            current=current,
            ok=ok,
        )
    return out


def find_mentions(store: Store, scopes: Sequence[Scope]) -> dict[int, tuple[str, ...]]:
    """Per case: other agenda items whose minutes or title name its reference (one pass)."""
    refs = {str(s.case["reference"]): int(s.case["id"]) for s in scopes}
    out: dict[int, list[str]] = {case_id: [] for case_id in refs.values()}
    if not refs:
        return {}
    alternatives = "|".join(re.escape(r) for r in sorted(refs, key=len, reverse=True))
    pattern = re.compile(f"(?<![0-9A-Za-z])(?:{alternatives})(?![0-9A-Za-z])")
    for number, position, case_id, minutes, title in store.db.execute(
        "SELECT m.number, ai.position, ai.case_id, ai.minutes, ai.title FROM agenda_items ai "
        "JOIN meetings m ON m.id = ai.meeting_id ORDER BY m.date, m.start_time, m.id, ai.position"
    ).fetchall():
        for reference in dict.fromkeys(pattern.findall(minutes) + pattern.findall(title)):
            if refs[reference] != case_id:
                out[refs[reference]].append(pick(f"{number} punt {position}", f"{number} item {position}"))
    return {case_id: tuple(found) for case_id, found in out.items()}
