"""``verify_seals`` reports in frozen dataclasses: findings with their status, and a summary."""

from __future__ import annotations

import dataclasses

import pytest

from storage.seals import SealFinding, SealReport, SealSummary, verify_seals
from tests.helpers.meetings import scenario


def test_an_intact_store_gives_a_frozen_report_with_no_findings(store) -> None:
    scenario(store)
    report = verify_seals(store)
    assert isinstance(report, SealReport) and isinstance(report.summary, SealSummary)
    assert report.ok and report.findings == () and report.problems == ()
    assert (report.summary.seals, report.summary.intact, report.summary.broken) == (1, 1, 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.summary.ok = False  # type: ignore[misc]


def test_a_changed_record_is_a_finding_and_its_json_row_is_what_verify_prints(store) -> None:
    data = scenario(store)
    store.db.execute("UPDATE agenda_items SET minutes = 'vervalst' WHERE id = ?", (data["items"][0].id,))
    report = verify_seals(store)
    assert not report.ok
    (finding,) = report.problems
    assert isinstance(finding, SealFinding)
    assert (finding.check, finding.meeting, finding.status) == ("seal", "OT 2026-01", "broken")
    assert finding.fingerprint and finding.actual and finding.fingerprint != finding.actual
    row = finding.to_json()
    assert set(row) == {"check", "meeting", "ok", "status", "message", "fingerprint", "actual"}
    summary = report.to_json()[-1]
    assert summary["check"] == "seals" and summary["broken"] == 1 and summary["ok"] is False
