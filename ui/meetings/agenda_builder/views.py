"""The agenda table of the agenda builder (a drop target for its own rows and for suggested cases)
and the editor of its planned minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.meetings.agenda_builder.model import CASE_MIME, ITEM_MIME, MAX_MINUTES, AgendaModel, Index


class MinutesDelegate(QStyledItemDelegate):
    """A spin box (0–600 minutes) for the planned duration."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_MINUTES)
        editor.setAccessibleName(QCoreApplication.translate("AgendaBuilder", "Planned minutes"))
        return editor


class AgendaView(QTableView):
    """The agenda table: drop target for its own rows (move) and for suggested cases (add)."""

    move_requested = Signal(int, int)  # item id, target row (index in the list after the move)
    case_dropped = Signal(int, int)  # case id, insertion row (0 … len)
    move_key = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)

    def _editable(self) -> bool:
        model = self.model()
        return isinstance(model, AgendaModel) and model.editable

    def insertion_row(self, event: QDropEvent | QDragMoveEvent) -> int:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._editable() and (
            event.mimeData().hasFormat(ITEM_MIME) or event.mimeData().hasFormat(CASE_MIME)
        ):
            event.acceptProposedAction()
            super().dragEnterEvent(event)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._editable() and (
            event.mimeData().hasFormat(ITEM_MIME) or event.mimeData().hasFormat(CASE_MIME)
        ):
            super().dragMoveEvent(event)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not self._editable():
            event.ignore()
            return
        slot = self.insertion_row(event)
        if data.hasFormat(ITEM_MIME):
            item_id = int(bytes(data.data(ITEM_MIME).data()).decode())
            model: AgendaModel = self.model()  # type: ignore[assignment]
            source = model.row_of(item_id)
            if source >= 0:
                target = slot - 1 if slot > source else slot
                self.move_requested.emit(item_id, target)
            # A move: the model has no removeRows, so the dragging view removes nothing itself.
            event.setDropAction(Qt.DropAction.MoveAction)
        elif data.hasFormat(CASE_MIME):
            self.case_dropped.emit(int(bytes(data.data(CASE_MIME).data()).decode()), slot)
            event.setDropAction(Qt.DropAction.CopyAction)  # the suggestion list offers copies
        else:
            event.ignore()
            return
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        if mods == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_key.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)
