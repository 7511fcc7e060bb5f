"""Issue 10, point 1: a sealed record never changes.

Everything adopted minutes print (case reference and summary line, participant names, minutes,
decisions, actions) comes from what was frozen at adoption and is covered by the seal's
fingerprint: editing the cases afterwards changes neither the PDFs, nor the CLI report, nor the
read models, and ``verify`` still passes; tampering with the frozen copy makes ``verify`` fail.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reports.documents import DocumentRequest, build_document
from storage.access import create_store, open_store
from storage.cases.service import CaseService
from storage.errors import SealedRecord
from storage.kdf import FAST_TEST_PARAMS
from storage.meetings import MeetingQueries, MeetingService, set_outcomes
from storage.meetings.outcomes import DEFAULT_OUTCOMES
from storage.meetings.snapshot import FORMAT, FORMAT_V1, fingerprint, snapshot
from storage.seals import verify_seals
from tests.helpers.common import PASSPHRASE, run_cli
from tests.helpers.meetings import confirm_all, run_meeting, scenario

KINDS = ("verslag", "besluitenlijst")


def renders(store, meeting_id: int) -> dict[tuple[str, str], bytes]:
    return {
        (kind, lang): build_document(store, DocumentRequest(kind=kind, meeting_id=meeting_id, lang=lang)).pdf
        for kind in KINDS
        for lang in ("nl", "en")
    }


def shown(store, meeting_id: int) -> list[object]:
    """What the read models give the screens: participants; per item title, reference, summary
    line, text and presence; the decisions."""
    minutes = MeetingQueries(store).minutes(meeting_id)
    people = [(p.name, p.organisation, p.role) for p in minutes.meeting.participants]
    items = [
        (m.item.title, m.item.case_reference, m.item.case_summary, m.text, m.present, m.absent)
        for m in minutes.items
    ]
    decisions = [
        (d.number, d.case_reference, d.text, d.reason, d.request) for m in minutes.items for d in m.decisions
    ]
    return [people, items, decisions]


def edit_every_case(store, case_ids) -> None:
    service = CaseService(store)
    for n, case_id in enumerate(case_ids, start=1):
        service.update(
            case_id,
            {
                "reference": f"C-2027-{700 + n:03d}",
                "country": "Een ander land",
                "role": "Een andere rol",
                "organisations": "Een andere eenheid",
                "ind_status_note": "Andere toelichting.",
                "urgency_reason": "Andere reden van spoed.",
                "question": "Een andere vraag aan het OM?",
                "summary": f"Geheel nieuwe samenvatting {n} na de vaststelling.",
                "grounds": "1F(c)",
                "period_from": 2001,
                "period_to": 2003,
                "urgent": True,
            },
        )


def test_editing_cases_after_adoption_changes_nothing_the_record_prints(store) -> None:
    data = scenario(store)
    m1 = data["m1"].id
    before_pdf, before_shown = renders(store, m1), shown(store, m1)
    assert any("Fictieve testcasus" in item[2] for item in before_shown[1])  # the summary line is shown

    edit_every_case(store, data["cases"])
    meeting = MeetingQueries(store).meeting(m1)
    for participant in meeting.participants:  # names on a sealed record cannot change
        with pytest.raises(SealedRecord):
            MeetingService(store).update_participant(participant.id, name="Iemand anders")

    assert renders(store, m1) == before_pdf
    assert shown(store, m1) == before_shown
    assert verify_seals(store).ok


def test_the_snapshot_holds_the_summary_line_and_tampering_with_it_breaks_the_seal(store) -> None:
    data = scenario(store)
    m1 = data["m1"].id
    assert MeetingQueries(store).seal(m1).format == FORMAT
    summaries = [i.get("case_summary") for i in snapshot(store, m1)["items"] if i["kind"] == "case"]
    assert all(s and s.startswith("Fictieve testcasus") for s in summaries)
    store.db.execute("UPDATE agenda_items SET case_summary = 'vervalst' WHERE id = ?", (data["items"][0].id,))
    broken = [c for c in verify_seals(store).to_json() if not c["ok"] and c["check"] == "seal"]
    assert [c["status"] for c in broken] == ["broken"]
    printed = {m.item.id: m.item.case_summary for m in MeetingQueries(store).minutes(m1).items}
    assert printed[data["items"][0].id] == "vervalst"  # what is printed is what is sealed


def test_a_closed_action_text_is_part_of_the_seal(store) -> None:
    data = scenario(store)
    s = data["s"]
    action = s.q.action_by_number("A-2026-01-01")
    s.actions.close_action(action.id, meeting_id=data["m2"].id, note="Gedaan.")
    s.meetings.close_meeting(data["m2"].id)
    confirm_all(s, data["m2"].id)
    third = run_meeting(s, date(2026, 4, 2), [])
    s.adoption.adopt_minutes(data["m2"].id, in_meeting_id=third["meeting"].id)
    store.db.execute("UPDATE actions SET text = 'vervalst' WHERE id = ?", (action.id,))
    broken = {c["meeting"] for c in verify_seals(store).to_json() if not c["ok"] and c["check"] == "seal"}
    assert broken == {"OT 2026-01", "OT 2026-02"}  # where it was made, and where it was closed


def test_a_first_format_seal_is_checked_in_its_own_format(store) -> None:
    """Seals made before the summary line was sealed are recomputed in their own format."""
    data = scenario(store)
    m1 = data["m1"].id
    old = fingerprint(store, m1, FORMAT_V1)
    assert old != fingerprint(store, m1, FORMAT)
    store.db.execute("UPDATE seals SET format = ?, fingerprint = ?", (FORMAT_V1, old))
    statuses = [c["status"] for c in verify_seals(store).to_json() if c["check"] == "seal" and not c["ok"]]
    assert statuses == ["not_in_log"]  # the content checks out; only the forged seal row differs


def test_cli_report_of_a_sealed_record_is_unchanged_after_editing_the_cases(
    store_dir: Path, cli_env, tmp_path: Path
) -> None:
    made, _code = create_store(store_dir, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    try:
        data = scenario(made)
    finally:
        made.close()
    secret = tmp_path / "pw"
    secret.write_text(PASSPHRASE + "\n")

    def report(name: str) -> bytes:
        out = tmp_path / f"{name}.pdf"
        common = ["--store", str(store_dir), "--passphrase-file", str(secret)]
        result = run_cli(
            ["report", "verslag", "--meeting", "OT 2026-01", "--out", str(out), *common], cli_env
        )
        assert result.returncode == 0, result.stderr
        return out.read_bytes()

    before = report("voor")
    again = open_store(store_dir, PASSPHRASE)
    try:
        edit_every_case(again, data["cases"])
    finally:
        again.close()
    assert report("na") == before
    result = run_cli(["verify", "--store", str(store_dir), "--passphrase-file", str(secret)], cli_env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_renaming_or_adding_outcomes_later_does_not_change_a_sealed_record(store) -> None:
    """The outcome labels (and the outcome list the besluitenlijst counts) are part of the seal."""
    data = scenario(store)
    m1 = data["m1"].id
    before_pdf, before_shown = renders(store, m1), shown(store, m1)
    labels_before = [d.outcome_label for d in MeetingQueries(store).decisions(meeting_id=m1)]
    entries = [dict(e) for e in DEFAULT_OUTCOMES]
    for entry in entries:
        entry["label"] = entry["label"] + " (nieuw)"
        entry["label_en"] = entry["label_en"] + " (new)"
    entries.append({**entries[-1], "key": "overgedragen", "label": "Overgedragen", "label_en": "Transferred"})
    set_outcomes(store, entries)
    assert renders(store, m1) == before_pdf
    assert shown(store, m1) == before_shown
    assert [d.outcome_label for d in MeetingQueries(store).decisions(meeting_id=m1)] == labels_before
    assert verify_seals(store).ok
    store.db.execute("UPDATE meetings SET sealed_outcomes = '[]' WHERE id = ?", (m1,))
    assert [f.status for f in verify_seals(store).problems if f.check == "seal"] == ["broken"]
