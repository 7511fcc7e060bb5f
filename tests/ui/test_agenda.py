"""The agenda builder through the GUI: a new meeting from the dialog, three cases on the agenda
(returning cases suggested first), reordering by keyboard and by drag and drop, planned minutes with
the end time following at once, and fixing the agenda."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from storage.meetings import AgendaService, MeetingQueries, MeetingService
from tests.helpers.ui_meetings import (
    activate,
    in_store,
    open_context,
    prepare_store,
    settle,
    show_active,
)
from ui.meetings.agenda_builder import CASE_MIME, ITEM_MIME, AgendaBuilder
from ui.meetings.area import MeetingsArea


@pytest.fixture
def setup(qtbot, store_dir: Path, tmp_path: Path):
    data = prepare_store(store_dir)
    ctx = open_context(qtbot, store_dir, tmp_path)
    area = MeetingsArea(ctx, None)
    qtbot.addWidget(area)
    try:
        show_active(qtbot, area)
        settle(qtbot, ctx)
        yield area, ctx, data
        area.flush()
        ctx.worker.wait_idle()
        area.close()
    finally:
        ctx.worker.shutdown()


def agenda_titles(builder: AgendaBuilder) -> list[str]:
    model = builder.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def case_refs(builder: AgendaBuilder) -> list[str]:
    return [r.item.case_reference for r in builder.model.rows if r.item.kind == "case"]


def stored_refs(ctx, meeting_id: int) -> list[str]:
    agenda = in_store(ctx, lambda store: MeetingQueries(store).agenda(meeting_id))
    return [i.case_reference for i in agenda.items if i.kind == "case"]


def drop(builder: AgendaBuilder, mime: QMimeData, row: int, *, upper: bool) -> None:
    """Drag ``mime`` over the agenda and drop it on the upper or lower half of row ``row``: the
    events a real drag delivers to the view (enter, move, drop)."""
    view = builder.view
    rect = view.visualRect(builder.model.index(row, 1))
    point = QPointF(rect.center() + QPoint(0, -rect.height() // 4 if upper else rect.height() // 4))
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # Drag enter/move take an integer point in PySide6 6.11, the drop a float one.
    for event in (
        QDragEnterEvent(point.toPoint(), *args),
        QDragMoveEvent(point.toPoint(), *args),
        QDropEvent(point, *args),
    ):
        QApplication.sendEvent(view.viewport(), event)


def mime(kind: str, value: int) -> QMimeData:
    data = QMimeData()
    data.setData(kind, QByteArray(str(value).encode()))
    return data


def test_new_meeting_and_agenda_with_three_cases(qtbot, setup) -> None:
    area, ctx, data = setup
    # -- "Nieuw overleg": participants of the previous meeting are filled in -----------------------
    dialog = area.new_meeting()
    qtbot.waitUntil(dialog.create_button.isEnabled, timeout=10_000)
    form = dialog.form
    assert [p.name for p in form.participants.people][:2] == ["Voorzitter (IND)", "Secretaris (IND)"]
    assert form.marking.currentText()  # the classification marking comes from the settings
    form.place.clear()
    qtbot.keyClicks(form.place, "Den Haag, zaal 2 (fictief)")
    form.participants.table.setCurrentCell(2, 0)
    form.participants.attendance.setCurrentIndex(form.participants.attendance.findData("apologies"))
    form.participants.attendance.activated.emit(form.participants.attendance.currentIndex())
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    detail = area.detail
    qtbot.waitUntil(
        lambda: detail.meeting is not None and detail.meeting.number == "OT 2026-02", timeout=10_000
    )
    settle(qtbot, ctx)
    activate(qtbot, area)  # the dialog was the active window
    meeting = detail.meeting
    assert meeting.place == "Den Haag, zaal 2 (fictief)"
    assert [p.name for p in meeting.apologies] == ["Officier van justitie (OM)"]
    assert area.currentWidget() is detail
    builder = detail.builder
    assert agenda_titles(builder) == [
        "Opening en vaststelling agenda",
        "Verslag en besluitenlijst vorige vergadering (vaststellen)",
        "Actielijst",
        "Rondvraag",
        "Sluiting en volgende vergadering",
    ]

    # -- suggestions: returning cases first, then new ones; the open action is listed ------------
    texts = [builder.suggestions.item(i).text().split("\n")[0] for i in range(builder.suggestions.count())]
    assert texts[0] == "Terugkerend uit eerdere overleggen (2)"
    assert texts[1] == "C-2026-904 · aangehouden sinds 2 maart 2026 (OT 2026-01)"
    assert texts[2].startswith("C-2026-905 · wacht op nadere informatie sinds 2 maart 2026 (OT 2026-01)")
    assert texts[2].endswith(", uiterlijk 1 april 2026")
    assert texts[3] == "Nieuw in het register (4)"
    cases = data["cases"]
    assert builder.suggested_case_ids() == [cases[3], cases[4], cases[0], cases[1], cases[2], cases[5]]
    assert builder.suggestions.currentItem().data(Qt.ItemDataRole.UserRole) == cases[3]
    assert builder.open_actions.count() == 1
    assert builder.open_actions.item(0).text().startswith("A-2026-01-01 · IND")

    # -- three cases: Insert on the suggestion list, Enter on it, and dragged onto the agenda -----
    builder.suggestions.setFocus()
    qtbot.keyClick(builder.suggestions, Qt.Key.Key_Insert)
    settle(qtbot, ctx)
    assert case_refs(builder) == ["C-2026-904"]
    assert builder.suggestions.currentItem().data(Qt.ItemDataRole.UserRole) == cases[4]  # first now
    qtbot.keyClick(builder.suggestions, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert case_refs(builder) == ["C-2026-904", "C-2026-905"]
    new_case = data["cases"][0]  # C-2026-901, dropped before the first case (agenda row 4)
    drop(builder, mime(CASE_MIME, new_case), 3, upper=True)
    settle(qtbot, ctx)
    assert case_refs(builder) == ["C-2026-901", "C-2026-904", "C-2026-905"]
    assert stored_refs(ctx, meeting.id) == ["C-2026-901", "C-2026-904", "C-2026-905"]
    assert builder.suggested_case_ids() == [cases[1], cases[2], cases[5]]  # the rest is on the agenda

    # -- reorder by keyboard: Ctrl+Down moves C-2026-901 below C-2026-904 --------------------------
    builder.view.setFocus()
    builder.view.selectRow(3)
    qtbot.keyClick(builder.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert case_refs(builder) == ["C-2026-904", "C-2026-901", "C-2026-905"]  # on screen at once
    assert builder.current_item().case_reference == "C-2026-901"
    settle(qtbot, ctx)
    assert stored_refs(ctx, meeting.id) == ["C-2026-904", "C-2026-901", "C-2026-905"]
    qtbot.keyClick(builder.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(builder.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert [r.item.case_reference or r.item.kind for r in builder.model.rows][:4] == [
        "opening",
        "previous_minutes",
        "C-2026-901",
        "actions",
    ]
    qtbot.keyClick(builder.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)

    # -- reorder by drag: C-2026-905 dropped on the upper half of C-2026-904 ----------------------
    moving = next(r.item for r in builder.model.rows if r.item.case_reference == "C-2026-905")
    target = next(i for i, r in enumerate(builder.model.rows) if r.item.case_reference == "C-2026-904")
    drop(builder, mime(ITEM_MIME, moving.id), target, upper=True)
    assert case_refs(builder) == ["C-2026-901", "C-2026-905", "C-2026-904"]
    settle(qtbot, ctx)
    assert stored_refs(ctx, meeting.id) == ["C-2026-901", "C-2026-905", "C-2026-904"]
    assert [r.item.number for r in builder.model.rows] == list(range(1, 9))

    # -- planned minutes: the end time follows every change at once ------------------------------
    assert builder.planned_end() == time(11, 20)  # 35 standard minutes + 3 × 15 (case default)
    assert "11.20 uur" in builder.end_time.text()
    row = next(i for i, r in enumerate(builder.model.rows) if r.item.case_reference == "C-2026-905")
    builder.view.selectRow(row)
    builder.minutes.setFocus()
    builder.minutes.selectAll()
    qtbot.keyClicks(builder.minutes, "40")
    assert builder.planned_end() == time(11, 45)
    assert "11.45 uur" in builder.end_time.text()
    assert builder.model.index(row + 1, 3).data() == "11.20–11.35"  # the items after it moved on
    builder.flush()
    settle(qtbot, ctx)
    agenda = in_store(ctx, lambda store: MeetingQueries(store).agenda(meeting.id))
    assert agenda.planned_end == time(11, 45)
    assert next(i for i in agenda.items if i.case_reference == "C-2026-905").planned_minutes == 40

    # -- fix the agenda: no more changes until it is reopened ------------------------------------
    detail.fix_button.setFocus()
    qtbot.keyClick(detail.fix_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert detail.meeting.status == "agenda_vastgesteld"
    assert detail.status.text() == "Agenda vastgesteld"
    assert not builder.model.editable
    assert not builder.up_button.isEnabled() and not builder.add_case_button.isEnabled()
    assert detail.reopen_button.isVisible() and detail.start_button.isVisible()
    before = case_refs(builder)
    builder.view.setFocus()
    qtbot.keyClick(builder.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert case_refs(builder) == before
    detail.reopen_agenda()
    settle(qtbot, ctx)
    assert detail.meeting.status == "concept" and builder.model.editable


def test_agenda_of_a_fixed_meeting_refuses_a_drop(qtbot, setup) -> None:
    area, ctx, data = setup
    meeting_id = data["previous"]  # ended: its agenda is part of the record
    area.open_meeting(meeting_id)
    settle(qtbot, ctx)
    builder = area.detail.builder
    before = case_refs(builder)
    assert not builder.model.editable
    drop(builder, mime(CASE_MIME, data["cases"][0]), 0, upper=True)
    settle(qtbot, ctx)
    assert case_refs(builder) == before
    assert "live" in builder.state_hint.text() or "vergaderweergave" in builder.state_hint.text()


def test_taking_a_case_off_and_a_topic_on(qtbot, setup) -> None:
    area, ctx, data = setup
    meeting = in_store(ctx, lambda store: MeetingService(store).create_meeting("2026-04-06", "13:30"))
    in_store(ctx, lambda store: AgendaService(store).add_case_item(meeting.id, data["cases"][0]))
    area.open_meeting(meeting.id)
    settle(qtbot, ctx)
    builder = area.detail.builder
    assert case_refs(builder) == ["C-2026-901"]
    row = next(i for i, r in enumerate(builder.model.rows) if r.item.kind == "case")
    builder.view.setFocus()
    builder.view.selectRow(row)
    qtbot.keyClick(builder.view, Qt.Key.Key_Delete)
    settle(qtbot, ctx)
    assert case_refs(builder) == []
    assert any(
        builder.suggestions.item(i).text().startswith("C-2026-901")
        for i in range(builder.suggestions.count())
    )
    dialog = builder.open_add_item()
    qtbot.keyClicks(dialog.title, "Werkwijze overlegtafel")
    dialog.minutes.setValue(20)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "Werkwijze overlegtafel" in agenda_titles(builder)
    assert builder.current_item().title == "Werkwijze overlegtafel"
    assert builder.planned_end() == time(14, 25)  # 13:30 + 35 + 20
