"""The registers across meetings through the GUI: Besluiten (filters on outcome, year, meeting and
text, the one-key aangifte filter) and Actiepunten (open or all, owner organisation, overdue; close
and reopen by keyboard; overdue in the error colour, closed struck through)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from storage.access import open_store
from storage.meetings import ActionService, MeetingQueries
from tests.helpers.common import PASSPHRASE
from tests.helpers.meetings import Services, confirm_all, run_meeting
from tests.helpers.ui_meetings import in_store, open_context, prepare_store, settle, show_active
from ui.meetings.actions_area import ActionsArea
from ui.meetings.decisions_area import DecisionsArea
from ui.style import LIGHT

TODAY = datetime(2026, 6, 1, 9, 0).astimezone()


@pytest.fixture
def ctx(qtbot, store_dir: Path, tmp_path: Path):
    data = prepare_store(store_dir)  # OT 2026-01: aanhouden (904), nadere informatie (905, A-2026-01-01)
    store = open_store(store_dir, PASSPHRASE)
    try:
        s = Services(store)
        c901, c902 = data["cases"][:2]
        earlier = run_meeting(s, date(2025, 11, 3), [c901, c902])
        items = earlier["items"]
        s.decisions.record_decision(
            items[0].id,
            "aangifte",
            responsible_organisation="IND",
            responsible="unit 1F",
            deadline="2025-12-01",
        )
        s.decisions.record_decision(items[1].id, "geen_aangifte", reason="geen aanknopingspunten in NL")
        confirm_all(s, earlier["meeting"].id)
        s.meetings.close_meeting(earlier["meeting"].id)
        previous = data["previous"]
        s.actions.create_action(
            previous, "Ambtsbericht opvragen", owner_organisation="OM", deadline="2027-01-15"
        )
        s.actions.create_action(
            previous, "Werkwijze beschrijven", owner_organisation="IND", owner_role="unit 1F"
        )
    finally:
        store.close()
    context = open_context(qtbot, store_dir, tmp_path)
    context.wall_clock = lambda: TODAY
    try:
        yield context
    finally:
        context.worker.shutdown()


def rows(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_decision_register_filters(qtbot, ctx) -> None:
    area = DecisionsArea(ctx, None)
    qtbot.addWidget(area)
    show_active(qtbot, area)
    settle(qtbot, ctx)
    numbers = [r[0] for r in rows(area.view)]
    assert numbers == ["B-2025-01-01", "B-2025-01-02", "B-2026-01-01", "B-2026-01-02"]
    first = rows(area.view)[0]
    assert first[1:8] == [
        "OT 2025-01",
        "3 november 2025",
        "C-2026-901",
        "Aangifte",
        "IND, unit 1F",
        "1 december 2025",
        "definitief",
    ]
    assert area.count.text() == "4 besluiten getoond · 1 tot aangifte · 0 nog niet definitief"

    # The aangifte filter from the keyboard (Ctrl+Shift+A), and off again.
    area.view.setFocus()
    qtbot.keyClick(
        area.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, ctx)
    assert area.aangifte.isChecked()
    assert area.outcome.currentData() == "aangifte"
    assert [r[0] for r in rows(area.view)] == ["B-2025-01-01"]
    qtbot.keyClick(
        area.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, ctx)
    assert len(rows(area.view)) == 4

    # Outcome, year and meeting.
    area.outcome.setCurrentIndex(area.outcome.findData("aanhouden"))
    settle(qtbot, ctx)
    assert [r[0] for r in rows(area.view)] == ["B-2026-01-01"]
    assert not area.aangifte.isChecked()
    area.outcome.setCurrentIndex(0)
    area.year.setCurrentIndex(area.year.findData(2025))
    settle(qtbot, ctx)
    assert [r[0] for r in rows(area.view)] == ["B-2025-01-01", "B-2025-01-02"]
    assert [area.meeting.itemText(i) for i in range(area.meeting.count())] == [
        "Alle overleggen",
        "OT 2025-01",
    ]
    area.year.setCurrentIndex(0)
    settle(qtbot, ctx)
    area.meeting.setCurrentIndex(area.meeting.findText("OT 2026-01"))
    settle(qtbot, ctx)
    assert [r[0] for r in rows(area.view)] == ["B-2026-01-01", "B-2026-01-02"]

    # Text: over number, case, responsible and the decision's own texts.
    area.clear_filters()
    settle(qtbot, ctx)
    qtbot.keyClicks(area.search, "ambtsberichten")
    assert [r[0] for r in rows(area.view)] == ["B-2026-01-02"]
    area.search.clear()
    qtbot.keyClicks(area.search, "c-2026-902")
    assert [r[0] for r in rows(area.view)] == ["B-2025-01-02"]
    area.view.selectRow(0)
    assert "Reden: geen aanknopingspunten in NL" in area.detail.text()
    qtbot.keyClick(
        area.search, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, ctx)
    assert area.search.text() == "" and len(rows(area.view)) == 4


def test_action_list_filters_close_and_reopen(qtbot, ctx) -> None:
    area = ActionsArea(ctx, None)
    qtbot.addWidget(area)
    show_active(qtbot, area)
    settle(qtbot, ctx)
    shown = rows(area.view)
    assert [r[0] for r in shown] == ["A-2026-01-01", "A-2026-01-02", "A-2026-01-03"]  # open, by deadline
    assert shown[0][1:5] == [
        "Nadere informatie aanleveren: ambtsberichten over de eenheid",
        "IND",
        "1 april 2026",
        "open, verlopen",
    ]
    assert shown[2][2] == "IND, unit 1F"
    overdue = area.view.model().index(0, 3)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == QColor(LIGHT.error)
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert area.view.model().index(1, 3).data(Qt.ItemDataRole.ForegroundRole) is None  # far ahead
    assert area.count.text() == "3 getoond · 3 open · 1 verlopen"

    # Filters: overdue only, owner organisation.
    area.overdue.setChecked(True)
    assert [r[0] for r in rows(area.view)] == ["A-2026-01-01"]
    area.overdue.setChecked(False)
    area.organisation.setCurrentIndex(area.organisation.findData("OM"))
    assert [r[0] for r in rows(area.view)] == ["A-2026-01-02"]
    area.organisation.setCurrentIndex(0)

    # Close the overdue one from the keyboard, with a note: it leaves the open list.
    area.view.setFocus()
    area.view.selectRow(0)
    qtbot.keyClicks(area.note, "ontvangen")
    area.view.setFocus()
    qtbot.keyClick(area.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    action = in_store(ctx, lambda store: MeetingQueries(store).action_by_number("A-2026-01-01"))
    assert (action.status, action.close_note) == ("done", "ontvangen")
    assert [r[0] for r in rows(area.view)] == ["A-2026-01-02", "A-2026-01-03"]
    assert area.note.text() == ""

    # All items: the closed one is struck through; Ctrl+R reopens it.
    qtbot.keyClick(
        area.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert area.scope.currentData() is False
    shown = rows(area.view)
    assert [r[0] for r in shown] == ["A-2026-01-02", "A-2026-01-03", "A-2026-01-01"]
    assert shown[2][4] == "afgehandeld op " + area.model.text(area.model.rows[-1], 4).split(" op ")[1]
    closed = area.view.model().index(2, 1)
    assert closed.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert closed.data(Qt.ItemDataRole.ForegroundRole) == QColor(LIGHT.muted)
    area.view.selectRow(2)
    assert area.reopen_button.isEnabled() and not area.done_button.isEnabled()
    qtbot.keyClick(area.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert (
        in_store(ctx, lambda store: MeetingQueries(store).action_by_number("A-2026-01-01")).status == "open"
    )
    assert area.current_action().number == "A-2026-01-01"

    # Cancelled with Ctrl+Shift+Enter.
    qtbot.keyClick(
        area.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, ctx)
    assert (
        in_store(ctx, lambda store: MeetingQueries(store).action_by_number("A-2026-01-01")).status
        == "cancelled"
    )
    assert (
        in_store(ctx, lambda store: ActionService(store).queries.actions(open_only=True))[0].number
        == "A-2026-01-02"
    )


def test_a_changed_decision_shows_its_earlier_versions(qtbot, ctx) -> None:
    """Issue 10, point 2: the version replaced through "Besluit wijzigen" stays visible."""

    def change(store) -> None:
        s = Services(store)
        d = s.q.decision_by_number("B-2025-01-02")
        s.decisions.change_decision(d.id, replaces_version=d.version, reason="toch geen rechtsmacht")

    # The register shows a meeting that already ended; reopen it, change, close again.
    def reopen_change_close(store) -> None:
        s = Services(store)
        meeting = s.q.meeting_by_number("OT 2025-01")
        s.meetings.reopen_meeting(meeting.id)
        change(store)
        confirm_all(s, meeting.id)
        s.meetings.close_meeting(meeting.id)

    in_store(ctx, reopen_change_close)
    area = DecisionsArea(ctx, None)
    qtbot.addWidget(area)
    show_active(qtbot, area)
    settle(qtbot, ctx)
    row = [r[0] for r in rows(area.view)].index("B-2025-01-02")
    area.view.selectRow(row)
    settle(qtbot, ctx)
    text = area.detail.text()
    assert "Versie 2; eerdere versies:" in text
    assert "Versie 1 (Geen aangifte), vervangen op" in text and "bevestigd door: IND, OM" in text
    assert "  geen aanknopingspunten in NL" in text
