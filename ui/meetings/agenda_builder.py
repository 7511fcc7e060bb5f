"""The agenda builder: the agenda of one meeting with its planned times, reordered by drag and drop
or Ctrl+Up/Ctrl+Down, and the suggestions to add (returning cases first — "aangehouden sinds …" —,
then new cases, a search in the register, and the open actions that come up under "Actielijst").

The planned end time is computed here from the start time and the planned minutes, so it follows
every change at once; the change itself is saved on the worker (debounced, flushed before a lock).
"""

from __future__ import annotations

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
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import (
    Action,
    Agenda,
    AgendaItem,
    AgendaService,
    AgendaSuggestions,
    CaseSuggestion,
    Keep,
    MeetingQueries,
    SuggestionReason,
)
from storage.meetings.text import one_line
from ui.context import AppContext
from ui.meetings.common import (
    ErrorLine,
    GuardGate,
    clock,
    duration,
    guarded_field,
    long_date,
    make_action,
    owner_label,
    short_date,
)
from ui.meetings.item_titles import item_title
from ui.widgets.dialog_keys import save_with_ctrl_enter
from ui.widgets.guard_panel import GuardPanel
from ui.widgets.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
ITEM_MIME = "application/x-overlegtafel-agenda-item"
CASE_MIME = "application/x-overlegtafel-case"
SAVE_DELAY_MS = 600
NEW_REASONS = (SuggestionReason.NEW, SuggestionReason.REGISTER)
MAX_MINUTES = 600


SUGGESTION_CONTEXT = "SuggestionNotes"
PHRASES = {
    SuggestionReason.DEFERRED: QT_TRANSLATE_NOOP("SuggestionNotes", "deferred since {date} ({meeting})"),
    SuggestionReason.AWAITING_INFORMATION: QT_TRANSLATE_NOOP(
        "SuggestionNotes", "awaiting information since {date} ({meeting})"
    ),
    # another outcome that returns a case to the agenda, e.g. "heroverweging sinds …"
    SuggestionReason.RETURNING_OUTCOME: QT_TRANSLATE_NOOP(
        "SuggestionNotes", "{outcome} since {date} ({meeting})"
    ),
    SuggestionReason.NOT_DISCUSSED: QT_TRANSLATE_NOOP(
        "SuggestionNotes", "not discussed on {date} ({meeting})"
    ),
    SuggestionReason.NEW: QT_TRANSLATE_NOOP("SuggestionNotes", "new in the register"),
    SuggestionReason.REGISTER: QT_TRANSLATE_NOOP("SuggestionNotes", "from the register"),
}
UNTIL = QT_TRANSLATE_NOOP("SuggestionNotes", ", until {date}")  # the end of a deferral
DUE = QT_TRANSLATE_NOOP("SuggestionNotes", ", due {date}")  # the deadline of a requested step


def _note(text: object) -> str:
    return QCoreApplication.translate(SUGGESTION_CONTEXT, str(text))


def suggestion_note(s: CaseSuggestion) -> str:
    """Why a case is suggested, in the user's language (the store gives the reason and facts)."""
    text = _note(PHRASES[s.reason]).format(
        date=long_date(s.since),
        meeting=s.since_meeting or "",
        outcome=s.outcome.display().lower() if s.outcome is not None else "",
    )
    if s.until is not None:
        text += _note(UNTIL if s.reason is SuggestionReason.DEFERRED else DUE).format(date=long_date(s.until))
    return text


@dataclass
class Row:
    item: AgendaItem
    minutes: int


class AgendaModel(RowTableModel):
    CONTEXT = "AgendaModel"
    """The agenda items in order; planned times computed from the start and the minutes."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AgendaModel", "No."),
        QT_TRANSLATE_NOOP("AgendaModel", "Agenda item"),
        QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
        QT_TRANSLATE_NOOP("AgendaModel", "Planned"),
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

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ITEM_MIME, QByteArray(str(self.rows[rows[0]].item.id).encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


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


class SuggestionList(QListWidget):
    """Cases to add; dragging one onto the agenda puts it there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(CASE_MIME, QByteArray(str(items[0].data(Qt.ItemDataRole.UserRole)).encode()))
        return data

    def mimeTypes(self) -> list[str]:
        return [CASE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class AddItemDialog(QDialog):
    """A non-case agenda item (a topic), with its planned minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an agenda item"))
        self.title = guarded_field(self, "title", self.tr("Title of the agenda item"), multiline=False)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setValue(10)
        self.minutes.setAccessibleName(self.tr("Planned minutes"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Planned minutes"), self.minutes)
        hint = QLabel(
            self.tr("Cases go on the agenda from the suggestions or the register, not as a topic."), self
        )
        hint.setObjectName("hintText")
        hint.setWordWrap(True)
        self.guard_panel = GuardPanel(self)
        self.error = ErrorLine(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        save_with_ctrl_enter(self, self.ok_button)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.guard_panel)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 220)


@dataclass(frozen=True)
class BuilderData:
    agenda: Agenda
    suggestions: AgendaSuggestions


def load_builder(store: Any, meeting_id: int) -> BuilderData:
    queries = MeetingQueries(store)
    return BuilderData(queries.agenda(meeting_id), queries.agenda_suggestions(meeting_id))


def search_register(store: Any, text: str, exclude: set[int], limit: int = 50) -> list[CaseSuggestion]:
    """Open cases from the register whose text matches ``text`` (the register's own search)."""
    from storage.cases.service import CaseQuery, CaseService

    service = CaseService(store)
    ids = [i for i in service.ids(CaseQuery(view="open", search=text)) if i not in exclude][:limit]
    found = []
    for case in service.cases(ids):
        found.append(
            CaseSuggestion(
                case_id=case.id,
                reference=case.reference,
                summary=one_line(case.summary),  # as the suggestions: cut at a word, if at all
                status=case.status,
                reason=SuggestionReason.REGISTER,
                since=None,
                since_meeting=None,
                until=None,
                decision_number=None,
            )
        )
    return found


class AgendaBuilder(QWidget):
    """Agenda of one meeting plus the suggestions panel."""

    changed = Signal()  # the agenda changed in the store (counts on the list page, status)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.editable = False
        self._generation = 0
        self._pending: dict[int, int] = {}
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._suggestions: tuple[CaseSuggestion, ...] = ()
        self._actions_open: tuple[Action, ...] = ()
        self._register_hits: list[CaseSuggestion] = []
        self._search_generation = 0

        # -- agenda side --
        self.model = AgendaModel(self)
        self.view = AgendaView(self)
        self.view.setObjectName("agendaTable")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Agenda"))
        self.view.setItemDelegateForColumn(2, MinutesDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.state_hint = QLabel(self)
        self.state_hint.setObjectName("hintText")
        self.state_hint.setWordWrap(True)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.up_button.setAccessibleName(self.tr("Move item up"))
        self.up_button.setToolTip(self.tr("Move the chosen item up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Down"), self)
        self.down_button.setAccessibleName(self.tr("Move item down"))
        self.down_button.setToolTip(self.tr("Move the chosen item down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("Take off"), self)
        self.remove_button.setAccessibleName(self.tr("Take the item off the agenda"))
        self.remove_button.setToolTip(self.tr("Take the chosen item off the agenda (Delete)"))
        self.add_item_button = QPushButton(self.tr("Topic…"), self)
        self.add_item_button.setAccessibleName(self.tr("Add a topic to the agenda"))
        self.add_item_button.setToolTip(self.tr("Add a topic that is not a case (Ctrl+Shift+T)"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Planned minutes of the chosen item"))
        minutes_label = QLabel(self.tr("Duration"), self)
        minutes_label.setBuddy(self.minutes)
        tools = QHBoxLayout()
        tools.addWidget(self.up_button)
        tools.addWidget(self.down_button)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.add_item_button)
        tools.addStretch(1)
        tools.addWidget(minutes_label)
        tools.addWidget(self.minutes)
        self.end_time = QLabel(self)
        self.end_time.setObjectName("agendaEndTime")
        self.end_time.setWordWrap(True)
        self.error = ErrorLine(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.state_hint)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.end_time)
        left_layout.addWidget(self.error)

        # -- suggestions side --
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Suggested cases"), right)
        heading.setObjectName("sectionTitle")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.search = QLineEdit(right)
        self.search.setAccessibleName(self.tr("Search the case register"))
        self.search.setPlaceholderText(self.tr("Search the register (reference, country, role…)"))
        self.search.setClearButtonEnabled(True)
        self.suggestions = SuggestionList(right)
        self.suggestions.setObjectName("caseSuggestions")
        self.suggestions.setAccessibleName(self.tr("Suggested cases"))
        self.add_case_button = QPushButton(self.tr("Put on the agenda"), right)
        self.add_case_button.setAccessibleName(self.tr("Put the chosen case on the agenda"))
        self.add_case_button.setToolTip(self.tr("Put the chosen case on the agenda (Enter or Insert)"))
        self.actions_heading = QLabel(right)
        self.actions_heading.setFont(font)
        self.actions_hint = QLabel(self.tr('They are discussed under the item "Action list".'), right)
        self.actions_hint.setObjectName("hintText")
        self.actions_hint.setWordWrap(True)
        self.open_actions = QListWidget(right)
        self.open_actions.setObjectName("openActions")
        self.open_actions.setAccessibleName(self.tr("Open action items from earlier meetings"))
        self.open_actions.setTabKeyNavigation(False)
        self.open_actions.setWordWrap(True)
        right_layout.addWidget(heading)
        right_layout.addWidget(self.search)
        right_layout.addWidget(self.suggestions, 3)
        right_layout.addWidget(self.add_case_button)
        right_layout.addWidget(self.actions_heading)
        right_layout.addWidget(self.actions_hint)
        right_layout.addWidget(self.open_actions, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._search_register)

        self.edit_actions = [
            make_action(self, self.tr("Move agenda item up"), "Ctrl+Up", lambda: self.move_current(-1)),
            make_action(self, self.tr("Move agenda item down"), "Ctrl+Down", lambda: self.move_current(1)),
            # Delete only while the agenda table has the focus (not in the search field).
            make_action(self.view, self.tr("Take agenda item off"), "Del", self.remove_current),
            make_action(self, self.tr("Put chosen case on the agenda"), "Ins", self.add_current_suggestion),
            make_action(self, self.tr("Add a topic…"), "Ctrl+Shift+T", self.open_add_item),
        ]
        self.search_action = make_action(
            self, self.tr("Search the case register"), "Ctrl+F", self._focus_search
        )
        self.actions = [*self.edit_actions, self.search_action]

        self.model.minutes_edited.connect(self._minutes_edited)
        self.model.modelReset.connect(self._update_totals)
        self.model.dataChanged.connect(lambda *_a: self._update_totals())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._current_changed())
        self.view.move_requested.connect(self.move_item)
        self.view.move_key.connect(self.move_current)
        self.view.case_dropped.connect(lambda case_id, slot: self.add_case(case_id, slot + 1))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.add_item_button.clicked.connect(self.open_add_item)
        self.minutes.valueChanged.connect(self._spin_changed)
        self.add_case_button.clicked.connect(self.add_current_suggestion)
        self.suggestions.itemActivated.connect(lambda _item: self.add_current_suggestion())
        self.suggestions.currentItemChanged.connect(lambda _c, _p: self._update_enabled())
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_register)
        self._update_enabled()

    # -- loading --------------------------------------------------------------------------------
    def load(self, meeting_id: int, editable: bool) -> None:
        if meeting_id != self.meeting_id:
            self.flush()
            self.model.clear()
            self.search.clear()
        self.meeting_id = meeting_id
        self.editable = editable
        self.reload()

    def reload(self, select_item: int | None = None) -> None:
        if self.meeting_id is None:
            return
        self._generation += 1
        generation, meeting_id = self._generation, self.meeting_id
        if select_item is None:
            current = self.current_item()
            select_item = current.id if current else None
        self.ctx.worker.with_store(
            lambda store: load_builder(store, meeting_id),
            lambda data: self._loaded(generation, data, select_item),
            self.error.show_error,
            owner=self,
            label="agenda-load",
        )

    def _loaded(self, generation: int, data: BuilderData, select_item: int | None) -> None:
        if generation != self._generation:
            return
        self.error.clear()
        editable = self.editable and data.agenda.meeting.status == "concept"
        self.model.set_agenda(data.agenda, editable, self._pending)
        self._suggestions = data.suggestions.cases
        self._actions_open = data.suggestions.actions
        self._fill_suggestions()
        self._fill_actions()
        row = self.model.row_of(select_item) if select_item is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        self._set_state_hint(data.agenda)
        self._update_enabled()

    def _set_state_hint(self, agenda: Agenda) -> None:
        status = agenda.meeting.status
        if status == "concept":
            text = self.tr(
                "Drag items to reorder them, or use Ctrl+Up and Ctrl+Down. Change the planned minutes "
                "in the table or under it."
            )
        elif status == "agenda_vastgesteld":
            text = self.tr("The agenda is fixed. Reopen it to change it.")
        else:
            text = self.tr("The agenda is part of the meeting's record; it is changed in the live view.")
        self.state_hint.setText(text)

    def _fill_suggestions(self) -> None:
        current = self.suggestions.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current else None
        on_agenda = {r.item.case_id for r in self.model.rows if r.item.case_id is not None}
        words = self.search.text().lower().split()
        shown: list[CaseSuggestion] = []
        for s in self._suggestions:
            haystack = f"{s.reference} {s.summary}".lower()
            if s.case_id not in on_agenda and all(w in haystack for w in words):
                shown.append(s)
        seen = {s.case_id for s in shown}
        if words:
            shown += [s for s in self._register_hits if s.case_id not in seen and s.case_id not in on_agenda]
        self.suggestions.clear()
        groups = (
            (
                self.tr("Returning from earlier meetings ({n})"),
                [s for s in shown if s.reason not in NEW_REASONS],
            ),
            (self.tr("New in the register ({n})"), [s for s in shown if s.reason is SuggestionReason.NEW]),
            (
                self.tr("Found in the register ({n})"),
                [s for s in shown if s.reason is SuggestionReason.REGISTER],
            ),
        )
        first: QListWidgetItem | None = None
        for heading, members in groups:
            if not members:
                continue
            header = QListWidgetItem(heading.format(n=len(members)), self.suggestions)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for s in members:
                item = QListWidgetItem(f"{s.reference} · {suggestion_note(s)}\n{s.summary}", self.suggestions)
                item.setData(Qt.ItemDataRole.UserRole, s.case_id)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{s.reference}, {suggestion_note(s)}")
                item.setToolTip(s.summary)
                first = first or item
                if s.case_id == chosen:
                    self.suggestions.setCurrentItem(item)
        current = self.suggestions.currentItem()
        if (current is None or current.data(Qt.ItemDataRole.UserRole) is None) and first is not None:
            self.suggestions.setCurrentItem(first)
        if not shown:
            empty = QListWidgetItem(
                self.tr("No matching cases.") if words else self.tr("No cases waiting for the table."),
                self.suggestions,
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def suggested_case_ids(self) -> list[int]:
        """The cases in the suggestion list, in their order (headers left out)."""
        found = []
        for row in range(self.suggestions.count()):
            case_id = self.suggestions.item(row).data(Qt.ItemDataRole.UserRole)
            if case_id is not None:
                found.append(int(case_id))
        return found

    def select_suggestion(self, case_id: int) -> bool:
        for row in range(self.suggestions.count()):
            if self.suggestions.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
                self.suggestions.setCurrentRow(row)
                return True
        return False

    def _fill_actions(self) -> None:
        self.open_actions.clear()
        self.actions_heading.setText(self.tr("Open action items ({n})").format(n=len(self._actions_open)))
        today = self.ctx.wall_clock().date()
        for a in self._actions_open:
            deadline = short_date(a.deadline) if a.deadline else self.tr("no deadline")
            overdue = self.tr(" (overdue)") if a.is_overdue(today) else ""
            owner = owner_label(a.owner_organisation, a.owner_role)
            text = f"{a.number} · {owner} · {deadline}{overdue}\n{' '.join(a.text.split())}"
            QListWidgetItem(text, self.open_actions)
        if not self._actions_open:
            empty = QListWidgetItem(self.tr("No open action items."), self.open_actions)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    # -- state ----------------------------------------------------------------------------------
    def current_item(self) -> AgendaItem | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _current_changed(self) -> None:
        row = self.current_row()
        self.minutes.blockSignals(True)
        self.minutes.setValue(self.model.rows[row].minutes if row >= 0 else 0)
        self.minutes.blockSignals(False)
        self._update_enabled()

    def _update_enabled(self) -> None:
        editable = self.model.editable
        row = self.current_row()
        has = row >= 0
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and has and row < self.model.rowCount() - 1)
        self.remove_button.setEnabled(editable and has)
        self.add_item_button.setEnabled(editable)
        self.minutes.setEnabled(editable and has)
        current = self.suggestions.currentItem()
        can_add = editable and current is not None and bool(current.flags() & Qt.ItemFlag.ItemIsEnabled)
        self.add_case_button.setEnabled(can_add)
        for action in self.edit_actions:
            action.setEnabled(editable)

    def _update_totals(self) -> None:
        if not self.model.rows:
            self.end_time.setText("")
            return
        self.end_time.setText(
            self.tr("Start {start} · planned end {end} · {total} in total").format(
                start=clock(self.model.start.time()),
                end=clock(self.model.planned_end()),
                total=duration(self.model.total_minutes()),
            )
        )

    def planned_end(self) -> time:
        return self.model.planned_end()

    # -- planned minutes ------------------------------------------------------------------------
    def _spin_changed(self, value: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.set_minutes(row, value)

    def _minutes_edited(self, item_id: int, minutes: int) -> None:
        self._pending[item_id] = minutes
        if self.current_item() is not None and self.current_item().id == item_id:
            self.minutes.blockSignals(True)
            self.minutes.setValue(minutes)
            self.minutes.blockSignals(False)
        self._save_timer.start()

    def flush(self) -> None:
        """Queue the pending planned-minute changes on the worker (also before a lock)."""
        self._save_timer.stop()
        if not self._pending:
            return
        pending, self._pending = dict(self._pending), {}

        def save(store: Any) -> None:
            service = AgendaService(store)
            for item_id, minutes in pending.items():
                service.set_planned_minutes(item_id, minutes)

        def failed(exc: BaseException) -> None:
            self.error.show_error(exc)
            self.reload()

        self.ctx.worker.with_store(
            save, lambda _r: self.changed.emit(), failed, owner=self, label="agenda-plan"
        )

    # -- order ----------------------------------------------------------------------------------
    def move_current(self, step: int) -> None:
        item = self.current_item()
        if item is None or not self.model.editable:
            return
        target = self.current_row() + step
        if 0 <= target < self.model.rowCount():
            self.move_item(item.id, target)

    def move_item(self, item_id: int, target: int) -> None:
        """Move an item to index ``target``: at once on screen, then in the store."""
        source = self.model.row_of(item_id)
        if source < 0 or not self.model.move(source, target):
            return
        self.view.selectRow(target)
        self.flush()
        self._generation += 1  # a load that was under way is stale now
        self.ctx.worker.with_store(
            lambda store: AgendaService(store).move_item(item_id, target + 1),
            lambda agenda: self._apply_agenda(agenda, item_id),
            self._write_failed,
            owner=self,
            label="agenda-move",
        )

    def _apply_agenda(self, agenda: Agenda, select_item: int | None) -> None:
        self.model.set_agenda(agenda, self.model.editable, self._pending)
        row = self.model.row_of(select_item) if select_item is not None else -1
        if row >= 0:
            self.view.selectRow(row)
        self.error.clear()
        self._fill_suggestions()
        self.changed.emit()

    def _write_failed(self, exc: BaseException) -> None:
        self.error.show_error(exc)
        self.reload()

    # -- adding and removing --------------------------------------------------------------------
    def add_current_suggestion(self) -> None:
        current = self.suggestions.currentItem()
        if current is None or not current.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.add_case(int(current.data(Qt.ItemDataRole.UserRole)))

    def add_case(self, case_id: int, position: int | None = None) -> None:
        if self.meeting_id is None or not self.model.editable:
            return
        meeting_id = self.meeting_id
        self.flush()
        self.ctx.worker.with_store(
            lambda store: AgendaService(store).add_case_item(meeting_id, case_id, position=position),
            self._added,
            self._write_failed,
            owner=self,
            label="agenda-add-case",
        )

    def _added(self, item: AgendaItem) -> None:
        self._register_hits = [s for s in self._register_hits if s.case_id != item.case_id]
        self.reload(select_item=item.id)
        self.changed.emit()

    def remove_current(self) -> None:
        item = self.current_item()
        if item is None or not self.model.editable:
            return
        if item.kind != "case":
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Take off the agenda"),
                self.tr('Take "{title}" off the agenda?').format(title=item_title(item)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Take off"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.accepted.connect(lambda: self._remove(item))
            box.open()
            return
        self._remove(item)

    def _remove(self, item: AgendaItem) -> None:
        row = self.model.row_of(item.id)
        following = self.model.item_at(row + 1) or self.model.item_at(row - 1)
        self.flush()
        self.ctx.worker.with_store(
            lambda store: AgendaService(store).remove_item(item.id),
            lambda _r: (self.reload(select_item=following.id if following else None), self.changed.emit()),
            self._write_failed,
            owner=self,
            label="agenda-remove",
        )

    def open_add_item(self) -> AddItemDialog | None:
        if self.meeting_id is None or not self.model.editable:
            return None
        dialog = AddItemDialog(self)
        meeting_id = self.meeting_id

        def submit(keep: list[Keep] | None = None) -> None:
            title = dialog.title.text().strip()
            if not title:
                dialog.error.show_error(self.tr("Give the item a title."))
                return
            minutes = dialog.minutes.value()
            dialog.ok_button.setEnabled(False)
            dialog.error.clear()

            def failed(exc: BaseException) -> None:
                dialog.ok_button.setEnabled(True)
                if not gate.handle(exc):
                    dialog.error.show_error(exc)

            def added(item: AgendaItem) -> None:
                dialog.accept()
                self.reload(select_item=item.id)
                self.changed.emit()

            self.flush()
            self.ctx.worker.with_store(
                lambda store: AgendaService(store).add_item(
                    meeting_id, title, planned_minutes=minutes, keep=keep or ()
                ),
                added,
                failed,
                owner=dialog,
                label="agenda-add-item",
            )

        gate = GuardGate(dialog.guard_panel, {"title": (dialog.title, self.tr("Title"))}, submit)
        dialog.ok_button.clicked.connect(lambda: submit())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- register search ------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self._register_hits = []
        self._fill_suggestions()
        if text.strip():
            self._search_timer.start()

    def _search_register(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        self._search_generation += 1
        generation = self._search_generation
        exclude = {r.item.case_id for r in self.model.rows if r.item.case_id is not None}

        def found(hits: list[CaseSuggestion]) -> None:
            if generation == self._search_generation:
                self._register_hits = hits
                self._fill_suggestions()

        self.ctx.worker.with_store(
            lambda store: search_register(store, text, exclude),
            found,
            self.error.show_error,
            owner=self,
            label="agenda-search",
        )
