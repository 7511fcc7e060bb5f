"""Rules of an import that the batched judging and writing must keep (issue 14): a number or
reference already held here by another record is refused as a conflict; numbers made elsewhere
raise this store's counters, so that a number is never handed out twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers.exchange import fictitious_case, new_store, pair_all, receive, send
from tests.helpers.meetings import Services


def test_a_reference_held_here_by_another_record_is_refused_as_a_conflict(tmp_path: Path) -> None:
    ind, chair = new_store(tmp_path / "i", "ind"), new_store(tmp_path / "v", "voorzitter")
    try:
        pair_all({"ind": ind, "voorzitter": chair})
        fictitious_case(chair, 71)  # made here, independently, with the same reference
        offered = [fictitious_case(ind, n) for n in (71, 72)]
        got = receive(chair, send(ind, ["voorzitter"], tmp_path / "c.otpak", case_ids=offered))
        verdicts = {v.label: (v.status, v.reason) for v in got.verdicts}
        assert verdicts == {"C-2026-071": ("refused", "conflict"), "C-2026-072": ("new", "")}
        assert chair.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 2
    finally:
        ind.close()
        chair.close()


def test_numbers_made_elsewhere_raise_the_counters_here(tmp_path: Path) -> None:
    sec, chair = new_store(tmp_path / "s", "secretaris"), new_store(tmp_path / "v", "voorzitter")
    try:
        pair_all({"secretaris": sec, "voorzitter": chair})
        s = Services(sec)
        cases = [fictitious_case(sec, n) for n in (3, 17, 9)]
        meeting = s.meetings.create_meeting(date(2026, 2, 5), "10:00", place="Den Haag", chair="V")
        items = [s.agenda.add_case_item(meeting.id, c) for c in cases]
        s.meetings.fix_agenda(meeting.id)
        s.meetings.start_meeting(meeting.id)
        for item in items:
            s.decisions.record_decision(item.id, "aanhouden", reason="procedure loopt")
        got = receive(chair, send(sec, ["voorzitter"], tmp_path / "m.otpak", meeting_id=meeting.id))
        assert got.written and not got.refused
        counters = dict(chair.db.execute("SELECT name, value FROM counters").fetchall())
        assert counters["case-reference-2026"] == 17  # the highest, whatever the order
        assert counters[f"meeting:{meeting.year}"] == meeting.seq
        assert counters[f"decision:{meeting.number}"] == 3
    finally:
        sec.close()
        chair.close()
