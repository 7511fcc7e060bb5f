"""Issue 14, open item: a changed decision's earlier versions (``decision_versions``, m0006)
travel with the decision, so the chair's and the IND officer's laptops show the same history as
the secretary's. Three stores in one process, as in test_exchange_flow."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from storage.meetings import MeetingQueries
from storage.store import Store
from tests.helpers.exchange import fictitious_case, receive, registers, send, three_stores
from tests.helpers.meetings import PEOPLE, Services, confirm_all


def _history(store: Store, number: str) -> list[dict[str, Any]]:
    q = MeetingQueries(store)
    return [
        {k: v for k, v in asdict(v).items() if k != "decision_id"}
        for v in q.decision_history(q.decision_by_number(number).id)
    ]


def test_a_changed_decision_reaches_the_other_laptops_with_its_earlier_versions(tmp_path: Path) -> None:
    with three_stores(tmp_path) as st:
        ind, chair, sec = st["ind"], st["voorzitter"], st["secretaris"]
        case_ids = [fictitious_case(ind, n) for n in (21, 22)]
        offered = send(ind, ["voorzitter", "secretaris"], tmp_path / "casussen.otpak", case_ids=case_ids)
        for receiver in (chair, sec):
            assert receive(receiver, offered).written
        c = Services(chair)
        meeting = c.meetings.create_meeting(
            date(2026, 2, 5), "10:00", place="Den Haag", chair="Voorzitter", participants=PEOPLE
        )
        for (case_id,) in chair.db.execute("SELECT id FROM cases ORDER BY reference").fetchall():
            c.agenda.add_case_item(meeting.id, case_id, planned_minutes=20)
        c.meetings.fix_agenda(meeting.id)
        assert not receive(
            sec, send(chair, ["secretaris"], tmp_path / "agenda.otpak", meeting_id=meeting.id)
        ).refused
        s = Services(sec)
        m = s.q.meeting_by_number(meeting.number)
        items = [i for i in s.q.agenda(m.id).items if i.case_id]
        s.meetings.start_meeting(m.id)
        first = s.decisions.record_decision(items[0].id, "aanhouden", reason="beroepsprocedure loopt")
        s.decisions.record_decision(items[1].id, "aanhouden", reason="nadere stukken volgen")
        confirm_all(s, m.id)
        # The decisions reach the chair once, at version 1 ...
        assert not receive(chair, send(sec, ["voorzitter"], tmp_path / "b1.otpak", meeting_id=m.id)).refused
        # ... then the secretary changes one of them twice (still in the meeting, before the seal).
        s.decisions.change_decision(first.id, replaces_version=1, reason="beroep is ingetrokken")
        confirm_all(s, m.id)
        s.decisions.change_decision(
            first.id,
            replaces_version=2,
            outcome="nadere_informatie",
            request="ambtsberichten over de eenheid",
            responsible_organisation="IND",
            deadline=date(2026, 3, 1),
        )
        s.meetings.close_meeting(m.id)
        package = send(sec, ["voorzitter", "ind"], tmp_path / "b2.otpak", meeting_id=m.id)
        for receiver in (chair, ind):
            got = receive(receiver, package)
            assert not got.refused, [v.message for v in got.refused]
        expected = _history(sec, first.number)
        assert [v["version"] for v in expected] == [1, 2]
        assert (
            expected[0]["reason"] == "beroepsprocedure loopt"
            and expected[1]["reason"] == "beroep is ingetrokken"
        )
        assert expected[1]["ind_confirmed_by"]  # the confirmations of a replaced version travel too
        for receiver in (chair, ind):
            assert _history(receiver, first.number) == expected
            assert registers(receiver)["decisions"] == registers(sec)["decisions"]
        # Sending the same state again changes nothing, the history included.
        again = receive(chair, send(sec, ["voorzitter"], tmp_path / "b3.otpak", meeting_id=m.id))
        assert {v.status for v in again.verdicts} == {"unchanged"}
        assert _history(chair, first.number) == expected


def test_a_personal_number_in_an_earlier_version_is_refused_on_arrival(tmp_path: Path) -> None:
    with three_stores(tmp_path) as st:
        chair, sec = st["voorzitter"], st["secretaris"]
        s = Services(sec)
        case_id = fictitious_case(sec, 31)
        meeting = s.meetings.create_meeting(date(2026, 2, 5), "10:00", place="Den Haag", chair="V")
        item = s.agenda.add_case_item(meeting.id, case_id)
        s.meetings.fix_agenda(meeting.id)
        s.meetings.start_meeting(meeting.id)
        decision = s.decisions.record_decision(item.id, "aanhouden", reason="procedure loopt")
        s.decisions.change_decision(decision.id, replaces_version=1, reason="beroep ingetrokken")
        # The earlier version's text as a tampered (or older, unguarded) sender would carry it.
        sec.db.execute(
            "UPDATE decision_versions SET reason = 'betrokkene BSN 111222333' WHERE decision_id = ?",
            (decision.id,),
        )
        got = receive(chair, send(sec, ["voorzitter"], tmp_path / "b.otpak", meeting_id=meeting.id))
        refused = [v for v in got.refused if v.kind == "decision"]
        assert refused and refused[0].reason == "personal_data"
        assert chair.db.execute("SELECT count(*) FROM decision_versions").fetchone()[0] == 0
