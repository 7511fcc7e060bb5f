"""What stays of a purged case (table ``case_tombstones``): writing and reading tombstones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from storage.calendar_words import long_date
from storage.cases.model import status_label
from storage.i18n import pick
from storage.meetings._base import Row
from storage.purge.scope import LastDecision
from storage.purge.texts import outcome_label, parse_day
from storage.store import Store

_COLUMNS = (
    "case_id, reference, status, created_at, closed_at, last_decision, last_decision_date, "
    "outcome, retention_until, rule_years, purged_at, purged_by"
)


@dataclass(frozen=True)
class Tombstone:
    """What stays of a purged case: reference, dates, outcome type, the day of the purge."""

    case_id: int
    reference: str
    status: str
    created_at: str
    closed_at: str | None
    last_decision: str
    last_decision_date: str | None
    outcome: str
    outcome_label: str
    retention_until: str | None
    rule_years: int | None
    purged_at: str
    purged_by: str

    @property
    def purged_on(self) -> date:
        found = parse_day(self.purged_at)
        assert found is not None
        return found

    def sentence(self, lang: str | None = None) -> str:
        when = long_date(self.purged_on, lang)
        return pick(
            f"verwijderd wegens bewaartermijn op {when}", f"purged under the retention rules on {when}", lang
        )

    def text(self, lang: str | None = None) -> str:
        """One line: ``C-2026-014 · aangemaakt … · afgesloten … · laatste besluit … · verwijderd …``."""
        parts = [self.reference]
        created = parse_day(self.created_at)
        if created is not None:
            parts.append(
                pick(f"aangemaakt {long_date(created, 'nl')}", f"created {long_date(created, 'en')}", lang)
            )
        closed = parse_day(self.closed_at)
        if closed is not None:
            parts.append(
                pick(
                    f"afgesloten {long_date(closed, 'nl')} ({status_label(self.status, 'nl').lower()})",
                    f"closed {long_date(closed, 'en')} ({status_label(self.status, 'en').lower()})",
                    lang,
                )
            )
        decided = parse_day(self.last_decision_date)
        if self.last_decision and decided is not None:
            parts.append(
                pick(
                    f"laatste besluit {self.last_decision} van {long_date(decided, 'nl')}: {self.outcome_label}",
                    f"latest decision {self.last_decision} of {long_date(decided, 'en')}: {self.outcome_label}",
                    lang,
                )
            )
        parts.append(self.sentence(lang))
        return " · ".join(parts)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["text"] = self.text(lang)
        return data


def write_tombstone(
    store: Store, case: Row, last: LastDecision, *, until: str | None, rule_years: int | None, purged_at: str
) -> None:
    """Store the tombstone of ``case`` (its row in ``cases``) inside the caller's transaction."""
    store.db.execute(
        f"INSERT INTO case_tombstones ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            case["id"],
            case["reference"],
            case["status"],
            case["created_at"],
            case["closed_at"],
            last.number,
            last.date,
            last.outcome,
            until,
            rule_years,
            purged_at,
            store.actor(),
        ),
    )


def read_tombstones(store: Store) -> list[Tombstone]:
    """Every tombstone, most recently purged first."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM case_tombstones ORDER BY purged_at DESC, reference"
    ).fetchall()
    return [_tombstone(store, r) for r in rows]


def read_tombstone(store: Store, case_id: int) -> Tombstone | None:
    row = store.db.execute(f"SELECT {_COLUMNS} FROM case_tombstones WHERE case_id = ?", (case_id,)).fetchone()
    return None if row is None else _tombstone(store, row)


def _tombstone(store: Store, r: Sequence[Any]) -> Tombstone:
    return Tombstone(
        case_id=r[0],
        reference=r[1],
        status=r[2],
        created_at=r[3],
        closed_at=r[4],
        last_decision=r[5],
        last_decision_date=r[6],
        outcome=r[7],
        outcome_label=outcome_label(store, r[7], None),
        retention_until=r[8],
        rule_years=r[9],
        purged_at=r[10],
        purged_by=r[11],
    )
