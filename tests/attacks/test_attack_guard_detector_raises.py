"""Finding 9: a detector that raises must not let the text through unchecked. The text is marked
"not checked" (shown like a finding, kept only with a reason) and the error is logged without it."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import storage.guard.scanner as scanner
from storage.access import create_store
from storage.anonymity import Keep, PersonalDataFound
from storage.cases.service import CaseService
from storage.guard import scan
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.cases_ui import open_cases_area
from tests.helpers.common import PASSPHRASE
from ui.cases.area import CasesArea

SECRET_WORD = "Verwoerdhuizen"  # the broken detector chokes on this; it must never reach the log
TEXT = f"Gesproken met de heer {SECRET_WORD} over zijn rol."


@pytest.fixture
def broken_detector(monkeypatch: pytest.MonkeyPatch, expected_log) -> None:
    expected_log.allow("storage.guard.scanner")  # the logged failure is part of the promise
    real = scanner.find_persons

    def find_persons(text: str):
        if SECRET_WORD in text:
            raise ValueError(f"cannot tokenise {text!r}")  # the message itself carries the text
        return real(text)

    detectors = tuple(find_persons if d is real else d for d in scanner._DETECTORS)
    assert detectors != scanner._DETECTORS
    monkeypatch.setattr(scanner, "_DETECTORS", detectors)


def test_a_raising_detector_marks_the_text_not_checked(broken_detector, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    findings = scan(TEXT)
    assert [f.kind for f in findings] == ["unchecked"]
    [finding] = findings
    assert (finding.start, finding.end) == (0, len(TEXT))
    assert "niet gecontroleerd" in finding.reason("nl").lower()
    assert "not checked" in finding.reason("en").lower()
    logged = "\n".join(r.getMessage() + str(r.exc_info or "") + str(r.exc_text or "") for r in caplog.records)
    assert "find_persons" in logged and "ValueError" in logged
    assert SECRET_WORD not in logged
    assert SECRET_WORD not in caplog.text
    # Text the detector can handle is checked as before.
    assert [f.kind for f in scan("Mail naar iemand@voorbeeld.nl")] == ["email"]


def test_storage_refuses_unchecked_text_until_kept_with_a_reason(store, broken_detector) -> None:
    cases = CaseService(store)
    before = cases.count()
    with pytest.raises(PersonalDataFound) as info:
        cases.create({"summary": TEXT})
    assert [f.kind for f in info.value.findings] == ["unchecked"]
    assert "niet gecontroleerd" in info.value.message("nl")
    assert SECRET_WORD not in info.value.message("nl")
    assert cases.count() == before  # nothing written
    keep = Keep.findings(info.value.findings, "Controle faalde, tekst zelf nagelezen")
    case = cases.create({"summary": TEXT}, keep)
    assert case.summary == TEXT
    [entry] = store.audit.entries(action_prefix="guard.override")
    assert entry.detail["kinds"] == ["unchecked"]
    dump = json.dumps([list(r) for r in store.db.execute("SELECT * FROM audit_log").fetchall()])
    assert SECRET_WORD not in dump


@pytest.fixture
def area(qtbot, store_dir: Path, tmp_path: Path):
    made, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    CaseService(made).create({"summary": "Een casus zonder bijzonderheden."})
    made.close()
    with open_cases_area(qtbot, store_dir, tmp_path) as widget:
        yield widget


def _stored_summary(area: CasesArea, case_id: int) -> str:
    box: list[object] = []
    area.ctx.worker.with_store(lambda s: CaseService(s).get(case_id).summary, box.append, box.append)
    area.ctx.worker.wait_idle()
    return str(box[0])


def test_case_editor_shows_not_checked_and_saves_only_after_keep(
    qtbot, area: CasesArea, broken_detector
) -> None:
    editor = area.editor
    case_id = editor.case.id
    summary = editor.fields["summary"]
    summary.setFocus()
    summary.selectAll()
    qtbot.keyClicks(summary, TEXT)
    qtbot.waitUntil(lambda: any(m.kind == "unchecked" for m in summary.findings), timeout=5000)
    assert (0, len(TEXT), "wave") in summary.underlined_ranges()
    qtbot.waitUntil(lambda: editor.guard_panel.isVisible(), timeout=5000)
    assert editor.autosaver.state == "blocked"
    details = editor.guard_panel.details.text()
    assert "niet gecontroleerd" in details.lower() and SECRET_WORD not in details
    assert _stored_summary(area, case_id) != TEXT
    qtbot.keyClicks(editor.guard_panel.reason, "Controle faalde, tekst zelf nagelezen")
    qtbot.mouseClick(editor.guard_panel.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: editor.autosaver.state == "saved" and not editor.guard_panel.isVisible(), timeout=5000
    )
    assert _stored_summary(area, case_id) == TEXT
