"""Issue 10.6 and 10.11 in Casussen: Ctrl+F reaches the search from anywhere in the area, Tab in the
case form follows the visual order, ticking a ground does not move the form, and a search that hides
the open case closes it in the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.common import PASSPHRASE
from tests.helpers.screens import make_window
from tests.ui import test_cases_ui
from ui.cases.area import CasesArea

area = test_cases_ui.area  # the fixtures of the register tests
filled_store = test_cases_ui.filled_store


def _focusable(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.StrongFocus
        and w.focusProxy() is None
    ]


def test_ctrl_f_reaches_the_search_from_anywhere(qtbot, area: CasesArea) -> None:
    area.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area, timeout=5000)
    editor = area.editor
    failed = []
    for widget in _focusable(area):
        if widget is area.search:
            continue
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if QApplication.focusWidget() is not widget:
            continue
        qtbot.keyClick(widget, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        if QApplication.focusWidget() is not area.search:
            failed.append(f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()}")
    assert editor.fields["summary"] in _focusable(area)
    assert not failed, failed


def test_ctrl_f_in_the_main_window_from_the_navigation(qtbot, filled_store, tmp_path) -> None:
    """Right after unlocking the navigation list has the keyboard; Ctrl+F in Casussen must still
    reach the search (it did only from inside the area)."""
    window = make_window(qtbot, tmp_path, welcome=False, store_dir=filled_store)
    errors: list[BaseException] = []
    window.session.unlock(PASSPHRASE, errors.append)
    qtbot.waitUntil(lambda: window.workspace is not None or bool(errors), timeout=20_000)
    assert not errors
    window.show_area("cases")
    cases = window.workspace.areas["cases"]
    qtbot.waitUntil(lambda: cases.editor.case is not None, timeout=20_000)  # built in steps
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.workspace.nav.setFocus()
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is cases.search
    window.show_area("meetings")  # another area's Ctrl+F is not taken by Casussen
    window.workspace.nav.setFocus()
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is not cases.search
    window.close()
    window.ctx.worker.shutdown()


def test_tab_in_the_case_form_follows_the_visual_order(qtbot, area: CasesArea) -> None:
    editor = area.editor
    fields = editor.fields
    fields["country"].setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [fields["country"], fields["period_from"], fields["period_to"], fields["role"]], [
        w.accessibleName() for w in order
    ]


def _positions(editor) -> dict[str, int]:
    return {name: w.mapTo(editor, w.rect().topLeft()).y() for name, w in editor.fields.items()}


def test_ticking_a_ground_does_not_move_the_form(qtbot, area: CasesArea) -> None:
    editor = area.editor
    box = editor.ground_boxes["a"]
    before = _positions(editor)
    scroll = editor.form_scroll.verticalScrollBar().value()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    area.ctx.worker.wait_idle()
    qtbot.wait(50)
    area.ctx.worker.wait_idle()
    qtbot.wait(50)
    assert editor.form_scroll.verticalScrollBar().value() == scroll
    assert _positions(editor) == before
    qtbot.keyClick(box, Qt.Key.Key_Space)
    area.ctx.worker.wait_idle()
    qtbot.wait(50)
    assert _positions(editor) == before


def test_a_search_that_hides_the_open_case_closes_it_after_saving(qtbot, area: CasesArea) -> None:
    editor = area.editor
    case_id = editor.case.id
    role = editor.fields["role"]
    role.setFocus()
    role.moveCursor(role.textCursor().MoveOperation.End)
    qtbot.keyClicks(role, " laatste woorden")
    qtbot.keyClicks(area.search, "geen-enkele-casus-heeft-dit")
    qtbot.waitUntil(lambda: area.model.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: editor.case is None, timeout=5000)
    assert editor.stack.currentWidget() is editor.empty
    assert area.current_id is None
    stored = test_cases_ui.in_store(area, lambda s: test_cases_ui.CaseService(s).get(case_id))
    assert stored.role.endswith(" laatste woorden")
    area.search.clear()  # the case is found again but not opened behind the user's back
    qtbot.waitUntil(lambda: area.model.rowCount() == 40, timeout=5000)
    assert editor.case is None


def test_the_not_saved_notice_goes_when_the_problem_is_solved(qtbot, area: CasesArea) -> None:
    editor = area.editor
    first = editor.case.id
    summary = editor.fields["summary"]
    summary.setFocus()
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    qtbot.keyClicks(summary, f" BSN {test_cases_ui.BSN}")
    qtbot.waitUntil(lambda: editor.autosaver.state == "blocked", timeout=5000)
    other = next(i for i in area.model.ids if i != first)
    area.switch_to(other)
    qtbot.waitUntil(lambda: area.notice.isVisible(), timeout=5000)
    assert area.notice.objectName() == "errorText"
    for _ in range(len(f" BSN {test_cases_ui.BSN}")):  # the user takes the number out again
        qtbot.keyClick(summary, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=5000)
    qtbot.waitUntil(lambda: not area.notice.isVisible(), timeout=5000)
    assert editor.case.id == first
