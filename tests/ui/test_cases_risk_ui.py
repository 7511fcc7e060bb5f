"""The risk hint in the case editor (issue 16): a rare case shows how often its combination occurs
and offers generalisations; one click fills in the general value, saves it and can be undone;
a common case shows no hint. The count runs on the worker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storage.access import create_store
from storage.cases.service import CaseService
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.cases_ui import open_cases_area
from tests.helpers.common import PASSPHRASE
from ui.cases.area import CasesArea

COMMON = {
    "grounds": "a",
    "country": "Afghanistan",
    "period_from": "1985",
    "period_to": "1989",
    "role": "ondervrager bij de KhAD in Kabul",
    "organisations": "KhAD",
    "ind_status": "asylum_refused_1f",
    "question": "Ziet het OM aanleiding voor een onderzoek?",
}


@pytest.fixture
def risk_store(store_dir: Path) -> Path:
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    service = CaseService(store)
    service.create({**COMMON, "reference": "C-2026-001"})
    service.create({**COMMON, "reference": "C-2026-002"})
    service.create({**COMMON, "reference": "C-2026-003", "period_from": "1987", "period_to": "1987"})
    service.create(
        {
            **COMMON,
            "reference": "C-2026-004",
            "role": "commandant van de 3e brigade in Kunduz",
            "summary": "De aanval op het dorp vond plaats op 12 maart 1994.",
        }
    )
    store.close()
    return store_dir


@pytest.fixture
def area(qtbot, risk_store: Path, tmp_path: Path):
    with open_cases_area(qtbot, risk_store, tmp_path) as widget:
        yield widget


def _open(qtbot, area: CasesArea, reference: str) -> None:
    """Select the case's row in the register, as a user would, and wait for the editor and hint."""
    box: list[int] = []
    area.ctx.worker.with_store(lambda store: CaseService(store).get_by_reference(reference).id, box.append)
    area.ctx.worker.wait_idle()
    qtbot.waitUntil(lambda: bool(box))
    area.table.setCurrentIndex(area.model.index(area.model.row_of(box[0]), 0))
    qtbot.waitUntil(lambda: area.editor.case is not None and area.editor.case.reference == reference)
    area.ctx.worker.wait_idle()
    qtbot.wait(10)


def test_rare_case_gets_a_calm_hint_with_one_click_generalisation(
    qtbot, area: CasesArea, tmp_path: Path
) -> None:
    _open(qtbot, area, "C-2026-003")
    hint = area.editor.risk_hint
    qtbot.waitUntil(hint.isVisible, timeout=10_000)
    assert "1×" in hint.text.text()
    assert "periode" in hint.text.text()  # the period makes it rare
    period = next(b for b in hint.buttons if b.text().startswith("periode"))
    assert "1987 → 1985–1989 (3×)" in period.text()
    shot = Path(os.environ.get("OVERLEGTAFEL_SHOT_DIR", tmp_path)) / "case-editor-risk-hint.png"
    assert area.grab().save(str(shot))

    period.click()
    editor = area.editor
    assert (editor.fields["period_from"].text(), editor.fields["period_to"].text()) == ("1985", "1989")
    editor.flush()
    area.ctx.worker.wait_idle()
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=10_000)  # now k = 3: no hint
    stored = []
    area.ctx.worker.with_store(lambda store: CaseService(store).get_by_reference("C-2026-003"), stored.append)
    area.ctx.worker.wait_idle()
    qtbot.waitUntil(lambda: bool(stored))
    assert (stored[0].period_from, stored[0].period_to) == ("1985", "1989")

    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert (editor.fields["period_from"].text(), editor.fields["period_to"].text()) == ("1987", "1987")


def test_common_case_has_no_hint(qtbot, area: CasesArea) -> None:
    _open(qtbot, area, "C-2026-001")
    area.ctx.worker.wait_idle()
    qtbot.wait(50)
    assert not area.editor.risk_hint.isVisible()


def test_specific_phrases_are_explained_and_never_block(qtbot, area: CasesArea, tmp_path: Path) -> None:
    _open(qtbot, area, "C-2026-004")
    hint = area.editor.risk_hint
    qtbot.waitUntil(lambda: hint.specific.isVisible(), timeout=10_000)
    text = hint.specific.text()
    assert "Vermeende rol" in text and "Samenvatting" in text
    assert "blokkeert niet" in text
    assert "3e brigade" not in text and "12 maart" not in text  # explains, never repeats the phrase
    assert not area.editor.autosaver.blocked
    shot = Path(os.environ.get("OVERLEGTAFEL_SHOT_DIR", tmp_path)) / "case-editor-specific-hint.png"
    assert area.grab().save(str(shot))


def test_long_suggestions_do_not_widen_the_editor(qtbot) -> None:
    from storage.cases.risk import CaseRisk, Suggestion
    from ui.cases.risk_hint import RiskHint

    hint = RiskHint()
    qtbot.addWidget(hint)
    long_name = "de nationale veiligheidsdienst van de voormalige republiek " * 2
    suggestions = tuple(
        Suggestion(field, long_name, "inlichtingen- of veiligheidsdienst", 6, ((field, "x"),))
        for field in ("organisations", "role", "period")
    )
    hint.show_risk(CaseRisk(1, "C-2026-001", 1, "period", 6, suggestions), threshold=5)
    assert len(hint.buttons) == 3
    # Side by side, the three buttons made the editor (and so the splitter) over 1,000 px wide: the
    # register beside it shrank to a sliver. Now they stack and may be narrower than their text.
    assert hint.minimumSizeHint().width() <= 400
    assert all(long_name.strip() in (b.toolTip() or "") for b in hint.buttons)
