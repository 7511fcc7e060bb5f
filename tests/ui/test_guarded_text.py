"""The guarded text field on its own: scanning off the GUI thread, underlines at the right place
(also after characters outside the BMP), kept findings, one-line fields, plain-text paste, undo
routed to the form, and the override panel's keyboard path."""

from __future__ import annotations

import threading

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor

import storage.guard.scanner as scanner_module
from storage.anonymity import MIN_REASON_LENGTH, normalise_span
from ui.widgets.guard_panel import BlockedField, GuardPanel
from ui.widgets.guarded_text import GuardedTextEdit, utf16_offsets

EMAIL = "iemand@voorbeeld.nl"


def field(qtbot, **kwargs) -> GuardedTextEdit:
    widget = GuardedTextEdit("summary", "Samenvatting", **kwargs)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_scans_run_off_the_gui_thread(qtbot, monkeypatch) -> None:
    threads: list[str] = []
    real_scan = scanner_module.scan

    def recording_scan(text: str):
        threads.append(threading.current_thread().name)
        return real_scan(text)

    monkeypatch.setattr("ui.widgets.guard_scan.scan", recording_scan)
    widget = field(qtbot)
    qtbot.keyClicks(widget, f"Mail naar {EMAIL}")
    qtbot.waitUntil(lambda: bool(widget.findings), timeout=5000)
    assert threads and threading.main_thread().name not in threads
    # Typing fast is scanned once after the pause, not once per key.
    assert len(threads) <= 3


def test_underline_positions_after_astral_characters(qtbot) -> None:
    widget = field(qtbot)
    text = f"🙂 Contact: {EMAIL}"
    assert utf16_offsets(text) is not None
    widget.set_text(text)
    qtbot.waitUntil(lambda: bool(widget.findings), timeout=5000)
    [mark] = widget.findings
    assert text[mark.start : mark.end] == EMAIL
    qt_start = utf16_offsets(text)[mark.start]
    assert (qt_start, qt_start + len(EMAIL), "wave") in widget.underlined_ranges()
    assert "e-mailadres" in widget.accessibleDescription()


def test_kept_findings_are_dotted_and_not_unaccepted(qtbot) -> None:
    widget = field(qtbot)
    widget.set_text(f"Mail {EMAIL}", kept_spans={normalise_span(EMAIL)})
    qtbot.waitUntil(lambda: bool(widget.findings), timeout=5000)
    assert widget.unaccepted() == []
    assert [kind for _s, _e, kind in widget.underlined_ranges()] == ["dotted"]
    widget.set_text(f"Mail {EMAIL} en tel. 06-12345678")
    qtbot.waitUntil(lambda: len(widget.findings) == 2, timeout=5000)
    assert [m.kind for m in widget.unaccepted()] == ["phone"]


def test_programmatic_text_is_not_an_edit_but_typing_is(qtbot) -> None:
    widget = field(qtbot)
    edits: list[str] = []
    widget.edited.connect(edits.append)
    widget.set_text("geladen")
    assert edits == []
    widget.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(widget, "!")
    assert edits == ["geladen!"]


def test_one_line_field_moves_on_with_enter_and_flattens_paste(qtbot) -> None:
    widget = field(qtbot, multiline=False)
    qtbot.keyClicks(widget, "Irak")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert widget.text() == "Irak"
    mime = QMimeData()
    mime.setText(" en\n  Syrië")
    widget.moveCursor(QTextCursor.MoveOperation.End)
    widget.insertFromMimeData(mime)
    assert "\n" not in widget.text() and widget.text() == "Irak en Syrië"


def test_rich_paste_becomes_plain_text(qtbot) -> None:
    widget = field(qtbot)
    mime = QMimeData()
    mime.setHtml("<b>vet</b> <img src='x.png'>")
    mime.setText("vet")
    widget.insertFromMimeData(mime)
    assert widget.text() == "vet"


def test_undo_keys_go_to_the_form(qtbot) -> None:
    widget = field(qtbot)
    undo: list[int] = []
    redo: list[int] = []
    widget.undo_requested.connect(lambda: undo.append(1))
    widget.redo_requested.connect(lambda: redo.append(1))
    qtbot.keyClicks(widget, "abc")
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert (undo, redo) == ([1], [1])
    assert widget.text() == "abc"  # the field's own undo is off: one undo stack per form


def test_blocked_field_shows_a_border(qtbot) -> None:
    widget = field(qtbot)
    widget.set_blocked(True)
    assert widget.property("guardBlocked") is True and "B00020" in widget.styleSheet()
    widget.set_blocked(False)
    assert widget.styleSheet() == ""


def test_panel_needs_a_reason_and_works_from_the_keyboard(qtbot) -> None:
    widget = field(qtbot)
    widget.set_text(f"Mail {EMAIL}")
    qtbot.waitUntil(lambda: bool(widget.findings), timeout=5000)
    panel = GuardPanel()
    qtbot.addWidget(panel)
    panel.show_fields([BlockedField("summary", "Samenvatting", tuple(widget.unaccepted()))], ready=True)
    assert panel.isVisible()
    assert EMAIL not in panel.details.text() and "e-mailadres" in panel.details.text()
    reasons: list[str] = []
    panel.keep_requested.connect(reasons.append)
    panel.reason.setFocus()
    qtbot.keyClicks(panel.reason, "x" * (MIN_REASON_LENGTH - 1))
    qtbot.keyClick(panel.reason, Qt.Key.Key_Return)
    assert reasons == []
    qtbot.keyClicks(panel.reason, "  y")
    qtbot.keyClick(panel.reason, Qt.Key.Key_Return)
    assert reasons == ["x" * (MIN_REASON_LENGTH - 1) + " y"]
    # Not ready while a field is still being scanned.
    panel.show_fields([BlockedField("summary", "Samenvatting", ())], ready=False)
    assert not panel.keep_button.isEnabled()
    panel.show_fields([], ready=True)
    assert not panel.isVisible()
