"""Every screen of the live meeting, walked like the application-wide walks do: Tab reaches every
control and each has an accessible name; in Dutch no English source string shows; everything fits
1366×768 with no label cut off; the F1 sheet lists the live window's shortcuts."""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.helpers.screens import clipped_texts
from tests.helpers.ui_live import live_fixture, settle  # noqa: F401 - fixture
from tests.project.test_translations import (
    ENGLISH_WORDS,
    english_sources_with_dutch_translation,
    visible_texts,
)
from tests.ui.test_accessibility import INTERACTIVE, accessible_name, controls, tab_walk
from ui.shell.shortcuts import collect_shortcuts


def screens(qtbot, live) -> Iterator[tuple[str, QWidget]]:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    window = live.window
    window.resize(1366, 768)
    yield "not started", window
    view.start_meeting()
    settle(qtbot, ctx)
    view.take(meeting.case_item_ids[0])
    settle(qtbot, ctx)
    for state in view.test_states():
        qtbot.wait(20)
        yield state, window
    view.set_mode("both")
    for index, outcome in enumerate(view.data.outcomes):
        view.choose_outcome(outcome.key)
        dialog = view.dialog
        qtbot.waitExposed(dialog)
        yield f"outcome:{outcome.key}", dialog
        if index == 0:  # record one, so the decision panel and its buttons show
            dialog.fields["responsible"].set_text("unit 1F")
            dialog.fields["responsible"].edited.emit("unit 1F")
            dialog.ok_button.click()
            settle(qtbot, ctx)
        else:
            dialog.reject()
    yield "decision recorded", window
    for opener in (lambda: view.new_action("Stukken aanleveren"), view.record_disagreement):
        opener()
        dialog = view.dialog
        qtbot.waitExposed(dialog)
        yield type(dialog).__name__, dialog
        dialog.reject()
    view.close_meeting()
    settle(qtbot, ctx)
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    yield "closing", dialog
    dialog.reject()
    view.open_presentation(full_screen=True)
    qtbot.waitExposed(view.presentation)
    view.tick()
    yield "presentation", view.presentation
    view.close_presentation()


def test_live_screens_by_keyboard_in_dutch_and_within_the_screen(qtbot, live) -> None:
    english = english_sources_with_dutch_translation()
    import re

    word = re.compile(r"\b(" + "|".join(sorted(ENGLISH_WORDS)) + r")\b")
    problems: list[str] = []
    seen = 0
    for name, top in screens(qtbot, live):
        seen += 1
        assert shiboken6.isValid(top)
        if name != "presentation":
            reached = tab_walk(qtbot, top)
            for widget in reached:
                if isinstance(widget, INTERACTIVE) and not accessible_name(widget).strip():
                    problems.append(f"{name}: {type(widget).__name__} {widget.objectName()!r} has no name")
            for widget in controls(top):
                if widget not in reached and not any(r.focusProxy() is widget for r in reached):
                    label = accessible_name(widget) or widget.objectName() or type(widget).__name__
                    problems.append(f"{name}: {label!r} cannot be reached with Tab")
        for kind, text in visible_texts(top):
            if text in english:
                problems.append(f"{name}: {kind} shows the English source {text!r}")
            elif word.search(text):
                problems.append(f"{name}: {kind} looks English: {text!r}")
        if isinstance(top, QDialog):
            hint = top.sizeHint()
            if hint.width() > 1366 or hint.height() > 740:
                problems.append(f"{name}: dialog needs {hint.width()}×{hint.height()}")
        else:
            minimum = top.minimumSizeHint()
            if minimum.width() > 1366 or minimum.height() > 740:
                problems.append(f"{name}: needs at least {minimum.width()}×{minimum.height()}")
        problems += [f"{name}: clipped {c}" for c in clipped_texts(top)]
    assert seen >= 12
    assert not problems, "\n".join(problems)


def test_shortcut_sheet_lists_the_live_shortcuts(qtbot, live) -> None:
    rows = collect_shortcuts(live.window)
    keys = {keys for _menu, _action, keys in rows}
    native = QKeySequence.SequenceFormat.NativeText
    for expected in (
        "Alt+1",
        "Alt+5",
        "Ctrl+Shift+A",
        "Ctrl+Shift+I",
        "Ctrl+Shift+M",
        "F5",
        "Ctrl+B",
        "Alt+Right",
        "Alt+Left",
        "Ctrl+Z",
        "Ctrl+L",
        "B",
        "F1",
    ):
        shown = expected if len(expected) == 1 else QKeySequence(expected).toString(native)
        assert shown in keys, expected
    actions = {action for _menu, action, _keys in rows}
    assert "1 Aangifte…" in actions and "2 Nadere informatie…" in actions
    live.window.show_shortcuts()
    sheet = QApplication.activeModalWidget()
    assert sheet is not None
    sheet.reject()
