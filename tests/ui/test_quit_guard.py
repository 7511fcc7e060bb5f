"""Issue 10.7: quitting mid-meeting (Ctrl+Q) asks first; quitting on the recovery-code page without
the "stored safely" tick warns, and every next start reminds the user until it is ticked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.helpers.common import PASSPHRASE
from tests.helpers.ui_live import Clocks, make_meeting, settle
from tests.ui import test_shell as test_ui_shell
from ui.live.window import find_live_window, open_live
from ui.shell.recovery_reminder import RecoveryReminder

clock = test_ui_shell.clock  # fixtures of the shell tests
make_window = test_ui_shell.make_window


def _question(window) -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return boxes[0] if boxes else None


def _answer(qtbot, box: QMessageBox, role: QMessageBox.StandardButton) -> None:
    qtbot.mouseClick(box.button(role), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)


def test_ctrl_q_in_a_running_meeting_asks_first(qtbot, make_window, tmp_path: Path) -> None:
    store_dir = tmp_path / "opslag"
    meeting = make_meeting(store_dir, Clocks())
    window = make_window(store_dir, welcome=False)
    test_ui_shell.unlock(qtbot, window)
    live = open_live(window.ctx, window, meeting.meeting_id)
    settle(qtbot, window.ctx)
    live.view.start_meeting()
    settle(qtbot, window.ctx)
    if live.view.dialog is not None and live.view.dialog.isVisible():
        live.view.dialog.accept()  # "start on another day than planned?" (the real clock runs here)
        settle(qtbot, window.ctx)
    assert live.view.status == "in_vergadering"
    live.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or live, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    box = _question(window)
    assert box is not None, "Ctrl+Q in the meeting window quit without asking"
    assert meeting.number in box.text()
    _answer(qtbot, box, QMessageBox.StandardButton.No)  # back to the meeting
    assert window.isVisible() and window.session.is_unlocked
    assert find_live_window(meeting.meeting_id) is live
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # the main window too
    box = _question(window)
    assert box is not None
    _answer(qtbot, box, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not window.session.is_unlocked
    assert find_live_window(meeting.meeting_id) is None


def _create_store(qtbot, window, store_dir: Path) -> None:
    window._create(store_dir, PASSPHRASE, True, "secretaris")
    flow = window.welcome
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.code_page, timeout=10_000)


def _reminders(window) -> list[RecoveryReminder]:
    return [w for w in window.findChildren(RecoveryReminder) if w.isVisible()]


def test_quitting_without_the_recovery_tick_warns_and_reminds(qtbot, make_window, store_dir: Path) -> None:
    window = make_window(store_dir, welcome=True)
    _create_store(qtbot, window, store_dir)
    window.close()
    box = _question(window)
    assert box is not None, "quit on the recovery-code page without the tick and without a warning"
    _answer(qtbot, box, QMessageBox.StandardButton.No)
    assert window.isVisible() and window.welcome.currentWidget() is window.welcome.code_page
    window.close()
    _answer(qtbot, _question(window), QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)

    # the next start reminds, until the user says the code is stored safely
    for _start in range(2):
        window = make_window(store_dir, welcome=False)
        test_ui_shell.unlock(qtbot, window)
        qtbot.waitUntil(lambda w=window: bool(_reminders(w)), timeout=5000)
        window.close()
    window = make_window(store_dir, welcome=False)
    test_ui_shell.unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(_reminders(window)), timeout=5000)
    reminder = _reminders(window)[0]
    qtbot.mouseClick(reminder.stored_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _reminders(window), timeout=5000)
    settle(qtbot, window.ctx)
    window.close()
    window = make_window(store_dir, welcome=False)
    test_ui_shell.unlock(qtbot, window)
    settle(qtbot, window.ctx)
    qtbot.wait(50)
    assert not _reminders(window)


def test_ticking_the_recovery_code_page_leaves_no_reminder(qtbot, make_window, store_dir: Path) -> None:
    window = make_window(store_dir, welcome=True)
    _create_store(qtbot, window, store_dir)
    page = window.welcome.code_page
    page.stored.setChecked(True)
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    window.close()
    assert _question(window) is None
    window = make_window(store_dir, welcome=False)
    test_ui_shell.unlock(qtbot, window)
    settle(qtbot, window.ctx)
    qtbot.wait(50)
    assert not _reminders(window)
