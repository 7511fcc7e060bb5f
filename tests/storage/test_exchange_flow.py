"""Must-show 1 of issue 14: IND officer, chair and secretary, three stores in one process.

Cases offered → agenda built by the chair → sent → meeting held and minutes typed at the secretary
→ decisions sent back → the chair's registers equal the secretary's field by field; adoption at
the secretary reaches the chair sealed, with a matching fingerprint.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from storage.exchange import identity as ident
from storage.meetings import MeetingQueries
from storage.seals import verify_seals
from tests.helpers.exchange import fictitious_case, new_store, receive, registers, send, three_stores
from tests.helpers.meetings import PEOPLE, Services, confirm_all


def test_cases_agenda_meeting_decisions_and_adoption_travel_between_three_laptops(tmp_path: Path) -> None:
    with three_stores(tmp_path) as st:
        ind, chair, sec = st["ind"], st["voorzitter"], st["secretaris"]
        # 1. The IND case officer offers three cases to chair and secretary ("Casussen aanbieden").
        case_ids = [fictitious_case(ind, n) for n in (14, 15, 16)]
        offered = send(ind, ["voorzitter", "secretaris"], tmp_path / "casussen.otpak", case_ids=case_ids)
        for receiver in (chair, sec):
            result = receive(receiver, offered)
            assert [v.status for v in result.verdicts] == ["new"] * 3 and result.written
        # 2. The chair builds the agenda and sends it ("Agenda sturen").
        c = Services(chair)
        meeting = c.meetings.create_meeting(
            date(2026, 2, 5), "10:00", place="Den Haag", chair="Voorzitter", participants=PEOPLE
        )
        refs = {r: i for i, r in chair.db.execute("SELECT id, reference FROM cases").fetchall()}
        for ref in ("C-2026-014", "C-2026-015", "C-2026-016"):
            c.agenda.add_case_item(meeting.id, refs[ref], planned_minutes=20)
        c.meetings.fix_agenda(meeting.id)
        agenda = send(chair, ["secretaris"], tmp_path / "agenda.otpak", meeting_id=meeting.id)
        got = receive(sec, agenda)
        assert not got.refused, [v.message for v in got.refused]
        # 3. The meeting is held at the secretary's laptop.
        s = Services(sec)
        m = s.q.meeting_by_number(meeting.number)
        items = [i for i in s.q.agenda(m.id).items if i.case_id]
        assert [i.planned_minutes for i in items] == [20, 20, 20]
        s.meetings.start_meeting(m.id)
        s.minutes.start_item(items[0].id)
        s.minutes.save_minutes(items[0].id, "Het OM acht vervolging mogelijk.")
        s.decisions.record_decision(
            items[0].id,
            "aangifte",
            responsible_organisation="IND",
            responsible="unit 1F",
            deadline=date(2026, 3, 1),
        )
        s.minutes.save_minutes(items[1].id, "Meer informatie nodig over de eenheid.")
        s.decisions.record_decision(
            items[1].id,
            "nadere_informatie",
            request="ambtsberichten over de eenheid",
            responsible_organisation="IND",
            deadline=date(2026, 3, 1),
        )
        s.decisions.record_decision(items[2].id, "aanhouden", reason="beroepsprocedure loopt")
        s.meetings.close_meeting(m.id)
        confirm_all(s, m.id)
        # 4. Decisions and actions go back to the chair: the registers are identical.
        back = receive(chair, send(sec, ["voorzitter"], tmp_path / "besluiten.otpak", meeting_id=m.id))
        assert not back.refused, [v.message for v in back.refused]
        assert registers(chair) == registers(sec)
        assert len(registers(chair)["decisions"]) == 3 and registers(chair)["actions"]
        # 5. The next meeting adopts the minutes at the secretary; the sealed record reaches the chair.
        m2 = c.meetings.create_meeting(date(2026, 3, 5), "10:00", place="Den Haag", chair="Voorzitter")
        receive(sec, send(chair, ["secretaris"], tmp_path / "agenda2.otpak", meeting_id=m2.id))
        m2_sec = s.q.meeting_by_number(m2.number)
        s.meetings.fix_agenda(m2_sec.id)
        s.meetings.start_meeting(m2_sec.id)
        seal = s.adoption.adopt_minutes(m.id, in_meeting_id=m2_sec.id)
        om = new_store(tmp_path / "om", "om")
        try:
            ident.pair(
                om, ident.parse_identity(ident.export_identity(sec)), name="Secretaris", role="secretaris"
            )
            ident.pair(sec, ident.parse_identity(ident.export_identity(om)), name="OM", role="om")
            package = send(sec, ["voorzitter", "om"], tmp_path / "vastgesteld.otpak", meeting_id=m.id)
            adopted = receive(chair, package)
            assert not adopted.refused, [v.message for v in adopted.refused]
            chair_seal = c.q.seal(meeting.id)
            assert chair_seal is not None and chair_seal.fingerprint == seal.fingerprint
            assert verify_seals(chair).ok
            # The OM's empty store rebuilds the sealed record from the same package.
            at_om = receive(om, package)
            assert not at_om.refused and at_om.written
            om_meeting = MeetingQueries(om).meeting_by_number(meeting.number)
            assert MeetingQueries(om).seal(om_meeting.id).fingerprint == seal.fingerprint
            assert verify_seals(om).ok
            assert registers(om)["decisions"] == registers(sec)["decisions"]
        finally:
            om.close()
        assert registers(chair) == registers(sec)
        assert c.q.meeting(meeting.id).status == "vastgesteld"


def test_the_record_of_a_meeting_planned_before_pairing_is_handed_over_explicitly(tmp_path: Path) -> None:
    from storage.exchange import identity as ident
    from storage.exchange import ownership
    from tests.helpers.exchange import ROLES

    with three_stores(tmp_path) as st:
        chair, sec = st["voorzitter"], st["secretaris"]
        ident.unpair(chair, ROLES["secretaris"])
        c = Services(chair)
        meeting = c.meetings.create_meeting(date(2026, 2, 5), "10:00", place="Den Haag", chair="Voorzitter")
        ident.pair(
            chair, ident.parse_identity(ident.export_identity(sec)), name="Secretaris", role="secretaris"
        )
        first = receive(sec, send(chair, ["secretaris"], tmp_path / "1.otpak", meeting_id=meeting.id))
        assert first.written and not first.refused
        s = Services(sec)
        m = s.q.meeting_by_number(meeting.number)
        s.meetings.fix_agenda(m.id)
        refused = receive(chair, send(sec, ["voorzitter"], tmp_path / "2.otpak", meeting_id=m.id))
        assert [v.reason for v in refused.refused] == ["not_owner"] and not refused.written
        moved = ownership.hand_over(chair, ownership.meeting_record_uids(chair, meeting.id), "Secretaris")
        assert moved >= 1
        assert chair.audit.entries(action_prefix="exchange.handover")[0].detail["to"]
        handed = receive(sec, send(chair, ["secretaris"], tmp_path / "3.otpak", meeting_id=meeting.id))
        assert any(v.handover for v in handed.verdicts) and handed.written
        assert any(e.detail.get("handover") for e in sec.audit.entries(action_prefix="exchange.import"))
        # The owner's copy won over the secretary's earlier, non-owner step; now the step is theirs.
        assert s.q.meeting(m.id).status == "concept"
        s.meetings.fix_agenda(m.id)
        s.meetings.start_meeting(m.id)
        accepted = receive(chair, send(sec, ["voorzitter"], tmp_path / "4.otpak", meeting_id=m.id))
        assert not accepted.refused and accepted.written
        assert c.q.meeting(meeting.id).status == "in_vergadering"


def test_an_item_the_chair_removes_after_sending_disappears_at_the_secretary(tmp_path: Path) -> None:
    with three_stores(tmp_path) as st:
        ind, chair, sec = st["ind"], st["voorzitter"], st["secretaris"]
        ids = [fictitious_case(ind, n) for n in (51, 52)]
        offered = send(ind, ["voorzitter", "secretaris"], tmp_path / "c.otpak", case_ids=ids)
        receive(chair, offered)
        receive(sec, offered)
        c = Services(chair)
        meeting = c.meetings.create_meeting(date(2026, 2, 5), "10:00", place="Den Haag", chair="Voorzitter")
        refs = {r: i for i, r in chair.db.execute("SELECT id, reference FROM cases").fetchall()}
        first = c.agenda.add_case_item(meeting.id, refs["C-2026-051"])
        c.agenda.add_case_item(meeting.id, refs["C-2026-052"])
        receive(sec, send(chair, ["secretaris"], tmp_path / "a1.otpak", meeting_id=meeting.id))
        s = Services(sec)
        m = s.q.meeting_by_number(meeting.number)
        assert [i.case_reference for i in s.q.agenda(m.id).items if i.case_id] == ["C-2026-051", "C-2026-052"]
        c.agenda.remove_item(first.id)
        again = receive(sec, send(chair, ["secretaris"], tmp_path / "a2.otpak", meeting_id=meeting.id))
        assert "deleted" in {v.status for v in again.verdicts} and not again.refused
        assert [i.case_reference for i in s.q.agenda(m.id).items if i.case_id] == ["C-2026-052"]
        assert [i.title for i in s.q.agenda(m.id).items] == [i.title for i in c.q.agenda(meeting.id).items]
        # The removed case is no longer on an agenda at the secretary's either.
        assert (
            sec.db.execute("SELECT status FROM cases WHERE reference = 'C-2026-051'").fetchone()[0] == "new"
        )


def test_columns_that_later_schema_steps_add_travel_when_both_stores_have_them(tmp_path: Path) -> None:
    from storage.exchange import kinds

    with three_stores(tmp_path) as st:
        chair, sec = st["voorzitter"], st["secretaris"]
        for store in (chair, sec):  # as another feature's later step does (m0005_sealed_case_lines on main)
            have = {r[1] for r in store.db.execute("PRAGMA table_info(agenda_items)").fetchall()}
            if "case_summary" not in have:
                store.db.execute("ALTER TABLE agenda_items ADD COLUMN case_summary TEXT NOT NULL DEFAULT ''")
        kinds._PRESENT.clear()
        try:
            s = Services(sec)
            (case_id,) = [fictitious_case(sec, 61)]
            meeting = s.meetings.create_meeting(date(2026, 2, 5), "10:00", place="Den Haag", chair="V")
            item = s.agenda.add_case_item(meeting.id, case_id)
            sec.db.execute(
                "UPDATE agenda_items SET case_summary = 'Samenvatting bij vaststelling.' WHERE id = ?",
                (item.id,),
            )
            got = receive(chair, send(sec, ["voorzitter"], tmp_path / "m.otpak", meeting_id=meeting.id))
            assert got.written and not got.refused
            copied = chair.db.execute(
                "SELECT case_summary FROM agenda_items WHERE case_id IS NOT NULL"
            ).fetchone()[0]
            assert copied == "Samenvatting bij vaststelling."
        finally:
            kinds._PRESENT.clear()  # the other stores of this test process lack the column
