"""Issue 10, point 8, in the store: the guard is the same for case texts, minutes, decisions and
actions. A valid BSN, V-nummer or document number cannot be kept at all; every finding is kept with
its own reason; the meeting's own participants are known in its minutes."""

from __future__ import annotations

from datetime import date

import pytest

from storage.anonymity import Keep, PersonalDataFound, PersonalDataNotKeepable
from storage.cases.service import CaseService
from storage.meetings import ParticipantInput
from tests.helpers.meetings import Services, make_cases, run_meeting

BSN = "111222333"  # passes the eleven test
TEXTS = {
    "bsn": f"Betrokkene heeft BSN {BSN}.",
    "v_number": "Zijn V-nummer is 2345678901.",
    "residence": "Verblijfsdocument III-V123AL568 is ingetrokken.",
    "passport": "Paspoort NW1234P56 is verlopen.",
}


@pytest.fixture
def live(store) -> dict:
    s = Services(store)
    cases = make_cases(store, 2)
    meeting = s.meetings.create_meeting(
        date(2026, 3, 5),
        "10:00",
        place="Den Haag",
        chair="mr. A. Bakker",
        participants=(
            ParticipantInput("mr. A. Bakker", "IND", "voorzitter"),
            ParticipantInput("Fatima El Amrani", "OM", "officier van justitie"),
        ),
    )
    items = [s.agenda.add_case_item(meeting.id, c) for c in cases]
    s.meetings.fix_agenda(meeting.id)
    s.meetings.start_meeting(meeting.id)
    return {"s": s, "meeting": meeting, "items": items, "cases": cases}


def keep_all(exc: PersonalDataFound) -> list[Keep]:
    return Keep.findings(exc.findings, "Fictief voorbeeld voor de test")


def writers(store, live) -> dict:
    s, item = live["s"], live["items"][0]
    return {
        "case": lambda text, keep=(): CaseService(store).update(live["cases"][0], {"summary": text}, keep),
        "minutes": lambda text, keep=(): s.minutes.save_minutes(item.id, text, keep=keep),
        "decision": lambda text, keep=(): s.decisions.record_decision(
            item.id, "aanhouden", reason=text, keep=keep
        ),
        "action": lambda text, keep=(): s.actions.create_action(
            live["meeting"].id, text, owner_organisation="IND", keep=keep
        ),
    }


@pytest.mark.parametrize("where", ["case", "minutes", "decision", "action"])
@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_a_valid_number_cannot_be_kept_with_any_reason(store, live, where: str, kind: str) -> None:
    write = writers(store, live)[where]
    with pytest.raises(PersonalDataFound) as first:
        write(TEXTS[kind])
    with pytest.raises(PersonalDataNotKeepable) as refused:
        write(TEXTS[kind], keep_all(first.value))
    assert "ook niet met een reden" in refused.value.message("nl")
    assert store.db.execute("SELECT count(*) FROM guard_accepted").fetchone()[0] == 0


def test_an_invalid_bsn_shape_can_still_be_kept(store, live) -> None:
    write = writers(store, live)["minutes"]
    text = "Zaaknummer BSN 123456789 uit het oude systeem."  # fails the eleven test
    with pytest.raises(PersonalDataFound) as first:
        write(text)
    assert not isinstance(first.value, PersonalDataNotKeepable)
    write(text, keep_all(first.value))


def test_each_finding_is_kept_with_its_own_reason(store, live) -> None:
    write = writers(store, live)["action"]
    text = "Ahmed Karimi en Jan de Vries leveren stukken aan."
    with pytest.raises(PersonalDataFound) as first:
        write(text)
    findings = first.value.findings
    assert len(findings) == 2
    keeps = [
        Keep("text", ((findings[0].start, findings[0].end),), "Schuilnaam uit het IND-dossier"),
        Keep("text", ((findings[1].start, findings[1].end),), "Naam van een medewerker van TIM"),
    ]
    write(text, keeps)
    reasons = sorted(r[0] for r in store.db.execute("SELECT reason FROM guard_accepted"))
    assert reasons == ["Naam van een medewerker van TIM", "Schuilnaam uit het IND-dossier"]
    logged = sorted(e.detail["reason"] for e in store.audit.entries(action_prefix="guard.override"))
    assert logged == reasons


def test_the_meetings_own_participants_are_known_in_its_minutes(store, live) -> None:
    s, item = live["s"], live["items"][0]
    s.minutes.save_minutes(
        item.id, "Fatima El Amrani licht het standpunt van het OM toe. Mr. Bakker sluit af."
    )
    with pytest.raises(PersonalDataFound) as other:  # anyone else's name still stops the save
        s.minutes.save_minutes(item.id, "Fatima El Amrani spreekt met Ahmed Karimi.")
    assert [f.kind for f in other.value.findings] == ["person"]
    other_meeting = run_meeting(s, date(2026, 4, 2), make_cases(store, 1, year=2027))
    with pytest.raises(PersonalDataFound):  # known only in the minutes of her own meeting
        s.minutes.save_minutes(other_meeting["items"][0].id, "Fatima El Amrani licht toe.")
