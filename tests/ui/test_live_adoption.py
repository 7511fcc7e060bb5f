"""Issue 10, point 3, in the live window: the previous minutes are adopted during the meeting's item 2
("Verslag en besluitenlijst vorige vergadering"). The secretary's view offers it there (Ctrl+Shift+V),
the dialog is the main window's record panel (corrections, then "Ongewijzigd vaststellen"), all by
keyboard; afterwards the cursor is back in the minutes and the log names item 2."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.access import create_store
from storage.kdf import FAST_TEST_PARAMS
from storage.meetings import MeetingQueries
from storage.meetings.demo import insert_case
from tests.helpers.common import PASSPHRASE
from tests.helpers.meetings import PEOPLE, Services
from tests.helpers.ui_live import (
    DAY,
    Clocks,
    Live,
    Meeting,
    live_context,
    read,
    settle,
    unlock,
)
from tests.ui.test_live import dialog_of, press
from ui.live.adoption import AdoptionDialog
from ui.live.window import open_live

PREVIOUS_DAY = date(2026, 2, 5)


def _make_two_meetings(store_dir: Path, clocks: Clocks, *, confirmed: bool) -> tuple[int, Meeting]:
    """OT 2026-01 ended (one case, its decision confirmed or not) and OT 2026-02 with its agenda
    fixed."""
    store, _code = create_store(
        store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS, clock=clocks.wall
    )
    try:
        s = Services(store)
        case_id = insert_case(
            store, "C-2026-901", "Fictieve casus: commandant binnen een militie, 1994-1996."
        )
        first = s.meetings.create_meeting(PREVIOUS_DAY, "10:00", place="Den Haag", participants=PEOPLE)
        item = s.agenda.add_case_item(first.id, case_id)
        s.meetings.fix_agenda(first.id)
        s.meetings.start_meeting(first.id)
        s.minutes.save_minutes(item.id, "Het IND licht de casus toe.")
        decision = s.decisions.record_decision(item.id, "aanhouden", reason="beroep loopt")
        if confirmed:
            s.decisions.confirm_decision(decision.id, "IND")
            s.decisions.confirm_decision(decision.id, "OM")
        s.meetings.close_meeting(first.id)
        second = s.meetings.create_meeting(DAY, "10:00", place="Den Haag", participants=PEOPLE)
        s.agenda.add_case_item(second.id, case_id)
        s.meetings.fix_agenda(second.id)
        items = s.q.agenda(second.id).items
        ids = [i.id for i in items]
        cases = [i.id for i in items if i.kind == "case"]
        return first.id, Meeting(second.id, second.number, ids, cases, [case_id])
    finally:
        store.close()


@pytest.fixture(name="adopting")
def adopting_fixture(qtbot, tmp_path: Path, request):
    clocks = Clocks()
    store_dir = tmp_path / "opslag"
    confirmed = getattr(request, "param", True)
    previous_id, meeting = _make_two_meetings(store_dir, clocks, confirmed=confirmed)
    ctx = live_context(store_dir, tmp_path / "settings", clocks)
    unlock(qtbot, ctx)
    state = Live(ctx, clocks, meeting, store_dir)
    state.window = open_live(ctx, None, meeting.meeting_id)
    settle(qtbot, ctx)
    yield state, previous_id
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "liveWindow" and widget.isVisible():
            widget.close()
    settle(qtbot, ctx)
    ctx.worker.shutdown()


def _open_meeting(qtbot, live: Live) -> None:
    live.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live.window, timeout=5000)
    live.view.chair.agenda.setFocus()
    press(qtbot, "Ctrl+Shift+S")
    settle(qtbot, live.ctx)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is live.view.secretary.editor, timeout=5000)


def _press_yes_by_keyboard(qtbot, box: QMessageBox) -> None:
    yes = box.button(QMessageBox.StandardButton.Yes)
    for _ in range(4):  # the question defaults to "Niet nu": Tab to "Vaststellen"
        if QApplication.focusWidget() is yes:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is yes
    qtbot.keyClick(yes, Qt.Key.Key_Return)


def _question(qtbot, panel) -> QMessageBox:
    def shown() -> QMessageBox | None:
        boxes = [b for b in panel.findChildren(QMessageBox) if shiboken6.isValid(b) and b.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    box = shown()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=5000)
    return box


def test_item_2_adopts_the_previous_minutes_by_keyboard(qtbot, adopting) -> None:
    live, previous_id = adopting
    view, ctx, secretary = live.view, live.ctx, live.view.secretary
    _open_meeting(qtbot, live)
    assert view.timer.current == live.meeting.item_ids[0]
    assert not secretary.adoption_box.isVisible()
    press(qtbot, "Ctrl+Shift+V")  # not offered at item 1
    settle(qtbot, ctx)
    assert view.dialog is None

    press(qtbot, "Alt+Right")  # item 2: Verslag en besluitenlijst vorige vergadering
    settle(qtbot, ctx)
    assert secretary.item_id == live.meeting.item_ids[1]
    assert secretary.adoption_box.isVisible() and secretary.adopt_button.isEnabled()
    assert "OT 2026-01" in secretary.adoption_text.text()
    qtbot.keyClicks(QApplication.focusWidget(), "Het verslag wordt besproken.")

    press(qtbot, "Ctrl+Shift+V")
    dialog = dialog_of(live)
    assert isinstance(dialog, AdoptionDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    settle(qtbot, ctx)
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.adopt_button.isEnabled(), timeout=5000)
    assert panel.adopt_button.text() == "Ongewijzigd vaststellen"
    assert QApplication.focusWidget() is panel.view  # reading the minutes first

    press(qtbot, "Ctrl+Return")  # outside the correction: adopt (asks first)
    box = _question(qtbot, panel)
    assert "OT 2026-01" in box.text() and "ongewijzigd" in box.text()
    _press_yes_by_keyboard(qtbot, box)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=5000)
    settle(qtbot, ctx)

    seal = read(qtbot, ctx, lambda store: MeetingQueries(store).seal(previous_id))
    assert seal is not None and seal.sealed_in == live.meeting.number and not seal.with_amendments
    entry = read(qtbot, ctx, lambda store: store.audit.entries(action_prefix="meeting.seal", limit=1)[0])
    assert entry.detail["item"] == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is secretary.editor, timeout=5000)
    qtbot.keyClicks(secretary.editor, " Ongewijzigd vastgesteld.")
    assert secretary.editor.text() == "Het verslag wordt besproken. Ongewijzigd vastgesteld."
    assert "vastgesteld (ongewijzigd) in " + live.meeting.number in secretary.adoption_text.text()
    assert not secretary.adopt_button.isVisible()
    assert not view.action("minutes.adopt").isEnabled()


def test_a_correction_is_recorded_with_ctrl_enter_before_adopting(qtbot, adopting) -> None:
    live, previous_id = adopting
    view, ctx = live.view, live.ctx
    _open_meeting(qtbot, live)
    press(qtbot, "Alt+Right")
    settle(qtbot, ctx)
    press(qtbot, "Ctrl+Shift+V")
    dialog = dialog_of(live)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    settle(qtbot, ctx)
    panel = dialog.panel
    panel.amend_text.setFocus()
    qtbot.keyClicks(panel.amend_text, "In punt 3 staat de verkeerde termijn.")
    press(qtbot, "Ctrl+Return")  # in the correction: records it, does not adopt
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: panel.adopt_button.text() == "Vaststellen (met wijzigingen)", timeout=5000)
    minutes = read(qtbot, ctx, lambda store: MeetingQueries(store).minutes(previous_id))
    assert [a.text for a in minutes.amendments] == ["In punt 3 staat de verkeerde termijn."]
    assert read(qtbot, ctx, lambda store: MeetingQueries(store).seal(previous_id)) is None

    panel.view.setFocus()
    press(qtbot, "Ctrl+Return")
    box = _question(qtbot, panel)
    assert "1 wijziging" in box.text()
    _press_yes_by_keyboard(qtbot, box)
    settle(qtbot, ctx)
    seal = read(qtbot, ctx, lambda store: MeetingQueries(store).seal(previous_id))
    assert seal is not None and seal.with_amendments
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.secretary.editor, timeout=5000)


def test_escape_closes_the_adoption_without_adopting(qtbot, adopting) -> None:
    live, previous_id = adopting
    view, ctx = live.view, live.ctx
    _open_meeting(qtbot, live)
    press(qtbot, "Alt+Right")
    settle(qtbot, ctx)
    view.secretary.adopt_button.click()
    dialog = dialog_of(live)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    press(qtbot, "Escape")
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=5000)
    settle(qtbot, ctx)
    assert read(qtbot, ctx, lambda store: MeetingQueries(store).seal(previous_id)) is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.secretary.editor, timeout=5000)


@pytest.mark.parametrize("adopting", [False], indirect=True)
def test_confirming_in_the_dialog_moves_on_to_the_next_confirmation(qtbot, adopting) -> None:
    live, _previous_id = adopting
    view, ctx = live.view, live.ctx
    _open_meeting(qtbot, live)
    press(qtbot, "Alt+Right")
    settle(qtbot, ctx)
    press(qtbot, "Ctrl+Shift+V")
    dialog = dialog_of(live)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    settle(qtbot, ctx)
    panel = dialog.panel
    assert panel.pending_box.isVisible() and not panel.adopt_button.isEnabled()
    panel.confirm_ind.setFocus()
    qtbot.keyClick(panel.confirm_ind, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert QApplication.focusWidget() is panel.confirm_om  # not the disagreement text
    qtbot.keyClick(panel.confirm_om, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert panel.adopt_button.isEnabled()
    assert QApplication.focusWidget() is panel.adopt_button
    assert view.dialog is dialog
