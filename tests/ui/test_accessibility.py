"""Keyboard only: on every screen, Tab reaches every control, and every control it reaches has an
accessible name (as a screen reader would announce it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.helpers.screens import walk

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return name or widget.accessibleName()


def inside_another_control(widget: QWidget, top: QWidget) -> bool:
    """The line edit inside a combo or spin box is part of that control, not a control of its own."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def controls(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is top
        and not inside_another_control(w, top)
    ]


def tab_walk(qtbot, top: QWidget, limit: int = 200) -> list[QWidget]:
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=5000)
    first = top.focusWidget() or top.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        if focus in seen:
            break
        seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return seen


def test_every_screen_by_keyboard_with_names(qtbot, tmp_path: Path) -> None:
    problems: list[str] = []
    for screen, top in walk(qtbot, tmp_path):
        reached = tab_walk(qtbot, top)
        for widget in reached:
            if isinstance(widget, INTERACTIVE) and not accessible_name(widget).strip():
                problems.append(
                    f"{screen}: {type(widget).__name__} {widget.objectName()!r} has no accessible name"
                )
        for widget in controls(top):
            proxy_target = widget
            if widget not in reached and not any(r.focusProxy() is proxy_target for r in reached):
                label = accessible_name(widget) or widget.objectName() or type(widget).__name__
                problems.append(f"{screen}: {label!r} cannot be reached with Tab")
    assert not problems, "\n".join(problems)
