"""Retention rules per case status: how long a closed case is kept before it is due for purging.

The rules are a store setting (``retention_rules``: closing status → years), because they belong
with the data, not with one laptop. A case that is still open is never due. For a closed case the
term runs from the *later* of the day it closed and the date of the meeting of its latest
decision, so that a decision taken later always restarts the term::

    retention_until = date(max(closed_at, last decision's meeting date), '+N years')

Defaults (README, "Bewaartermijnen"): geen aangifte and afgesloten 5 years after the last
decision; aangifte 2 years (the file then lives on at the IND and the OM, where their own
retention applies). The organisation sets its own terms; these are only a starting point.

``update_dates`` recomputes the stored ``cases.retention_until`` (the register's "due" list reads
it); it is called whenever a case closes and whenever the rules change. Purged cases keep
nothing to compute and are left alone (``cases.purged_at``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storage.cases.model import status_label
from storage.errors import UsageError, ValidationError
from storage.i18n import pick
from storage.sql_lists import marks, slices
from storage.store import Store

RULES_SETTING = "retention_rules"
LEGACY_SETTING = "case_retention_years"  # the first, single rule: N years for every closed case

# Closing statuses (storage.cases.model.CLOSED_STATUSES) in the order the screens show them.
RULE_STATUSES: tuple[str, ...] = ("geen_aangifte", "closed", "aangifte")
DEFAULT_RULES: dict[str, int] = {"geen_aangifte": 5, "closed": 5, "aangifte": 2}
MIN_YEARS = 1
MAX_YEARS = 30

# The day a closed case's term starts: the later of its closing day and its latest decision.
BASIS_SQL = (
    "max(closed_at, coalesce((SELECT max(m.date) FROM decisions d JOIN meetings m "
    "ON m.id = d.meeting_id WHERE d.case_id = cases.id), ''))"
)
UNTIL_SQL = f"date({BASIS_SQL}, '+' || ? || ' years')"


class CasePurged(UsageError):
    """A write to a case whose content was purged under the retention rules."""

    nl = (
        "Casus {reference} is op {date} verwijderd wegens de bewaartermijn; er blijft alleen een "
        "grafsteen over en die kan niet meer worden gewijzigd."
    )
    en = (
        "Case {reference} was purged on {date} under the retention rules; only a tombstone is "
        "left and it cannot be changed."
    )


def _valid_years(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if MIN_YEARS <= value <= MAX_YEARS else None


def rules(store: Store) -> dict[str, int]:
    """The years per closing status (every one of ``RULE_STATUSES`` present)."""
    out = dict(DEFAULT_RULES)
    legacy = _valid_years(store.settings.get(LEGACY_SETTING, None))
    stored = store.settings.get(RULES_SETTING, None)
    if not isinstance(stored, dict) and legacy is not None:
        # A store from before the per-status rules kept every closed case the same number of years.
        return dict.fromkeys(RULE_STATUSES, legacy)
    if isinstance(stored, dict):
        for status in RULE_STATUSES:
            years = _valid_years(stored.get(status))
            if years is not None:
                out[status] = years
    return out


def years_error(value: object, lang: str | None = None) -> str | None:
    if _valid_years(value) is None:
        return pick(
            f"een bewaartermijn ligt tussen {MIN_YEARS} en {MAX_YEARS} jaar",
            f"a retention period lies between {MIN_YEARS} and {MAX_YEARS} years",
            lang,
        )
    return None


def set_rules(store: Store, changes: Mapping[str, int]) -> int:
    """Change the years of some statuses and recompute every date; returns how many dates changed.

    The change is one transaction with its audit entry (``retention.rules``: the new years per
    status, no case data)."""
    problems = []
    for status, years in changes.items():
        if status not in RULE_STATUSES:
            problems.append(
                pick(
                    f"voor status {status!r} geldt geen bewaartermijn (alleen afgesloten casussen)",
                    f"status {status!r} has no retention period (only closed cases do)",
                )
            )
            continue
        error = years_error(years)
        if error is not None:
            problems.append(f"{status_label(status)}: {error}")
    if problems:
        raise ValidationError(detail="; ".join(problems) + ".")
    with store.db.atomic():
        new = rules(store)
        new.update({status: int(years) for status, years in changes.items()})
        # StoreSettings.set logs "settings.change" itself; the detail below says what changed.
        store.settings.set(RULES_SETTING, new)
        changed = update_dates(store)
        store.audit.append(
            "retention.rules", "setting", RULES_SETTING, detail={**new, "dates_changed": changed}
        )
        return changed


def update_dates(store: Store, case_ids: Sequence[int] | None = None) -> int:
    """Recompute ``retention_until`` of the closed (not purged) cases in ``case_ids`` (all when
    None) from the current rules; inside the caller's transaction. Returns how many changed."""
    current = rules(store)
    if case_ids is not None and not case_ids:
        return 0
    sql = (
        f"UPDATE cases SET retention_until = {UNTIL_SQL} WHERE status = ? AND closed_at IS NOT NULL "
        f"AND purged_at IS NULL AND retention_until IS NOT {UNTIL_SQL}"
    )
    changed = 0
    with store.db.atomic():
        for status in RULE_STATUSES:
            args: list[object] = [current[status], status, current[status]]
            if case_ids is None:
                changed += int(store.db.execute(sql, args).rowcount or 0)
                continue
            for chunk in slices(list(case_ids)):
                cursor = store.db.execute(f"{sql} AND id IN ({marks(chunk)})", [*args, *chunk])
                changed += int(cursor.rowcount or 0)
    return changed


def computed_until(store: Store, case_id: int) -> str | None:
    """The retention date of one case as the rules give it now (None while open or purged)."""
    row = store.db.execute(
        f"SELECT status, closed_at, purged_at, {BASIS_SQL} FROM cases WHERE id = ?", (case_id,)
    ).fetchone()
    if row is None or row[1] is None or row[2] is not None or row[0] not in RULE_STATUSES:
        return None
    found = store.db.execute(
        "SELECT date(?, '+' || ? || ' years')", (row[3], rules(store)[row[0]])
    ).fetchone()
    return None if found is None else found[0]


def purged_on(store: Store, case_id: int) -> tuple[str, str] | None:
    """(reference, purge date) when the case was purged, else None."""
    row = store.db.execute("SELECT reference, purged_at FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None or row[1] is None:
        return None
    return str(row[0]), str(row[1])[:10]


def require_not_purged(store: Store, case_id: int) -> None:
    """Raise :class:`CasePurged` for a purged case (writes to a tombstone are refused)."""
    found = purged_on(store, case_id)
    if found is not None:
        raise CasePurged(reference=found[0], date=found[1])
