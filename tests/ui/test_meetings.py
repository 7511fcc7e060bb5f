"""The meetings area through the GUI: the list with the upcoming meeting highlighted, the adoption
of the previous minutes at the next meeting (an amendment that also replaces an item's minutes,
"Vaststellen (met wijzigingen)", the sealed record read-only with its fingerprint, an addendum
afterwards), the anonymity guard on a correction, the meeting data form, and accessible names."""

from __future__ import annotations

import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.errors import SealedRecord
from storage.meetings import (
    AdoptionService,
    AgendaService,
    DecisionService,
    MeetingQueries,
    MeetingService,
    MeetingSummary,
    MinutesService,
)
from tests.helpers.ui_meetings import in_store, open_context, prepare_store, settle, show_active
from tests.ui.test_accessibility import INTERACTIVE, accessible_name, inside_another_control
from ui.meetings import detail as detail_module
from ui.meetings.area import FIT_ROWS, PLACE_COLUMN, ListData, MeetingsArea

BSN = "123456789"


@pytest.fixture
def setup(qtbot, store_dir: Path, tmp_path: Path):
    data = prepare_store(store_dir)
    ctx = open_context(qtbot, store_dir, tmp_path)
    data["next"] = in_store(
        ctx, lambda store: MeetingService(store).create_meeting("2026-04-06", "10:00", place="Den Haag").id
    )
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


def start_next(ctx, data) -> None:
    """Adoption belongs in the next meeting: it must be in session."""
    for step in ("fix_agenda", "start_meeting"):
        in_store(ctx, lambda store, step=step: getattr(MeetingService(store), step)(data["next"]))


def open_previous_minutes(qtbot, area: MeetingsArea, ctx, meeting_id: int):
    area.open_meeting(meeting_id)
    settle(qtbot, ctx)
    detail = area.detail
    assert detail.tabs.isTabVisible(2)
    assert detail.tabs.tabText(2) == "Vorig verslag (OT 2026-01)"
    detail.tabs.setCurrentIndex(2)
    settle(qtbot, ctx)
    return detail.previous_panel


def test_list_highlights_the_upcoming_meeting(qtbot, setup) -> None:
    area, ctx, data = setup
    listing = area.list
    assert [m.number for m in listing.model.rows] == ["OT 2026-02", "OT 2026-01"]
    assert listing.current().id == data["next"]  # the upcoming meeting is chosen
    index = listing.model.index(0, 4)
    assert index.data() == "Agenda in concept · eerstvolgend"
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert listing.model.index(1, 4).data() == "Afgelopen (verslag concept)"
    assert not isinstance(listing.model.index(1, 0).data(Qt.ItemDataRole.FontRole), QFont)
    assert listing.upcoming_label.text().startswith("Eerstvolgend: OT 2026-02 op 6 april 2026 om 10.00 uur")
    listing.view.setFocus()
    qtbot.keyClick(listing.view, Qt.Key.Key_Down)
    qtbot.keyClick(listing.view, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert area.currentWidget() is area.detail
    assert area.detail.meeting.number == "OT 2026-01"
    assert area.detail.tabs.isTabVisible(3)  # its own (concept) minutes
    qtbot.keyClick(area.detail.builder.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, ctx)
    assert area.currentWidget() is area.list


def test_adoption_waits_until_the_next_meeting_is_in_session(qtbot, setup) -> None:
    area, ctx, data = setup
    panel = open_previous_minutes(qtbot, area, ctx, data["next"])
    assert panel.amend_box.isVisible() and panel.adopt_button.isVisible()
    assert not panel.adopt_button.isEnabled()
    assert "tijdens OT 2026-02, bij agendapunt 2" in panel.adopt_hint.text()
    assert panel.confirm_adoption() is None
    qtbot.mouseClick(panel.adopt_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert in_store(ctx, lambda store: MeetingQueries(store).seal(data["previous"])) is None
    start_next(ctx, data)
    area.detail.reload()
    settle(qtbot, ctx)
    assert panel.adopt_button.isEnabled()
    box = panel.confirm_adoption()
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, ctx)
    seal = in_store(ctx, lambda store: MeetingQueries(store).seal(data["previous"]))
    assert seal is not None and seal.sealed_in == "OT 2026-02"


def test_a_next_meeting_that_ended_cannot_adopt_until_reopened(qtbot, setup) -> None:
    area, ctx, data = setup
    start_next(ctx, data)
    in_store(ctx, lambda store: MeetingService(store).close_meeting(data["next"]))
    panel = open_previous_minutes(qtbot, area, ctx, data["next"])
    assert not panel.adopt_button.isEnabled()
    assert panel.adopt_hint.text() == (
        "OT 2026-02 is afgelopen zonder dit verslag vast te stellen: heropen OT 2026-02 om het daarin "
        "vast te stellen."
    )


def test_adopt_previous_minutes_with_an_amendment(qtbot, setup) -> None:
    area, ctx, data = setup
    start_next(ctx, data)
    panel = open_previous_minutes(qtbot, area, ctx, data["next"])
    assert panel.amend_box.isVisible() and panel.adopt_button.isVisible()
    assert not panel.addendum_box.isVisible()
    assert panel.adopt_button.text() == "Ongewijzigd vaststellen"
    shown = panel.view.toPlainText()
    assert "Het OM vraagt om aanvullende ambtsberichten." in shown
    assert "Besluit B-2026-01-02: Nadere informatie (definitief)" in shown

    # A correction of item 5 (C-2026-905) that also replaces its minutes.
    item_id = data["items"][1]
    panel.item.setCurrentIndex(panel.item.findData(item_id))
    panel.amend_text.setFocus()
    qtbot.keyClicks(panel.amend_text, "Toegevoegd dat het OM ook de periode wil weten.")
    panel.replace.setChecked(True)
    assert panel.new_minutes.text() == "Het OM vraagt om aanvullende ambtsberichten."
    panel.new_minutes.setFocus()
    panel.new_minutes.moveCursor(panel.new_minutes.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.new_minutes, " Ook de periode van de functie.")
    qtbot.mouseClick(panel.amend_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert panel.amendments.count() == 1
    assert panel.amendments.item(0).text() == "punt 5: Toegevoegd dat het OM ook de periode wil weten."
    assert panel.amend_text.text() == ""
    assert panel.adopt_button.text() == "Vaststellen (met wijzigingen)"
    assert "Ook de periode van de functie." in panel.view.toPlainText()

    # "Vaststellen (met wijzigingen)" asks first, then seals.
    box = panel.confirm_adoption()
    assert "met 1 wijziging(en)" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, ctx)
    minutes = in_store(ctx, lambda store: MeetingQueries(store).minutes(data["previous"]))
    seal = minutes.meeting.seal
    assert seal is not None and seal.with_amendments and seal.sealed_in == "OT 2026-02"
    assert (
        minutes.items[4].text == "Het OM vraagt om aanvullende ambtsberichten. Ook de periode van de functie."
    )
    assert [a.text for a in minutes.amendments] == ["Toegevoegd dat het OM ook de periode wil weten."]

    # The sealed record: read-only, with its fingerprint; corrections only as addenda.
    assert panel.seal.isVisible() and seal.fingerprint in panel.seal.text()
    assert panel.seal.text().startswith("Vastgesteld (met wijzigingen) op")
    assert not panel.amend_box.isVisible() and not panel.adopt_button.isVisible()
    assert panel.addendum_box.isVisible()
    assert panel.view.isReadOnly()
    assert "Het verslag is met wijzigingen vastgesteld." in panel.view.toPlainText()
    with pytest.raises(SealedRecord):
        in_store(ctx, lambda store: MinutesService(store).save_minutes(item_id, "anders"))

    panel.addendum_item.setCurrentIndex(panel.addendum_item.findData(item_id))
    panel.addendum_text.setFocus()
    qtbot.keyClicks(panel.addendum_text, "De gevraagde periode is 1994-1996.")
    qtbot.mouseClick(panel.addendum_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    addenda = in_store(ctx, lambda store: MeetingQueries(store).addenda(data["previous"]))
    assert [(a.text, a.item_number, a.seal_fingerprint) for a in addenda] == [
        ("De gevraagde periode is 1994-1996.", 5, seal.fingerprint)
    ]
    assert "Addendum: De gevraagde periode is 1994-1996." in panel.view.toPlainText()
    # The fingerprint of the sealed record did not change.
    assert (
        in_store(ctx, lambda store: MeetingQueries(store).seal(data["previous"])).fingerprint
        == seal.fingerprint
    )


def test_adoption_waits_for_confirmed_decisions(qtbot, setup) -> None:
    area, ctx, data = setup
    decisions = in_store(ctx, lambda store: MeetingQueries(store).decisions(meeting_id=data["previous"]))
    for decision in decisions:
        in_store(ctx, lambda store, d=decision: DecisionService(store).withdraw_confirmation(d.id, "OM"))
    start_next(ctx, data)
    panel = open_previous_minutes(qtbot, area, ctx, data["next"])
    assert not panel.adopt_button.isEnabled()
    assert "B-2026-01-01, B-2026-01-02" in panel.adopt_hint.text()
    assert panel.pending_box.isVisible() and panel.pending.count() == 2
    assert (
        panel.pending.item(0).text()
        == "B-2026-01-01 (C-2026-904): Aanhouden — IND bevestigd, OM niet bevestigd"
    )

    # The OM confirms the first; the chair records a disagreement on the second.
    assert not panel.confirm_ind.isEnabled() and panel.confirm_om.isEnabled()
    qtbot.mouseClick(panel.confirm_om, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert panel.pending.count() == 1 and panel.pending.item(0).text().startswith("B-2026-01-02")
    panel.disagreement.setFocus()
    qtbot.keyClicks(panel.disagreement, "OM ziet geen rechtsmacht, IND wel")
    qtbot.mouseClick(panel.disagree_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not panel.pending_box.isVisible()
    assert panel.adopt_button.isEnabled()
    final = in_store(ctx, lambda store: MeetingQueries(store).decisions(meeting_id=data["previous"]))
    assert [d.confirmation for d in final] == ["bevestigd", "verschil_van_inzicht"]


def test_a_correction_with_personal_data_needs_a_reason(qtbot, setup) -> None:
    area, ctx, data = setup
    panel = open_previous_minutes(qtbot, area, ctx, data["next"])
    panel.amend_text.setFocus()
    qtbot.keyClicks(panel.amend_text, f"BSN {BSN} verwijderd uit de tekst.")
    qtbot.mouseClick(panel.amend_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert panel.amend_panel.isVisible()
    assert (
        "Burgerservicenummer" in panel.amend_panel.details.text() or "BSN" in panel.amend_panel.details.text()
    )
    assert in_store(ctx, lambda store: AdoptionService(store).queries.amendments(data["previous"])) == ()
    qtbot.keyClicks(panel.amend_panel.reason, "fictief testnummer")
    qtbot.mouseClick(panel.amend_panel.keep_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not panel.amend_panel.isVisible()
    amendments = in_store(ctx, lambda store: MeetingQueries(store).amendments(data["previous"]))
    assert len(amendments) == 1
    audit = in_store(
        ctx, lambda store: [tuple(r) for r in store.db.execute("SELECT action, detail FROM audit_log")]
    )
    overrides = [detail for action, detail in audit if action == "guard.override"]
    assert overrides and all(BSN not in detail for detail in overrides)


def test_meeting_data_and_attendance_are_saved(qtbot, setup) -> None:
    area, ctx, data = setup
    area.open_meeting(data["next"])
    settle(qtbot, ctx)
    detail = area.detail
    detail.tabs.setCurrentWidget(detail.data_page)
    form = detail.form
    form.chair.setFocus()
    qtbot.keyClicks(form.chair, "Voorzitter 1F")
    editor = form.participants
    editor.add_person()
    qtbot.keyClicks(editor.name, "Rechercheur TIM")
    editor.organisation.setCurrentIndex(editor.organisation.findData("other"))
    editor.organisation.activated.emit(editor.organisation.currentIndex())
    assert editor.organisation_name.isEnabled()
    qtbot.keyClicks(editor.organisation_name, "Politie")
    editor.attendance.setCurrentIndex(editor.attendance.findData("apologies"))
    editor.attendance.activated.emit(editor.attendance.currentIndex())
    qtbot.keyClick(form.chair, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    meeting = in_store(ctx, lambda store: MeetingQueries(store).meeting(data["next"]))
    assert meeting.chair == "Voorzitter 1F"
    added = meeting.participants[-1]
    assert (added.name, added.organisation, added.organisation_name, added.attendance) == (
        "Rechercheur TIM",
        "other",
        "Politie",
        "apologies",
    )
    assert detail.saved_hint.text() == "Opgeslagen."
    assert "voorzitter: Voorzitter 1F" in detail.info.text()


def test_every_control_has_an_accessible_name(qtbot, setup) -> None:
    area, ctx, data = setup
    problems: list[str] = []

    def check(screen: str) -> None:
        for widget in area.findChildren(QWidget):
            if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(area):
                continue
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or inside_another_control(widget, area):
                continue
            if not accessible_name(widget).strip():
                problems.append(f"{screen}: {type(widget).__name__} {widget.objectName()!r}")

    check("list")
    area.open_meeting(data["next"])
    settle(qtbot, ctx)
    for index in range(area.detail.tabs.count()):
        if area.detail.tabs.isTabVisible(index):
            area.detail.tabs.setCurrentIndex(index)
            settle(qtbot, ctx)
            check(f"tab {index}")
    area.open_meeting(data["previous"])
    settle(qtbot, ctx)
    area.detail.tabs.setCurrentIndex(3)
    check("own minutes")
    assert not problems, "\n".join(problems)


def test_start_opens_the_live_view_and_documents_are_requested(qtbot, setup, monkeypatch) -> None:
    area, ctx, data = setup
    opened: list[tuple] = []
    printed: list[tuple] = []
    monkeypatch.setattr(detail_module, "live_opener", lambda: lambda c, parent, mid: opened.append((c, mid)))
    monkeypatch.setattr(detail_module, "document_opener", lambda: lambda c, parent, req: printed.append(req))
    in_store(ctx, lambda store: AgendaService(store).add_case_item(data["next"], data["cases"][3]))
    ctx.wall_clock = lambda: datetime(2026, 4, 6, 9, 55).astimezone()  # the planned day: no question
    area.open_meeting(data["next"])
    settle(qtbot, ctx)
    detail = area.detail
    qtbot.mouseClick(detail.fix_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert detail.start_button.isVisible() and detail.start_button.isEnabled()
    detail.builder.view.setFocus()
    qtbot.keyClick(
        detail.builder.view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, ctx)
    assert detail.meeting.status == "in_vergadering"
    assert opened == [(ctx, data["next"])]
    assert detail.live_button.isVisible()
    buttons = dict((b.text(), b) for _kind, b in detail.document_buttons)
    qtbot.mouseClick(buttons["Besluitenlijst"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Agenda voorzitter"], Qt.MouseButton.LeftButton)
    assert [(r.kind, r.meeting_id, r.chair_version) for r in printed] == [
        ("besluitenlijst", data["next"], False),
        ("agenda", data["next"], True),
    ]
    assert not buttons["Verslag"].isEnabled()  # no minutes to print before the meeting ended


def test_starting_on_another_day_asks_once_and_records_the_day(qtbot, setup, monkeypatch) -> None:
    area, ctx, data = setup
    opened: list[int] = []
    monkeypatch.setattr(detail_module, "live_opener", lambda: lambda c, parent, mid: opened.append(mid))
    today = date.today()
    ctx.wall_clock = lambda: datetime.now().astimezone()
    area.open_meeting(data["next"])  # planned for 6 April 2026
    settle(qtbot, ctx)
    detail = area.detail
    qtbot.mouseClick(detail.fix_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)

    box = detail.start_meeting()
    assert box is not None and box.isVisible()
    assert "OT 2026-02 was gepland op 6 april 2026" in box.text()
    box.button(QMessageBox.StandardButton.No).click()  # "Nu niet": nothing happens
    settle(qtbot, ctx)
    assert detail.meeting.status == "agenda_vastgesteld" and opened == []

    qtbot.mouseClick(detail.start_button, Qt.MouseButton.LeftButton)
    box = next(w for w in detail.findChildren(QMessageBox) if w.isVisible())
    assert box.objectName() == "startDateQuestion"
    box.button(QMessageBox.StandardButton.Yes).click()  # "Vandaag beginnen"
    settle(qtbot, ctx)
    meeting = in_store(ctx, lambda store: MeetingQueries(store).meeting(data["next"]))
    assert (meeting.status, meeting.date, meeting.number) == ("in_vergadering", today, "OT 2026-02")
    assert opened == [data["next"]]
    assert detail.start_meeting() is None  # asked once: started now


def test_planned_minutes_are_saved_before_a_lock(qtbot, setup) -> None:
    area, ctx, data = setup
    area.open_meeting(data["next"])
    settle(qtbot, ctx)
    builder = area.detail.builder
    builder.view.selectRow(0)
    builder.minutes.setValue(25)
    assert builder._pending  # not saved yet: the save waits for a pause in typing
    area.flush()  # what the session calls before it locks
    settle(qtbot, ctx)
    agenda = in_store(ctx, lambda store: MeetingQueries(store).agenda(data["next"]))
    assert agenda.items[0].planned_minutes == 25


def test_the_list_is_read_once_when_the_area_first_shows(
    qtbot, store_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    import ui.meetings.area as area_module

    prepare_store(store_dir)
    ctx = open_context(qtbot, store_dir, tmp_path)
    reads: list[int] = []
    real = area_module.load_list

    def counted(store: object) -> object:
        reads.append(1)
        return real(store)  # type: ignore[arg-type]

    monkeypatch.setattr(area_module, "load_list", counted)
    area = MeetingsArea(ctx, None)
    qtbot.addWidget(area)
    try:
        show_active(qtbot, area)
        settle(qtbot, ctx)
        # Built and then shown at unlock, the list used to be read twice; the second answer came
        # late, in whatever turn the user had started by then (issue 17).
        assert len(reads) == 1
        assert area.list.model.rows
    finally:
        area.close()
        ctx.worker.shutdown()


def _summaries(count: int) -> tuple[MeetingSummary, ...]:
    return tuple(
        MeetingSummary(
            id=n + 1,
            number=f"OT {2026 - n // 12}-{n % 12 + 1:02d}",
            date=date(2026 - n // 12, n % 12 + 1, 9),
            start_time=time(10, 0),
            place="Den Haag, Rijnstraat 8 & <zaal 3>" if n % 7 == 0 else "Den Haag",
            status="closed",
            marking="",
            case_items=n % 13,
            decisions=n % 11,
            sealed=False,
        )
        for n in range(count)
    )


def test_a_long_list_arrives_without_asking_the_model_cell_by_cell(qtbot, setup) -> None:
    """500 meetings: placing the list used to ask data() for every role of 40 rows (ResizeToContents,
    some 1,900 Python calls, 24 ms in one turn; issue 17). Now the widths are measured once from the
    texts, and no text of the first rows is cut off."""
    area, _ctx, _data = setup
    listing = area.list
    meetings = _summaries(500)
    upcoming = listing.upcoming
    calls: list[str] = []

    def profile(frame: Any, event: str, _arg: object) -> None:
        if (
            event == "call"
            and frame.f_code.co_name == "data"
            and frame.f_code.co_filename.endswith("area.py")
        ):
            calls.append(frame.f_code.co_name)

    sys.setprofile(profile)
    try:
        listing._loaded(listing._generation, ListData(meetings, upcoming), None)
    finally:
        sys.setprofile(None)
    assert calls == []
    assert listing.model.rowCount() == 500
    qtbot.wait(50)
    view = listing.view
    plain = view.fontMetrics()
    for column in range(listing.model.columnCount()):
        if column == PLACE_COLUMN:
            continue
        widest = max(plain.horizontalAdvance(listing.model.text(m, column)) for m in meetings[:FIT_ROWS])
        assert view.columnWidth(column) > widest, listing.model.COLUMNS[column]
        heading = view.horizontalHeader().sectionSizeHint(column)
        assert view.columnWidth(column) >= heading
