"""The Bewaartermijnen screens on a real store: the periods in Instellingen, the due cases, the
confirm dialog with its summary and typed confirmation, the tombstone afterwards; keyboard,
accessible names and Dutch texts of both dialogs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from storage.retention_rules import rules
from tests.helpers.purge import KEPT, PREFIX, PURGED, build, cells_containing, make_store
from tests.helpers.qt import FakeClock, make_context
from tests.project.test_translations import (
    ENGLISH_WORDS,
    english_sources_with_dutch_translation,
    visible_texts,
)
from tests.ui.test_accessibility import INTERACTIVE, accessible_name, controls, tab_walk
from ui.retention import show_due_cases
from ui.retention.dialogs import ConfirmPurgeDialog, RetentionDialog
from ui.retention.settings_section import create_settings_section

PASSPHRASE = "correct paard batterij nietje"


@pytest.fixture
def ctx(qtbot, tmp_path: Path):
    root = tmp_path / "opslag"
    store, clock = make_store(root)
    build(store, clock)
    store.close()
    settings = tmp_path / "instellingen"
    settings.mkdir()
    context = make_context(root, settings, FakeClock())
    errors: list[BaseException] = []
    try:
        context.session.unlock(PASSPHRASE, errors.append)
        qtbot.waitUntil(lambda: bool(context.session.is_unlocked or errors), timeout=20_000)
        assert not errors
        yield context
        context.worker.wait_idle()
    finally:
        context.worker.shutdown()


def in_store(ctx, fn):
    box: list[object] = []
    ctx.worker.with_store(fn, box.append, box.append)
    ctx.worker.wait_idle()
    return box[0]


def open_dialog(qtbot, ctx) -> RetentionDialog:
    dialog = show_due_cases(ctx, None)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.due.topLevelItemCount() == 2, timeout=10_000)
    return dialog  # type: ignore[return-value]


def confirm_dialog(qtbot, dialog: RetentionDialog, references: list[str]) -> ConfirmPurgeDialog:
    dialog.set_checked(references)
    assert dialog.purge_button.isEnabled()
    confirm = dialog._confirm()
    assert confirm is not None
    qtbot.addWidget(confirm)
    qtbot.waitExposed(confirm)
    qtbot.waitUntil(lambda: bool(confirm.plans), timeout=10_000)
    return confirm


def dutch_problems(top) -> list[str]:
    english = english_sources_with_dutch_translation()
    word = re.compile(r"\b(" + "|".join(sorted(ENGLISH_WORDS)) + r")\b")
    problems = []
    for kind, text in visible_texts(top):
        if text in english or word.search(text):
            problems.append(f"{kind}: {text!r}")
    return problems


def keyboard_problems(qtbot, top) -> list[str]:
    reached = tab_walk(qtbot, top)
    problems = [
        f"{type(w).__name__} has no accessible name"
        for w in reached
        if isinstance(w, INTERACTIVE) and not accessible_name(w).strip()
    ]
    problems += [
        f"{accessible_name(w)!r} cannot be reached with Tab" for w in controls(top) if w not in reached
    ]
    return problems


def test_settings_section_shows_and_changes_the_periods(qtbot, ctx) -> None:
    section = create_settings_section(ctx, None)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: section.years["aangifte"].isEnabled(), timeout=10_000)
    assert {s: spin.value() for s, spin in section.years.items()} == {
        "geen_aangifte": 5,
        "closed": 5,
        "aangifte": 2,
    }
    assert section.title() == "Bewaartermijnen" and not section.apply_button.isEnabled()
    section.years["aangifte"].setValue(3)
    assert section.apply_button.isEnabled()
    qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.status.text().startswith("Opgeslagen"), timeout=10_000)
    assert section.status.text() == "Opgeslagen. 1 bewaardatum/-data herberekend."
    assert in_store(ctx, rules)["aangifte"] == 3
    assert not section.apply_button.isEnabled()
    assert dutch_problems(section) == []


def test_purge_one_case_with_typed_reference_shows_the_tombstone(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert [dialog.due.topLevelItem(i).text(0) for i in range(2)] == [PURGED, KEPT]
    assert "aangifte 2 jaar" in dialog.rules.text()
    assert not dialog.purge_button.isEnabled()  # nothing selected yet
    confirm = confirm_dialog(qtbot, dialog, [PURGED])
    summary = confirm.summary.toPlainText()
    assert "OT 2020-01, OT 2020-02" in summary and PREFIX not in summary
    assert "Typ ter bevestiging de referentie C-2020-501" in confirm.prompt.text()
    assert not confirm.purge_button.isEnabled()
    qtbot.keyClicks(confirm.confirm_edit, "C-2020-50")
    assert not confirm.purge_button.isEnabled()
    qtbot.keyClicks(confirm.confirm_edit, "1")
    assert confirm.purge_button.isEnabled()
    qtbot.mouseClick(confirm.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not confirm.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: dialog.due.topLevelItemCount() == 1, timeout=10_000)
    assert dialog.status.text().startswith("Verwijderd: C-2020-501. De opslag is opgeschoond.")
    assert "Als geschoond gemarkeerd: OT 2020-01, OT 2020-02." in dialog.status.text()
    tombstones = [dialog.purged.item(i).text() for i in range(dialog.purged.count())]
    assert len(tombstones) == 1 and tombstones[0].startswith("C-2020-501 · aangemaakt 10 januari 2020")
    assert "verwijderd wegens bewaartermijn op" in tombstones[0]
    assert all(PREFIX not in text for _kind, text in visible_texts(dialog))
    assert in_store(ctx, lambda store: cells_containing(store, PREFIX)) == []


def test_several_cases_need_their_number_and_cancel_changes_nothing(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    assert [ref for _id, ref in dialog.selected()] == [PURGED, KEPT]
    confirm = confirm_dialog(qtbot, dialog, [PURGED, KEPT])
    assert "het aantal casussen (2)" in confirm.prompt.text()
    qtbot.keyClicks(confirm.confirm_edit, "2")
    assert confirm.purge_button.isEnabled()
    qtbot.mouseClick(confirm.buttons.buttons()[-1], Qt.MouseButton.LeftButton)  # Annuleren
    assert not confirm.isVisible()
    assert in_store(ctx, lambda store: len(cells_containing(store, PREFIX))) > 0


def test_blocked_case_cannot_be_confirmed(qtbot, ctx) -> None:
    from storage.retention_rules import set_rules

    dialog = open_dialog(qtbot, ctx)
    dialog.set_checked([PURGED])
    in_store(ctx, lambda store: set_rules(store, {"aangifte": 30}))  # changed behind the list's back
    confirm = confirm_dialog(qtbot, dialog, [PURGED])
    assert "KAN NIET: de bewaartermijn loopt nog tot 2050-03-05" in confirm.summary.toPlainText()
    qtbot.keyClicks(confirm.confirm_edit, PURGED)
    assert not confirm.purge_button.isEnabled() and confirm.error.isVisible()


def test_dialogs_by_keyboard_with_names_and_in_dutch(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.windowTitle() == "Bewaartermijnen"
    assert keyboard_problems(qtbot, dialog) == []
    assert dutch_problems(dialog) == []
    confirm = confirm_dialog(qtbot, dialog, [PURGED])
    QApplication.processEvents()
    assert confirm.windowTitle() == "Verwijderen bevestigen"
    assert keyboard_problems(qtbot, confirm) == []
    assert dutch_problems(confirm) == []
    confirm.reject()
    dialog.reject()
