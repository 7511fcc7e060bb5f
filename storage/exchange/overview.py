"""What the exchange screens show: this store's identity, its pairs, and what can be sent."""

from __future__ import annotations

from dataclasses import dataclass

from storage.exchange import identity as ident
from storage.store import Store


@dataclass(frozen=True)
class MeetingChoice:
    id: int
    number: str
    date: str
    status: str
    sealed: bool


@dataclass(frozen=True)
class CaseChoice:
    id: int
    reference: str
    status: str


@dataclass(frozen=True)
class Overview:
    store_id: str
    role: str
    fingerprint: str  # 60 digits
    pairs: tuple[ident.Pair, ...]
    meetings: tuple[MeetingChoice, ...]
    cases: tuple[CaseChoice, ...]


def overview(store: Store) -> Overview:
    me = ident.ensure_identity(store)
    meetings = tuple(
        MeetingChoice(int(r[0]), str(r[1]), str(r[2]), str(r[3]), bool(r[4]))
        for r in store.db.execute(
            "SELECT m.id, m.number, m.date, m.status, EXISTS (SELECT 1 FROM seals s WHERE s.meeting_id = m.id) "
            "FROM meetings m ORDER BY m.date DESC, m.id DESC"
        ).fetchall()
    )
    cases = tuple(
        CaseChoice(int(r[0]), str(r[1]), str(r[2]))
        for r in store.db.execute(
            "SELECT id, reference, status FROM cases WHERE purged_at IS NULL ORDER BY reference"
        ).fetchall()
    )
    return Overview(me.store_id, me.role, me.fingerprint, tuple(ident.pairs(store)), meetings, cases)
