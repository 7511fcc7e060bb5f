"""The chair's view: the agenda with the current item, the item timer against its planned time, the
meeting clock and the expected end, next/previous/out of order, and the projector controls."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.meetings import ItemMinutes
from ui.live.colours import PHASE_COLOURS
from ui.live.data import LiveData
from ui.live.presentation import default_projector_screen
from ui.live.texts import clock_text, end_delta_text, item_label, outcome_label, status_label, timer_status
from ui.live.timing import ClockState, Phase, format_duration
from ui.meetings.item_titles import display_title
from ui.widgets.fit_text import fit_words

COL_NUMBER, COL_TITLE, COL_STATE, COL_PLANNED, COL_SPENT, COL_QUESTION, COL_DECISION = range(7)
COLUMNS = 7
WIDE = 1000  # from this width on the agenda stands right of the timer
CONTROLS_WIDTH = 560
PREVIEW_HEIGHT = 170
FULL = Qt.ItemDataRole.UserRole + 1  # a cell's whole text, before it is fitted to its column
SUMMARY_LINES = 4  # the card keeps the timer and the agenda in view
QWIDGETSIZE_MAX = (1 << 24) - 1


def phase_icon(phase: str, ink: str, paper: str, size: int, ratio: float) -> QPixmap:
    """A shape that tells the phase without colour: a triangle with "!" in the last minutes, a
    disc with "!" once over time; drawn in the card's own colours, sharp at any scaling."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ink))
    if phase == Phase.WARNING.value:
        painter.drawPolygon(
            QPolygonF([QPointF(size / 2, 1), QPointF(size - 1, size - 2), QPointF(1, size - 2)])
        )
    else:
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(int(size * 0.62))
    painter.setFont(font)
    painter.setPen(QColor(paper))
    top = size * 0.22 if phase == Phase.WARNING.value else 0
    painter.drawText(QRectF(0, top, size, size - top), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return pixmap


def _set(label: QLabel, text: str) -> None:
    """Only touch a label when its text changes (the clock ticks four times a second)."""
    if label.text() != text:
        label.setText(text)


@dataclass(frozen=True)
class ChairControls:
    """What the chair's buttons show besides the meeting's status."""

    paused: bool = False
    presenting: bool = False
    blank: bool = False


class ChairView(QWidget):
    """Shows a meeting (``show``), its clock (``show_clock``) and the projector controls
    (``show_controls``); the user's wishes leave as signals, for the live view to carry out."""

    start_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    pause_requested = Signal()
    take_requested = Signal(int)  # agenda item id
    presentation_requested = Signal()  # show or hide
    blank_requested = Signal()
    close_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._relayout_queued = False
        self._data: LiveData | None = None
        self._clock: ClockState | None = None
        self._controls = ChairControls()
        self.setObjectName("chairView")
        self.setAccessibleName(self.tr("Chair's view"))
        self._build_header()
        self._build_card()
        self._build_navigation()
        self._build_agenda()
        self._build_projector()
        self._build_preview()
        self._build_bottom()
        self._build_layout()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.fill_screens()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(lambda _s: self.fill_screens())
            app.screenRemoved.connect(lambda _s: self.fill_screens())
        self._phase = ""
        self._summary = ""
        self._apply_phase(Phase.NORMAL.value)

    def _build_header(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("areaTitle")
        self.meeting_clock = QLabel(self)
        self.meeting_clock.setAccessibleName(self.tr("Meeting clock"))
        self.expected_end = QLabel(self)
        self.expected_end.setWordWrap(True)
        self.expected_end.setAccessibleName(self.tr("Expected end"))

    def _build_card(self) -> None:
        """The current item and its timer."""
        self.card = QFrame(self)
        self.card.setObjectName("timerCard")
        self.item_title = QLabel(self.card)
        self.item_title.setWordWrap(True)
        self.item_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.item_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.item_title.setFont(font)
        self.item_summary = QLabel(self.card)
        self.item_summary.setWordWrap(True)
        self.item_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.item_question = QLabel(self.card)
        self.item_question.setWordWrap(True)
        self.item_question.setTextFormat(Qt.TextFormat.PlainText)
        self.item_question.setAccessibleName(self.tr("Question to the OM"))
        self.timer_icon = QLabel(self.card)
        self.timer_icon.setFixedSize(28, 28)
        self.timer_text = QLabel(self.card)
        self.timer_text.setAccessibleName(self.tr("Item timer"))
        big = QFont(self.timer_text.font())
        big.setPointSizeF(big.pointSizeF() * 2.6)
        big.setBold(True)
        big.setStyleHint(QFont.StyleHint.Monospace)
        self.timer_text.setFont(big)
        self._timer_points = big.pointSizeF()
        self.timer_status = QLabel(self.card)
        self.timer_status.setAccessibleName(self.tr("Timer status"))
        status_font = self.timer_status.font()
        status_font.setBold(True)
        self.timer_status.setFont(status_font)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_icon)
        timer_row.addWidget(self.timer_text)
        timer_row.addSpacing(12)
        timer_row.addWidget(self.timer_status, 1)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(12, 8, 12, 8)
        card_layout.setSpacing(2)
        card_layout.addWidget(self.item_title)
        card_layout.addWidget(self.item_summary)
        card_layout.addWidget(self.item_question)
        card_layout.addLayout(timer_row)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("hintText")
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Next on the agenda"))

    def _build_navigation(self) -> None:
        self.start_button = QPushButton(self.tr("Open the meeting"), self)
        self.start_button.setObjectName("primaryButton")
        self.start_button.clicked.connect(self.start_requested)
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.previous_button.setToolTip("Alt+←")
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.next_button.setToolTip("Alt+→")
        self.next_button.clicked.connect(self.next_requested)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.setAccessibleName(self.tr("Pause or resume the item timer"))
        self.pause_button.setToolTip("Ctrl+Shift+T")
        self.pause_button.clicked.connect(self.pause_requested)
        for button in (self.start_button, self.previous_button, self.next_button, self.pause_button):
            # a button that kept the keyboard would turn the space bar into "previous item"
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._nav_row = QHBoxLayout()
        self._nav_row.addWidget(self.start_button)
        self._nav_row.addWidget(self.previous_button)
        self._nav_row.addWidget(self.next_button)
        self._nav_row.addWidget(self.pause_button)
        self._nav_row.addStretch(1)

    def _build_agenda(self) -> None:
        self.agenda = QTreeWidget(self)
        self.agenda.setObjectName("liveAgenda")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setColumnCount(COLUMNS)
        self.agenda.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Subject"),
                self.tr("State"),
                self.tr("Planned"),
                self.tr("Spent"),
                self.tr("Question to the OM"),
                self.tr("Decision"),
            ]
        )
        self.agenda.setRootIsDecorated(False)
        self.agenda.setUniformRowHeights(True)
        self.agenda.setAllColumnsShowFocus(True)
        self.agenda.setTabKeyNavigation(False)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.agenda.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_QUESTION, QHeaderView.ResizeMode.Stretch)
        for col in (COL_NUMBER, COL_STATE, COL_PLANNED, COL_SPENT, COL_DECISION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # per case what the IND asks and where its decision stands, right of the subject
        header.sectionResized.connect(lambda *_args: self._relayout_agenda())
        self.agenda.viewport().installEventFilter(self)  # its resize sets the stretched widths
        header.moveSection(header.visualIndex(COL_QUESTION), 2)
        header.moveSection(header.visualIndex(COL_DECISION), 3)
        self.agenda.itemActivated.connect(lambda row, _col: self._take(row))
        self.take_button = QPushButton(self.tr("Take the selected item now"), self)
        self.take_button.setToolTip("Ctrl+Return")
        self.take_button.clicked.connect(self.take_selected)
        self.take_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _build_projector(self) -> None:
        self.screens = QComboBox(self)
        self.screens.setAccessibleName(self.tr("Screen for the presentation"))
        self.present_button = QPushButton(self.tr("Presentation"), self)
        self.present_button.setCheckable(True)
        self.present_button.setAccessibleName(self.tr("Show the presentation screen"))
        self.present_button.setToolTip("F5")
        self.present_button.clicked.connect(lambda _checked: self.presentation_requested.emit())
        self.blank_button = QPushButton(self.tr("Blank"), self)
        self.blank_button.setCheckable(True)
        self.blank_button.setAccessibleName(self.tr("Blank the presentation screen"))
        self.blank_button.setToolTip("Ctrl+B · B")
        self.blank_button.clicked.connect(lambda _checked: self.blank_requested.emit())
        self.present_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.blank_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        screen_label = QLabel(self.tr("Projector"), self)
        screen_label.setBuddy(self.screens)
        self._projector_row = QHBoxLayout()
        self._projector_row.addWidget(screen_label)
        self._projector_row.addWidget(self.screens, 1)
        self._projector_row.addWidget(self.present_button)
        self._projector_row.addWidget(self.blank_button)

    def _build_bottom(self) -> None:
        self.close_button = QPushButton(self.tr("Close the meeting…"), self)
        self.close_button.setToolTip("Ctrl+Shift+E")
        self.close_button.clicked.connect(self.close_requested)
        self.reopen_button = QPushButton(self.tr("Reopen the meeting"), self)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self._bottom_row = QHBoxLayout()
        self._bottom_row.addWidget(self.take_button)
        self._bottom_row.addStretch(1)
        self._bottom_row.addWidget(self.reopen_button)
        self._bottom_row.addWidget(self.close_button)

    def _build_layout(self) -> None:
        header_grid = QGridLayout()
        header_grid.setContentsMargins(0, 0, 0, 0)
        header_grid.addWidget(self.title, 0, 0)
        header_grid.addWidget(self.meeting_clock, 0, 1, Qt.AlignmentFlag.AlignRight)
        header_grid.addWidget(self.expected_end, 1, 0, 1, 2)
        # Two arrangements: next to the secretary's view everything stacks; on its own, on a wide
        # screen, the timer and controls stand left of the agenda (see resizeEvent).
        self.controls = QWidget(self)
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(6)
        controls.addLayout(header_grid)
        controls.addWidget(self.card)
        controls.addWidget(self.next_label)
        controls.addLayout(self._nav_row)
        controls.addLayout(self._bottom_row)
        controls.addLayout(self._projector_row)
        controls.addWidget(self.preview_note)
        controls.addWidget(self.preview)
        self.controls_stretch = QWidget(self.controls)
        self.controls_stretch.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.controls_stretch.setVisible(False)
        controls.addWidget(self.controls_stretch, 1)
        self.outer = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.outer.setContentsMargins(10, 6, 10, 6)
        self.outer.setSpacing(10)
        self.outer.addWidget(self.controls)
        self.outer.addWidget(self.agenda, 1)
        self.wide = False
        for first, second in (
            (self.agenda, self.reopen_button),
            (self.reopen_button, self.close_button),
            (self.close_button, self.screens),
        ):
            QWidget.setTabOrder(first, second)

    def _build_preview(self) -> None:
        """With one screen the presentation shows here, small, instead of covering this screen."""
        self.preview = QFrame(self)
        self.preview.setObjectName("presentationPreviewFrame")
        self.preview.setAccessibleName(self.tr("Preview of the presentation"))
        self.preview.setFixedHeight(PREVIEW_HEIGHT)
        self.preview_note = QLabel(
            self.tr("Only one screen: the presentation is shown here. Connect a projector to show it there."),
            self,
        )
        self.preview_note.setObjectName("hintText")
        self.preview_note.setWordWrap(True)
        preview_layout = QVBoxLayout(self.preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview.setVisible(False)
        self.preview_note.setVisible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._summary:
            QTimer.singleShot(0, self, lambda: self._show_summary(self._summary))  # after the new layout
        wide = event.size().width() >= WIDE
        if wide != self.wide:
            self.wide = wide
            self.outer.setDirection(
                QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
            )
            self.controls.setFixedWidth(CONTROLS_WIDTH if wide else QWIDGETSIZE_MAX)
            self.controls_stretch.setVisible(wide)
            font = self.timer_text.font()
            font.setPointSizeF(self._timer_points * (1.4 if wide else 1.0))
            self.timer_text.setFont(font)

    # -- screens --------------------------------------------------------------------------------
    def fill_screens(self) -> None:
        current = self.screens.currentData()
        self.screens.blockSignals(True)
        self.screens.clear()
        primary = QGuiApplication.primaryScreen()
        for index, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            label = self.tr("Screen {n}: {name} ({w}×{h})").format(
                n=index + 1, name=screen.name() or "-", w=size.width(), h=size.height()
            )
            if screen is primary:
                label = self.tr("{screen}, this laptop").format(screen=label)
            self.screens.addItem(label, screen.name())
        wanted = current
        if wanted is None:
            chosen = default_projector_screen()
            wanted = chosen.name() if chosen is not None else None
        index = self.screens.findData(wanted)
        self.screens.setCurrentIndex(max(index, 0))
        self.screens.blockSignals(False)

    def show_preview(self, widget: QWidget | None) -> None:
        """Hold the embedded presentation (None: the preview is gone)."""
        layout = self.preview.layout()
        if widget is not None and layout is not None:
            layout.addWidget(widget)
            widget.show()
        self.preview.setVisible(widget is not None)
        self.preview_note.setVisible(widget is not None)

    def chosen_screen(self) -> QScreen | None:
        name = self.screens.currentData()
        for screen in QGuiApplication.screens():
            if screen.name() == name:
                return screen
        return None

    # -- data -----------------------------------------------------------------------------------
    @property
    def status(self) -> str:
        return "" if self._data is None else self._data.meeting.status

    def show_meeting(self, data: LiveData, clock: ClockState, controls: ChairControls) -> None:
        """Show the meeting ``data`` (title, agenda) at the moment ``clock``, buttons after ``controls``."""
        self._data = data
        self._clock = clock
        meeting = data.meeting
        self.title.setText(
            self.tr("{number} · {status}").format(number=meeting.number, status=status_label(meeting.status))
        )
        selected = self.selected_item_id()
        current = clock.current
        self.agenda.clear()
        for entry in data.items:
            item = entry.item
            question = data.questions.get(item.case_id, "") if item.case_id else ""
            row = QTreeWidgetItem(
                [
                    str(item.number),
                    display_title(item),
                    "",
                    format_duration(item.planned_minutes * 60),
                    format_duration(clock.spent(item.id)),
                    question,
                    self.decision_state(entry) if item.kind == "case" else "",
                ]
            )
            if question:
                row.setToolTip(COL_QUESTION, question)  # the whole question; the cell is fitted
            row.setData(COL_NUMBER, Qt.ItemDataRole.UserRole, item.id)
            row.setData(COL_TITLE, FULL, display_title(item))
            row.setTextAlignment(COL_NUMBER, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if item.case_summary:
                row.setToolTip(COL_TITLE, item.case_summary)
            self.agenda.addTopLevelItem(row)
            if item.id == (selected if selected is not None else current):
                self.agenda.setCurrentItem(row)
        self.mark_rows(clock)
        self.show_controls(controls)
        self._relayout_agenda()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.agenda.viewport():
            self._relayout_agenda()
        return super().eventFilter(watched, event)

    def _relayout_agenda(self) -> None:
        """Subject and question are cut to their columns at a word (issue 10.10), again whenever
        the widths change; the whole text stays in the tooltip."""
        if not self._relayout_queued:  # not re-entered by the texts it sets
            self._relayout_queued = True
            try:
                self._fit_questions()
            finally:
                self._relayout_queued = False

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = (self.agenda.topLevelItem(index) for index in range(self.agenda.topLevelItemCount()))
        return [row for row in rows if row is not None]

    def _fit_questions(self) -> None:
        header = self.agenda.header()
        metrics = self.agenda.fontMetrics()
        for row in self._rows():
            for col, full in (
                (COL_QUESTION, row.toolTip(COL_QUESTION)),
                (COL_TITLE, row.data(COL_TITLE, FULL)),
            ):
                if full:
                    font = QFontMetrics(row.font(col)) if row.font(col).bold() else metrics
                    row.setText(col, fit_words(full, font, header.sectionSize(col) - 12, 1))

    def _show_summary(self, summary: str) -> None:
        """At most SUMMARY_LINES lines in the card, cut at a word; the whole line in the tooltip."""
        self._summary = summary
        width = self.item_summary.width() if self.item_summary.isVisible() else self.card.width() - 24
        shown = fit_words(summary, self.item_summary.fontMetrics(), width - 2, SUMMARY_LINES)
        _set(self.item_summary, shown)
        self.item_summary.setToolTip(summary if shown != summary else "")
        self.item_summary.setVisible(bool(summary))

    def decision_state(self, entry: ItemMinutes) -> str:
        """ "Aanhouden, concept" / "…, definitief" / "geen besluit" for a case item."""
        if not entry.decisions:
            return self.tr("no decision")
        decision = entry.decisions[0]
        label = outcome_label(decision.outcome, decision.outcome_label)
        if decision.is_final:
            return self.tr("{outcome}, final").format(outcome=label)
        return self.tr("{outcome}, draft").format(outcome=label)

    def mark_rows(self, clock: ClockState, *, select_current: bool = False) -> None:
        """Mark the current item ("now", bold) and the items discussed before."""
        self._clock = clock
        current = clock.current
        for row in self._rows():
            item_id = row.data(COL_NUMBER, Qt.ItemDataRole.UserRole)
            is_current = item_id == current
            if is_current and select_current:
                self.agenda.setCurrentItem(row)
            if is_current:
                state = self.tr("now")
            elif item_id in clock.taken:
                state = self.tr("discussed")
            else:
                state = ""
            row.setText(COL_STATE, state)
            for col in range(COLUMNS):
                font = row.font(col)
                font.setBold(is_current)
                row.setFont(col, font)
            row.setText(COL_NUMBER, ("▶ " if is_current else "") + row.text(COL_NUMBER).lstrip("▶ "))
        self._relayout_agenda()  # bold text is wider: fit again

    def selected_item_id(self) -> int | None:
        row = self.agenda.currentItem()
        return None if row is None else row.data(COL_NUMBER, Qt.ItemDataRole.UserRole)

    def take_selected(self) -> None:
        row = self.agenda.currentItem()
        if row is not None:
            self._take(row)

    def _take(self, row: QTreeWidgetItem) -> None:
        item_id = row.data(COL_NUMBER, Qt.ItemDataRole.UserRole)
        if item_id is not None:
            self.take_requested.emit(int(item_id))

    def show_controls(self, controls: ChairControls) -> None:
        """Buttons that depend on the meeting's status, the pause and the presentation."""
        self._controls = controls
        status = self.status
        running = status == "in_vergadering"
        self.start_button.setVisible(status == "agenda_vastgesteld")
        self.start_button.setEnabled(status == "agenda_vastgesteld")
        for button in (self.previous_button, self.next_button, self.take_button, self.pause_button):
            button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if controls.paused else self.tr("Pause"))
        self.close_button.setVisible(running)
        self.reopen_button.setVisible(status == "afgelopen")
        self.present_button.setChecked(controls.presenting)
        self.blank_button.setEnabled(controls.presenting)
        self.blank_button.setChecked(controls.presenting and controls.blank)

    # -- the clock ------------------------------------------------------------------------------
    def show_clock(self, clock: ClockState) -> None:
        """The card, the meeting clock and the expected end at the moment ``clock``."""
        self._clock = clock
        data = self._data
        if data is None:
            return
        self._show_current(data, clock)
        self._show_next(data, clock)
        elapsed = clock.meeting_elapsed
        now = clock_text(clock.now)
        if elapsed is None:
            _set(self.meeting_clock, self.tr("Now {now}").format(now=now))
        else:
            _set(
                self.meeting_clock,
                self.tr("Meeting {elapsed} · now {now}").format(elapsed=format_duration(elapsed), now=now),
            )
        planned_end = clock_text(data.planned_end)
        if self.status in ("afgelopen", "vastgesteld"):
            _set(self.expected_end, self.tr("Planned end {planned}").format(planned=planned_end))
        else:
            _set(
                self.expected_end,
                self.tr("Expected end {time} — {delta}").format(
                    time=clock_text(clock.expected_end),
                    delta=end_delta_text(clock.end_delta_minutes, planned_end),
                ),
            )

    def _show_current(self, data: LiveData, clock: ClockState) -> None:
        current = data.item(clock.current)
        if current is None:
            if self.status == "agenda_vastgesteld":
                _set(self.item_title, self.tr("The meeting has not started yet."))
            elif self.status in ("afgelopen", "vastgesteld"):
                _set(self.item_title, self.tr("The meeting has ended."))
            else:
                _set(self.item_title, self.tr("No item taken yet: choose Next or an item from the agenda."))
            self.item_summary.setVisible(False)
            self.item_question.setVisible(False)
            _set(self.timer_text, "")
            _set(self.timer_status, "")
            self._apply_phase(Phase.NORMAL.value)
            return
        item = current.item
        _set(self.item_title, item_label(item))
        self._show_summary(item.case_summary)
        question = data.questions.get(item.case_id, "") if item.case_id else ""
        _set(self.item_question, self.tr("Question to the OM: {question}").format(question=question))
        self.item_question.setVisible(bool(question))
        state = clock.item
        planned = format_duration(state.planned) if state.timed else "–"
        _set(self.timer_text, f"{format_duration(state.elapsed)} / {planned}")
        _set(self.timer_status, timer_status(state))
        self._apply_phase(state.phase.value)
        self._update_spent(item.id, clock)

    def _show_next(self, data: LiveData, clock: ClockState) -> None:
        """The first item after the current one that was not discussed yet."""
        index = data.index(clock.current)
        upcoming = (
            [e.item for e in data.items[index + 1 :] if e.item.id not in clock.taken]
            if self.status == "in_vergadering"
            else []
        )
        text = (
            self.tr("Next: {item} ({minutes} min planned)").format(
                item=item_label(upcoming[0]), minutes=upcoming[0].planned_minutes
            )
            if upcoming
            else ""
        )
        if text != self.next_label.text():
            _set(self.next_label, text)
            self.next_label.setVisible(bool(text))

    def _update_spent(self, item_id: int, clock: ClockState) -> None:
        for row in self._rows():
            if row.data(COL_NUMBER, Qt.ItemDataRole.UserRole) == item_id:
                row.setText(COL_SPENT, format_duration(clock.spent(item_id)))
                return

    def _apply_phase(self, phase: str) -> None:
        if phase == self._phase:
            return
        self._phase = phase
        background, text = PHASE_COLOURS[phase]
        self.card.setProperty("phase", phase)
        self.card.setStyleSheet(
            f"QFrame#timerCard {{ background: {background}; border-radius: 6px; }}"
            f"QFrame#timerCard QLabel {{ color: {text}; background: transparent; }}"
        )
        if phase == Phase.NORMAL.value:
            self.timer_icon.clear()
            self.timer_icon.setVisible(False)
        else:
            ratio = self.devicePixelRatioF()
            self.timer_icon.setPixmap(phase_icon(phase, text, background, 26, ratio))
            self.timer_icon.setVisible(True)

    @property
    def phase(self) -> str:
        return self._phase
