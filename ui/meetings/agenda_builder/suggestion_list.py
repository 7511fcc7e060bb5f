"""The suggestion list: cases to put on the agenda, grouped (returning, new, found in the register),
each with the reason it is suggested; dragging one onto the agenda puts it there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from storage.meetings import CaseSuggestion, SuggestionReason
from ui.meetings.agenda_builder.model import CASE_MIME
from ui.meetings.agenda_builder.notes import is_returning, suggestion_note


class SuggestionList(QListWidget):
    """Cases to add; dragging one onto the agenda puts it there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(CASE_MIME, QByteArray(str(items[0].data(Qt.ItemDataRole.UserRole)).encode()))
        return data

    def mimeTypes(self) -> list[str]:
        return [CASE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def show_suggestions(self, shown: list[CaseSuggestion], searching: bool) -> None:
        """Show ``shown`` in groups; the chosen case stays chosen, else the first one is."""
        current = self.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.clear()
        groups = (
            (self.tr("Returning from earlier meetings ({n})"), [s for s in shown if is_returning(s)]),
            (self.tr("New in the register ({n})"), [s for s in shown if s.reason is SuggestionReason.NEW]),
            (
                self.tr("Found in the register ({n})"),
                [s for s in shown if s.reason is SuggestionReason.REGISTER],
            ),
        )
        first: QListWidgetItem | None = None
        for heading, members in groups:
            if members:
                self._add_heading(heading.format(n=len(members)))
            for s in members:
                item = self._add_case(s)
                first = first or item
                if s.case_id == chosen:
                    self.setCurrentItem(item)
        current = self.currentItem()
        if (current is None or current.data(Qt.ItemDataRole.UserRole) is None) and first is not None:
            self.setCurrentItem(first)
        if not shown:
            empty = QListWidgetItem(
                self.tr("No matching cases.") if searching else self.tr("No cases waiting for the table."),
                self,
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _add_heading(self, text: str) -> None:
        header = QListWidgetItem(text, self)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = header.font()
        font.setBold(True)
        header.setFont(font)

    def _add_case(self, s: CaseSuggestion) -> QListWidgetItem:
        note = suggestion_note(s)
        item = QListWidgetItem(f"{s.reference} · {note}\n{s.summary}", self)
        item.setData(Qt.ItemDataRole.UserRole, s.case_id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{s.reference}, {note}")
        item.setToolTip(s.summary)
        return item

    def case_ids(self) -> list[int]:
        """The cases in the list, in their order (headers left out)."""
        found = []
        for row in range(self.count()):
            case_id = self.item(row).data(Qt.ItemDataRole.UserRole)
            if case_id is not None:
                found.append(int(case_id))
        return found

    def select_case(self, case_id: int) -> bool:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
                self.setCurrentRow(row)
                return True
        return False
