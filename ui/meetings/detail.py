"""A meeting's page: its data and participants, the agenda builder, the status transitions, the
adoption of the previous meeting's minutes (agenda item 2), its own record, and the documents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import Meeting, MeetingQueries, MeetingService
from ui.context import AppContext
from ui.live import open_live
from ui.meetings.agenda_builder import AgendaBuilder
from ui.meetings.common import (
    ErrorLine,
    clock,
    document_opener,
    long_date,
    make_action,
    status_label,
    t,
)
from ui.meetings.meeting_form import MeetingForm, save_meeting, values_of
from ui.meetings.record_panel import RecordPanel
from ui.meetings.start_date import start_date_question

LiveOpener = Callable[[AppContext, QWidget | None, int], object]


def live_opener() -> LiveOpener:
    """``ui.live.open_live(ctx, parent, meeting_id)``: opens or raises a meeting's live window."""
    return open_live


# (kind for ui.reports, chair's version, button label, accessible name)
DOCUMENTS = (
    (
        "agenda",
        False,
        str(QT_TRANSLATE_NOOP("Meetings", "Agenda")),
        str(QT_TRANSLATE_NOOP("Meetings", "Print the agenda")),
    ),
    (
        "agenda",
        True,
        str(QT_TRANSLATE_NOOP("Meetings", "Chair's agenda")),
        str(QT_TRANSLATE_NOOP("Meetings", "Print the chair's agenda with planned times and notes")),
    ),
    (
        "verslag",
        False,
        str(QT_TRANSLATE_NOOP("Meetings", "Minutes")),
        str(QT_TRANSLATE_NOOP("Meetings", "Print the minutes")),
    ),
    (
        "besluitenlijst",
        False,
        str(QT_TRANSLATE_NOOP("Meetings", "Decision list")),
        str(QT_TRANSLATE_NOOP("Meetings", "Print the decision list")),
    ),
    (
        "actielijst",
        False,
        str(QT_TRANSLATE_NOOP("Meetings", "Action list")),
        str(QT_TRANSLATE_NOOP("Meetings", "Print the action list")),
    ),
)
# Which documents make sense in which status.
DOCUMENT_STATUSES = {
    "agenda": ("concept", "agenda_vastgesteld", "in_vergadering", "afgelopen", "vastgesteld"),
    "verslag": ("afgelopen", "vastgesteld"),
    "besluitenlijst": ("in_vergadering", "afgelopen", "vastgesteld"),
    "actielijst": ("concept", "agenda_vastgesteld", "in_vergadering", "afgelopen", "vastgesteld"),
}


@dataclass(frozen=True)
class DetailData:
    meeting: Meeting
    previous: Meeting | None
    next_number: str | None  # the meeting that adopted this one, if any


def load_detail(store: Any, meeting_id: int) -> DetailData:
    queries = MeetingQueries(store)
    meeting = queries.meeting(meeting_id)
    return DetailData(meeting, queries.previous_meeting(meeting_id), meeting.adopted_in)


class MeetingDetail(QWidget):
    back_requested = Signal()
    meeting_changed = Signal()  # something the list shows may have changed
    deleted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self.previous: Meeting | None = None
        self._generation = 0
        self._form_dirty = False
        self._filling = False
        head = self._build_head()
        actions_row = self._build_status_buttons()
        print_row = self._build_print_row()
        self._build_hints()
        self._build_tabs(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.info)
        layout.addLayout(actions_row)
        layout.addLayout(print_row)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

        self.fix_action = make_action(self, self.tr("Fix agenda"), "Ctrl+Shift+F", self.fix_agenda)
        self.reopen_action = make_action(self, self.tr("Reopen agenda"), "Ctrl+Shift+R", self.reopen_agenda)
        self.start_action = make_action(self, self.tr("Start meeting"), "Ctrl+Shift+S", self.start_meeting)
        self.print_action = make_action(
            self, self.tr("Print the agenda"), "Ctrl+P", lambda: self.show_document("agenda")
        )
        self.detail_actions = [
            make_action(self, self.tr("Back to the list of meetings"), "Alt+Left", self.back),
            self.fix_action,
            self.reopen_action,
            self.start_action,
            self.print_action,
            make_action(self, self.tr("Save the meeting data"), "Ctrl+S", self.save_data),
        ]
        self.back_button.clicked.connect(self.back)
        self.fix_button.clicked.connect(self.fix_agenda)
        self.reopen_button.clicked.connect(self.reopen_agenda)
        self.start_button.clicked.connect(self.start_meeting)
        self.live_button.clicked.connect(self.open_live)
        self.save_button.clicked.connect(self.save_data)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.form.changed.connect(self._form_changed)
        self.builder.changed.connect(self.meeting_changed)
        self.previous_panel.changed.connect(self.meeting_changed)
        self.own_panel.changed.connect(self.meeting_changed)
        self.previous_panel.changed.connect(lambda: self.reload(full=False))

    def _build_head(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("← Meetings"), self)
        self.back_button.setAccessibleName(self.tr("Back to the list of meetings"))
        self.back_button.setToolTip(self.tr("Back to the list of meetings (Alt+Left)"))
        self.title = QLabel(self)
        self.title.setObjectName("areaTitle")
        self.status = QLabel(self)
        self.status.setObjectName("meetingStatus")
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.info = QLabel(self)
        self.info.setObjectName("hintText")
        self.info.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        return head

    def _build_status_buttons(self) -> QHBoxLayout:
        self.fix_button = QPushButton(self.tr("Fix agenda"), self)
        self.fix_button.setObjectName("primaryButton")
        self.fix_button.setAccessibleName(self.tr("Fix the agenda"))
        self.fix_button.setToolTip(self.tr("Fix the agenda so it can be sent out (Ctrl+Shift+F)"))
        self.reopen_button = QPushButton(self.tr("Reopen agenda"), self)
        self.reopen_button.setAccessibleName(self.tr("Reopen the agenda"))
        self.reopen_button.setToolTip(self.tr("Reopen the agenda to change it (Ctrl+Shift+R)"))
        self.start_button = QPushButton(self.tr("Start meeting"), self)
        self.start_button.setObjectName("primaryButton")
        self.start_button.setAccessibleName(self.tr("Start the meeting"))
        self.start_button.setToolTip(self.tr("Start the meeting and open the live view (Ctrl+Shift+S)"))
        self.live_button = QPushButton(self.tr("To the meeting"), self)
        self.live_button.setObjectName("primaryButton")
        self.live_button.setAccessibleName(self.tr("Open the live view of the meeting"))
        self.document_buttons: list[tuple[str, QPushButton]] = []
        actions_row = QHBoxLayout()
        for button in (self.fix_button, self.reopen_button, self.start_button, self.live_button):
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        return actions_row

    def _build_print_row(self) -> QHBoxLayout:
        # The documents get a row of their own: next to the status buttons they would not fit a
        # 1366-pixel screen.
        print_row = QHBoxLayout()
        print_label = QLabel(self.tr("Print:"), self)
        print_row.addWidget(print_label)
        for kind, chair, label, name in DOCUMENTS:
            button = QPushButton(t(label), self)
            button.setAccessibleName(t(name))
            button.clicked.connect(lambda _c=False, k=kind, c=chair: self.show_document(k, chair_version=c))
            self.document_buttons.append((kind, button))
            print_row.addWidget(button)
        print_row.addStretch(1)
        return print_row

    def _build_hints(self) -> None:
        self.error = ErrorLine(self)

    def _build_tabs(self, ctx: AppContext) -> None:
        # -- tabs --
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setAccessibleName(self.tr("Parts of the meeting"))
        self.builder = AgendaBuilder(ctx, self.tabs)
        self.data_page = QWidget(self.tabs)
        self.form = MeetingForm(self.data_page)
        self.save_button = QPushButton(self.tr("Save data"), self.data_page)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(self.tr("Save the meeting data"))
        self.save_button.setToolTip(self.tr("Save the meeting data (Ctrl+S)"))
        self.delete_button = QPushButton(self.tr("Delete meeting"), self.data_page)
        self.delete_button.setAccessibleName(self.tr("Delete this meeting"))
        self.saved_hint = QLabel(self.data_page)
        self.saved_hint.setObjectName("okText")
        data_buttons = QHBoxLayout()
        data_buttons.addWidget(self.delete_button)
        data_buttons.addStretch(1)
        data_buttons.addWidget(self.saved_hint)
        data_buttons.addWidget(self.save_button)
        data_layout = QVBoxLayout(self.data_page)
        data_layout.addWidget(self.form, 1)
        data_layout.addLayout(data_buttons)
        self.previous_panel = RecordPanel(ctx, self.tabs)
        self.own_panel = RecordPanel(ctx, self.tabs)
        self.tabs.addTab(self.builder, self.tr("Agenda"))
        self.tabs.addTab(self.data_page, self.tr("Data and participants"))
        self.tabs.addTab(self.previous_panel, self.tr("Previous minutes"))
        self.tabs.addTab(self.own_panel, self.tr("Minutes"))

    def all_actions(self) -> list[QAction]:
        return [*self.detail_actions, *self.builder.shortcut_actions]

    # -- loading --------------------------------------------------------------------------------
    def load(self, meeting_id: int) -> None:
        if self.meeting is not None and self.meeting.id != meeting_id:
            self.flush()
            self.tabs.setCurrentIndex(0)
        self._form_dirty = False
        self.saved_hint.clear()
        self.error.clear()
        self._load(meeting_id, full=True)

    def reload(self, full: bool = True) -> None:
        if self.meeting is not None:
            self._load(self.meeting.id, full=full)

    def _load(self, meeting_id: int, full: bool) -> None:
        self._generation += 1
        generation = self._generation
        self.ctx.worker.with_store(
            lambda store: load_detail(store, meeting_id),
            lambda data: self._loaded(generation, data, full),
            self.error.show_error,
            owner=self,
            label="meeting-detail",
        )

    def _loaded(self, generation: int, data: DetailData, full: bool) -> None:
        if generation != self._generation:
            return
        m = data.meeting
        self.meeting = m
        self.previous = data.previous
        self.title.setText(self.tr("{number} · {date}").format(number=m.number, date=long_date(m.date)))
        self.status.setText(status_label(m.status))
        details = [
            self.tr("{time}, {place}").format(
                time=clock(m.start_time), place=m.place or self.tr("place unknown")
            )
        ]
        if m.chair:
            details.append(self.tr("chair: {name}").format(name=m.chair))
        if m.secretary:
            details.append(self.tr("secretary: {name}").format(name=m.secretary))
        details.append(m.marking or self.tr("no marking"))
        self.info.setText(" · ".join(details))
        if not self._form_dirty:
            self._filling = True
            self.form.set_values(values_of(m))
            self._filling = False
        self.form.set_read_only(m.is_sealed)
        self.save_button.setEnabled(not m.is_sealed)
        self.delete_button.setVisible(m.status == "concept")
        self.builder.load(m.id, editable=m.status == "concept")
        previous_title = (
            self.tr("Previous minutes ({number})").format(number=data.previous.number)
            if data.previous
            else self.tr("Previous minutes")
        )
        self.tabs.setTabText(2, previous_title)
        self.tabs.setTabVisible(2, data.previous is not None)
        self.tabs.setTabVisible(3, m.status in ("afgelopen", "vastgesteld"))
        if full or data.previous is not None:
            self.previous_panel.load(data.previous.id if data.previous else None, m.id)
        if m.status in ("afgelopen", "vastgesteld"):
            self.own_panel.load(m.id, None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        m = self.meeting
        status = m.status if m else ""
        self.fix_button.setVisible(status == "concept")
        self.reopen_button.setVisible(status == "agenda_vastgesteld")
        self.start_button.setVisible(status == "agenda_vastgesteld")
        self.live_button.setVisible(status == "in_vergadering")
        for kind, button in self.document_buttons:
            button.setEnabled(status in DOCUMENT_STATUSES[kind])
        self.fix_action.setEnabled(status == "concept")
        self.reopen_action.setEnabled(status == "agenda_vastgesteld")
        self.start_action.setEnabled(status in ("agenda_vastgesteld", "in_vergadering"))

    # -- navigation and locking -----------------------------------------------------------------
    def back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def flush(self) -> None:
        self.builder.flush()
        if self._form_dirty:
            self.save_data()

    # -- status ---------------------------------------------------------------------------------
    def _transition(self, name: str, then: Any = None, **options: Any) -> None:
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        self.builder.flush()
        self.error.clear()

        def done(meeting: Meeting) -> None:
            self.reload()
            self.meeting_changed.emit()
            if then is not None:
                then(meeting)

        self.ctx.worker.with_store(
            lambda store: getattr(MeetingService(store), name)(meeting_id, **options),
            done,
            self.error.show_error,
            owner=self,
            label=f"meeting-{name}",
        )

    def fix_agenda(self) -> None:
        if self.meeting is not None and self.meeting.status == "concept":
            self._transition("fix_agenda")

    def reopen_agenda(self) -> None:
        if self.meeting is not None and self.meeting.status == "agenda_vastgesteld":
            self._transition("reopen_agenda")

    def start_meeting(self) -> QMessageBox | None:
        """Start and open the live view; on another day than planned, ask first (the question is
        returned, already open)."""
        if self.meeting is not None and self.meeting.status == "in_vergadering":
            self.open_live()  # already started: the same key brings the meeting window back
            return None
        if self.meeting is None or self.meeting.status != "agenda_vastgesteld":
            return None
        today = self.ctx.wall_clock().date()
        box = start_date_question(self.meeting.number, self.meeting.date, today, self)
        if box is None:
            self._transition("start_meeting", lambda meeting: self.open_live())
            return None
        box.accepted.connect(
            lambda: self._transition("start_meeting", lambda meeting: self.open_live(), on_date=today)
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def open_live(self) -> None:
        if self.meeting is None:
            return
        live_opener()(self.ctx, self.window(), self.meeting.id)

    # -- documents ------------------------------------------------------------------------------
    def show_document(self, kind: str, *, chair_version: bool = False) -> None:
        if self.meeting is None:
            return
        from ui.meetings.documents import document_request

        document_opener()(self.ctx, self, document_request(kind, self.meeting, chair_version=chair_version))

    # -- meeting data ---------------------------------------------------------------------------
    def _form_changed(self) -> None:
        if self._filling:
            return
        self._form_dirty = True
        self.saved_hint.clear()

    def save_data(self) -> None:
        if self.meeting is None or self.meeting.is_sealed:
            return
        meeting, values = self.meeting, self.form.values()
        self.save_button.setEnabled(False)
        self.error.clear()

        def done(saved: Meeting) -> None:
            self._form_dirty = False
            self.save_button.setEnabled(True)
            self.saved_hint.setText(self.tr("Saved."))
            self.reload()
            self.meeting_changed.emit()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.error.show_error(exc)
            self.tabs.setCurrentWidget(self.data_page)

        self.ctx.worker.with_store(
            lambda store: save_meeting(store, meeting, values), done, failed, owner=self, label="meeting-save"
        )

    def confirm_delete(self) -> QMessageBox | None:
        if self.meeting is None:
            return None
        meeting_id = self.meeting.id
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete meeting"),
            self.tr("Delete {number}? Its number is not given out again.").format(number=self.meeting.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def delete() -> None:
            self.ctx.worker.with_store(
                lambda store: MeetingService(store).delete_meeting(meeting_id),
                lambda _r: self._deleted(),
                self.error.show_error,
                owner=self,
                label="meeting-delete",
            )

        box.accepted.connect(delete)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _deleted(self) -> None:
        self.meeting = None
        self._form_dirty = False
        self.deleted.emit()
