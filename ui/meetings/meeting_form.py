"""Meeting data and participants: the form of "Nieuw overleg" and of a meeting's data tab.

Participants are kept in the widget until the form is saved: with their organisation (IND, OM or
other, with its name), their role and their attendance (present, absent with apologies, absent).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import Meeting, MeetingQueries, MeetingService, ParticipantInput
from ui.context import AppContext
from ui.dates import display_date_format
from ui.meetings.common import (
    MARKINGS,
    ErrorLine,
    attendance_label,
    make_action,
    organisation_label,
    pydate,
    qdate,
)
from ui.widgets.dialog_keys import save_with_ctrl_enter

ORGANISATIONS = ("IND", "OM", "other")
ATTENDANCES = ("present", "apologies", "absent")
CELL_FIELDS = {0: "name", 2: "role"}  # table column -> the person's field typed in the cell


@dataclass
class Person:
    name: str = ""
    organisation: str = "IND"
    organisation_name: str = ""
    role: str = ""
    attendance: str = "present"
    id: int | None = None

    def fields(self) -> dict[str, str]:
        return {
            "name": self.name.strip(),
            "organisation": self.organisation,
            "organisation_name": self.organisation_name.strip() if self.organisation == "other" else "",
            "role": self.role.strip(),
            "attendance": self.attendance,
        }

    def as_input(self) -> ParticipantInput:
        return ParticipantInput(**self.fields())


class DateField(QDateEdit):
    """A date edit that Tab leaves (QDateEdit would step through day, month and year first; the
    arrow keys and typing move between those)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class TimeField(QTimeEdit):
    """A time edit that Tab leaves (see DateField)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class ParticipantEditor(QWidget):
    """A table of participants and, under it, the fields of the chosen one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[Person] = []
        self._read_only = False
        self._build_table()
        self._build_fields()
        grid = self._build_grid()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)

        self.table.currentCellChanged.connect(lambda _r, _c, _pr, _pc: self._show_current())
        self.table.itemChanged.connect(self._cell_edited)
        self.table.cellDoubleClicked.connect(self._cell_chosen)
        self.name.textEdited.connect(lambda text: self._edit("name", text))
        self.organisation.activated.connect(
            lambda _i: self._edit("organisation", self.organisation.currentData())
        )
        self.organisation_name.textEdited.connect(lambda text: self._edit("organisation_name", text))
        self.role.textEdited.connect(lambda text: self._edit("role", text))
        self.attendance.activated.connect(lambda _i: self._edit("attendance", self.attendance.currentData()))
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_current)
        make_action(self, self.tr("Add participant"), "Ctrl+Shift+N", self.add_person)
        self._show_current()

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("participantTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name or function"), self.tr("Organisation"), self.tr("Role"), self.tr("Attendance")]
        )
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # name and role are typed in the cell as well as below; organisation and attendance are
        # chosen below (a double click on their cell goes there)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self._rendering = False
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _build_fields(self) -> None:
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name or function of the participant"))
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(self.tr("Organisation of the participant"))
        for org in ORGANISATIONS:
            self.organisation.addItem(organisation_label(org), org)
        self.organisation_name = QLineEdit(self)
        self.organisation_name.setAccessibleName(self.tr("Name of the other organisation"))
        self.organisation_name.setPlaceholderText(self.tr("e.g. Politie (TIM)"))
        self.role = QLineEdit(self)
        self.role.setAccessibleName(self.tr("Role at the table"))
        self.role.setPlaceholderText(self.tr("e.g. chair, secretary, member"))
        self.attendance = QComboBox(self)
        self.attendance.setAccessibleName(self.tr("Attendance"))
        for value in ATTENDANCES:
            self.attendance.addItem(attendance_label(value), value)
        self.add_button = QPushButton(self.tr("Add participant"), self)
        self.add_button.setAccessibleName(self.tr("Add participant"))
        self.remove_button = QPushButton(self.tr("Remove participant"), self)
        self.remove_button.setAccessibleName(self.tr("Remove participant"))

    def _build_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (label_text, widget) in enumerate(
            (
                (self.tr("Name or function"), self.name),
                (self.tr("Organisation"), self.organisation),
                (self.tr("Other organisation"), self.organisation_name),
            )
        ):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        for column, (label_text, widget) in enumerate(
            ((self.tr("Role"), self.role), (self.tr("Attendance"), self.attendance))
        ):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 1, column * 2)
            grid.addWidget(widget, 1, column * 2 + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 4, 1, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(5, 1)
        return grid

    # -- content --------------------------------------------------------------------------------
    def set_people(self, people: list[Person]) -> None:
        self.people = [Person(**vars(p)) for p in people]
        self.table.setRowCount(len(self.people))
        for row in range(len(self.people)):
            self._render(row)
        if self.people:
            self.table.setCurrentCell(0, 0)
        self._show_current()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in range(len(self.people)):
            self._render(row)
        self._show_current()

    def _render(self, row: int) -> None:
        p = self.people[row]
        texts = (
            p.name,
            organisation_label(p.organisation, p.organisation_name),
            p.role,
            attendance_label(p.attendance),
        )
        self._rendering = True
        try:
            for column, text in enumerate(texts):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if column in CELL_FIELDS and not self._read_only:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
        finally:
            self._rendering = False

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        name = CELL_FIELDS.get(item.column())
        if self._rendering or name is None or item.row() >= len(self.people):
            return
        if item.row() != self.current_row():
            self.table.setCurrentCell(item.row(), item.column())
        self._edit(name, item.text())
        self._show_current()

    def _cell_chosen(self, _row: int, column: int) -> None:
        target = {1: self.organisation, 3: self.attendance}.get(column)
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.MouseFocusReason)

    def current_row(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.people) else -1

    def _show_current(self) -> None:
        row = self.current_row()
        has = row >= 0
        p = self.people[row] if has else Person()
        self.name.setText(p.name)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(p.organisation)))
        self.organisation_name.setText(p.organisation_name)
        self.role.setText(p.role)
        self.attendance.setCurrentIndex(max(0, self.attendance.findData(p.attendance)))
        editable = has and not self._read_only
        for widget in (self.name, self.organisation, self.role, self.attendance):
            widget.setEnabled(editable)
        self.organisation_name.setEnabled(editable and p.organisation == "other")
        self.add_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(editable)

    def _edit(self, name: str, value: Any) -> None:
        row = self.current_row()
        if row < 0 or self._read_only:
            return
        setattr(self.people[row], name, value)
        if name == "organisation":
            self.organisation_name.setEnabled(value == "other")
        self._render(row)
        self.changed.emit()

    def add_person(self) -> None:
        if self._read_only:
            return
        self.people.append(Person())
        row = len(self.people) - 1
        self.table.setRowCount(len(self.people))
        self._render(row)
        self.table.setCurrentCell(row, 0)
        self._show_current()
        self.name.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0 or self._read_only:
            return
        del self.people[row]
        self.table.removeRow(row)
        if self.people:
            self.table.setCurrentCell(min(row, len(self.people) - 1), 0)
        self._show_current()
        self.changed.emit()

    def result(self) -> list[Person]:
        """The participants with a name (rows left empty are ignored)."""
        return [Person(**vars(p)) for p in self.people if p.name.strip()]


def people_of(meeting: Meeting) -> list[Person]:
    return [
        Person(p.name, p.organisation, p.organisation_name, p.role, p.attendance, p.id)
        for p in meeting.participants
    ]


@dataclass
class MeetingValues:
    date: date
    start_time: time
    place: str
    chair: str
    secretary: str
    marking: str
    people: list[Person] = field(default_factory=list)


class MeetingForm(QWidget):
    """Date, start time, place, chair, secretary, classification marking, participants."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(display_date_format())
        self.date.setAccessibleName(self.tr("Date"))
        self.start = TimeField(self)
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.place = QLineEdit(self)
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("e.g. Den Haag, room 4.12"))
        self.chair = QLineEdit(self)
        self.chair.setAccessibleName(self.tr("Chair"))
        self.secretary = QLineEdit(self)
        self.secretary.setAccessibleName(self.tr("Secretary"))
        self.marking = QComboBox(self)
        self.marking.setEditable(True)
        self.marking.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.marking.setAccessibleName(self.tr("Classification marking"))
        for marking in MARKINGS:
            self.marking.addItem(marking or self.tr("(no marking)"), marking)
        self.participants = ParticipantEditor(self)

        left = QFormLayout()
        left.addRow(self.tr("Date"), self.date)
        left.addRow(self.tr("Start time"), self.start)
        left.addRow(self.tr("Place"), self.place)
        right = QFormLayout()
        right.addRow(self.tr("Chair"), self.chair)
        right.addRow(self.tr("Secretary"), self.secretary)
        right.addRow(self.tr("Marking"), self.marking)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addSpacing(16)
        top.addLayout(right, 1)
        hint = QLabel(
            self.tr(
                "The chair decides the marking; it is printed on every page of the agenda, the minutes "
                "and the decision list."
            ),
            self,
        )
        hint.setObjectName("hintText")
        hint.setWordWrap(True)
        box = QGroupBox(self.tr("Participants and attendance"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.participants)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(box, 1)

        for edit in (self.place, self.chair, self.secretary):
            edit.textEdited.connect(lambda _t: self.changed.emit())
        self.date.dateChanged.connect(lambda _d: self.changed.emit())
        self.start.timeChanged.connect(lambda _t: self.changed.emit())
        self.marking.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.participants.changed.connect(self.changed)

    def set_marking(self, marking: str) -> None:
        index = self.marking.findData(marking)
        if index >= 0:
            self.marking.setCurrentIndex(index)
        else:
            self.marking.setEditText(marking)

    def marking_value(self) -> str:
        text = self.marking.currentText().strip()
        index = self.marking.findText(text)
        if index >= 0:
            return str(self.marking.itemData(index) or "")
        return text

    def set_values(self, values: MeetingValues) -> None:
        self.date.setDate(qdate(values.date))
        self.start.setTime(QTime(values.start_time.hour, values.start_time.minute))
        self.place.setText(values.place)
        self.chair.setText(values.chair)
        self.secretary.setText(values.secretary)
        self.set_marking(values.marking)
        self.participants.set_people(values.people)

    def values(self) -> MeetingValues:
        start = self.start.time()
        return MeetingValues(
            date=pydate(self.date.date()),
            start_time=time(start.hour(), start.minute()),
            place=self.place.text().strip(),
            chair=self.chair.text().strip(),
            secretary=self.secretary.text().strip(),
            marking=self.marking_value(),
            people=self.participants.result(),
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.date, self.start, self.place, self.chair, self.secretary, self.marking):
            widget.setEnabled(not read_only)
        self.participants.set_read_only(read_only)


def values_of(meeting: Meeting) -> MeetingValues:
    return MeetingValues(
        meeting.date,
        meeting.start_time,
        meeting.place,
        meeting.chair,
        meeting.secretary,
        meeting.marking,
        people_of(meeting),
    )


# --- "Nieuw overleg" ----------------------------------------------------------------------------
@dataclass(frozen=True)
class NewMeetingDefaults:
    marking: str
    previous: Meeting | None
    today: date


def load_defaults(store: Any) -> NewMeetingDefaults:
    queries = MeetingQueries(store)
    meetings = queries.list_meetings()
    previous = queries.meeting(meetings[-1].id) if meetings else None
    return NewMeetingDefaults(
        marking=str(store.settings.get("default_marking") or ""),
        previous=previous,
        today=store.now().date(),
    )


def create_meeting(store: Any, values: MeetingValues) -> Meeting:
    return MeetingService(store).create_meeting(
        values.date,
        values.start_time,
        place=values.place,
        chair=values.chair,
        secretary=values.secretary,
        marking=values.marking,
        participants=[p.as_input() for p in values.people],
    )


def save_meeting(store: Any, meeting: Meeting, values: MeetingValues) -> Meeting:
    """Apply the form to the store: changed fields, then added, changed and removed participants."""
    service = MeetingService(store)
    changes: dict[str, object] = {}
    current = values_of(meeting)
    for name in ("date", "start_time", "place", "chair", "secretary", "marking"):
        if getattr(values, name) != getattr(current, name):
            changes[name] = getattr(values, name)
    if changes:
        service.update_meeting(meeting.id, **changes)
    stored = {p.id: p for p in meeting.participants}
    kept = {p.id for p in values.people if p.id is not None}
    for pid in stored:
        if pid not in kept:
            service.remove_participant(pid)
    for person in values.people:
        if person.id is None:
            service.add_participant(meeting.id, person.as_input())
            continue
        before = stored.get(person.id)
        if before is None:
            continue
        wanted = person.fields()
        changed = {k: v for k, v in wanted.items() if getattr(before, k) != v}
        if changed:
            service.update_participant(person.id, **changed)
    return MeetingQueries(store).meeting(meeting.id)


def next_meeting_date(defaults: NewMeetingDefaults) -> date:
    """A proposal: four weeks after the previous meeting, at least a week from today, on a weekday."""
    day = defaults.today + timedelta(days=7)
    if defaults.previous is not None:
        day = max(day, defaults.previous.date + timedelta(days=28))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class NewMeetingDialog(QDialog):
    created = Signal(object)  # Meeting

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New meeting"))
        intro = QLabel(
            self.tr(
                "The meeting gets the next number of its year and the standard agenda items. The "
                "participants of the previous meeting are filled in; adjust them and their attendance."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = MeetingForm(self)
        self.error = ErrorLine(self)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create meeting"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("primaryButton")
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.submit)
        save_with_ctrl_enter(self, self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        ctx.worker.with_store(
            load_defaults, self._defaults, self.error.show_error, owner=self, label="new-meeting"
        )

    def _defaults(self, defaults: NewMeetingDefaults) -> None:
        previous = defaults.previous
        people = people_of(previous) if previous else []
        for p in people:
            p.id = None
            p.attendance = "present"
        self.form.set_values(
            MeetingValues(
                date=next_meeting_date(defaults),
                start_time=previous.start_time if previous else time(10, 0),
                place=previous.place if previous else "",
                chair=previous.chair if previous else "",
                secretary=previous.secretary if previous else "",
                marking=defaults.marking,
                people=people,
            )
        )
        self.create_button.setEnabled(True)
        self.form.date.setFocus()

    def submit(self) -> None:
        values = self.form.values()
        self.create_button.setEnabled(False)
        self.error.clear()

        def failed(exc: BaseException) -> None:
            self.create_button.setEnabled(True)
            self.error.show_error(exc)

        def done(meeting: Meeting) -> None:
            self.created.emit(meeting)
            self.accept()

        self.ctx.worker.with_store(
            lambda store: create_meeting(store, values), done, failed, owner=self, label="meeting-create"
        )
