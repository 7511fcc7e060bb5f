"""Retention: every closed case gets a date after which it is due for deletion, from one rule set
for the whole store (``case_retention_years`` years after closing). Purging itself is a later
feature; the register lists the cases that are due.

A case closes when it reaches a closing status (aangifte, geen aangifte, afgesloten); reopening
it clears both dates. Changing the rule recomputes every date at once.
"""

from __future__ import annotations

from datetime import date

from storage.errors import ValidationError
from storage.i18n import pick
from storage.store import Store

SETTING = "case_retention_years"
DEFAULT_YEARS = 5
MIN_YEARS = 1
MAX_YEARS = 30

# SQLite's date arithmetic, so that one case and all cases are computed the same way.
RETENTION_SQL = "date(closed_at, '+' || ? || ' years')"


def retention_years(store: Store) -> int:
    value = store.settings.get(SETTING, DEFAULT_YEARS)
    try:
        years = int(value)
    except (TypeError, ValueError):
        return DEFAULT_YEARS
    return years if MIN_YEARS <= years <= MAX_YEARS else DEFAULT_YEARS


def set_retention_years(store: Store, years: int) -> int:
    """Set the rule and recompute every closed case's date; returns how many dates changed."""
    if not isinstance(years, int) or not MIN_YEARS <= years <= MAX_YEARS:
        raise ValidationError(
            detail=pick(
                f"de bewaartermijn moet tussen {MIN_YEARS} en {MAX_YEARS} jaar liggen.",
                f"the retention period must be between {MIN_YEARS} and {MAX_YEARS} years.",
            )
        )
    with store.db.atomic():
        store.settings.set(SETTING, years)
        cursor = store.db.execute(
            f"UPDATE cases SET retention_until = {RETENTION_SQL} "
            f"WHERE closed_at IS NOT NULL AND retention_until IS NOT {RETENTION_SQL}",
            (years, years),
        )
        return int(cursor.rowcount or 0)


def today(store: Store) -> date:
    return store.now().date()


def due_count(store: Store, on: date | None = None) -> int:
    day = (on or today(store)).isoformat()
    row = store.db.execute(
        "SELECT count(*) FROM cases WHERE retention_until IS NOT NULL AND retention_until <= ?", (day,)
    ).fetchone()
    return int(row[0])
