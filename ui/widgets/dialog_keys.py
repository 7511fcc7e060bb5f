"""Ctrl+Enter saves a dialog from any field, also from a multi-line text or a table cell where
Enter makes a new line or ends the cell edit (issue 10.6)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def save_with_ctrl_enter(dialog: QDialog, button: QAbstractButton) -> None:
    """Ctrl+Enter anywhere in ``dialog`` presses ``button`` (when it is shown and enabled)."""
    for keys in SAVE_KEYS:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: _press(dialog, button))


def _press(dialog: QDialog, button: QAbstractButton) -> None:
    if not (button.isVisible() and button.isEnabled()):
        return
    before = QApplication.focusWidget()
    # taking the focus first ends a cell edit in a table, so the typed value counts
    button.setFocus(Qt.FocusReason.ShortcutFocusReason)
    button.click()
    if shiboken6.isValid(dialog) and dialog.isVisible() and before is not None and shiboken6.isValid(before):
        before.setFocus(Qt.FocusReason.ShortcutFocusReason)  # the form stays open: back to the field
