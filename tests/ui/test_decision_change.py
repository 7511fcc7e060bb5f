"""Issue 10, point 2, through the real live window: another outcome key (Alt+1…5) on an item with a
recorded decision never replaces it silently. A warning comes first (stronger once IND and OM
confirmed); only "Besluit wijzigen" opens the form, with the old values filled in; saving makes a
new version, withdraws both confirmations visibly and keeps the previous version in the history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.meetings import MeetingQueries
from tests.helpers.ui_live import live_fixture, read, settle  # noqa: F401 - fixture
from tests.ui.test_live import closed, dialog_of, press
from ui.live.dialogs import LiveOutcomeDialog


def to_first_case(qtbot, live) -> int:
    view, ctx = live.view, live.ctx
    live.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live.window)
    view.chair.agenda.setFocus()
    press(qtbot, "Ctrl+Shift+S")
    settle(qtbot, ctx)
    first_case = live.meeting.case_item_ids[0]
    while view.timer.current != first_case:
        press(qtbot, "Alt+Right")
        settle(qtbot, ctx)
    return first_case


def confirmed_aangifte(qtbot, live) -> None:
    press(qtbot, "Alt+1")
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.fields["text"], "Het IND doet aangifte tegen betrokkene.")
    qtbot.keyClicks(dialog.fields["responsible"], "unit 1F")
    dialog.fields["deadline"].set_value(date(2026, 4, 1))
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, live.ctx)
    assert closed(dialog)
    for keys in ("Ctrl+Shift+I", "Ctrl+Shift+M"):
        press(qtbot, keys)
        settle(qtbot, live.ctx)
    assert live.view.secretary.finality.text() == "Definitief: bevestigd door IND en OM."


def decision_of(qtbot, live, item_id: int):
    minutes = read(qtbot, live.ctx, lambda store: MeetingQueries(store).item_minutes(item_id))
    return minutes.decisions[0]


def test_another_outcome_key_on_a_confirmed_decision_asks_and_keeps_the_old_version(qtbot, live) -> None:
    view, ctx = live.view, live.ctx
    item_id = to_first_case(qtbot, live)
    confirmed_aangifte(qtbot, live)
    before = decision_of(qtbot, live, item_id)

    # Alt+4 (geen aangifte): a warning, not a form; "Niet wijzigen" is the default and changes nothing
    press(qtbot, "Alt+4")
    box = dialog_of(live)
    assert isinstance(box, QMessageBox), type(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "bevestigd door het IND en het OM" in box.text() and before.number in box.text()
    assert "beide bevestigingen" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    settle(qtbot, ctx)
    assert closed(box)
    assert decision_of(qtbot, live, item_id) == before

    # "Besluit wijzigen…": the form of the new outcome, old values filled in, withdrawal announced
    press(qtbot, "Alt+4")
    box = dialog_of(live)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, LiveOutcomeDialog) and view.dialog.isVisible())
    form = view.dialog
    assert form.windowTitle() == "Besluit wijzigen: Geen aangifte"
    assert form.fields["text"].text() == "Het IND doet aangifte tegen betrokkene."
    assert form.notice.isVisible() and "IND en OM" in form.notice.text()
    qtbot.keyClicks(form.fields["reason"], "Geen rechtsmacht in Nederland.")
    qtbot.keyClick(form.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert closed(form)

    after = decision_of(qtbot, live, item_id)
    assert (after.number, after.outcome, after.version) == (before.number, "geen_aangifte", 2)
    assert after.reason == "Geen rechtsmacht in Nederland." and after.confirmed_by == ()
    assert "Concept: wacht op bevestiging door IND en OM" in view.secretary.finality.text()
    assert "Bevestiging ingetrokken: IND en OM" in view.message.text()
    history = read(qtbot, ctx, lambda store: MeetingQueries(store).decision_history(before.id))
    assert [(v.version, v.outcome, v.responsible) for v in history] == [(1, "aangifte", "unit 1F")]
    assert history[0].ind_confirmed_at is not None and history[0].om_confirmed_at is not None


def test_a_draft_decision_asks_too_and_the_same_key_prefills_everything(qtbot, live) -> None:
    view, ctx = live.view, live.ctx
    item_id = to_first_case(qtbot, live)
    press(qtbot, "Alt+3")  # aanhouden
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.fields["reason"], "Eerst het beroep afwachten.")
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    press(qtbot, "Alt+3")
    box = dialog_of(live)
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Question
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, LiveOutcomeDialog) and view.dialog.isVisible())
    form = view.dialog
    assert form.fields["reason"].text() == "Eerst het beroep afwachten."
    form.fields["reason"].set_text("Eerst het hoger beroep afwachten.")
    qtbot.keyClick(form.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    after = decision_of(qtbot, live, item_id)
    assert (after.reason, after.version) == ("Eerst het hoger beroep afwachten.", 2)
