"""Found in a keyboard-only walk-through of a whole meeting (Xvfb, xdotool): after a button press
that rebuilds a list, the keyboard must not land somewhere it can do harm (the attendance list,
where a space unticks someone); Ctrl+Shift+S brings back the window of a running meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from storage.meetings import MeetingQueries
from tests.helpers.ui_live import live_fixture, read, settle  # noqa: F401 - fixture
from tests.helpers.ui_meetings import settle as settle_meetings
from tests.ui import test_meetings as test_ui_meetings
from tests.ui.test_live import dialog_of
from tests.ui.test_meetings import start_next
from ui.live.window import find_live_window

setup = test_ui_meetings.setup  # the meetings area on a prepared store


def _activate(qtbot, live) -> None:
    live.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live.window, timeout=5000)


def test_closing_an_action_keeps_the_keyboard_in_the_action_list(qtbot, live) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    _activate(qtbot, live)
    view.start_meeting()
    settle(qtbot, ctx)
    view.take(meeting.case_item_ids[0])
    settle(qtbot, ctx)
    for text in ("Stukken over de eenheid aanleveren", "Ambtsbericht opvragen"):
        view.new_action(text)
        qtbot.keyClick(dialog_of(live).ok_button, Qt.Key.Key_Space)
        settle(qtbot, ctx)
    view.take(meeting.item_ids[2])  # 3. Actielijst
    settle(qtbot, ctx)
    secretary = view.secretary
    secretary.action_items.setFocus()
    secretary.action_items.setCurrentRow(0)
    for _ in range(3):  # Nieuw actiepunt, Regel wordt actiepunt, Afgehandeld
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is secretary.action_done
    qtbot.keyClick(secretary.action_done, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    focus = QApplication.focusWidget()
    assert focus is secretary.action_items, focus  # not the attendance list, where a space unticks
    assert secretary.action_items.currentItem().isSelected()  # the next action, visibly chosen
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    minutes = read(qtbot, ctx, lambda store: MeetingQueries(store).item_minutes(meeting.item_ids[2]))
    assert len(minutes.present) == len(
        read(qtbot, ctx, lambda s: MeetingQueries(s).meeting(meeting.meeting_id)).participants
    )


def test_ctrl_shift_s_brings_back_the_window_of_a_running_meeting(qtbot, setup) -> None:
    area, ctx, data = setup
    start_next(ctx, data)
    area.open_meeting(data["next"])
    settle_meetings(qtbot, ctx)
    detail = area.detail
    assert detail.live_button.isVisible() and not detail.start_button.isVisible()
    detail.builder.view.setFocus()
    qtbot.keyClick(
        detail.builder.view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: find_live_window(data["next"]) is not None, timeout=5000)
    window = find_live_window(data["next"])
    settle_meetings(qtbot, ctx)
    window.close()
    settle_meetings(qtbot, ctx)
