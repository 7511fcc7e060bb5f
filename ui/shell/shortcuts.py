"""F1: every shortcut of the window's menus, read from the actions themselves so the sheet can
never disagree with the menus."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def collect_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every menu action that has a shortcut."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {action.text().replace('&', '')}")
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                rows.append(
                    (
                        path,
                        action.text().replace("&", ""),
                        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                    )
                )

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, top.text().replace("&", ""))
    extra = getattr(window, "extra_shortcuts", None)
    if callable(extra):
        rows.extend(extra())
    return rows


class ShortcutSheet(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = collect_shortcuts(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Shortcut")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for r, (menu, action, keys) in enumerate(rows):
            for c, text in enumerate((menu, action, keys)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab must leave the table, arrows move inside it
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 480)
