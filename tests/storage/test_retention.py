"""Retention rules per status, the due list, what blocks a purge, and the purge's edges (dry run
changes nothing, all or nothing, open actions, kept findings of corrections, mentions)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from storage.anonymity import Keep
from storage.calendar_words import long_date
from storage.cases.retention import retention_years, set_retention_years
from storage.cases.service import CaseService
from storage.cases.status_change import set_case_status
from storage.errors import ValidationError
from storage.meetings import AgendaService
from storage.purge import PurgeBlocked, PurgeListChanged, PurgeService, tombstone_sentence
from storage.retention_rules import DEFAULT_RULES, LEGACY_SETTING, CasePurged, rules, set_rules
from tests.helpers.meetings import Services, confirm_all, run_meeting
from tests.helpers.purge import PURGED, TZ, build, make_store


@pytest.fixture
def built(tmp_path):
    store, clock = make_store(tmp_path / "opslag")
    data = build(store, clock)
    data["store"], data["clock"] = store, clock
    yield data
    store.close()


def _counts(store) -> tuple[int, ...]:
    return tuple(
        store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("audit_log", "case_tombstones", "guard_accepted", "search_docs")
    )


# --- rules ------------------------------------------------------------------------------------------
def test_default_rules_and_validation(store) -> None:
    assert rules(store) == DEFAULT_RULES == {"geen_aangifte": 5, "closed": 5, "aangifte": 2}
    with pytest.raises(ValidationError, match="tussen 1 en 30 jaar"):
        set_rules(store, {"aangifte": 0})
    with pytest.raises(ValidationError, match="geen bewaartermijn"):
        set_rules(store, {"on_agenda": 3})
    with pytest.raises(ValidationError):
        set_rules(store, {"closed": True})  # type: ignore[dict-item]
    assert rules(store) == DEFAULT_RULES
    set_rules(store, {"aangifte": 3})
    assert rules(store)["aangifte"] == 3
    entry = store.audit.entries(action_prefix="retention.rules", limit=1)[0]
    assert entry.detail == {"aangifte": 3, "closed": 5, "geen_aangifte": 5, "dates_changed": 0}


def test_single_rule_api_sets_geen_aangifte_and_closed_only(store) -> None:
    assert retention_years(store) == 5
    set_retention_years(store, 7)
    assert rules(store) == {"geen_aangifte": 7, "closed": 7, "aangifte": 2}


def test_store_with_only_the_old_single_rule_keeps_it_for_every_status(store) -> None:
    store.settings.set(LEGACY_SETTING, 9)
    assert rules(store) == {"geen_aangifte": 9, "closed": 9, "aangifte": 9}


def test_term_runs_from_the_latest_decision_and_per_status(built) -> None:
    store, data = built["store"], built
    cases = {c.reference: c for c in CaseService(store).list()}
    # Closed by the aangifte of 5 March 2020: aangifte 2 years.
    assert cases[PURGED].closed_at == "2020-03-05" and cases[PURGED].retention_until == "2022-03-05"
    set_rules(store, {"aangifte": 4})
    assert CaseService(store).get(data["purged"]).retention_until == "2024-03-05"
    # Closed earlier than its latest decision: the decision counts.
    store.db.execute("UPDATE cases SET closed_at = '2019-01-01' WHERE id = ?", (data["purged"],))
    set_rules(store, {"aangifte": 3})
    assert CaseService(store).get(data["purged"]).retention_until == "2023-03-05"
    # Another closing status has its own term.
    set_case_status(store, data["control"], "closed")
    assert CaseService(store).get(data["control"]).retention_until == "2025-02-05"


def test_due_list_uses_the_rules_and_never_lists_open_cases(built) -> None:
    store, clock = built["store"], built["clock"]
    service = PurgeService(store)
    assert service.due() == []  # April 2020
    clock.jump(datetime(2023, 1, 1, 9, 0, tzinfo=TZ))
    assert [d.reference for d in service.due()] == [PURGED]
    due = service.due()[0]
    assert (due.last_decision, due.outcome, due.outcome_label, due.rule_years) == (
        "B-2020-02-01",
        "aangifte",
        "Aangifte",
        2,
    )
    assert [d.reference for d in service.due(date(2030, 1, 1))] == [PURGED, "C-2020-502"]
    open_case = CaseService(store).create({"summary": "open casus"})
    assert open_case.id not in {d.case_id for d in service.due(date(2099, 1, 1))}
    plan = service.plan([open_case.id])[0]
    assert [b.code for b in plan.blockers] == ["open"]


# --- blockers -------------------------------------------------------------------------------------
def test_not_due_and_on_an_unfinished_agenda_block_the_purge(built) -> None:
    store, clock, data = built["store"], built["clock"], built
    service = PurgeService(store)
    plan = service.plan([data["purged"]])[0]
    assert [b.code for b in plan.blockers] == ["not_due"] and "2022-03-05" in plan.blockers[0].text("nl")
    before = _counts(store)
    with pytest.raises(PurgeBlocked) as err:
        service.purge([data["purged"]])
    assert "de bewaartermijn loopt nog tot 2022-03-05" in err.value.message("nl")
    assert _counts(store) == before
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=TZ))
    s = Services(store)
    upcoming = s.meetings.create_meeting(date(2026, 1, 20), "10:00", place="Den Haag", chair="Voorzitter")
    # The control case's status follows the agenda: it is open again (and no longer due).
    s.agenda.add_case_item(upcoming.id, data["control"])
    assert CaseService(store).get(data["control"]).status == "on_agenda"
    store.db.execute(  # a closed case still listed on an old, never-ended agenda
        "INSERT INTO agenda_items (meeting_id, position, kind, title, case_id, case_reference) "
        "VALUES (?, 99, 'case', ?, ?, ?)",
        (upcoming.id, PURGED, data["purged"], PURGED),
    )
    plan = service.plan([data["purged"]])[0]
    assert [b.code for b in plan.blockers] == ["on_agenda"]
    assert "OT 2026-01" in plan.blockers[0].text("nl")


def test_a_broken_seal_blocks_the_purge_instead_of_being_hidden(built) -> None:
    store, clock, data = built["store"], built["clock"], built
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=TZ))
    store.db.execute("UPDATE agenda_items SET title = 'vervalst' WHERE id = ?", (data["items"][1].id,))
    plan = PurgeService(store).plan([data["purged"]])[0]
    assert [b.code for b in plan.blockers] == ["seal_broken"]
    assert "OT 2020-01" in plan.blockers[0].text("nl") and "verify" in plan.blockers[0].text("nl")


def test_batch_is_all_or_nothing_and_confirmation_must_match_the_due_list(built) -> None:
    store, clock, data = built["store"], built["clock"], built
    clock.jump(datetime(2023, 1, 1, 9, 0, tzinfo=TZ))  # the control case is not due until 2025
    service = PurgeService(store)
    before = _counts(store)
    with pytest.raises(PurgeBlocked) as err:
        service.purge([data["purged"], data["control"]])
    assert "C-2020-502: de bewaartermijn loopt nog tot 2025-02-05" in err.value.message("nl")
    assert _counts(store) == before and service.tombstones() == []
    with pytest.raises(PurgeListChanged):
        service.purge_confirmed([PURGED, "C-2020-502"])
    with pytest.raises(PurgeListChanged):
        service.purge_confirmed([])


# --- the purge itself -----------------------------------------------------------------------------
def test_dry_run_changes_nothing(built) -> None:
    store, clock, data = built["store"], built["clock"], built
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=TZ))
    before = _counts(store)
    case_before = CaseService(store).get(data["purged"])
    plan = PurgeService(store).plan([data["purged"]])[0]
    assert plan.can_purge and plan.kept_findings == 2
    assert _counts(store) == before
    assert CaseService(store).get(data["purged"]) == case_before
    assert store.verify_audit().ok


def test_purged_case_is_frozen(built) -> None:
    store, clock, data = built["store"], built["clock"], built
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=TZ))
    PurgeService(store).purge([data["purged"]], compact=False)
    cases = CaseService(store)
    with pytest.raises(CasePurged) as err:
        cases.update(data["purged"], {"summary": "nieuwe inhoud"})
    assert "verwijderd wegens de bewaartermijn" in err.value.message("nl")
    with pytest.raises(CasePurged):
        cases.set_status(data["purged"], "new")
    set_case_status(store, data["purged"], "on_agenda")  # the meetings' sync: nothing happens
    assert cases.get(data["purged"]).status == "aangifte"
    upcoming = Services(store).meetings.create_meeting(date(2026, 1, 20), "10:00", place="Den Haag")
    with pytest.raises(CasePurged):
        AgendaService(store).add_case_item(upcoming.id, data["purged"])
    assert cases.get(data["purged"]).retention_until is None
    assert PurgeService(store).due(date(2099, 1, 1))[0].reference == "C-2020-502"


def test_open_actions_stay_open_and_mentions_are_listed(store) -> None:
    from tests.helpers.meetings import StepClock

    clock = StepClock(datetime(2020, 2, 1, 9, 0, tzinfo=TZ))
    store.clock = clock
    store.audit._clock = clock
    s = Services(store)
    cases = CaseService(store)
    one = cases.create({"reference": "C-2020-001", "summary": "fictief"})
    two = cases.create({"reference": "C-2020-002", "summary": "fictief"})
    run = run_meeting(s, date(2020, 2, 5), [one.id, two.id])
    meeting, (item_one, item_two) = run["meeting"], run["items"]
    s.minutes.save_minutes(item_two.id, "Samenhang met C-2020-001 besproken.")
    s.decisions.record_decision(item_one.id, "afgesloten")
    s.decisions.record_decision(item_two.id, "aanhouden", reason="fictieve reden")
    action = s.actions.create_action(
        meeting.id, "Fictieve navraag", owner_organisation="IND", item_id=item_one.id, case_id=one.id
    )
    s.meetings.close_meeting(meeting.id)
    confirm_all(s, meeting.id)
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=TZ))
    service = PurgeService(store)
    plan = service.plan([one.id])[0]
    assert plan.can_purge and plan.sealed == ()  # not adopted yet: a concept record, no seal
    assert plan.open_actions == (action.number,) and plan.mentions == (f"OT 2020-01 punt {item_two.number}",)
    revision = s.q.meeting(meeting.id).revision
    service.purge([one.id], compact=False)
    after = s.q.action(action.id)
    assert after.status == "open" and after.text == tombstone_sentence(date(2026, 1, 5))
    assert s.q.minutes_text(item_two.id) == "Samenhang met C-2020-001 besproken."  # not changed
    assert s.q.meeting(meeting.id).revision > revision  # a concept record gets a new version


def test_kept_findings_of_purged_corrections_go_and_others_stay(store) -> None:
    from tests.helpers.meetings import StepClock

    clock = StepClock(datetime(2020, 2, 1, 9, 0, tzinfo=TZ))
    store.clock = clock
    store.audit._clock = clock
    s = Services(store)
    cases = CaseService(store)
    one = cases.create({"reference": "C-2020-011", "summary": "fictief"})
    two = cases.create({"reference": "C-2020-012", "summary": "fictief"})
    run = run_meeting(s, date(2020, 2, 5), [one.id, two.id])
    meeting, (item_one, item_two) = run["meeting"], run["items"]
    s.decisions.record_decision(item_one.id, "afgesloten")
    s.decisions.record_decision(item_two.id, "aanhouden", reason="fictieve reden")
    s.meetings.close_meeting(meeting.id)
    confirm_all(s, meeting.id)
    later = run_meeting(s, date(2020, 3, 5), [])["meeting"]
    for item, text in ((item_one, "Fictief nummer 070-1234567."), (item_two, "Fictief nummer 070-7654321.")):
        s.adoption.record_amendment(
            meeting.id,
            text,
            item_id=item.id,
            in_meeting_id=later.id,
            keep=[Keep.whole_field("text", text, "fictief testnummer")],
        )
    assert store.db.execute(
        "SELECT count(*) FROM guard_accepted WHERE object_type = 'amendment'"
    ).fetchone() == (2,)
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=TZ))
    report = PurgeService(store).purge([one.id], compact=False)
    assert report.plans[0].kept_findings == 1
    assert store.db.execute(
        "SELECT count(*) FROM guard_accepted WHERE object_type = 'amendment'"
    ).fetchone() == (1,)
    texts = [a.text for a in s.q.amendments(meeting.id)]
    assert texts == [tombstone_sentence(date(2026, 1, 5)), "Fictief nummer 070-7654321."]


def test_dates_in_both_languages() -> None:
    assert long_date(date(2031, 3, 3), "nl") == "3 maart 2031"
    assert long_date(date(2031, 3, 3), "en") == "3 March 2031"
    assert tombstone_sentence(date(2031, 3, 3)) == "Verwijderd wegens bewaartermijn op 3 maart 2031."


def test_a_failed_compaction_keeps_the_purge_and_says_so(built, monkeypatch) -> None:
    from storage.errors import DiskFull

    store, clock, data = built["store"], built["clock"], built
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=TZ))

    def full(self):
        raise DiskFull(path="/opslag")

    monkeypatch.setattr(PurgeService, "compact", full)
    report = PurgeService(store).purge([data["purged"]])
    assert report.compact is None and "/opslag" in (report.compact_error or "")
    assert [t.reference for t in report.tombstones] == [PURGED]
    monkeypatch.undo()
    again = PurgeService(store).compact()
    assert again.checkpoint_complete and again.wal_bytes == 0
