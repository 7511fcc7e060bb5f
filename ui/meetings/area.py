"""Overleggen: the list of meetings (the upcoming one highlighted), "Nieuw overleg", and a meeting's
page (``ui.meetings.detail``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import Meeting, MeetingQueries, MeetingSummary
from ui.context import AppContext
from ui.meetings.common import ErrorLine, clock, colour, long_date, make_action, short_date, status_label
from ui.meetings.detail import MeetingDetail
from ui.meetings.meeting_form import NewMeetingDialog
from ui.widgets.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
PLACE_COLUMN = 3  # takes the room the others leave
FIT_ROWS = 40
SLACK = 8  # px, so that a text a little wider than the measured ones is not cut off at once


@dataclass(frozen=True)
class ListData:
    meetings: tuple[MeetingSummary, ...]
    upcoming: Meeting | None


def load_list(store: Any) -> ListData:
    queries = MeetingQueries(store)
    return ListData(tuple(reversed(queries.list_meetings())), queries.upcoming_meeting())


class MeetingListModel(RowTableModel):
    CONTEXT = "MeetingListModel"
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("MeetingListModel", "Number")),
        str(QT_TRANSLATE_NOOP("MeetingListModel", "Date")),
        str(QT_TRANSLATE_NOOP("MeetingListModel", "Start")),
        str(QT_TRANSLATE_NOOP("MeetingListModel", "Place")),
        str(QT_TRANSLATE_NOOP("MeetingListModel", "Status")),
        str(QT_TRANSLATE_NOOP("MeetingListModel", "Cases")),
        str(QT_TRANSLATE_NOOP("MeetingListModel", "Decisions")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MeetingSummary] = []
        self.upcoming_id: int | None = None

    def set_rows(self, rows: tuple[MeetingSummary, ...], upcoming_id: int | None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.upcoming_id = upcoming_id
        self.endResetModel()

    def text(self, m: MeetingSummary, column: int) -> str:
        if column == 4:
            label = status_label(m.status)
            return (
                QCoreApplication.translate("MeetingListModel", "{status} · upcoming").format(status=label)
                if m.id == self.upcoming_id
                else label
            )
        return (
            m.number,
            short_date(m.date),
            clock(m.start_time),
            m.place,
            "",
            str(m.case_items),
            str(m.decisions),
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(m, index.column())
        if role == Qt.ItemDataRole.FontRole and m.id == self.upcoming_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and m.id == self.upcoming_id:
            return colour("info_bg")
        if role == Qt.ItemDataRole.ForegroundRole and m.id == self.upcoming_id:
            return colour("text")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return m
        return None


class MeetingList(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.upcoming: Meeting | None = None
        title = QLabel(self.tr("Meetings"), self)
        title.setObjectName("areaTitle")
        self.upcoming_label = QLabel(self)
        self.upcoming_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New meeting…"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("New meeting"))
        self.new_button.setToolTip(self.tr("Plan a new meeting (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the chosen meeting"))
        self.open_button.setToolTip(self.tr("Open the chosen meeting (Enter)"))
        self.upcoming_button = QPushButton(self.tr("Open upcoming meeting"), self)
        self.upcoming_button.setAccessibleName(self.tr("Open the upcoming meeting"))
        self.upcoming_button.setToolTip(self.tr("Open the upcoming meeting (Ctrl+Shift+U)"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.upcoming_button)
        head.addWidget(self.open_button)
        head.addWidget(self.new_button)

        self.model = MeetingListModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("meetingTable")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Meetings"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        # Widths are measured by _fit_columns when a list arrives. ResizeToContents asked the
        # model for every role of 40 rows at each layout: 1,900 Python calls, 24 ms in the turn
        # the 500-meeting list arrived, which was often the turn a user opened another area.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PLACE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr('No meetings yet. Plan the first one with "New meeting" (Ctrl+N).'), self)
        self.empty.setObjectName("hintText")
        self.empty.setVisible(False)
        self.error = ErrorLine(self)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.upcoming_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.view.doubleClicked.connect(lambda _i: self.open_button.click())
        self.view.activated.connect(lambda _i: self.open_button.click())

    def reload(self, select: int | None = None) -> None:
        self._generation += 1
        generation = self._generation
        if select is None:
            current = self.current()
            select = current.id if current else None
        self.ctx.worker.with_store(
            load_list, lambda data: self._loaded(generation, data, select), self.error.show_error, owner=self
        )

    def _loaded(self, generation: int, data: ListData, select: int | None) -> None:
        if generation != self._generation:
            return
        self.error.clear()
        self.upcoming = data.upcoming
        upcoming_id = data.upcoming.id if data.upcoming else None
        self.model.set_rows(data.meetings, upcoming_id)
        self._fit_columns()
        self.empty.setVisible(not data.meetings)
        if data.upcoming is not None:
            u = data.upcoming
            self.upcoming_label.setText(
                self.tr("Upcoming: {number} on {date} at {time} — {status}").format(
                    number=u.number,
                    date=long_date(u.date),
                    time=clock(u.start_time),
                    status=status_label(u.status),
                )
            )
        else:
            self.upcoming_label.setText(
                self.tr('No meeting is planned. Plan the next one with "New meeting".')
            )
        self.upcoming_button.setEnabled(data.upcoming is not None)
        wanted = select if select is not None else upcoming_id
        for row, m in enumerate(self.model.rows):
            if m.id == wanted:
                self.view.selectRow(row)
                break
        else:
            if self.model.rows:
                self.view.selectRow(0)
        self.open_button.setEnabled(self.current() is not None)

    def _fit_columns(self) -> None:
        """Each column as wide as its heading and the texts of the first ``FIT_ROWS`` rows (the
        ones a user sees first; the upcoming meeting's row in bold)."""
        header = self.view.horizontalHeader()
        plain = self.view.fontMetrics()
        bold_font = QFont(self.view.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        style = self.view.style()
        # What the item delegate adds around a text: the focus frame's margin on both sides.
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1)
        rows = self.model.rows[:FIT_ROWS]
        for column in range(self.model.columnCount()):
            if column == PLACE_COLUMN:
                continue
            width = header.sectionSizeHint(column)
            for m in rows:
                metrics = bold if m.id == self.model.upcoming_id else plain
                width = max(width, metrics.horizontalAdvance(self.model.text(m, column)) + margin + SLACK)
            header.resizeSection(column, width)

    def current(self) -> MeetingSummary | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None


class MeetingsArea(QStackedWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = MeetingList(ctx, self)
        self.detail = MeetingDetail(ctx, self)
        self.addWidget(self.list)
        self.addWidget(self.detail)
        self._list_actions = [
            make_action(self, self.tr("New meeting…"), "Ctrl+N", self.new_meeting),
            make_action(self.list, self.tr("Open upcoming meeting"), "Ctrl+Shift+U", self.open_upcoming),
        ]
        self.list.new_button.clicked.connect(self.new_meeting)
        self.list.open_button.clicked.connect(self.open_current)
        self.list.upcoming_button.clicked.connect(self.open_upcoming)
        self.detail.back_requested.connect(self.show_list)
        self.detail.deleted.connect(self.show_list)
        self.detail.meeting_changed.connect(lambda: self.list.reload())
        ctx.events.meeting_changed.connect(self._meeting_changed)
        # No reload here: the first showEvent loads the list. Loading it here as well read the
        # 500-meeting list twice at unlock, and the second answer landed hundreds of ms later, in
        # whatever turn the user had started then (issue 17: 17 ms in the register's opening).

    # -- area protocol --------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        return [*self._list_actions, *self.detail.all_actions()]

    def flush(self) -> None:
        self.detail.flush()

    def _meeting_changed(self, meeting_id: int) -> None:
        """A meeting started or closed in the live window: show it here too."""
        if not self.isVisible():
            return  # showEvent reloads
        if self.currentWidget() is self.list:
            self.list.reload()
        elif self.detail.meeting is not None and self.detail.meeting.id == meeting_id:
            self.detail.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.currentWidget() is self.list:
            self.list.reload()
        elif self.detail.meeting is not None:
            self.detail.reload()

    def test_states(self) -> Iterator[str]:
        """Sub-screens for the keyboard and translation walks (tests/helpers/screens.py)."""
        dialog = self.new_meeting()
        yield "new-meeting"
        dialog.reject()
        target = self.list.upcoming or self.list.current()
        if target is None:
            return
        self.open_meeting(target.id)
        yield "detail:agenda"
        for index in range(1, self.detail.tabs.count()):
            if self.detail.tabs.isTabVisible(index):
                self.detail.tabs.setCurrentIndex(index)
                yield f"detail:tab{index}"
        self.detail.tabs.setCurrentIndex(0)
        self.show_list()

    # -- navigation -----------------------------------------------------------------------------
    def new_meeting(self) -> NewMeetingDialog:
        dialog = NewMeetingDialog(self.ctx, self)
        dialog.created.connect(lambda meeting: self.open_meeting(meeting.id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_current(self) -> None:
        current = self.list.current()
        if current is not None:
            self.open_meeting(current.id)

    def open_upcoming(self) -> None:
        if self.list.upcoming is not None:
            self.open_meeting(self.list.upcoming.id)

    def open_meeting(self, meeting_id: int) -> None:
        self.detail.load(meeting_id)
        self.setCurrentWidget(self.detail)
        self.detail.tabs.setCurrentIndex(0)
        self.detail.builder.view.setFocus()
        self.list.reload(select=meeting_id)

    def show_list(self) -> None:
        self.setCurrentWidget(self.list)
        self.list.reload(select=self.detail.meeting.id if self.detail.meeting else None)
        self.list.view.setFocus()


def create_area(ctx: AppContext, parent: QWidget) -> QWidget:
    return MeetingsArea(ctx, parent)
