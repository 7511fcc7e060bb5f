"""Issue 10.4 and 10.5: the keyboard belongs to the minutes. After opening the meeting, an unlock, the
projector or a dialog, typing goes into the minutes editor; a navigation button never keeps the
focus (a space on "◀ Vorige" moved the meeting back one item); the projector never covers the laptop
screen it is run from, Esc closes it, and an unlock does not bring it to the front."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from tests.helpers.ui_live import live_fixture, settle, unlock  # noqa: F401 - fixture
from tests.ui.test_live import dialog_of, press
from ui.live.presentation import PresentationWindow
from ui.live.window import find_live_window
from ui.session import LockReason


def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def _in_minutes(live) -> bool:
    return QApplication.focusWidget() is live.view.secretary.editor


def _open_and_take_second_case(qtbot, live) -> int:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    _activate(qtbot, live.window)
    view.start_meeting()
    settle(qtbot, ctx)
    item_id = meeting.case_item_ids[1]
    view.take(item_id)
    settle(qtbot, ctx)
    return item_id


def test_opening_the_meeting_puts_the_cursor_in_the_minutes(qtbot, live) -> None:
    _activate(qtbot, live.window)
    live.view.chair.agenda.setFocus()
    press(qtbot, "Ctrl+Shift+S")
    settle(qtbot, live.ctx)
    qtbot.waitUntil(lambda: live.view.timer.current == live.meeting.item_ids[0])
    assert _in_minutes(live), QApplication.focusWidget()


def test_space_after_unlock_types_and_never_moves_the_meeting_back(qtbot, live) -> None:
    ctx, meeting = live.ctx, live.meeting
    item_id = _open_and_take_second_case(qtbot, live)
    ctx.session.lock(LockReason.IDLE)
    qtbot.waitUntil(lambda: find_live_window(meeting.meeting_id) is None, timeout=5000)
    settle(qtbot, ctx)
    unlock(qtbot, ctx)
    qtbot.waitUntil(lambda: find_live_window(meeting.meeting_id) is not None, timeout=5000)
    live.window = find_live_window(meeting.meeting_id)
    settle(qtbot, ctx)
    _activate(qtbot, live.window)
    qtbot.waitUntil(lambda: _in_minutes(live), timeout=5000)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClicks(QApplication.focusWidget(), "Verder.")
    settle(qtbot, ctx)
    assert live.view.timer.current == item_id
    assert live.view.secretary.item_id == item_id
    assert live.view.secretary.editor.text().endswith("   Verder.")


def test_navigation_buttons_never_take_the_keyboard(qtbot, live) -> None:
    item_id = _open_and_take_second_case(qtbot, live)
    view = live.view
    view.focus_minutes()
    chair = view.chair
    buttons = [chair.start_button, chair.previous_button, chair.next_button, chair.pause_button]
    buttons += [chair.take_button, chair.present_button, chair.blank_button, *view.mode_widgets.values()]
    for button in buttons:
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus, button.text()
    qtbot.mouseClick(chair.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, live.ctx)
    assert view.timer.current != item_id
    assert _in_minutes(live), QApplication.focusWidget()
    qtbot.mouseClick(chair.previous_button, Qt.MouseButton.LeftButton)
    settle(qtbot, live.ctx)
    assert view.timer.current == item_id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert view.timer.current == item_id
    # nothing in the live window that moves the meeting can be reached with Tab either
    reached = set()
    view.chair.agenda.setFocus()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert not [w for w in reached if isinstance(w, QPushButton) and w in buttons]


def test_closing_a_dialog_returns_to_the_minutes(qtbot, live) -> None:
    _open_and_take_second_case(qtbot, live)
    view = live.view
    view.chair.agenda.setFocus()
    press(qtbot, "Ctrl+Shift+N")  # a new action
    dialog = dialog_of(live)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: _in_minutes(live), timeout=5000)


def _presentations() -> list[PresentationWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PresentationWindow) and w.isVisible()]


def test_one_screen_shows_a_preview_not_a_full_screen_cover(qtbot, live) -> None:
    assert len(QGuiApplication.screens()) == 1  # the offscreen platform: the laptop alone
    _open_and_take_second_case(qtbot, live)
    view = live.view
    press(qtbot, "F5", view.secretary.editor)
    assert view.presentation is not None
    assert not view.presentation.isFullScreen()
    assert view.presentation.window() is live.window  # inside the chair's view, not a window
    assert view.chair.preview.isVisible()
    assert _presentations() == []
    assert view.presentation.title.text()  # it shows the slide
    assert _in_minutes(live)
    press(qtbot, "F5")
    assert view.presentation is None and not view.chair.preview.isVisible()
    assert _in_minutes(live)


def test_escape_closes_the_presentation_and_the_minutes_get_the_keyboard(qtbot, live) -> None:
    _open_and_take_second_case(qtbot, live)
    view = live.view
    view.open_presentation(full_screen=True)  # as on a second screen
    window = view.presentation
    assert window is not None and window.isWindow()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.presentation is None, timeout=5000)
    assert _presentations() == []
    qtbot.waitUntil(lambda: _in_minutes(live), timeout=5000)


def test_unlocking_does_not_bring_the_projector_to_the_front(qtbot, live) -> None:
    ctx, meeting = live.ctx, live.meeting
    _open_and_take_second_case(qtbot, live)
    live.view.open_presentation(full_screen=True)
    qtbot.waitExposed(live.view.presentation)
    ctx.session.lock(LockReason.IDLE)
    qtbot.waitUntil(lambda: find_live_window(meeting.meeting_id) is None, timeout=5000)
    settle(qtbot, ctx)
    unlock(qtbot, ctx)
    qtbot.waitUntil(lambda: find_live_window(meeting.meeting_id) is not None, timeout=5000)
    live.window = find_live_window(meeting.meeting_id)
    settle(qtbot, ctx)
    presentation = live.view.presentation
    assert presentation is not None and presentation.isVisible()
    qtbot.waitUntil(lambda: _in_minutes(live), timeout=5000)
    assert QApplication.activeWindow() is live.window


def test_f6_puts_the_cursor_in_the_minutes_from_anywhere(qtbot, live) -> None:
    _open_and_take_second_case(qtbot, live)
    view = live.view
    view.chair.agenda.setFocus()
    press(qtbot, "F6")
    assert _in_minutes(live)
    view.set_mode("chair")
    view.chair.agenda.setFocus()
    press(qtbot, "F6")  # the secretary's view comes back beside the chair's
    assert view.mode == "both" and _in_minutes(live)


def _ticks(view) -> list[bool]:
    presence = view.secretary.presence
    return [presence.item(r).checkState() == Qt.CheckState.Checked for r in range(presence.count())]


def test_space_in_the_attendance_list_never_ticks_a_row_it_does_not_show(qtbot, live) -> None:
    _open_and_take_second_case(qtbot, live)
    view, ctx = live.view, live.ctx
    presence = view.secretary.presence
    before = _ticks(view)
    # the list gets the keyboard with no row chosen (a click beside the rows, a dialog closing)
    presence.setCurrentRow(-1)
    presence.clearSelection()
    presence.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(presence, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert _ticks(view) == before  # nothing ticked behind the user's back
    row = presence.currentRow()
    assert row >= 0 and presence.item(row).isSelected()  # the row is shown first
    qtbot.keyClick(presence, Qt.Key.Key_Space)  # now it ticks the row the user sees
    settle(qtbot, ctx)
    assert _ticks(view)[row] != before[row]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Esc: back to the minutes
    assert _in_minutes(live)


def test_ctrl_shift_p_then_escape_returns_to_the_minutes(qtbot, live) -> None:
    _open_and_take_second_case(qtbot, live)
    view = live.view
    view.focus_minutes()
    press(qtbot, "Ctrl+Shift+P")
    presence = view.secretary.presence
    assert QApplication.focusWidget() is presence
    assert presence.currentItem() is not None and presence.currentItem().isSelected()
    press(qtbot, "Escape")
    assert _in_minutes(live)


def test_the_preview_is_shown_also_from_the_secretarys_view(qtbot, live) -> None:
    _open_and_take_second_case(qtbot, live)
    view = live.view
    view.set_mode("secretary")
    press(qtbot, "F5", view.secretary.editor)
    assert view.presentation is not None and view.presentation.isVisible()  # not hidden in the chair's view
    assert view.mode == "both"
    assert _in_minutes(live)
