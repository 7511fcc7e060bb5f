"""Retention: every closed case gets a date after which it is due for purging.

The rules are per closing status and live in ``storage.retention_rules`` (store setting
``retention_rules``; defaults there and in the README): the term runs from the later of the day
the case closed and its latest decision. This module keeps the register's original single-rule
API: ``retention_years`` is the term for geen aangifte and afgesloten, ``set_retention_years`` sets
both (aangifte keeps its own rule). Purging itself is ``storage.purge``.

A case closes when it reaches a closing status (aangifte, geen aangifte, afgesloten); reopening
it clears both dates. Changing a rule recomputes every date at once.
"""

from __future__ import annotations

from datetime import date

from storage import retention_rules
from storage.errors import ValidationError
from storage.i18n import pick
from storage.store import Store

SETTING = retention_rules.LEGACY_SETTING
DEFAULT_YEARS = retention_rules.DEFAULT_RULES["geen_aangifte"]
MIN_YEARS = retention_rules.MIN_YEARS
MAX_YEARS = retention_rules.MAX_YEARS
# The statuses the single rule of the register's dialog and ``cases retention --years`` set.
GENERAL_STATUSES = ("geen_aangifte", "closed")


def retention_years(store: Store) -> int:
    return retention_rules.rules(store)["geen_aangifte"]


def set_retention_years(store: Store, years: int) -> int:
    """Set the term of geen aangifte and afgesloten and recompute every closed case's date;
    returns how many dates changed."""
    if not isinstance(years, int) or not MIN_YEARS <= years <= MAX_YEARS:
        raise ValidationError(
            detail=pick(
                f"de bewaartermijn moet tussen {MIN_YEARS} en {MAX_YEARS} jaar liggen.",
                f"the retention period must be between {MIN_YEARS} and {MAX_YEARS} years.",
            )
        )
    return retention_rules.set_rules(store, dict.fromkeys(GENERAL_STATUSES, years))


def update_dates(store: Store, case_ids: list[int] | None = None) -> int:
    """Recompute the retention dates of these cases (all when None) inside the caller's transaction."""
    return retention_rules.update_dates(store, case_ids)


def today(store: Store) -> date:
    return store.now().date()


def due_count(store: Store, on: date | None = None) -> int:
    day = (on or today(store)).isoformat()
    row = store.db.execute(
        "SELECT count(*) FROM cases WHERE retention_until IS NOT NULL AND retention_until <= ? "
        "AND purged_at IS NULL",
        (day,),
    ).fetchone()
    return int(row[0])
