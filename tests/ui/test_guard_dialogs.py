"""Issue 10, point 8 (and the guard panel of point 11), per dialog of the live meeting: every
finding needs its own reason (the decision, disagreement and action dialogs alike); a valid BSN
cannot be kept at all, only removed; the meeting's own participants are not flagged in its minutes;
the guard panel never lies over its own text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from storage.meetings import MeetingQueries, MeetingService, ParticipantInput
from tests.helpers.ui_live import live_fixture, read, settle  # noqa: F401 - fixture
from tests.ui.test_decision_change import to_first_case
from tests.ui.test_live import closed, dialog_of, press
from ui.widgets.guard_panel import MAX_ROWS_HEIGHT, GuardPanel

TWO_NAMES = "Ahmed Karimi en Jan de Vries worden gehoord."
VALID_BSN = "Zijn BSN is 111222333."


def overlaps(panel: GuardPanel) -> list[str]:
    """Visible parts of the panel that lie over each other, or text squeezed below its height: the
    panel's own parts (title, findings area, hint, button) and, apart, the rows of findings."""
    found = []
    for parent in (panel, panel.rows):
        parts = [
            w
            for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.isVisible() and w is not panel.rows
        ]
        found += _overlapping(panel, parts)
    return found


def _overlapping(panel: GuardPanel, parts: list[QWidget]) -> list[str]:
    rects = {w: QRect(w.mapTo(panel, w.rect().topLeft()), w.size()) for w in parts}
    found = []
    for i, a in enumerate(parts):
        for b in parts[i + 1 :]:
            if rects[a].intersects(rects[b]):
                found.append(
                    f"{a.objectName() or type(a).__name__} over {b.objectName() or type(b).__name__}"
                )
        if isinstance(a, QLabel) and a.wordWrap() and a.height() < a.heightForWidth(a.width()):
            found.append(f"squeezed: {a.text()[:40]}")
    return found


def accepted_reasons(qtbot, live) -> list[str]:
    return sorted(
        r[0]
        for r in read(qtbot, live.ctx, lambda s: s.db.execute("SELECT reason FROM guard_accepted").fetchall())
    )


def keep_each(qtbot, dialog, reasons: list[str]) -> None:
    panel = dialog.guard_panel
    assert len(panel.reasons) == len(reasons)
    for edit, reason in zip(panel.reasons[:-1], reasons[:-1], strict=True):
        qtbot.keyClicks(edit, reason)
    assert not panel.keep_button.isEnabled()  # one reason for all is not enough: each needs its own
    qtbot.keyClicks(panel.reasons[-1], reasons[-1])
    assert panel.keep_button.isEnabled()
    qtbot.keyClick(panel.reasons[-1], Qt.Key.Key_Return)


def test_decision_dialog_needs_a_reason_per_name(qtbot, live) -> None:
    item_id = to_first_case(qtbot, live)
    press(qtbot, "Alt+1")
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.fields["text"], TWO_NAMES)
    qtbot.keyClicks(dialog.fields["responsible"], "unit 1F")
    dialog.fields["deadline"].set_value(date(2026, 4, 1))
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, live.ctx)
    assert not closed(dialog) and dialog.guard_panel.isVisible()
    assert overlaps(dialog.guard_panel) == []
    assert QApplication.focusWidget() is dialog.guard_panel.reasons[0]
    keep_each(qtbot, dialog, ["Schuilnaam uit het IND-dossier", "Medewerker van het TIM"])
    settle(qtbot, live.ctx)
    assert closed(dialog)
    decision = read(qtbot, live.ctx, lambda s: MeetingQueries(s).item_minutes(item_id).decisions[0])
    assert decision.text == TWO_NAMES
    assert accepted_reasons(qtbot, live) == ["Medewerker van het TIM", "Schuilnaam uit het IND-dossier"]


def test_disagreement_dialog_needs_a_reason_per_name(qtbot, live) -> None:
    item_id = to_first_case(qtbot, live)
    press(qtbot, "Alt+3")
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.fields["reason"], "Eerst het beroep afwachten.")
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, live.ctx)
    press(qtbot, "Ctrl+Shift+D")
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.note, TWO_NAMES)
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, live.ctx)
    assert not closed(dialog) and overlaps(dialog.guard_panel) == []
    keep_each(qtbot, dialog, ["Schuilnaam uit het IND-dossier", "Naam van een getuige-deskundige"])
    settle(qtbot, live.ctx)
    assert closed(dialog)
    decision = read(qtbot, live.ctx, lambda s: MeetingQueries(s).item_minutes(item_id).decisions[0])
    assert decision.disagreement == TWO_NAMES


def test_action_dialog_needs_a_reason_per_name_and_never_keeps_a_valid_bsn(qtbot, live) -> None:
    to_first_case(qtbot, live)
    press(qtbot, "Ctrl+Shift+N")
    dialog = dialog_of(live)
    qtbot.keyClicks(dialog.text, VALID_BSN)
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, live.ctx)
    panel = dialog.guard_panel
    assert panel.isVisible() and not panel.keep_button.isVisible()
    assert not any(edit.isVisible() for edit in panel.reasons)
    assert "kan nooit worden bewaard" in panel.hint.text()
    assert overlaps(panel) == []
    dialog.text.set_text(TWO_NAMES)
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, live.ctx)
    assert panel.keep_button.isVisible() and len(panel.reasons) == 2
    keep_each(qtbot, dialog, ["Schuilnaam uit het IND-dossier", "Medewerker van het TIM"])
    settle(qtbot, live.ctx)
    assert closed(dialog)
    actions = read(qtbot, live.ctx, lambda s: MeetingQueries(s).actions(meeting_id=live.meeting.meeting_id))
    assert [a.text for a in actions] == [TWO_NAMES]


def test_the_meetings_own_participants_are_not_flagged_in_its_minutes(qtbot, live) -> None:
    view, ctx = live.view, live.ctx
    read(
        qtbot,
        ctx,
        lambda s: MeetingService(s).add_participant(
            live.meeting.meeting_id, ParticipantInput("Fatima El Amrani", "OM", "officier van justitie")
        ),
    )
    item_id = to_first_case(qtbot, live)
    editor = view.secretary.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Fatima El Amrani licht toe. Ahmed Karimi wordt niet genoemd.")
    qtbot.waitUntil(lambda: editor.scan_current and bool(editor.findings), timeout=5000)
    flagged = [editor.text()[m.start : m.end] for m in editor.findings]
    assert flagged == ["Ahmed Karimi"]  # the participant is known; anyone else is not
    view.keeper.flush()
    settle(qtbot, ctx)
    stored = read(qtbot, ctx, lambda s: MeetingQueries(s).minutes_text(item_id))
    assert stored.startswith("Fatima El Amrani licht toe.") and "Ahmed Karimi" not in stored


def test_a_valid_bsn_in_the_live_minutes_is_withheld_and_cannot_be_kept(qtbot, live) -> None:
    view, ctx = live.view, live.ctx
    item_id = to_first_case(qtbot, live)
    editor = view.secretary.editor
    editor.setFocus()
    qtbot.keyClicks(editor, VALID_BSN)
    qtbot.waitUntil(lambda: view.secretary.guard_panel.isVisible(), timeout=5000)
    panel = view.secretary.guard_panel
    qtbot.waitUntil(lambda: editor.scan_current and not panel.keep_button.isVisible(), timeout=5000)
    assert not any(edit.isVisible() for edit in panel.reasons)
    view.keeper.flush()
    settle(qtbot, ctx)
    assert "111222333" not in read(qtbot, ctx, lambda s: MeetingQueries(s).minutes_text(item_id))


def test_many_findings_scroll_inside_a_panel_of_limited_height(qtbot, live) -> None:
    to_first_case(qtbot, live)
    press(qtbot, "Ctrl+Shift+N")
    dialog = dialog_of(live)
    addresses = [f"info{i}@voorbeeld.nl" for i in range(14)]
    dialog.text.set_text("Mail naar " + ", ".join(addresses) + ".")
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    settle(qtbot, live.ctx)
    panel = dialog.guard_panel
    qtbot.waitUntil(lambda: panel.isVisible() and len(panel.reasons) == 14, timeout=5000)
    qtbot.wait(50)
    assert panel.rows_area.height() <= MAX_ROWS_HEIGHT
    assert panel.rows_area.verticalScrollBar().maximum() > 0  # the rest scrolls
    assert panel.height() < 2 * MAX_ROWS_HEIGHT
    assert dialog.height() <= 700  # the dialog still fits a 1366x768 screen
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry()), (screen, dialog.frameGeometry())  # buttons on it
    assert overlaps(panel) == []
    viewport = panel.rows_area.viewport()
    for index, edit in enumerate(panel.reasons):
        if index:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is edit
        top_left = edit.mapTo(viewport, edit.rect().topLeft())
        assert viewport.rect().contains(QRect(top_left, edit.size())), index  # typed in view
        qtbot.keyClicks(edit, f"Functioneel adres {index} van de eenheid")
    qtbot.keyClick(panel.reasons[-1], Qt.Key.Key_Return)
    settle(qtbot, live.ctx)
    assert closed(dialog)
