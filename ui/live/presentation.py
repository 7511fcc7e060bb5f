"""The projector window: the current item's title, the case's anonymised summary and the timer.

It receives only :class:`ui.live.public.PublicSlide` and :class:`PublicTimer` objects (checked),
never minutes, notes, presence or decisions, and it imports nothing from the store. ``B`` (or
``.``) blanks it; blanking also empties every label, so a blanked window holds no text at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from ui.live.colours import PHASE_COLOURS, PROJECTOR_BACKGROUND, PROJECTOR_MUTED, PROJECTOR_TEXT
from ui.live.public import PublicSlide, PublicTimer


class PresentationWindow(QWidget):
    blank_changed = Signal(bool)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None, *, embedded: bool = False) -> None:
        # embedded: a preview inside the chair's view, for when the only screen is the laptop's own
        super().__init__(parent, Qt.WindowType.Widget if embedded else Qt.WindowType.Window)
        self.embedded = embedded
        self.setObjectName("presentationPreview" if embedded else "presentationWindow")
        self.setWindowTitle(self.tr("Overlegtafel — presentation"))
        self.setAccessibleName(self.tr("Presentation screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if embedded:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.BlankCursor)
            # showing it (also again after an unlock) never takes the keyboard from the minutes
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self._slide: PublicSlide | None = None
        self._timer: PublicTimer | None = None
        self._blank = False
        # Kept in Python: PySide6 6.12 QObject.property() on an unset name corrupts None's refcount.
        self._phase = "normal"

        self.content = QWidget(self)
        self.content.setObjectName("presentationContent")
        self.heading = self._label("presentationHeading", PROJECTOR_MUTED)
        self.title = self._label("presentationTitle", PROJECTOR_TEXT)
        self.summary = self._label("presentationSummary", PROJECTOR_TEXT)
        self.timer_box = QFrame(self.content)
        self.timer_box.setObjectName("presentationTimer")
        self.timer_text = QLabel(self.timer_box)
        self.timer_text.setObjectName("presentationTimerText")
        self.timer_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_status = QLabel(self.timer_box)
        self.timer_status.setObjectName("presentationTimerStatus")
        self.timer_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self.timer_box)
        box.addWidget(self.timer_text)
        box.addWidget(self.timer_status)
        body = QVBoxLayout(self.content)
        if embedded:
            body.setContentsMargins(10, 6, 10, 6)
            body.setSpacing(4)
        else:
            body.setContentsMargins(60, 40, 60, 40)
            body.setSpacing(20)
        body.addWidget(self.heading)
        body.addWidget(self.title)
        body.addWidget(self.summary)
        body.addStretch(1)
        body.addWidget(self.timer_box, 0, Qt.AlignmentFlag.AlignHCenter)

        self.black = QWidget(self)
        self.black.setObjectName("presentationBlank")
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.black)
        self.setStyleSheet(
            f"QWidget#presentationContent {{ background: {PROJECTOR_BACKGROUND}; }}"
            "QWidget#presentationBlank { background: #000000; }"
        )
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), Qt.GlobalColor.black)
        self.setPalette(pal)
        self._apply_timer_style()
        self._fit_fonts()

    def _label(self, name: str, colour: str) -> QLabel:
        label = QLabel(self.content)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        # Ignored width: a word longer than the screen (word wrap cannot break it) is cut at the
        # edge instead of widening the full-screen window and pushing the timer off the projector.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setStyleSheet(f"color: {colour};")
        return label

    # -- the public data ------------------------------------------------------------------------
    def show_slide(self, slide: PublicSlide) -> None:
        if not isinstance(slide, PublicSlide):
            raise TypeError("the presentation window only shows a PublicSlide")
        self._slide = slide
        if slide.timer is not None:
            self._timer = slide.timer
        self._render()

    def set_timer(self, timer: PublicTimer | None) -> None:
        if timer is not None and not isinstance(timer, PublicTimer):
            raise TypeError("the presentation window only shows a PublicTimer")
        self._timer = timer
        self._render_timer()

    @property
    def slide(self) -> PublicSlide | None:
        return self._slide

    # -- blanking -------------------------------------------------------------------------------
    @property
    def is_blank(self) -> bool:
        return self._blank

    def set_blank(self, blank: bool) -> None:
        if blank == self._blank:
            return
        self._blank = blank
        self._render()
        self.blank_changed.emit(blank)

    def toggle_blank(self) -> None:
        self.set_blank(not self._blank)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # always a way out of a full-screen window
            event.accept()
            self.close()
            return
        if event.key() in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.toggle_blank()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- drawing --------------------------------------------------------------------------------
    def _render(self) -> None:
        slide = None if self._blank else self._slide
        self.stack.setCurrentWidget(self.black if self._blank else self.content)
        self.heading.setText(slide.heading if slide else "")
        self.title.setText(slide.title if slide else "")
        self.summary.setText(slide.summary if slide else "")
        self.summary.setVisible(bool(slide and slide.summary))
        self._render_timer()

    def _render_timer(self) -> None:
        timer = None if self._blank or self._slide is None else self._timer
        if timer is None or not timer.elapsed:
            self.timer_text.setText("")
            self.timer_status.setText("")
            self.timer_box.setVisible(False)
            return
        shown = f"{timer.elapsed} / {timer.planned}" if timer.planned else timer.elapsed
        self.timer_text.setText(shown)
        self.timer_status.setText(timer.status)
        self.timer_box.setVisible(True)
        if self._phase != timer.phase:
            self._phase = timer.phase
            self.timer_box.setProperty("phase", timer.phase)
            self._apply_timer_style()

    def _apply_timer_style(self) -> None:
        background, text = PHASE_COLOURS.get(self._phase, PHASE_COLOURS["normal"])
        self.timer_box.setStyleSheet(
            f"QFrame#presentationTimer {{ background: {background}; border-radius: 16px; }}"
            f"QFrame#presentationTimer QLabel {{ color: {text}; background: transparent; }}"
        )

    def _fit_fonts(self) -> None:
        height = max(self.height(), 100 if self.embedded else 300)
        width = max(self.width(), 160 if self.embedded else 400)
        smallest = 7 if self.embedded else 12
        for label, share, bold in (
            (self.heading, 28, False),
            (self.title, 14, True),
            (self.summary, 22, False),
            (self.timer_text, 8, True),
            (self.timer_status, 22, False),
        ):
            font = label.font()
            font.setPixelSize(max(smallest, height // share))
            font.setBold(bold)
            label.setFont(font)
        # the timer ("10:42 / 10:00", up to "1:02:05 / 1:30:00") must fit the box on any screen
        box = int(width * 0.8)
        font = self.timer_text.font()
        while (
            font.pixelSize() > smallest
            and QFontMetrics(font).horizontalAdvance("0:00:00 / 0:00:00") > box - 40
        ):
            font.setPixelSize(font.pixelSize() - 2)
        self.timer_text.setFont(font)
        pad = 20 if self.embedded else 80
        self.timer_box.setMinimumWidth(min(box, QFontMetrics(font).horizontalAdvance("00:00 / 00:00") + pad))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    # -- placement ------------------------------------------------------------------------------
    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the first screen other than the primary one by default)."""
        screen = screen or default_projector_screen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._slide = None
        self._timer = None
        self._render()
        self.closed.emit()
        super().closeEvent(event)


def projector_apart(screen: QScreen | None, own: QScreen | None) -> bool:
    """Whether ``screen`` is a screen of its own for the audience, so a full-screen window there
    does not cover the screen the chair works on."""
    return screen is not None and len(QGuiApplication.screens()) > 1 and screen is not own


def default_projector_screen() -> QScreen | None:
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not primary]
    return others[0] if others else primary
