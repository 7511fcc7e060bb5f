"""The open action items from earlier meetings, shown beside the agenda (they are discussed under
the item "Action list")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from storage.meetings import Action
from ui.meetings.common import owner_label, short_date


class OpenActionsList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)

    def show_actions(self, actions: tuple[Action, ...], today: date) -> None:
        self.clear()
        for a in actions:
            deadline = short_date(a.deadline) if a.deadline else self.tr("no deadline")
            overdue = self.tr(" (overdue)") if a.is_overdue(today) else ""
            owner = owner_label(a.owner_organisation, a.owner_role)
            text = f"{a.number} · {owner} · {deadline}{overdue}\n{' '.join(a.text.split())}"
            QListWidgetItem(text, self)
        if not actions:
            empty = QListWidgetItem(self.tr("No open action items."), self)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
