"""The live meeting end to end, by keyboard: minutes per item, presence, aangifte for the first case,
nadere informatie for the second (an action), aanhouden for the third, IND/OM confirmations and a
disagreement, an action from a minutes line, closing the meeting; a lock in the middle of typing
loses nothing and the meeting window comes back after unlock; idle time counts activity in the
live windows; flagged text is withheld from the store until it is kept with a reason."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from storage.access import open_store
from storage.meetings import MeetingQueries
from tests.helpers.common import PASSPHRASE
from tests.helpers.ui_live import live_fixture, read, settle, unlock  # noqa: F401 - fixture
from ui.idle import IdleWatcher
from ui.live.presentation import PresentationWindow
from ui.live.window import LiveWindow, find_live_window
from ui.session import LockReason


def press(qtbot, keys: str, widget: QWidget | None = None) -> None:
    """Press a shortcut as the user would: on the widget that has the keyboard focus."""
    combo = QKeySequence(keys)[0]
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def type_minutes(qtbot, live, text: str) -> None:
    press(qtbot, "Ctrl+E")
    editor = live.view.secretary.editor
    assert QApplication.focusWidget() is editor
    for index, line in enumerate(text.split("\n")):
        if index:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)


def dialog_of(live):
    dialog = live.view.dialog
    assert dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()
    return dialog


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_live_meeting_by_keyboard(qtbot, live) -> None:
    view, ctx, clocks, meeting = live.view, live.ctx, live.clocks, live.meeting
    live.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live.window)
    view.chair.agenda.setFocus()
    clocks.advance(300)

    press(qtbot, "Ctrl+Shift+S")  # open the meeting: item 1 becomes current
    settle(qtbot, ctx)
    assert view.status == "in_vergadering"
    assert view.timer.current == meeting.item_ids[0]
    type_minutes(qtbot, live, "De voorzitter opent de vergadering. De agenda wordt vastgesteld.")
    clocks.advance(240)

    for text in ("Het verslag wordt ongewijzigd vastgesteld.", "Actie A-2026-00-01 is afgehandeld."):
        press(qtbot, "Alt+Right")
        settle(qtbot, ctx)
        type_minutes(qtbot, live, text)
        clocks.advance(300)

    # -- case 1: aangifte, one participant not there for this item ------------------------------
    press(qtbot, "Alt+Right")
    settle(qtbot, ctx)
    first_case = meeting.case_item_ids[0]
    assert view.timer.current == first_case and view.secretary.item_id == first_case
    type_minutes(qtbot, live, "Het IND licht de casus toe. Het OM acht vervolging in Nederland mogelijk.")
    press(qtbot, "Ctrl+Shift+P")
    assert QApplication.focusWidget() is view.secretary.presence
    qtbot.keyClick(view.secretary.presence, Qt.Key.Key_End)  # the police adviser
    qtbot.keyClick(view.secretary.presence, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    press(qtbot, "Alt+1")
    dialog = dialog_of(live)
    assert "Aangifte" in dialog.windowTitle()
    qtbot.keyClicks(dialog.fields["responsible"], "unit 1F")
    dialog.fields["deadline"].set_value(date(2026, 4, 1))
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert closed(dialog)
    assert "Concept: wacht op bevestiging door IND en OM" in view.secretary.finality.text()
    press(qtbot, "Ctrl+Shift+I")
    settle(qtbot, ctx)
    press(qtbot, "Ctrl+Shift+M")
    settle(qtbot, ctx)
    assert view.secretary.finality.text() == "Definitief: bevestigd door IND en OM."
    clocks.advance(14 * 60)

    # -- case 2: a minutes line becomes an action; nadere informatie ------------------------------
    press(qtbot, "Alt+Right")
    settle(qtbot, ctx)
    second_case = meeting.case_item_ids[1]
    type_minutes(
        qtbot, live, "Het OM wil de periode beter kennen.\n- Actie: OM vraagt rechtshulp na bij Duitsland"
    )
    press(qtbot, "Ctrl+Shift+A")
    dialog = dialog_of(live)
    assert dialog.text.text() == "OM vraagt rechtshulp na bij Duitsland"
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("OM"))
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert closed(dialog)
    press(qtbot, "Alt+2")
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.fields["request"], "De rol van de eenheid in de periode 1994-1996")
    dialog.fields["responsible_organisation"].setCurrentIndex(
        dialog.fields["responsible_organisation"].findData("IND")
    )
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert closed(dialog)
    press(qtbot, "Ctrl+Shift+I")
    settle(qtbot, ctx)
    press(qtbot, "Ctrl+Shift+M")
    settle(qtbot, ctx)
    assert view.secretary.action_items.count() == 2
    clocks.advance(16 * 60)

    # -- case 3: aanhouden; IND and OM disagree, the chair records it ----------------------------
    press(qtbot, "Alt+Right")
    settle(qtbot, ctx)
    third_case = meeting.case_item_ids[2]
    type_minutes(qtbot, live, "De casus wordt aangehouden tot het besluit op het naturalisatieverzoek.")
    press(qtbot, "Alt+3")
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.fields["reason"], "Eerst het besluit op het naturalisatieverzoek afwachten")
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert closed(dialog)
    press(qtbot, "Ctrl+Shift+D")
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.note, "Het OM wil niet aanhouden maar nu beslissen")
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert closed(dialog)
    assert view.secretary.finality.text() == "Definitief: verschil van inzicht vastgelegd door de voorzitter."
    clocks.advance(10 * 60)

    for _ in range(2):
        press(qtbot, "Alt+Right")
        settle(qtbot, ctx)
    type_minutes(qtbot, live, "De voorzitter sluit de vergadering.")
    press(qtbot, "Ctrl+Shift+E")
    settle(qtbot, ctx)
    dialog = dialog_of(live)
    dialog.close_button.click()
    settle(qtbot, ctx)
    assert view.status == "afgelopen"

    # -- the record -------------------------------------------------------------------------------
    minutes = read(qtbot, ctx, lambda store: MeetingQueries(store).minutes(meeting.meeting_id))
    texts = {m.item.number: m.text for m in minutes.items}
    assert texts[1].startswith("De voorzitter opent")
    assert texts[4].startswith("Het IND licht de casus toe")
    assert texts[8] == "De voorzitter sluit de vergadering."
    by_item = {m.item.id: m for m in minutes.items}
    d1, d2, d3 = (by_item[i].decisions[0] for i in (first_case, second_case, third_case))
    assert (d1.outcome, d1.responsible, d1.deadline, d1.confirmation) == (
        "aangifte",
        "unit 1F",
        date(2026, 4, 1),
        "bevestigd",
    )
    assert d2.outcome == "nadere_informatie" and d2.confirmation == "bevestigd" and d2.action_numbers
    assert d3.outcome == "aanhouden" and d3.confirmation == "verschil_van_inzicht"
    actions = by_item[second_case].actions
    assert sorted(a.text for a in actions) == [
        "Nadere informatie aanleveren: De rol van de eenheid in de periode 1994-1996",
        "OM vraagt rechtshulp na bij Duitsland",
    ]
    assert {a.owner_organisation for a in actions} == {"IND", "OM"}
    assert "Rechercheur TIM" in by_item[first_case].absent
    assert "Rechercheur TIM" in by_item[second_case].present
    spent = {m.item.number: m.item.elapsed_seconds for m in minutes.items}
    assert spent[1] == 240 and spent[4] == 14 * 60 and spent[5] == 16 * 60 and spent[6] == 10 * 60
    assert [m.item.taken_order for m in minutes.items] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert minutes.meeting.status == "afgelopen"


def test_lock_in_the_middle_of_typing_loses_nothing(qtbot, live) -> None:
    view, ctx, clocks, meeting = live.view, live.ctx, live.clocks, live.meeting
    view.start_meeting()
    settle(qtbot, ctx)
    view.take(meeting.case_item_ids[0])
    settle(qtbot, ctx)
    clocks.advance(120)
    view.secretary.editor.setFocus()
    qtbot.keyClicks(view.secretary.editor, "Eerste zin is al opgeslagen.")
    view.keeper.flush()
    settle(qtbot, ctx)
    view.open_presentation(full_screen=True)  # as on a second screen
    qtbot.waitExposed(view.presentation)
    view.toggle_blank()
    qtbot.keyClicks(view.secretary.editor, " Tweede zin wordt getypt tot het slot valt")
    assert view.keeper.pending()  # not saved yet: the autosave pause has not passed
    ctx.session.lock(LockReason.IDLE)
    qtbot.waitUntil(lambda: find_live_window(meeting.meeting_id) is None, timeout=5000)
    assert not any(
        isinstance(w, PresentationWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    settle(qtbot, ctx)

    # a separate connection sees every character
    store = open_store(live.store_dir, PASSPHRASE)
    try:
        queries = MeetingQueries(store)
        item = queries.item(meeting.case_item_ids[0])
        assert queries.minutes_text(item.id) == (
            "Eerste zin is al opgeslagen. Tweede zin wordt getypt tot het slot valt"
        )
        assert item.elapsed_seconds == 120  # the running item's time was written too
    finally:
        store.close()

    # after unlocking, the meeting window is back, on the same item, and the locked time counts
    clocks.advance(60)
    unlock(qtbot, ctx)
    qtbot.waitUntil(lambda: find_live_window(meeting.meeting_id) is not None, timeout=5000)
    window = find_live_window(meeting.meeting_id)
    settle(qtbot, ctx)
    assert window.view.timer.current == meeting.case_item_ids[0]
    assert window.view.timer.elapsed_whole(meeting.case_item_ids[0]) == 180
    assert window.view.secretary.editor.text().endswith("tot het slot valt")
    # the projector comes back as it was: still blank
    assert window.view.presentation is not None and window.view.presentation.is_blank
    live.window = window


def test_activity_in_the_live_windows_keeps_the_session_open(qtbot, live) -> None:
    view, ctx, clocks = live.view, live.ctx, live.clocks
    idle = IdleWatcher(60, clocks.mono, check_interval_ms=60_000)
    idle.idle.connect(lambda: ctx.session.lock(LockReason.IDLE))
    idle.arm()
    try:
        view.start_meeting()
        settle(qtbot, ctx)
        view.open_presentation()
        qtbot.waitExposed(view.presentation)
        clocks.advance(50)
        qtbot.keyClicks(view.secretary.editor, "typen telt")
        clocks.advance(50)
        idle.check()
        assert ctx.session.is_unlocked
        qtbot.keyClick(view.presentation, Qt.Key.Key_B)  # activity on the projector window counts too
        clocks.advance(50)
        idle.check()
        assert ctx.session.is_unlocked
        clocks.advance(11)
        idle.check()
        assert not ctx.session.is_unlocked
        qtbot.waitUntil(
            lambda: (
                not any(isinstance(w, LiveWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
            ),
            timeout=5000,
        )
    finally:
        idle.shutdown()


def test_flagged_text_is_withheld_until_kept_with_a_reason(qtbot, live) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    view.start_meeting()
    settle(qtbot, ctx)
    case_item = meeting.case_item_ids[0]
    view.take(case_item)
    settle(qtbot, ctx)
    editor = view.secretary.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Betrokkene is geboren op 12-03-1975 en woont in het buitenland.")
    qtbot.waitUntil(lambda: bool(editor.unaccepted()), timeout=5000)
    view.keeper.flush()
    settle(qtbot, ctx)
    stored = read(qtbot, ctx, lambda store: MeetingQueries(store).minutes_text(case_item))
    assert "12-03-1975" not in stored
    assert (
        stored
        == "Betrokkene is geboren op [weggelaten: mogelijk persoonsgegeven] en woont in het buitenland."
    )
    assert view.secretary.guard_panel.isVisible()
    assert editor.text().startswith("Betrokkene is geboren op 12-03-1975")  # the editor keeps it
    press(qtbot, "Ctrl+Shift+K", editor)
    assert QApplication.focusWidget() is view.secretary.guard_panel.reason
    qtbot.keyClicks(view.secretary.guard_panel.reason, "fictieve datum voor de oefening")
    qtbot.keyClick(view.secretary.guard_panel.reason, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    stored = read(qtbot, ctx, lambda store: MeetingQueries(store).minutes_text(case_item))
    assert stored == "Betrokkene is geboren op 12-03-1975 en woont in het buitenland."
    qtbot.waitUntil(lambda: not view.secretary.guard_panel.isVisible(), timeout=5000)


def test_undo_is_per_item_and_saves(qtbot, live) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    view.start_meeting()
    settle(qtbot, ctx)
    first, second = meeting.case_item_ids[:2]
    view.take(first)
    settle(qtbot, ctx)
    editor = view.secretary.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Tekst bij de eerste casus.")
    view.take(second)
    settle(qtbot, ctx)
    editor.setFocus()
    qtbot.keyClicks(editor, "Tekst bij de tweede casus.")
    press(qtbot, "Ctrl+PgUp", editor)  # the secretary goes back to the first item's minutes
    assert view.secretary.item_id == first
    assert editor.text() == "Tekst bij de eerste casus."
    press(qtbot, "Ctrl+Z", editor)
    assert editor.text() == ""
    settle(qtbot, ctx)
    qtbot.wait(500)
    settle(qtbot, ctx)
    assert read(qtbot, ctx, lambda store: MeetingQueries(store).minutes_text(first)) == ""
    assert (
        read(qtbot, ctx, lambda store: MeetingQueries(store).minutes_text(second))
        == "Tekst bij de tweede casus."
    )
    press(qtbot, "Ctrl+Shift+Z", editor)
    assert editor.text() == "Tekst bij de eerste casus."


def test_actions_are_closed_at_the_table_under_the_action_list(qtbot, live) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    view.start_meeting()
    settle(qtbot, ctx)
    view.take(meeting.case_item_ids[0])
    settle(qtbot, ctx)
    view.new_action("Stukken over de eenheid aanleveren")
    qtbot.keyClick(dialog_of(live).ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    action_item = meeting.item_ids[2]  # 3. Actielijst
    view.secretary.show_item(action_item)
    secretary = view.secretary
    assert secretary.actions_box.title() == "Actielijst"
    assert secretary.action_done.isVisible() and not secretary.action_done.isEnabled()
    secretary.action_items.setFocus()
    qtbot.keyClick(secretary.action_items, Qt.Key.Key_Down)
    secretary.action_items.setCurrentRow(0)
    assert secretary.action_done.isEnabled()
    qtbot.keyClick(secretary.action_done, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    action = read(qtbot, ctx, lambda store: MeetingQueries(store).actions(meeting_id=meeting.meeting_id))[0]
    assert (action.status, action.closed_in) == ("done", meeting.number)
    assert secretary.action_items.item(0).font().strikeOut()
    assert "(afgehandeld)" in secretary.action_items.item(0).text()


def test_a_form_refused_by_the_guard_is_kept_with_a_reason(qtbot, live) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    view.start_meeting()
    settle(qtbot, ctx)
    view.take(meeting.case_item_ids[0])
    settle(qtbot, ctx)
    view.new_action()
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.text, "Bel de contactpersoon op 06-12345678 voor de stukken")
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert dialog.isVisible() and dialog.guard_panel.isVisible()  # refused: nothing stored yet
    assert read(qtbot, ctx, lambda store: MeetingQueries(store).actions(meeting_id=meeting.meeting_id)) == ()
    assert "06-12345678" not in dialog.guard_panel.details.text()  # kinds and positions, not the data
    qtbot.keyClicks(dialog.guard_panel.reason, "algemeen nummer van de dienst, geen persoon")
    qtbot.keyClick(dialog.guard_panel.reason, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert closed(dialog)
    actions = read(qtbot, ctx, lambda store: MeetingQueries(store).actions(meeting_id=meeting.meeting_id))
    assert [a.text for a in actions] == ["Bel de contactpersoon op 06-12345678 voor de stukken"]
