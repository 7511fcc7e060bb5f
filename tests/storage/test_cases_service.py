"""The case service: fields and validation, the guard on every text write, search (FTS5, also
for documents of other kinds such as minutes), saved filters, sorting, history hook, retention."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from storage.access import rekey
from storage.anonymity import Keep, PersonalDataFound
from storage.cases import search
from storage.cases.demo import check_fragments, fill_demo
from storage.cases.history import HistoryEvent, record_event
from storage.cases.model import Case, field_error, parse_grounds, period_error
from storage.cases.service import VIEWS, CaseQuery, CaseService, Ranking
from storage.cases.status_change import set_case_status
from storage.errors import NotFound, ValidationError
from storage.guard import scan
from storage.kdf import FAST_TEST_PARAMS
from storage.meetings import history as meetings_history
from tests.helpers.common import PASSPHRASE


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(store) -> Clock:
    c = Clock(datetime(2026, 3, 10, 10, 0, tzinfo=timezone(timedelta(hours=1))))
    store.clock = c
    store.audit._clock = c
    return c


@pytest.fixture
def service(store, clock) -> CaseService:
    return CaseService(store)


def example(**extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "grounds": "a",
        "country": "Afghanistan",
        "period_from": "1985",
        "period_to": "1989",
        "role": "ondervrager bij de KhAD",
        "organisations": "KhAD",
        "ind_status": "asylum_refused_1f",
        "question": "Ziet het OM aanleiding voor een onderzoek?",
        "summary": "Betrokkene werkte bij de inlichtingendienst in Kabul.",
    }
    values.update(extra)
    return values


def test_create_generates_references_from_counters(service: CaseService) -> None:
    first = service.create(example())
    second = service.create(example(country="Irak"))
    assert (first.reference, second.reference) == ("C-2026-001", "C-2026-002")
    assert first.grounds == ("a",) and first.status == "new" and first.is_open
    own = service.create(example(reference="IND-1F-0042"))
    assert own.reference == "IND-1F-0042"
    # A reference typed by hand that the counter would give next is skipped, never reused.
    service.create(example(reference="C-2026-003"))
    assert service.create(example()).reference == "C-2026-004"


def test_validation_is_specific_and_stores_nothing(service: CaseService) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(example(period_from="85", grounds="d"))
    message = caught.value.message("nl")
    assert "periode vanaf" in message and "1F-grond" in message
    with pytest.raises(ValidationError, match="begin"):
        service.create(example(period_from="1990", period_to="1989-05"))
    created = service.create(example())
    with pytest.raises(ValidationError, match="al in gebruik"):
        service.create(example(reference=created.reference))
    with pytest.raises(ValidationError):
        service.update(created.id, {"reference": "  "})
    assert service.count() == 1


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("1994", True),
        ("1994-04", True),
        ("1994-04-07", True),
        ("1994-13", False),
        ("94", False),
        ("1994-02-30", False),
    ],
)
def test_period_precision(value: str, ok: bool) -> None:
    assert (period_error(value) is None) is ok


def test_grounds_parsing() -> None:
    assert parse_grounds("1F(a), 1F(c)") == ("a", "c")
    assert parse_grounds(["b", "a"]) == ("a", "b")
    assert parse_grounds("") == ()
    assert field_error("grounds", "x") is not None


def test_text_with_personal_data_is_refused_until_kept(service: CaseService, store) -> None:
    case = service.create(example())
    text = "Bekend onder BSN 123456789."
    with pytest.raises(PersonalDataFound) as caught:
        service.update(case.id, {"summary": text, "country": "Irak"})
    assert service.get(case.id).country == "Afghanistan"  # all or nothing
    keep = Keep.findings(caught.value.findings, "fictieve casus voor de test")
    updated = service.update(case.id, {"summary": text, "country": "Irak"}, keep)
    assert updated.summary == text and updated.country == "Irak"
    assert [f.accepted for f in service.review(case.id)] == [True]
    assert "123456789" not in json.dumps([list(r) for r in store.db.execute("SELECT * FROM audit_log")])
    # Creating with a finding fails too, and leaves no case and no used-up number behind.
    with pytest.raises(PersonalDataFound):
        service.create(example(role="commandant, tel. 06-12345678"))
    assert service.count() == 1
    assert service.create(example()).reference == "C-2026-002"


def test_reference_that_looks_like_personal_data_never_reaches_the_log(service: CaseService, store) -> None:
    with pytest.raises(PersonalDataFound):
        service.create(example(reference="4455667788"))
    case = service.create(
        example(reference="4455667788"), [Keep(field="reference", spans=((0, 10),), reason="IND-pseudoniem")]
    )
    dump = json.dumps([list(r) for r in store.db.execute("SELECT * FROM audit_log")])
    assert "4455667788" not in dump
    assert f"#{case.id}" in dump


def test_search_covers_case_text_and_other_documents(service: CaseService, store) -> None:
    a = service.create(example())
    b = service.create(
        example(
            country="Sierra Leone",
            role="commandant bij het RUF",
            summary="Burgeroorlog.",
            organisations="RUF",
        )
    )
    assert service.ids(CaseQuery(search="kabul")) == [a.id]
    assert service.ids(CaseQuery(search="KAB")) == [a.id]  # prefix, any case
    assert service.ids(CaseQuery(search="sierra leone")) == [b.id]
    assert service.ids(CaseQuery(search=a.reference)) == [a.id]
    assert service.ids(CaseQuery(search='"; DROP TABLE cases; --')) == []
    assert service.ids(CaseQuery(search="***")) == []
    # Minutes (the meetings feature) go into the same index and find their case.
    with store.db.atomic():
        search.index_document(
            store, "minutes", 501, "Het OM onderzoekt een uitleveringsverzoek.", case_id=b.id
        )
    assert service.ids(CaseQuery(search="uitleveringsverzoek")) == [b.id]
    assert search.search_case_ids(store, "uitleveringsverzoek") == [b.id]
    with store.db.atomic():
        search.index_document(store, "minutes", 501, "Tekst gewijzigd.", case_id=b.id)
    assert service.ids(CaseQuery(search="uitleveringsverzoek")) == []
    with store.db.atomic():
        search.remove_document(store, "minutes", 501)
    assert service.ids(CaseQuery(search="gewijzigd")) == []
    # Editing a case re-indexes it.
    service.update(a.id, {"summary": "Nu over Herat."})
    assert service.ids(CaseQuery(search="kabul")) == []
    assert service.ids(CaseQuery(search="herat")) == [a.id]


def test_search_survives_rekey(service: CaseService, store) -> None:
    case = service.create(example())
    reopened, _ = rekey(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
    try:
        assert CaseService(reopened).ids(CaseQuery(search="kabul")) == [case.id]
    finally:
        reopened.close()


def test_saved_filters_and_sorting(service: CaseService, store, clock: Clock) -> None:
    new = service.create(example(urgent=True, urgency_reason="Vertrek aangekondigd."))
    agenda = service.create(example(country="Irak"))
    service.set_status(agenda.id, "on_agenda")
    info = service.create(example(country="Syrië"))
    service.set_status(info.id, "awaiting_information")
    aangifte = service.create(example(country="Rwanda"))
    service.set_status(aangifte.id, "aangifte", cause="B-2026-03-02")
    closed = service.create(example(country="Eritrea", urgent=True, urgency_reason="x x x x x"))
    service.set_status(closed.id, "closed")

    def view(name: str) -> set[int]:
        return set(service.ids(CaseQuery(view=name)))

    assert view("all") == {new.id, agenda.id, info.id, aangifte.id, closed.id}
    assert view("open") == {new.id, agenda.id, info.id}
    assert view("urgent") == {new.id}  # a closed case is no longer urgent
    assert view("awaiting_om") == {agenda.id}
    assert view("aangifte") == {aangifte.id}
    assert service.ids(CaseQuery(status="awaiting_information")) == [info.id]
    countries = [service.get(i).country for i in service.ids(CaseQuery(sort="country"))]
    assert countries == sorted(countries, key=str.lower)
    assert (
        service.ids(CaseQuery(sort="country", descending=True))
        == service.ids(CaseQuery(sort="country"))[::-1]
    )
    statuses = [service.get(i).status for i in service.ids(CaseQuery(sort="status"))]
    assert statuses == ["new", "on_agenda", "awaiting_information", "aangifte", "closed"]
    with pytest.raises(ValidationError):
        service.ids(CaseQuery(view="nonsense"))
    with pytest.raises(ValidationError):
        service.ids(CaseQuery(sort="summary; DROP"))


def test_ranking_orders_search_hits_like_the_register(service: CaseService) -> None:
    ids = [service.create(example(country=c)).id for c in ("Irak", "Afghanistan", "Syrië")]
    order = service.ids(CaseQuery(sort="country"))
    ranking = Ranking(order)
    assert ranking.order(set(ids[:2]) | {999}) == [i for i in order if i in ids[:2]]
    assert ranking.order([]) == []


def test_retention_from_rule_and_due_list(service: CaseService, store, clock: Clock) -> None:
    case = service.create(example())
    assert service.retention_years() == 5
    service.set_status(case.id, "geen_aangifte")
    closed = service.get(case.id)
    assert closed.closed_at == "2026-03-10" and closed.retention_until == "2031-03-10"
    assert service.ids(CaseQuery(view="retention_due")) == []
    assert service.ids(CaseQuery(view="retention_due", today=date(2031, 3, 10))) == [case.id]
    assert service.set_retention_years(2) == 1
    assert service.get(case.id).retention_until == "2028-03-10"
    with pytest.raises(ValidationError):
        service.set_retention_years(0)
    # Reopening clears the dates; closing again starts a new term.
    service.set_status(case.id, "on_agenda")
    assert service.get(case.id).retention_until is None
    clock.now += timedelta(days=400)
    service.set_status(case.id, "closed")
    assert service.get(case.id).retention_until == "2029-04-14"


def test_status_contract_and_history_hook(
    service: CaseService, store, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = service.create(example())
    with store.db.atomic():
        set_case_status(store, case.id, "on_agenda", cause="OT 2026-03")
    with pytest.raises(ValidationError):
        set_case_status(store, case.id, "bogus")
    with pytest.raises(NotFound):
        set_case_status(store, 999, "closed")

    def case_events(_store, case_id: int) -> list[HistoryEvent]:
        return [
            HistoryEvent(
                "2026-03-11T10:00:00",
                "decision",
                "Besluit: nadere informatie",
                ref="B-2026-03-02",
                source="meetings",
            )
        ]

    monkeypatch.setattr(meetings_history, "case_events", case_events)
    history = service.history(case.id)
    assert [e.kind for e in history] == ["created", "status", "decision"]
    assert history[1].ref == "OT 2026-03" and "Geagendeerd" in history[1].title
    assert history[2].source == "meetings"
    with store.db.atomic():
        record_event(store, case.id, "retention", {"until": "2031-01-01"})
    assert service.history(case.id)[-2].kind == "retention"


def test_edits_are_logged_once_per_burst_with_field_names(service: CaseService, store, clock: Clock) -> None:
    case = service.create(example())
    for n in range(5):
        clock.now += timedelta(seconds=2)
        service.update(case.id, {"summary": f"Versie {n} van de samenvatting."})
    service.update(case.id, {"question": "Een andere vraag?"})
    clock.now += timedelta(minutes=11)
    service.update(case.id, {"question": "Nog een andere vraag?"})
    updates = store.audit.entries(action_prefix="case.update", newest_first=False)
    assert [e.detail["fields"] for e in updates] == [["summary"], ["question"], ["question"]]
    assert all(e.object_id == case.reference for e in updates)
    dump = json.dumps([list(r) for r in store.db.execute("SELECT * FROM audit_log")])
    assert "samenvatting" not in dump and "vraag" not in dump.lower()


def test_unchanged_values_write_nothing(service: CaseService, store) -> None:
    case = service.create(example())
    before = store.audit.count()
    again = service.update(case.id, {"country": case.country, "grounds": "1F(a)"})
    assert again == case
    assert store.audit.count() == before


def test_demo_is_guard_clean_and_bulk_is_one_transaction(store) -> None:
    check_fragments()
    fill_demo(store, 40)
    service = CaseService(store)
    cases: list[Case] = service.list()
    assert len(cases) == 40
    assert len({c.country for c in cases}) >= 10
    for case in cases:
        assert "Fictieve voorbeeldcasus" in case.summary
        assert not [f for text in case.texts().values() for f in scan(text)], case.reference
    counts = service.view_counts()
    assert counts["open"] and counts["urgent"] and counts["awaiting_om"] and counts["aangifte"]
    assert counts["retention_due"] >= 1
    assert service.ids(CaseQuery(search="khad"))
    # The next hand-made case continues the numbering.
    year = store.now().year
    taken = {c.reference for c in cases}
    assert service.create(example()).reference not in taken
    assert any(r.startswith(f"C-{year}-") for r in taken | {service.next_reference()})


def test_counts_are_the_number_of_ids_each_view_shows(store) -> None:
    """The filter menu's counts come from SQLite's count(*), not from reading every id: each
    equals the length of the list the register shows for that view (and a status or a search)."""
    fill_demo(store, 60)
    service = CaseService(store)
    counts = service.view_counts()
    assert set(counts) == set(VIEWS)
    for view in VIEWS:
        assert counts[view] == len(service.ids(CaseQuery(view=view))), view
        for query in (CaseQuery(view=view, status="aangifte"), CaseQuery(view=view, search="khad")):
            assert service.count(query) == len(service.ids(query)), query
    assert 0 < counts["urgent"] < counts["open"] < counts["all"] == 60
