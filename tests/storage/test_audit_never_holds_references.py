"""Review: a case reference kept with a guard finding never reaches the audit log."""

from __future__ import annotations

import json
from datetime import date

from storage.anonymity import Keep
from storage.cases.service import CaseService
from storage.meetings import AgendaService, MeetingService
from tests.storage.test_cases_service import example


def _audit_dump(store) -> str:
    return json.dumps([list(r) for r in store.db.execute("SELECT * FROM audit_log")], ensure_ascii=False)


# --- a reference kept with a finding never reaches the audit log ------------------------------------
def test_kept_reference_stays_out_of_the_log_on_status_and_agenda(store) -> None:
    keep = [Keep(field="reference", spans=((0, 10),), reason="IND-pseudoniem")]
    case = CaseService(store).create(example(reference="4455667788", status="deferred"), keep)
    CaseService(store).set_status(case.id, "awaiting_information")
    meeting = MeetingService(store).create_meeting(date(2026, 3, 5))
    AgendaService(store).add_case_item(meeting.id, case.id)
    dump = _audit_dump(store)
    assert "4455667788" not in dump
    assert f"#{case.id}" in dump
