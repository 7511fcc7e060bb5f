"""Re-identification risk (issue 16): k per case on a small hand-built register with known answers,
the field that makes a case rare, the generalisation suggestions and the threshold setting."""

from __future__ import annotations

import gc

import pytest

from storage.cases.model import Case
from storage.cases.risk import (
    _PROFILED,
    DEFAULT_THRESHOLD,
    RiskService,
    assess_register,
)
from storage.cases.risk_hierarchy import ANY, period_levels, role_levels
from storage.cases.service import CaseService
from storage.errors import ValidationError


def case(case_id: int, reference: str, **values: object) -> Case:
    base: dict[str, object] = {
        "id": case_id,
        "reference": reference,
        "status": "new",
        "grounds": ("a",),
        "country": "Afghanistan",
        "period_from": "1985",
        "period_to": "1989",
        "role": "ondervrager bij de KhAD in Kabul",
        "organisations": "KhAD",
        "ind_status": "asylum_refused_1f",
        "ind_status_note": "",
        "urgent": False,
        "urgency_reason": "",
        "question": "",
        "summary": "",
        "created_at": "2026-01-01T00:00:00",
        "updated_at": "2026-01-01T00:00:00",
        "closed_at": None,
        "retention_until": None,
    }
    base.update(values)
    return Case(**base)  # type: ignore[arg-type]


# Known answers: C-1 and C-2 share every field (k = 2). C-3 differs from them only in the rank
# (bewaker instead of ondervrager, both "uitvoerende functie"), so it is alone (k = 1) and its role
# makes it rare (k = 3 once the role is read as a function level). C-4 and C-5 differ only in the
# year (1994 and 1992), which fall in one five-year period. C-6 is the only case from Syria.
REGISTER = [
    case(1, "C-1"),
    case(2, "C-2"),
    case(3, "C-3", role="bewaker bij de KhAD in Kabul"),
    case(
        4,
        "C-4",
        role="commandant van de 3e brigade in Kabul",
        organisations="Hezb-e Islami",
        period_from="1994",
        period_to="1994",
    ),
    case(
        5,
        "C-5",
        role="commandant van een gewapende groep in Kabul",
        organisations="Hezb-e Islami",
        period_from="1992",
        period_to="1992",
    ),
    case(
        6,
        "C-6",
        country="Syrië",
        role="officier bij de luchtmachtinlichtingendienst in Aleppo",
        organisations="Luchtmachtinlichtingendienst",
        period_from="2012-03-15",
        period_to="2012-03-15",
        ind_status="residence_permit",
    ),
]


def _by_ref() -> dict[str, object]:
    return {r.reference: r for r in assess_register(REGISTER)}


def test_k_counts_the_cases_with_the_same_combination() -> None:
    risks = _by_ref()
    assert {ref: r.k for ref, r in risks.items()} == {  # type: ignore[attr-defined]
        "C-1": 2,
        "C-2": 2,
        "C-3": 1,
        "C-4": 1,
        "C-5": 1,
        "C-6": 1,
    }


def test_the_field_that_makes_a_case_rare() -> None:
    risks = _by_ref()
    c3, c4 = risks["C-3"], risks["C-4"]
    assert (c3.rare_field, c3.rare_k) == ("role", 3)  # type: ignore[attr-defined]
    assert (c4.rare_field, c4.rare_k) == ("period", 2)  # type: ignore[attr-defined]


def test_period_suggestion_with_its_k_and_one_click_changes() -> None:
    c4 = _by_ref()["C-4"]
    period = [s for s in c4.suggestions if s.field == "period"]  # type: ignore[attr-defined]
    assert [(s.current, s.proposal, s.k_after) for s in period] == [
        ("1994", "1990–1994", 2),
        ("1994", "1990–1999", 2),
    ]
    assert period[0].changes == (("period_from", "1990"), ("period_to", "1994"))


def test_role_suggestion_reads_the_rank_as_a_function_level() -> None:
    c4 = _by_ref()["C-4"]
    role = [s for s in c4.suggestions if s.field == "role"]  # type: ignore[attr-defined]
    assert [(s.current, s.proposal, s.k_after) for s in role] == [("commandant", "leidinggevende functie", 1)]
    assert role[0].changes == (("role", "leidinggevende functie"),)


def test_place_suggestion_replaces_the_place_by_its_region() -> None:
    c6 = _by_ref()["C-6"]
    place = [s for s in c6.suggestions if s.field == "place"]  # type: ignore[attr-defined]
    assert [(s.current, s.proposal) for s in place] == [("Aleppo", "Noord-Syrië")]
    assert place[0].changes == (("role", "officier bij de luchtmachtinlichtingendienst in Noord-Syrië"),)


def test_hierarchies() -> None:
    assert period_levels("1994-04-07", "") == ("1994-04-07", "1994-04", "1994", "1990–1994", "1990–1999", ANY)
    assert period_levels("1992", "1996") == ("1992–1996",) * 3 + ("1990–1999", "1990–1999", ANY)
    assert period_levels("", "") == ("",) * 5 + (ANY,)
    assert role_levels("Commandant van de 3e brigade") == ("commandant", "leidinggevende functie", ANY)
    assert role_levels("bewaker in een gevangenis") == ("bewaker", "uitvoerende functie", ANY)
    assert role_levels("iets anders") == ("iets anders", "iets anders", ANY)


def test_a_year_inside_a_period_of_others_makes_the_period_rare() -> None:
    # 1987 against 1985–1989: the same five years once both are read at that level.
    register = [case(1, "C-1"), case(2, "C-2"), case(3, "C-3", period_from="1987", period_to="1987")]
    c3 = next(r for r in assess_register(register) if r.reference == "C-3")
    assert (c3.k, c3.rare_field, c3.rare_k) == (1, "period", 3)
    assert [(s.proposal, s.k_after) for s in c3.suggestions if s.field == "period"] == [
        ("1985–1989", 3),
        ("1980–1989", 3),
    ]


def test_one_case_alone_gets_the_same_answer_as_the_whole_register() -> None:
    whole = {r.case_id: r for r in assess_register(REGISTER)}
    for c in REGISTER:
        assert assess_register(REGISTER, only=c.id) == [whole[c.id]]


def test_a_register_of_one_case_is_always_rare() -> None:
    (only,) = assess_register([REGISTER[0]])
    assert only.k == 1 and only.rare_field is None


def _create(store, reference: str, **values: object) -> None:
    fields = {
        "reference": reference,
        "grounds": "a",
        "country": "Afghanistan",
        "period_from": "1985",
        "period_to": "1989",
        "role": "ondervrager bij de KhAD",
        "organisations": "KhAD",
        "ind_status": "asylum_refused_1f",
    }
    fields.update(values)
    CaseService(store).create(fields)


def test_a_case_with_too_little_filled_in_is_not_judged(store) -> None:
    _create(store, "C-2026-001")
    CaseService(store).create({"reference": "C-2026-009"})
    CaseService(store).create({"reference": "C-2026-010", "country": "Irak"})
    risks = {r.reference: r for r in RiskService(store).assess_all()}
    assert not risks["C-2026-009"].informative and not risks["C-2026-010"].informative
    assert [r.reference for r in RiskService(store).below_threshold()] == ["C-2026-001"]


def test_service_lists_cases_below_the_threshold(store) -> None:
    _create(store, "C-2026-001")
    _create(store, "C-2026-002")
    _create(store, "C-2026-003", role="commandant van de 3e brigade", period_from="1994", period_to="1994")
    service = RiskService(store)
    assert service.threshold() == DEFAULT_THRESHOLD == 2
    assert [r.reference for r in service.below_threshold()] == ["C-2026-003"]
    assert service.set_threshold(3) == 3
    assert [r.reference for r in service.below_threshold()] == ["C-2026-001", "C-2026-002", "C-2026-003"]
    case_id = CaseService(store).get_by_reference("C-2026-003").id
    assert service.assess(case_id).k == 1


@pytest.mark.parametrize("value", [0, 101, "twee", ""])
def test_threshold_must_be_sensible(store, value: object) -> None:
    with pytest.raises(ValidationError):
        RiskService(store).set_threshold(value)
    assert RiskService(store).threshold() == DEFAULT_THRESHOLD


def test_the_kept_register_costs_a_full_garbage_collection_nothing(store) -> None:
    """The profiles kept between reads (10,000 at a full register) are plain tuples, which Python's
    collector stops tracking after one look: objects it tracks are walked by every full collection,
    which holds the interpreter lock (20-35 ms of GUI stall at 10,000 cases, issue 17)."""
    for n in range(1, 6):
        _create(store, f"C-2026-{n:03d}", period_from=str(1980 + n))
    service = RiskService(store)
    service.prepare()
    for _ in range(3):  # one look per level of nesting: the inner tuples go first, then their holders
        gc.collect()
    _changes, rows, fields, positions, tables = _PROFILED[store]
    assert len(rows) == len(fields) == len(positions) == 5
    # The rows, the profiles and their indexes (the seven tables' holder is one object: a tuple of
    # dicts stays tracked, and one object costs a collection nothing).
    kept = [*rows, *fields, positions, *tables, *(x for table in tables for x in (*table, *table.values()))]
    assert [x for x in kept if gc.is_tracked(x)] == []
    # and what is kept still answers like a fresh assessment
    case_id = CaseService(store).get_by_reference("C-2026-003").id
    cases = [CaseService(store).get(int(str(row[0]))) for row in rows]
    fresh = {r.case_id: r for r in assess_register(cases)}
    assert service.assess(case_id) == fresh[case_id]
    assert {r.case_id: r for r in service.assess_all()} == fresh


def test_one_case_is_assessed_as_against_the_whole_register(store) -> None:
    """``assess`` counts only the cases that differ from the case in at most one field (found
    through an index, not by comparing it with every case): the answer is the one counted against
    the whole register, for every case of a demo register with shared and rare combinations."""
    from storage.cases.demo import fill_demo

    fill_demo(store, 150)
    service = RiskService(store)
    cases = [CaseService(store).get(int(r[0])) for r in store.db.execute("SELECT id FROM cases").fetchall()]
    whole = {r.case_id: r for r in assess_register(cases)}
    assert any(r.rare_k > 1 for r in whole.values())  # neighbours that differ in one field count
    assert {c.id: service.assess(c.id) for c in cases} == whole
