"""Issue 15, must show 2: every figure against a hand-built store whose answers are known, for a
year, a quarter and a period across the year boundary, with a case that was deferred twice before
it was decided, and with purged cases that still count through their tombstones.

The store (meetings held on 12 November 2025, 10 February 2026 and 20 May 2026):

====  ======  ===========  =====================  =====================  =====================
case  ground  country      OT 2025-01 (12 nov)    OT 2026-01 (10 feb)    OT 2026-02 (20 mei)
====  ======  ===========  =====================  =====================  =====================
C1    a       Syrië        aanhouden              aanhouden              aangifte (not filed)
C2    b       Afghanistan  geen aangifte
C3    a       Rwanda       aangifte (filed 15-1,
                           OM: started 2-4-2026)
C4    c       Irak                                nadere informatie      geen aangifte
C5    a       Syrië                               aangifte (filed 1-3)
====  ======  ===========  =====================  =====================  =====================

C1–C3 are created on 1 October 2025, C4 and C5 on 5 January 2026. The action of C4's "nadere
informatie" (deadline 1 March 2026) is closed at OT 2026-02. C2 and C3 are purged in 2031.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.cases.service import CaseService
from storage.followup import FollowUpService
from storage.purge import PurgeService
from storage.statistics import Period, Rule, StatisticsService
from storage.statistics.collect import Raw
from storage.statistics.publish import publish
from storage.statistics.settings import Protection
from tests.helpers.meetings import PEOPLE, Services, StepClock
from tests.helpers.purge import TZ

TODAY = date(2026, 12, 1)
CASES = {
    "C1": ("a", "Syrië"),
    "C2": ("b", "Afghanistan"),
    "C3": ("a", "Rwanda"),
    "C4": ("c", "Irak"),
    "C5": ("a", "Syrië"),
}


def _meeting(s: Services, clock: StepClock, day: date, decisions: list[tuple[int, str, dict]]) -> dict:
    clock.jump(datetime(day.year, day.month, day.day, 9, 0, tzinfo=TZ))
    meeting = s.meetings.create_meeting(
        day, "10:00", place="Den Haag", chair="Voorzitter", participants=PEOPLE
    )
    items = [s.agenda.add_case_item(meeting.id, case_id) for case_id, _o, _f in decisions]
    s.meetings.fix_agenda(meeting.id)
    s.meetings.start_meeting(meeting.id)
    out = {"meeting": meeting}
    for item, (case_id, outcome, fields) in zip(items, decisions, strict=True):
        out[case_id] = s.decisions.record_decision(item.id, outcome, **fields)
    return out


AANGIFTE = {"responsible": "IND 1F-unit", "deadline": "2026-12-31"}
DEFER = {"reason": "Wacht op ambtsbericht."}
NONE = {"reason": "Geen rechtsmacht."}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from tests.helpers.purge import make_store

    store, clock = make_store(tmp_path_factory.mktemp("stats") / "opslag")
    s = Services(store)
    cases = CaseService(store)
    ids = {}
    for ref, (ground, country) in CASES.items():
        clock.jump(
            datetime(2025, 10, 1, 9, 0, tzinfo=TZ) if ref < "C4" else datetime(2026, 1, 5, 9, 0, tzinfo=TZ)
        )
        ids[ref] = cases.create(
            {"reference": f"C-2025-{ref[1]}00", "grounds": ground, "country": country, "summary": "Fictief."}
        ).id
    c1, c2, c3, c4, c5 = (ids[k] for k in CASES)
    m1 = _meeting(
        s,
        clock,
        date(2025, 11, 12),
        [(c1, "aanhouden", DEFER), (c2, "geen_aangifte", NONE), (c3, "aangifte", AANGIFTE)],
    )
    s.meetings.close_meeting(m1["meeting"].id)
    info = {"request": "Ambtsbericht opvragen.", "responsible_organisation": "IND", "deadline": "2026-03-01"}
    m2 = _meeting(
        s,
        clock,
        date(2026, 2, 10),
        [(c1, "aanhouden", DEFER), (c4, "nadere_informatie", info), (c5, "aangifte", AANGIFTE)],
    )
    s.meetings.close_meeting(m2["meeting"].id)
    m3 = _meeting(s, clock, date(2026, 5, 20), [(c1, "aangifte", AANGIFTE), (c4, "geen_aangifte", NONE)])
    action = s.q.actions(case_id=c4)[0]
    s.actions.close_action(action.id, meeting_id=m3["meeting"].id)
    s.meetings.close_meeting(m3["meeting"].id)
    clock.jump(datetime(2026, 6, 1, 9, 0, tzinfo=TZ))
    follow = FollowUpService(store)
    follow.record(m1[c3].id, filed_on="2026-01-15", om_feedback="started", om_feedback_on="2026-04-02")
    follow.record(m2[c5].id, filed_on="2026-03-01")
    follow.record(m3[c1].id, not_filed=True, not_filed_reason="Betrokkene vertrokken.")
    stats = StatisticsService(store)
    before = {
        key: stats.figures(period, protected=False, today=TODAY)
        for key, period in (("2025", Period.year(2025)), ("2026", Period.year(2026)))
    }
    clock.jump(datetime(2031, 6, 1, 9, 0, tzinfo=TZ))
    PurgeService(store).purge_references(["C-2025-200", "C-2025-300"], compact=False)
    yield {"store": store, "stats": stats, "before": before}
    store.close()


def values(figures) -> dict[str, int]:
    return {f.key: f.cell.value for f in figures.figures}


def inner(table, rows=None) -> dict[tuple[str, str], int]:
    """The non-zero inner cells of a table, by (row key, column key)."""
    out = {}
    for i, row in enumerate(table.row_keys):
        for j, col in enumerate(table.col_keys):
            value = table.grid[i][j].value
            if value and (rows is None or row in rows):
                out[(row, col)] = value
    return out


def test_year_2026_every_figure(world) -> None:
    f = world["stats"].figures(Period.year(2026), protected=False, today=TODAY)
    assert values(f) == {
        "meetings_held": 2,
        "cases_new": 2,
        "cases_discussed": 3,
        "cases_decided": 3,  # C5 and C1 (aangifte), C4 (geen aangifte)
        "decisions": 5,
        "aangifte_decided": 2,
        "aangifte_filed": 2,  # C3 (decided in 2025) and C5
        "aangifte_not_filed": 1,
        "om_feedback": 1,
        "deferrals": 1,
        "deferred_cases": 1,
        "actions_created": 1,
        "actions_closed": 1,
        "actions_overdue": 0,
    }
    assert inner(f.table("decisions_by_quarter")) == {
        ("aanhouden", "2026-Q1"): 1,
        ("nadere_informatie", "2026-Q1"): 1,
        ("aangifte", "2026-Q1"): 1,
        ("aangifte", "2026-Q2"): 1,
        ("geen_aangifte", "2026-Q2"): 1,
    }
    assert inner(f.table("decisions_by_ground")) == {
        ("a", "aanhouden"): 1,
        ("a", "aangifte"): 2,
        ("c", "nadere_informatie"): 1,
        ("c", "geen_aangifte"): 1,
    }
    assert inner(f.table("decisions_by_region")) == {
        ("mena", "aanhouden"): 1,
        ("mena", "nadere_informatie"): 1,
        ("mena", "aangifte"): 2,
        ("mena", "geen_aangifte"): 1,
    }
    assert inner(f.table("deferrals")) == {("cases", "1"): 1}
    assert inner(f.table("om_feedback")) == {("cases", "started"): 1}
    lead = f.lead_time("agenda_to_decision")
    assert (lead.count.value, lead.median, lead.p25, lead.p75, lead.minimum, lead.maximum) == (
        3,
        99.0,
        49.5,
        144.0,
        0,
        189,
    )  # C5 0, C4 99, C1 189 days (first agenda 12 Nov 2025)
    filing = f.lead_time("decision_to_filing")
    assert (filing.count.value, filing.median, filing.minimum, filing.maximum) == (2, 41.5, 19, 64)


def test_a_quarter_counts_overdue_actions_at_its_end(world) -> None:
    f = world["stats"].figures(Period.quarter(2026, 1), protected=False, today=TODAY)
    got = values(f)
    assert (got["meetings_held"], got["decisions"], got["aangifte_filed"]) == (1, 3, 2)
    assert (got["actions_created"], got["actions_closed"], got["actions_overdue"]) == (1, 0, 1)
    assert f.table("decisions_by_quarter").col_keys == ("2026-Q1",)


def test_a_period_across_the_year_boundary(world) -> None:
    f = world["stats"].figures(
        Period.between(date(2025, 11, 1), date(2026, 2, 28)), protected=False, today=TODAY
    )
    got = values(f)
    assert (got["meetings_held"], got["cases_new"], got["cases_discussed"]) == (2, 2, 5)
    assert (got["decisions"], got["cases_decided"], got["deferrals"], got["deferred_cases"]) == (6, 3, 2, 1)
    assert inner(f.table("deferrals")) == {("cases", "2"): 1}  # C1: deferred twice in this period
    assert f.table("decisions_by_quarter").col_keys == ("2025-Q4", "2026-Q1")
    assert (got["aangifte_filed"], f.lead_time("decision_to_filing").median) == (1, 64.0)


def test_deferred_then_decided_counts_as_deferred_in_2025_and_decided_in_2026(world) -> None:
    y2025 = values(world["stats"].figures(Period.year(2025), protected=False, today=TODAY))
    assert (y2025["deferred_cases"], y2025["cases_decided"], y2025["decisions"]) == (1, 2, 3)
    assert (y2025["cases_new"], y2025["meetings_held"], y2025["aangifte_filed"]) == (3, 1, 0)


def test_purged_cases_still_count_through_their_tombstones(world) -> None:
    store, stats = world["store"], world["stats"]
    assert [t.reference for t in PurgeService(store).tombstones()] == ["C-2025-200", "C-2025-300"]
    for year in ("2025", "2026"):
        after = stats.figures(Period.year(int(year)), protected=False, today=TODAY)
        before = world["before"][year]
        assert values(after) == values(before)
        assert after.lead_times == before.lead_times
        assert after.table("decisions_by_quarter") == before.table("decisions_by_quarter")
    y2025 = stats.figures(Period.year(2025), protected=False, today=TODAY)
    assert inner(y2025.table("decisions_by_ground")) == {
        ("a", "aanhouden"): 1,
        ("purged", "geen_aangifte"): 1,
        ("purged", "aangifte"): 1,
    }
    assert inner(y2025.table("decisions_by_region"), rows={"purged"}) == {
        ("purged", "geen_aangifte"): 1,
        ("purged", "aangifte"): 1,
    }


def test_the_protected_figures_publish_nothing_small(world) -> None:
    f = world["stats"].figures(Period.year(2026), today=TODAY)
    assert f.protected and f.threshold == 5
    shown = {fig.key: fig.cell.shown for fig in f.figures}
    assert (shown["decisions"], shown["actions_overdue"]) == ("5", "0")  # 5 and 0 are published
    assert [k for k, v in shown.items() if v != "< 5"] == ["decisions", "actions_overdue"]
    for table in f.tables:
        for row in table.grid:
            for cell in row:
                assert cell.published is None or cell.published == 0 or cell.published >= 5
    assert f.lead_time("agenda_to_decision").median is None  # three cases: not published
    assert "2" not in {c for row in f.table("decisions_by_quarter").rows("nl")[1:] for c in row[1:]}


small = st.lists(st.integers(0, 12), min_size=3, max_size=3)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(small, min_size=2, max_size=2),
    st.lists(small, min_size=6, max_size=6),
    st.lists(small, min_size=4, max_size=4),
)
def test_shared_totals_are_hidden_alike_in_every_table(quarter_cols, grounds, regions) -> None:
    """The three decision tables repeat the outcome totals: a total hidden in one table must not
    be published by another, and the stand-alone figures repeat the tables' published totals."""
    raw = Raw(Period.between(date(2026, 1, 1), date(2026, 6, 30)), TODAY)
    raw.outcome_keys, raw.outcome_labels = ["x", "y", "z"], [("X", "X"), ("Y", "Y"), ("Z", "Z")]
    totals = [sum(g[j] for g in grounds) for j in range(3)]
    # quarters and regions split the same outcome totals differently
    raw.by_quarter = [
        [min(t, quarter_cols[0][j]), t - min(t, quarter_cols[0][j])] for j, t in enumerate(totals)
    ]
    raw.region_keys = ["r1", "r2", "r3", "r4"]
    raw.by_region = [[0] * 3 for _ in range(4)]
    for j, t in enumerate(totals):
        left = t
        for r in range(3):
            take = min(left, regions[r][j])
            raw.by_region[r][j], left = take, left - take
        raw.by_region[3][j] = left
    raw.by_ground = grounds
    f = publish(raw, Protection(), protected=True)
    quarter, ground, region = (
        f.table(k) for k in ("decisions_by_quarter", "decisions_by_ground", "decisions_by_region")
    )
    for key in ("x", "y", "z"):
        shown = {quarter.row_total(key).shown, ground.col_total(key).shown, region.col_total(key).shown}
        assert len(shown) == 1, (key, shown)
    assert len({quarter.total.shown, ground.total.shown, region.total.shown}) == 1
    assert f.figure("decisions").cell == quarter.total


def test_the_chair_changes_threshold_and_rule_audited(store) -> None:
    from storage.errors import ValidationError
    from storage.statistics import protection, set_protection

    assert protection(store) == Protection(5, Rule.SECONDARY)
    set_protection(store, 10, "primary")
    assert protection(store) == Protection(10, Rule.PRIMARY)
    entry = store.audit.entries(action_prefix="statistics.protection")[0]
    assert entry.detail == {
        "from": {"threshold": 5, "rule": "secondary"},
        "to": {"threshold": 10, "rule": "primary"},
    }
    for threshold, rule in ((2, "secondary"), (5, "rounding"), (True, "primary")):
        with pytest.raises(ValidationError):
            set_protection(store, threshold, rule)
    assert protection(store) == Protection(10, Rule.PRIMARY)
    store.settings.set("statistics_protection", {"threshold": 1, "rule": "none"})  # tampered
    assert protection(store) == Protection(3, Rule.SECONDARY)  # never weaker than the minimum
