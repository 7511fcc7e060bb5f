"""Seals: the fingerprint of adopted minutes, its verification, tampering and redaction."""

from __future__ import annotations

import json

from storage.meetings.snapshot import FORMAT, canonical, fingerprint, snapshot
from storage.seals import verify_seals
from tests.helpers.meetings import scenario


def problems(store) -> list[dict]:
    return [c for c in verify_seals(store).to_json() if not c["ok"] and c["check"] != "seals"]


def test_intact_seal_verifies(store) -> None:
    data = scenario(store)
    checks = verify_seals(store).to_json()
    assert checks[-1]["check"] == "seals" and checks[-1]["ok"] and checks[-1]["intact"] == 1
    assert "1 vastgestelde verslagen" in checks[-1]["message"]
    seal = data["s"].q.seal(data["m1"].id)
    assert seal.fingerprint == fingerprint(store, data["m1"].id)
    assert seal.format == FORMAT


def test_snapshot_is_canonical_and_holds_the_record(store) -> None:
    data = scenario(store)
    snap = snapshot(store, data["m1"].id)
    assert canonical(snap) == canonical(json.loads(canonical(snap)))
    assert [i["minutes"] for i in snap["items"] if i["kind"] == "case"] == [
        "Het OM acht vervolging mogelijk.",
        "Het OM heeft meer informatie nodig.",
        "Aangehouden tot na de beroepsprocedure.",
    ]
    assert [d["number"] for d in snap["decisions"]] == ["B-2026-01-01", "B-2026-01-02", "B-2026-01-03"]
    assert [a["number"] for a in snap["actions"]] == ["A-2026-01-01"]
    assert snap["amendments"][0]["made_in"] == "OT 2026-02"
    assert "status" not in snap["meeting"]  # living facts stay out


def test_changed_minutes_break_the_seal_and_name_it(store) -> None:
    data = scenario(store)
    store.db.execute("UPDATE agenda_items SET minutes = 'vervalst' WHERE id = ?", (data["items"][0].id,))
    found = problems(store)
    assert [(p["check"], p["meeting"], p["status"]) for p in found] == [("seal", "OT 2026-01", "broken")]
    assert found[0]["message"].startswith("Verslag OT 2026-01: vingerafdruk klopt niet")
    assert verify_seals(store).ok is False


def test_changed_decision_deadline_breaks_the_seal(store) -> None:
    scenario(store)
    store.db.execute("UPDATE decisions SET deadline = '2027-01-01' WHERE number = 'B-2026-01-01'")
    assert [p["status"] for p in problems(store)] == ["broken"]


def test_changed_action_status_does_not_break_the_seal(store) -> None:
    """An action keeps living after adoption: closing it is not a change of the record."""
    data = scenario(store)
    action = data["s"].q.action_by_number("A-2026-01-01")
    data["s"].actions.close_action(action.id, meeting_id=data["m2"].id)
    assert problems(store) == []


def test_content_and_seal_changed_together_differ_from_the_log(store) -> None:
    data = scenario(store)
    store.db.execute("UPDATE agenda_items SET minutes = 'vervalst' WHERE id = ?", (data["items"][0].id,))
    forged = fingerprint(store, data["m1"].id)
    store.db.execute("UPDATE seals SET fingerprint = ?", (forged,))
    found = problems(store)
    assert [p["status"] for p in found] == ["not_in_log"]
    assert "logboek" in found[0]["message"] and "OT 2026-01" in found[0]["message"]


def test_deleted_seal_is_reported(store) -> None:
    scenario(store)
    store.db.execute("DELETE FROM seals")
    found = problems(store)
    assert found and all(p["status"] == "missing" and p["meeting"] == "OT 2026-01" for p in found)


def test_redacted_seal_is_reported_as_redacted_not_broken(store) -> None:
    data = scenario(store)
    store.db.execute("UPDATE agenda_items SET minutes = '[geschoond]' WHERE id = ?", (data["items"][0].id,))
    store.db.execute("UPDATE seals SET redacted_at = '2033-01-01T10:00:00+01:00'")
    checks = verify_seals(store).to_json()
    assert all(c["ok"] for c in checks)
    assert checks[0]["status"] == "redacted" and "geschoond op 2033-01-01" in checks[0]["message"]
    assert "1 geschoond" in checks[-1]["message"]


def test_addendum_refers_to_the_sealed_version_and_is_fingerprinted(store) -> None:
    data = scenario(store)
    s = data["s"]
    addendum = s.adoption.add_addendum(
        data["m1"].id, "Aanvulling op de weergave.", in_meeting_id=data["m2"].id
    )
    assert addendum.seal_fingerprint == s.q.seal(data["m1"].id).fingerprint
    assert problems(store) == []
    store.db.execute("UPDATE addenda SET text = 'anders'")
    found = problems(store)
    assert [(p["check"], p["status"]) for p in found] == [("addendum", "broken")]
    assert "Addendum bij verslag OT 2026-01" in found[0]["message"]


def test_addendum_only_for_sealed_minutes(store) -> None:
    import pytest

    from storage.errors import ValidationError

    data = scenario(store)
    s = data["s"]
    with pytest.raises(ValidationError):
        s.adoption.add_addendum(data["m2"].id, "Te vroeg.")


def test_case_reference_change_in_register_does_not_break_seal(store) -> None:
    data = scenario(store)
    store.db.execute("UPDATE cases SET reference = 'C-2026-999' WHERE id = ?", (data["cases"][0],))
    assert problems(store) == []
    minutes = data["s"].q.minutes(data["m1"].id)
    assert minutes.items[3].item.case_reference == "C-2026-901"  # as sealed
