"""The raw (unprotected) counts of a period, straight from the store in a few aggregate queries.

Which date puts an event in a period: a meeting by its date (held: in session, ended or adopted);
a case as new by the day it was created; a decision by the date of its meeting; a filing by its
filing date and OM feedback by its date (the filing date when none was given); an action as
created by its meeting's date and as closed by its closing day. Overdue actions and lead times
are counted on the last day of the period (today when that is earlier). Purged cases keep their
rows, dates and decisions (only texts go), so they count like any other; their 1F ground and
country are gone, so they have a row of their own in those tables.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from storage.cases.model import CLOSED_STATUSES, GROUNDS
from storage.meetings.outcomes import AANGIFTE, AANHOUDEN, DEFAULT_OUTCOMES, outcomes
from storage.sql_lists import marks
from storage.statistics.model import Label, Period
from storage.statistics.regions import PURGED, UNSET, region_of
from storage.store import Store

HELD = ("in_vergadering", "afgelopen", "vastgesteld")
_HELD_SQL = "('in_vergadering', 'afgelopen', 'vastgesteld')"
MULTIPLE = "multiple"
GROUND_KEYS = (*GROUNDS, MULTIPLE, UNSET, PURGED)
FEEDBACK_KEYS = ("started", "not_started", "merged", "unknown")


@dataclass
class Raw:
    period: Period
    today: date
    meetings_held: int = 0
    cases_new: int = 0
    cases_discussed: int = 0
    cases_decided: int = 0
    outcome_keys: list[str] = field(default_factory=list)
    outcome_labels: list[Label] = field(default_factory=list)
    by_quarter: list[list[int]] = field(default_factory=list)  # outcome × quarter
    by_ground: list[list[int]] = field(default_factory=list)  # GROUND_KEYS × outcome
    region_keys: list[str] = field(default_factory=list)
    by_region: list[list[int]] = field(default_factory=list)  # region × outcome
    deferrals: list[int] = field(default_factory=lambda: [0, 0, 0])  # cases deferred 1×, 2×, 3+×
    filed: int = 0
    not_filed: int = 0
    feedback: list[int] = field(default_factory=lambda: [0] * len(FEEDBACK_KEYS))
    actions_created: int = 0
    actions_closed: int = 0
    actions_overdue: int = 0
    agenda_to_decision: list[int] = field(default_factory=list)  # days, per decided case
    decision_to_filing: list[int] = field(default_factory=list)  # days, per filed aangifte


def ground_key(grounds: str, purged: bool) -> str:
    if purged:
        return PURGED
    letters = {ch for ch in grounds.lower().replace("1f", "") if ch in GROUNDS}
    if not letters:
        return UNSET
    return letters.pop() if len(letters) == 1 else MULTIPLE


def _outcome_list(store: Store) -> tuple[list[str], list[Label], set[str]]:
    keys, labels, closing = [], [], set()
    for o in outcomes(store):
        keys.append(o.key)
        labels.append((o.label, o.label_en))
        if o.case_status in CLOSED_STATUSES:
            closing.add(o.key)
    for entry in DEFAULT_OUTCOMES:  # keys removed from the setting still close old cases
        if entry["case_status"] in CLOSED_STATUSES:
            closing.add(str(entry["key"]))
    return keys, labels, closing


def _scalar(store: Store, sql: str, args: tuple[object, ...]) -> int:
    return int(store.db.execute(sql, args).fetchone()[0] or 0)


def collect(store: Store, period: Period, today: date, region_keys: tuple[str, ...]) -> Raw:
    raw = Raw(period, today)
    s, e = period.start.isoformat(), period.end.isoformat()
    raw.meetings_held = _scalar(
        store, f"SELECT count(*) FROM meetings WHERE date BETWEEN ? AND ? AND status IN {_HELD_SQL}", (s, e)
    )
    raw.cases_new = _scalar(
        store, "SELECT count(*) FROM cases WHERE substr(created_at, 1, 10) BETWEEN ? AND ?", (s, e)
    )
    raw.cases_discussed = _scalar(
        store,
        "SELECT count(DISTINCT ai.case_id) FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id "
        f"WHERE ai.case_id IS NOT NULL AND m.date BETWEEN ? AND ? AND m.status IN {_HELD_SQL}",
        (s, e),
    )
    _decisions(store, raw, region_keys)
    _followups(store, raw)
    _actions(store, raw)
    return raw


def _decisions(store: Store, raw: Raw, region_keys: tuple[str, ...]) -> None:
    """Decision counts grouped in the database; Python only maps the few distinct grounds and
    countries to their rows."""
    s, e = raw.period.start.isoformat(), raw.period.end.isoformat()
    keys, labels, closing = _outcome_list(store)
    join = "FROM decisions d JOIN meetings m ON m.id = d.meeting_id"
    in_period = "WHERE m.date BETWEEN ? AND ?"
    per_quarter = store.db.execute(
        "SELECT d.outcome, CAST(substr(m.date, 1, 4) AS INTEGER), "
        f"(CAST(substr(m.date, 6, 2) AS INTEGER) + 2) / 3, count(*) {join} {in_period} GROUP BY 1, 2, 3",
        (s, e),
    ).fetchall()
    per_case = store.db.execute(
        f"SELECT c.grounds, c.country, c.purged_at IS NOT NULL, d.outcome, count(*) {join} "
        f"JOIN cases c ON c.id = d.case_id {in_period} GROUP BY 1, 2, 3, 4",
        (s, e),
    ).fetchall()
    for outcome in sorted({r[0] for r in per_quarter} - set(keys)):
        keys.append(outcome)
        labels.append((outcome, outcome))
    quarters = list(raw.period.quarters())
    raw.outcome_keys, raw.outcome_labels, raw.region_keys = keys, labels, list(region_keys)
    raw.by_quarter = [[0] * len(quarters) for _ in keys]
    raw.by_ground = [[0] * len(keys) for _ in GROUND_KEYS]
    raw.by_region = [[0] * len(keys) for _ in region_keys]
    for outcome, year, quarter, count in per_quarter:
        raw.by_quarter[keys.index(outcome)][quarters.index((year, quarter))] += count
    for grounds, country, purged, outcome, count in per_case:
        k = keys.index(outcome)
        raw.by_ground[GROUND_KEYS.index(ground_key(grounds, bool(purged)))][k] += count
        raw.by_region[region_keys.index(PURGED if purged else region_of(country))][k] += count
    # Per decided case: its last closing decision in the period minus its first agenda date.
    decided = store.db.execute(
        "SELECT d.case_id, julianday(max(m.date)) - julianday((SELECT min(m2.date) FROM agenda_items ai "
        f"JOIN meetings m2 ON m2.id = ai.meeting_id WHERE ai.case_id = d.case_id)) {join} {in_period} "
        f"AND d.outcome IN ({marks(sorted(closing))}) GROUP BY d.case_id",
        (s, e, *sorted(closing)),
    ).fetchall()
    raw.cases_decided = len(decided)
    raw.agenda_to_decision = sorted(round(days or 0) for _case, days in decided)
    for times, cases in store.db.execute(
        f"SELECT min(n, 3), count(*) FROM (SELECT count(*) AS n {join} {in_period} AND d.outcome = ? "
        "GROUP BY d.case_id) GROUP BY 1",
        (s, e, AANHOUDEN),
    ).fetchall():
        raw.deferrals[int(times) - 1] = int(cases)


def _followups(store: Store, raw: Raw) -> None:
    s, e = raw.period.start.isoformat(), raw.period.end.isoformat()
    found = store.db.execute(
        "SELECT f.filed_on, f.not_filed, f.om_feedback, f.om_feedback_on, m.date FROM aangifte_followups f "
        "JOIN decisions d ON d.id = f.decision_id JOIN meetings m ON m.id = d.meeting_id WHERE d.outcome = ? "
        "AND (f.filed_on BETWEEN ? AND ? OR f.om_feedback_on BETWEEN ? AND ? OR m.date BETWEEN ? AND ?)",
        (AANGIFTE, s, e, s, e, s, e),
    ).fetchall()
    per_kind: dict[str, int] = defaultdict(int)
    for filed_on, not_filed, feedback, feedback_on, decided_on in found:
        if filed_on and s <= filed_on <= e:
            raw.filed += 1
            raw.decision_to_filing.append(
                (date.fromisoformat(filed_on) - date.fromisoformat(decided_on)).days
            )
        if not_filed and s <= decided_on <= e:
            raw.not_filed += 1
        when = feedback_on or filed_on
        if feedback and when and s <= when <= e:
            per_kind[feedback] += 1
    raw.feedback = [per_kind[k] for k in FEEDBACK_KEYS]
    raw.decision_to_filing.sort()


def _actions(store: Store, raw: Raw) -> None:
    s, e = raw.period.start.isoformat(), raw.period.end.isoformat()
    ref = min(raw.period.end, raw.today).isoformat()
    raw.actions_created = _scalar(
        store,
        "SELECT count(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE m.date BETWEEN ? AND ?",
        (s, e),
    )
    raw.actions_closed = _scalar(
        store,
        "SELECT count(*) FROM actions WHERE status IN ('done', 'cancelled') AND substr(closed_at, 1, 10) BETWEEN ? AND ?",
        (s, e),
    )
    raw.actions_overdue = _scalar(
        store,
        "SELECT count(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE a.deadline < ? "
        "AND m.date <= ? AND (a.status = 'open' OR substr(a.closed_at, 1, 10) > ?)",
        (ref, ref, ref),
    )
