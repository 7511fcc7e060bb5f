"""Issue 10.6 and 10.11: Ctrl+Enter saves a dialog from any field (also a multi-line text, where
Enter makes a new line, and a participant cell being edited), and the participant rows of
"Nieuw overleg" are editable where they look editable."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from storage.meetings import MeetingQueries
from tests.helpers.ui_live import live_fixture, read, settle  # noqa: F401 - fixture
from tests.helpers.ui_meetings import in_store
from tests.ui import test_meetings as test_ui_meetings
from tests.ui.test_live import dialog_of, press

setup = test_ui_meetings.setup  # the meetings area on a prepared store


def _closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_ctrl_enter_saves_the_live_action_dialog_from_its_text(qtbot, live) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    live.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live.window, timeout=5000)
    view.start_meeting()
    settle(qtbot, ctx)
    view.take(meeting.case_item_ids[0])
    settle(qtbot, ctx)
    press(qtbot, "Ctrl+Shift+N", view.secretary.editor)
    dialog = dialog_of(live)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    text = dialog.text
    text.setFocus()
    qtbot.keyClicks(text, "Stukken opvragen")
    qtbot.keyClick(text, Qt.Key.Key_Return)  # Enter is a new line in this field
    qtbot.keyClicks(text, "bij de eenheid")
    assert dialog.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5000)
    actions = read(qtbot, ctx, lambda s: MeetingQueries(s).action_list(meeting.meeting_id))
    assert any(a.text == "Stukken opvragen\nbij de eenheid" for a in actions.actions), actions


def _double_click(qtbot, table, row: int, column: int) -> None:
    """A real double click: press and release, then the second press (QTest's double click alone
    has no first press)."""
    centre = table.visualItemRect(table.item(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _new_meeting(qtbot, area, ctx):
    dialog = area.new_meeting()
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=10_000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    return dialog


def test_participant_cells_are_editable_where_they_look_editable(qtbot, setup) -> None:
    area, ctx, _data = setup
    dialog = _new_meeting(qtbot, area, ctx)
    people = dialog.form.participants
    table = people.table
    if not people.people:
        people.add_person()
    # the name cell: a double click edits it in place, as it looks
    _double_click(qtbot, table, 0, 0)
    assert table.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert editor.parentWidget() is table.viewport(), editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Plaatsvervangend voorzitter")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: people.people[0].name == "Plaatsvervangend voorzitter", timeout=5000)
    assert people.name.text() == "Plaatsvervangend voorzitter"
    # the attendance cell: a double click goes to the choice below the table
    _double_click(qtbot, table, 0, 3)
    assert QApplication.focusWidget() is people.attendance
    dialog.reject()


def test_ctrl_enter_creates_the_meeting_while_a_cell_is_edited(qtbot, setup) -> None:
    area, ctx, _data = setup
    dialog = _new_meeting(qtbot, area, ctx)
    people = dialog.form.participants
    people.add_person()
    row = len(people.people) - 1
    table = people.table
    table.setFocus()
    table.setCurrentCell(row, 2)
    table.editItem(table.item(row, 2))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "lid")
    table.setCurrentCell(row, 0)
    table.editItem(table.item(row, 0))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Officier van justitie")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=10_000)
    settle(qtbot, ctx)
    meetings = in_store(ctx, lambda s: MeetingQueries(s).list_meetings())
    newest = max(meetings, key=lambda m: m.id)
    names = in_store(
        ctx, lambda s: [(p.name, p.role) for p in MeetingQueries(s).meeting(newest.id).participants]
    )
    assert ("Officier van justitie", "lid") in names


def test_ctrl_enter_imports_from_the_preview_table(qtbot, area) -> None:
    from tests.ui.test_cases_ui import DATA
    from ui.cases.import_dialog import ImportDialog

    dialog = ImportDialog(area.ctx, area)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    dialog.load_file(DATA / "cases_mixed.csv")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 7, timeout=5000)
    dialog.view.setFocus()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog.reject()


from tests.ui import test_cases_ui  # noqa: E402 - the register fixtures

area = test_cases_ui.area
filled_store = test_cases_ui.filled_store
