"""From raw counts to published figures: small-number protection across linked tables.

The three decision tables (by quarter, by 1F ground, by region) share their outcome totals and
grand total. Each is protected on its own first; a shared total hidden in one is then hidden in
all (as a forced secondary cell) and the tables are protected again, until nothing changes, so
that no table publishes a total another table had to hide. Stand-alone figures that repeat a
table total are taken from the protected table, never recomputed.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from storage.statistics.collect import FEEDBACK_KEYS, GROUND_KEYS, Raw
from storage.statistics.model import Figure, Figures, Label, LeadTime, Table, quarter_label
from storage.statistics.regions import region_label
from storage.statistics.settings import Protection
from storage.statistics.suppression import (
    Cell,
    Hidden,
    Position,
    Rule,
    grid_with_margins,
    protect_count,
    suppress,
)

GROUND_LABELS: dict[str, Label] = {
    "a": ("1F(a)", "1F(a)"),
    "b": ("1F(b)", "1F(b)"),
    "c": ("1F(c)", "1F(c)"),
    "multiple": ("Meer dan één grond", "More than one ground"),
    "unset": ("Grond niet ingevuld", "Ground not entered"),
    "purged": ("Verwijderd (bewaartermijn)", "Purged (retention)"),
}
FEEDBACK_LABELS: dict[str, Label] = {
    "started": ("Onderzoek gestart", "Investigation started"),
    "not_started": ("Geen onderzoek", "No investigation"),
    "merged": ("Gevoegd", "Merged"),
    "unknown": ("Onbekend", "Unknown"),
}
DEFERRAL_LABELS: tuple[Label, ...] = (
    ("1 keer", "once"),
    ("2 keer", "twice"),
    ("3 keer of vaker", "3 times or more"),
)


def _cells(
    values: Sequence[Sequence[int]], marks: dict[Position, Hidden], threshold: int
) -> tuple[tuple[Cell, ...], ...]:
    grid = grid_with_margins(values)
    return tuple(
        tuple(Cell(v, marks.get((i, j), Hidden.NO), threshold) for j, v in enumerate(row))
        for i, row in enumerate(grid)
    )


def _linked_marks(
    raw: Raw, p: Protection, protected: bool
) -> tuple[dict[Position, Hidden], dict[Position, Hidden], dict[Position, Hidden]]:
    if not protected:
        return {}, {}, {}
    k, q = len(raw.outcome_keys), len(raw.by_quarter[0]) if raw.by_quarter else 0
    g, r = len(GROUND_KEYS), len(raw.region_keys)
    shared: set[int] = set()  # outcome indexes (k = the grand total) hidden somewhere
    while True:
        m1 = suppress(raw.by_quarter, p.threshold, p.rule, [(i, q) for i in shared])
        m2 = suppress(raw.by_ground, p.threshold, p.rule, [(g, j) for j in shared])
        m3 = suppress(raw.by_region, p.threshold, p.rule, [(r, j) for j in shared])
        found = (
            {i for (i, j) in m1 if j == q} | {j for (i, j) in m2 if i == g} | {j for (i, j) in m3 if i == r}
        )
        if found <= shared or k == 0:
            return m1, m2, m3
        shared |= found


def _table(
    key: str,
    title: Label,
    rows: tuple[tuple[str, Label], ...],
    cols: tuple[tuple[str, Label], ...],
    values: Sequence[Sequence[int]],
    marks: dict[Position, Hidden],
    threshold: int,
) -> Table:
    return Table(
        key=key,
        title=title,
        row_keys=tuple(r[0] for r in rows),
        row_labels=tuple(r[1] for r in rows),
        col_keys=tuple(c[0] for c in cols),
        col_labels=tuple(c[1] for c in cols),
        grid=_cells(values, marks, threshold),
    )


def _one_table(values: list[list[int]], p: Protection, protected: bool) -> dict[Position, Hidden]:
    return suppress(values, p.threshold, p.rule) if protected else {}


def tables(raw: Raw, p: Protection, protected: bool) -> tuple[Table, ...]:
    t = p.threshold
    m1, m2, m3 = _linked_marks(raw, p, protected)
    outcomes = tuple(zip(raw.outcome_keys, raw.outcome_labels, strict=True))
    quarters = tuple(
        (f"{y}-Q{q}", (quarter_label(y, q, "nl"), quarter_label(y, q, "en")))
        for y, q in raw.period.quarters()
    )
    grounds = tuple((key, GROUND_LABELS[key]) for key in GROUND_KEYS)
    regions = tuple((key, (region_label(key, "nl"), region_label(key, "en"))) for key in raw.region_keys)
    feedback = tuple((key, FEEDBACK_LABELS[key]) for key in FEEDBACK_KEYS)
    deferrals = tuple((f"{n}", label) for n, label in zip((1, 2, 3), DEFERRAL_LABELS, strict=True))
    cases_row = (("cases", ("Casussen", "Cases")),)
    return (
        _table(
            "decisions_by_quarter",
            ("Besluiten naar uitkomst per kwartaal", "Decisions by outcome per quarter"),
            outcomes,
            quarters,
            raw.by_quarter,
            m1,
            t,
        ),
        _table(
            "decisions_by_ground",
            ("Besluiten naar 1F-grond", "Decisions by 1F ground"),
            grounds,
            outcomes,
            raw.by_ground,
            m2,
            t,
        ),
        _table(
            "decisions_by_region",
            ("Besluiten naar conflictregio", "Decisions by conflict region"),
            regions,
            outcomes,
            raw.by_region,
            m3,
            t,
        ),
        _table(
            "deferrals",
            ("Aangehouden casussen: hoe vaak", "Deferred cases: how often"),
            cases_row,
            deferrals,
            [raw.deferrals],
            _one_table([raw.deferrals], p, protected),
            t,
        ),
        _table(
            "om_feedback",
            ("Terugkoppeling OM op aangiftes", "OM feedback on aangiftes"),
            cases_row,
            feedback,
            [raw.feedback],
            _one_table([raw.feedback], p, protected),
            t,
        ),
    )


def _from_table(table: Table, key: str, label: Label, outcome: str | None) -> Figure:
    if outcome is None:
        return Figure(key, label, table.total)
    if outcome in table.row_keys:
        return Figure(key, label, table.row_total(outcome))
    return Figure(key, label, Cell(0, Hidden.NO, table.total.threshold))


def figures(raw: Raw, p: Protection, protected: bool, tabs: tuple[Table, ...]) -> tuple[Figure, ...]:
    def count(key: str, label: Label, value: int) -> Figure:
        return Figure(key, label, protect_count(value, p.threshold, protected=protected))

    by_quarter, deferrals, feedback = tabs[0], tabs[3], tabs[4]
    return (
        count("meetings_held", ("Vergaderingen gehouden", "Meetings held"), raw.meetings_held),
        count("cases_new", ("Casussen nieuw ingebracht", "Cases brought in"), raw.cases_new),
        count("cases_discussed", ("Casussen besproken", "Cases discussed"), raw.cases_discussed),
        count("cases_decided", ("Casussen afgerond met een besluit", "Cases decided"), raw.cases_decided),
        _from_table(by_quarter, "decisions", ("Besluiten", "Decisions"), None),
        _from_table(
            by_quarter, "aangifte_decided", ("Besluiten tot aangifte", "Aangifte decided"), "aangifte"
        ),
        count("aangifte_filed", ("Aangiftes gedaan", "Aangiftes filed"), raw.filed),
        count(
            "aangifte_not_filed",
            ("Aangifte besloten maar niet gedaan", "Decided but not filed"),
            raw.not_filed,
        ),
        Figure("om_feedback", ("Terugkoppelingen OM", "OM feedback received"), feedback.total),
        _from_table(by_quarter, "deferrals", ("Besluiten tot aanhouden", "Deferral decisions"), "aanhouden"),
        Figure("deferred_cases", ("Casussen aangehouden", "Cases deferred"), deferrals.total),
        count("actions_created", ("Acties aangemaakt", "Actions created"), raw.actions_created),
        count("actions_closed", ("Acties afgerond", "Actions closed"), raw.actions_closed),
        count(
            "actions_overdue",
            ("Acties over de termijn (einde periode)", "Actions overdue (end of period)"),
            raw.actions_overdue,
        ),
    )


def lead_time(key: str, label: Label, days: Sequence[int], p: Protection, protected: bool) -> LeadTime:
    n = len(days)
    cell = protect_count(n, p.threshold, protected=protected)
    if n == 0 or (protected and n < p.threshold):
        return LeadTime(key, label, cell, None, None, None, None, None)
    q1, q2, q3 = statistics.quantiles(days, n=4, method="inclusive") if n > 1 else (days[0],) * 3
    extremes = (None, None) if protected else (min(days), max(days))
    return LeadTime(key, label, cell, float(q2), float(q1), float(q3), *extremes)


def publish(raw: Raw, p: Protection, protected: bool) -> Figures:
    tabs = tables(raw, p, protected)
    return Figures(
        period=raw.period,
        protected=protected,
        threshold=p.threshold,
        rule=p.rule if protected else Rule.PRIMARY,
        computed_on=raw.today,
        figures=figures(raw, p, protected, tabs),
        tables=tabs,
        lead_times=(
            lead_time(
                "agenda_to_decision",
                ("Eerste agendering tot besluit", "First agenda to decision"),
                raw.agenda_to_decision,
                p,
                protected,
            ),
            lead_time(
                "decision_to_filing",
                ("Besluit tot aangifte gedaan", "Decision to filing"),
                raw.decision_to_filing,
                p,
                protected,
            ),
        ),
    )
