"""Decisions: outcomes and their fields, actions from decisions, finality, case status, numbering."""

from __future__ import annotations

import json
from datetime import date

import pytest

from storage.cases.status import CaseStatus
from storage.errors import DecisionChangeRequired, ValidationError
from storage.meetings import outcomes, set_outcomes
from storage.meetings.outcomes import DEFAULT_OUTCOMES
from tests.helpers.meetings import Services, make_cases, run_meeting

SECRET_TEXT = "Zeer specifieke besluittekst die nooit in het logboek mag staan"


@pytest.fixture
def s(store) -> Services:
    return Services(store)


@pytest.fixture
def live(s: Services, store) -> dict:
    cases = make_cases(store, 3)
    run = run_meeting(s, date(2026, 3, 5), cases)
    return {"meeting": run["meeting"], "items": run["items"], "cases": cases}


def status(store, case_id: int) -> str:
    return store.db.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()[0]


def test_default_outcomes() -> None:
    assert [o["key"] for o in DEFAULT_OUTCOMES] == [
        "aangifte",
        "nadere_informatie",
        "aanhouden",
        "geen_aangifte",
        "afgesloten",
    ]


def test_each_outcome_asks_for_what_it_needs(s: Services, live) -> None:
    item = live["items"][0].id
    with pytest.raises(ValidationError) as info:
        s.decisions.record_decision(item, "aangifte")
    assert "Wie doet aangifte" in info.value.message("nl") and "Uiterlijk op" in info.value.message("nl")
    with pytest.raises(ValidationError):
        s.decisions.record_decision(item, "nadere_informatie", request="x", deadline=date(2026, 4, 1))
    with pytest.raises(ValidationError):
        s.decisions.record_decision(item, "aanhouden")
    with pytest.raises(ValidationError):
        s.decisions.record_decision(item, "geen_aangifte")
    with pytest.raises(ValidationError):
        s.decisions.record_decision(item, "vrijspraak")
    with pytest.raises(ValidationError):
        s.decisions.record_decision(item, "aangifte", responsible="IND", deadline="1 april")
    agenda_item = s.q.agenda(live["meeting"].id).items[0]
    with pytest.raises(ValidationError):
        s.decisions.record_decision(agenda_item.id, "afgesloten")  # not a case item
    d = s.decisions.record_decision(
        item, "geen_aangifte", reason="onvoldoende", keep_monitoring=True, deadline="2026-09-01"
    )
    assert d.keep_monitoring and d.deadline is None  # a field the outcome does not use is not kept
    with pytest.raises(ValidationError):
        s.decisions.record_decision(item, "afgesloten")  # one decision per item: change it instead


def test_nadere_informatie_keeps_one_action_in_step(s: Services, live, store) -> None:
    item, case = live["items"][1], live["cases"][1]
    d = s.decisions.record_decision(
        item.id,
        "nadere_informatie",
        request="ambtsberichten",
        responsible_organisation="OM",
        responsible="Landelijk Parket",
        deadline=date(2026, 4, 1),
    )
    action = s.q.action_by_number(d.action_numbers[0])
    assert action.text == "Nadere informatie aanleveren: ambtsberichten"
    assert (action.owner_organisation, action.owner_role, action.deadline) == (
        "OM",
        "Landelijk Parket",
        date(2026, 4, 1),
    )
    assert (action.case_id, action.item_id, action.decision_number) == (case, item.id, d.number)
    assert status(store, case) == CaseStatus.AWAITING_INFORMATION
    d = s.decisions.change_decision(
        d.id, replaces_version=d.version, request="verklaringen", deadline=date(2026, 5, 1)
    )
    action = s.q.action(action.id)
    assert action.text == "Nadere informatie aanleveren: verklaringen" and action.deadline == date(2026, 5, 1)
    d = s.decisions.change_decision(
        d.id, replaces_version=d.version, outcome="aanhouden", reason="eerst beroep afwachten"
    )
    assert d.action_numbers == () and s.q.actions() == ()
    assert status(store, case) == CaseStatus.DEFERRED
    d = s.decisions.change_decision(
        d.id,
        replaces_version=d.version,
        outcome="nadere_informatie",
        request="verklaringen",
        responsible_organisation="IND",
        deadline="2026-05-01",
    )
    assert d.action_numbers == ("A-2026-01-02",)  # a new number, never the deleted one


def test_finality_needs_ind_and_om_or_recorded_disagreement(s: Services, live) -> None:
    d = s.decisions.record_decision(
        live["items"][0].id,
        "aangifte",
        responsible="unit 1F",
        responsible_organisation="IND",
        deadline="2026-04-01",
    )
    assert d.confirmation == "concept" and not d.is_final
    d = s.decisions.confirm_decision(d.id, "IND", "Voorzitter")
    assert not d.is_final
    d = s.decisions.confirm_decision(d.id, "OM", "Officier van justitie")
    assert d.is_final and d.confirmation == "bevestigd" and d.om_confirmed_by == "Officier van justitie"
    d = s.decisions.change_decision(d.id, replaces_version=d.version, deadline="2026-04-15")
    assert not d.is_final and d.ind_confirmed_at is None  # changed content: confirm again
    d = s.decisions.change_decision(d.id, replaces_version=d.version, deadline="2026-04-15")
    with pytest.raises(ValidationError):
        s.decisions.confirm_decision(d.id, "other")
    d = s.decisions.record_disagreement(d.id, "Het OM deelt de analyse van het IND niet.")
    assert d.is_final and d.confirmation == "verschil_van_inzicht"
    assert s.q.closing_check(live["meeting"].id).draft_decisions == ()
    assert s.q.closing_check(live["meeting"].id).undecided_case_items == (5, 6)


def test_case_status_follows_latest_decision_and_falls_back(s: Services, live, store) -> None:
    item, case = live["items"][2], live["cases"][2]
    d1 = s.decisions.record_decision(item.id, "aanhouden", reason="beroep loopt")
    s.meetings.close_meeting(live["meeting"].id)
    assert status(store, case) == CaseStatus.DEFERRED
    run = run_meeting(s, date(2026, 4, 2), [case])
    assert status(store, case) == CaseStatus.ON_AGENDA
    s.minutes.start_item(run["items"][0].id)
    assert status(store, case) == CaseStatus.UNDER_DISCUSSION
    d2 = s.decisions.record_decision(run["items"][0].id, "afgesloten", reason="ingetrokken")
    assert status(store, case) == CaseStatus.CLOSED
    s.decisions.delete_decision(d2.id)
    assert status(store, case) == CaseStatus.UNDER_DISCUSSION  # still on this meeting, no decision yet
    s.meetings.close_meeting(run["meeting"].id)
    assert status(store, case) == CaseStatus.DEFERRED  # back to the latest decision (d1)
    history = s.q.case_history(case)
    assert [d.number for d in history.decisions] == [d1.number]
    assert [d.meeting_number for d in history.discussions] == ["OT 2026-01", "OT 2026-02"]
    causes = [
        e.detail.get("cause") for e in store.audit.entries(action_prefix="case.status", newest_first=False)
    ]
    assert d1.number in causes and "OT 2026-02" in causes


def test_decision_numbers_never_reused_after_deletion(s: Services, live) -> None:
    items = live["items"]
    d1 = s.decisions.record_decision(items[0].id, "afgesloten")
    assert d1.number == "B-2026-01-01"
    s.decisions.delete_decision(d1.id)
    d2 = s.decisions.record_decision(items[0].id, "afgesloten")
    d3 = s.decisions.record_decision(items[1].id, "afgesloten")
    assert (d2.number, d3.number) == ("B-2026-01-02", "B-2026-01-03")


def test_configurable_outcomes(s: Services, live, store) -> None:
    entries = [
        *DEFAULT_OUTCOMES,
        {
            "key": "overdragen",
            "label": "Overdragen aan ander land",
            "label_en": "Transfer to another state",
            "case_status": "closed",
            "required": ["responsible"],
            "optional": ["text"],
            "returns_to_agenda": False,
        },
    ]
    set_outcomes(store, entries)
    assert [o.key for o in outcomes(store)][-1] == "overdragen"
    d = s.decisions.record_decision(live["items"][0].id, "overdragen", responsible="OM, rechtshulp")
    assert d.outcome_label == "Overdragen aan ander land"
    assert status(store, live["cases"][0]) == CaseStatus.CLOSED
    with pytest.raises(ValidationError):
        set_outcomes(store, [{"key": "x", "case_status": "onbekend"}])
    with pytest.raises(ValidationError):
        set_outcomes(store, [{"key": "x", "case_status": "closed", "required": ["kleur"]}])
    register = s.q.decision_register(start=date(2026, 1, 1), end=date(2026, 12, 31))
    counts = {c.outcome: c.count for c in register.counts}
    assert counts["overdragen"] == 1 and counts["aangifte"] == 0


def test_audit_entries_never_hold_decision_text(s: Services, live, store) -> None:
    d = s.decisions.record_decision(
        live["items"][0].id, "geen_aangifte", reason=SECRET_TEXT, text=SECRET_TEXT
    )
    s.decisions.change_decision(d.id, replaces_version=d.version, text=SECRET_TEXT + " (2)")
    s.decisions.confirm_decision(d.id, "IND")
    s.decisions.record_disagreement(d.id, SECRET_TEXT)
    s.minutes.save_minutes(live["items"][0].id, SECRET_TEXT)
    s.actions.create_action(live["meeting"].id, SECRET_TEXT, owner_organisation="IND")
    logged = json.dumps([e.__dict__ for e in store.audit.entries(limit=1000)], default=str)
    assert "besluittekst" not in logged
    actions = {e.action for e in store.audit.entries(limit=1000)}
    assert {"decision.record", "decision.change", "decision.confirm", "decision.disagreement"} <= actions
    assert {"minutes.save", "action.create"} <= actions


def test_decision_register_and_lists(s: Services, live) -> None:
    items = live["items"]
    s.decisions.record_decision(items[0].id, "aangifte", responsible="unit 1F", deadline="2026-04-01")
    s.decisions.record_decision(items[1].id, "aanhouden", reason="beroep")
    register = s.q.decision_register()
    assert [(c.outcome, c.count) for c in register.counts] == [
        ("aangifte", 1),
        ("nadere_informatie", 0),
        ("aanhouden", 1),
        ("geen_aangifte", 0),
        ("afgesloten", 0),
    ]
    assert [d.number for d in s.q.decisions(outcome="aangifte", year=2026)] == ["B-2026-01-01"]
    assert s.q.decisions(year=2025) == ()
    listed = s.q.decision_list(live["meeting"].id)
    assert [(d.item_number, d.case_reference, d.outcome_label) for d in listed.decisions] == [
        (4, "C-2026-901", "Aangifte"),
        (5, "C-2026-902", "Aanhouden"),
    ]
    assert listed.decisions[0].responsible_label == "unit 1F"


# --- issue 10, point 2: "Besluit wijzigen" -------------------------------------------------------
def confirmed_aangifte(s: Services, live):
    d = s.decisions.record_decision(
        live["items"][0].id,
        "aangifte",
        text="Het IND doet aangifte.",
        responsible="unit 1F",
        responsible_organisation="IND",
        deadline="2026-04-01",
    )
    s.decisions.confirm_decision(d.id, "IND", "Hoofd unit 1F")
    return s.decisions.confirm_decision(d.id, "OM", "Officier van justitie")


def test_a_recorded_decision_is_never_replaced_silently(s: Services, live) -> None:
    d = confirmed_aangifte(s, live)
    assert d.is_final and d.version == 1
    with pytest.raises(ValidationError):
        s.decisions.record_decision(live["items"][0].id, "geen_aangifte", reason="toch niet")
    assert not hasattr(s.decisions, "update_decision")  # no replace without naming the version
    with pytest.raises(DecisionChangeRequired) as refused:
        s.decisions.change_decision(d.id, replaces_version=0, outcome="geen_aangifte", reason="x")
    assert "Besluit wijzigen" in refused.value.message("nl") and d.number in refused.value.message("nl")
    assert s.q.decision(d.id) == d  # nothing changed


def test_change_keeps_the_previous_version_and_withdraws_both_confirmations(s: Services, live, store) -> None:
    d = confirmed_aangifte(s, live)
    changed = s.decisions.change_decision(
        d.id, replaces_version=1, outcome="geen_aangifte", reason="Geen rechtsmacht."
    )
    assert (changed.outcome, changed.reason, changed.version) == ("geen_aangifte", "Geen rechtsmacht.", 2)
    assert changed.confirmed_by == () and not changed.is_final and changed.number == d.number
    (old,) = s.q.decision_history(d.id)
    assert (old.version, old.outcome, old.text, old.responsible, old.deadline) == (
        1,
        "aangifte",
        "Het IND doet aangifte.",
        "unit 1F",
        date(2026, 4, 1),
    )
    assert (old.ind_confirmed_by, old.om_confirmed_by) == ("Hoofd unit 1F", "Officier van justitie")
    entry = store.audit.entries(action_prefix="decision.change", limit=5)[0]
    assert entry.object_id == d.number
    assert entry.detail["replaces"] == 1 and entry.detail["version"] == 2
    assert entry.detail["withdrawn"] == ["IND", "OM"] and entry.detail["previous_outcome"] == "aangifte"
    with pytest.raises(DecisionChangeRequired):  # a form showing version 1 is now stale
        s.decisions.change_decision(d.id, replaces_version=1, reason="nog eens")
    again = s.decisions.change_decision(d.id, replaces_version=2, reason="Geen rechtsmacht in NL.")
    assert again.version == 3 and [v.version for v in s.q.decision_history(d.id)] == [1, 2]
