"""The agenda table's model: the items in order, planned times computed from the start and the
minutes, drag data for moving a row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from storage.meetings import Agenda, AgendaItem
from ui.meetings.item_titles import item_title
from ui.widgets.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
ITEM_MIME = "application/x-overlegtafel-agenda-item"
CASE_MIME = "application/x-overlegtafel-case"
MAX_MINUTES = 600


@dataclass
class Row:
    item: AgendaItem
    minutes: int


class AgendaModel(RowTableModel):
    """The agenda items in order; planned times computed from the start and the minutes."""

    CONTEXT = "AgendaModel"
    COLUMNS = tuple(
        str(heading)
        for heading in (
            QT_TRANSLATE_NOOP("AgendaModel", "No."),
            QT_TRANSLATE_NOOP("AgendaModel", "Agenda item"),
            QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
            QT_TRANSLATE_NOOP("AgendaModel", "Planned"),
        )
    )
    minutes_edited = Signal(int, int)  # item id, minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.start = datetime(2000, 1, 1, 10, 0)
        self.editable = False

    # -- content --------------------------------------------------------------------------------
    def set_agenda(self, agenda: Agenda, editable: bool, pending: dict[int, int]) -> None:
        self.beginResetModel()
        self.start = datetime.combine(agenda.meeting.date, agenda.meeting.start_time)
        self.rows = [Row(i, pending.get(i.id, i.planned_minutes)) for i in agenda.items]
        self.editable = editable
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItem | None:
        return self.rows[row].item if 0 <= row < len(self.rows) else None

    def row_of(self, item_id: int) -> int:
        for row, r in enumerate(self.rows):
            if r.item.id == item_id:
                return row
        return -1

    def total_minutes(self) -> int:
        return sum(r.minutes for r in self.rows)

    def planned_end(self) -> time:
        return (self.start + timedelta(minutes=self.total_minutes())).time()

    def slot(self, row: int) -> tuple[time, time]:
        before = sum(r.minutes for r in self.rows[:row])
        begin = self.start + timedelta(minutes=before)
        return begin.time(), (begin + timedelta(minutes=self.rows[row].minutes)).time()

    def set_minutes(self, row: int, minutes: int) -> bool:
        if not 0 <= row < len(self.rows) or not 0 <= minutes <= MAX_MINUTES:
            return False
        if self.rows[row].minutes == minutes:
            return True
        self.rows[row].minutes = minutes
        self.dataChanged.emit(self.index(row, 2), self.index(len(self.rows) - 1, 3))
        self.minutes_edited.emit(self.rows[row].item.id, minutes)
        return True

    def move(self, source: int, target: int) -> bool:
        """Move row ``source`` so that it ends up at index ``target`` (locally, before the save)."""
        if source == target or not (0 <= source < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(source))
        self.endMoveRows()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 3))
        return True

    # -- Qt model -------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        r = self.rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return str(row + 1)
            if column == 1:
                return item_title(r.item)
            if column == 2:
                return str(r.minutes)
            begin, end = self.slot(row)
            return QCoreApplication.translate("AgendaModel", "{h1}:{m1}–{h2}:{m2}").format(  # 10.00–10.15
                h1=f"{begin.hour:02d}", m1=f"{begin.minute:02d}", h2=f"{end.hour:02d}", m2=f"{end.minute:02d}"
            )
        if role == Qt.ItemDataRole.EditRole and column == 2:
            return r.minutes
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and r.item.kind == "case":
            return r.item.case_summary
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r.item
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 2 or not self.editable:
            return False
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            return False
        return self.set_minutes(index.row(), minutes)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if index.column() == 2:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME, CASE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ITEM_MIME, QByteArray(str(self.rows[rows[0]].item.id).encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
