"""Issue 10, point 3, in the live window: opening the meeting (Ctrl+Shift+S) on another day than
planned asks once; "Vandaag beginnen" records the day it is held."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication, QMessageBox

from storage.meetings import MeetingQueries
from tests.helpers.ui_live import DAY, live_fixture, read, settle  # noqa: F401 - fixture
from tests.ui.test_live import closed, dialog_of, press


def test_opening_the_meeting_a_day_late_asks_and_records_the_day(qtbot, live) -> None:
    view, ctx = live.view, live.ctx
    live.clocks.start += timedelta(days=1)  # the store's clock and the window's clock move together
    live.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live.window)
    view.chair.agenda.setFocus()

    press(qtbot, "Ctrl+Shift+S")
    box = dialog_of(live)
    assert isinstance(box, QMessageBox) and box.objectName() == "startDateQuestion"
    assert "was gepland op 5 maart 2026; vandaag is het 6 maart 2026" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    settle(qtbot, ctx)
    assert closed(box) and view.status == "agenda_vastgesteld"

    press(qtbot, "Ctrl+Shift+S")
    box = dialog_of(live)
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, ctx)
    assert view.status == "in_vergadering"
    meeting = read(qtbot, ctx, lambda store: MeetingQueries(store).meeting(live.meeting.meeting_id))
    assert meeting.date == DAY + timedelta(days=1) and meeting.started_at.date() == meeting.date
