"""A text field with the anonymity guard built in: what looks like personal data is underlined as
you type (red wave), with the guard's reason as tooltip; findings that were kept with a reason get
a grey dotted line instead. Scanning is debounced and runs off the GUI thread (``guard_scan``).

One widget for one-line and multi-line fields (``multiline=False`` gives a one-line field that
moves on with Enter), so every text field of every editor behaves the same. The widget's own
undo is off: editors keep one QUndoStack for the whole form and get ``undo_requested`` /
``redo_requested`` from Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y).

Offsets in the public API (``findings``, ``select_span``) are Python string offsets of ``text()``;
the widget converts them to Qt's UTF-16 positions itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QToolTip, QWidget

from storage.anonymity import is_known_name, normalise_span
from storage.guard import Finding, kind_label
from storage.i18n import language
from ui.widgets.guard_scan import GuardScanner

_LINE_BREAKS = re.compile(r"[ \t]*[\r\n\u2028\u2029]+[ \t]*")
UNACCEPTED_COLOUR = QColor("#B00020")
UNACCEPTED_BACKGROUND = QColor("#FCE4E4")
BLOCKED_STYLE = "QPlainTextEdit { border: 2px solid #B00020; border-radius: 2px; }"
KEPT_COLOUR = QColor("#6B7178")


@dataclass(frozen=True)
class Mark:
    """A finding as shown in the field: Python offsets, and whether it was kept before."""

    kind: str
    start: int
    end: int
    kept: bool
    basis: str = ""

    def reason(self, lang: str | None = None) -> str:
        return Finding(self.kind, self.start, self.end, self.basis).reason(lang or language())

    def label(self, lang: str | None = None) -> str:
        return kind_label(self.kind, lang or language())


def utf16_offsets(text: str) -> list[int] | None:
    """Qt position of each Python offset (None when they are the same: no astral characters)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    out = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        out[i] = pos
        pos += 2 if ord(ch) >= 0x10000 else 1
    out[len(text)] = pos
    return out


class _Highlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.spans: list[tuple[int, int, bool]] = []  # Qt positions, kept?
        self._bad = QTextCharFormat()
        self._bad.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._bad.setUnderlineColor(UNACCEPTED_COLOUR)
        self._bad.setBackground(UNACCEPTED_BACKGROUND)  # not by the wavy line alone
        self._kept = QTextCharFormat()
        self._kept.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self._kept.setUnderlineColor(KEPT_COLOUR)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start, end = block.position(), block.position() + block.length()
        for s, e, kept in self.spans:
            if e <= start or s >= end:
                continue
            a, b = max(s, start) - start, min(e, end) - start
            self.setFormat(a, b - a, self._kept if kept else self._bad)


class GuardedTextEdit(QPlainTextEdit):
    edited = Signal(str)  # the user changed the text (not set_text)
    findings_changed = Signal()
    undo_requested = Signal()
    redo_requested = Signal()
    focus_left = Signal()

    def __init__(
        self,
        field_name: str,
        accessible_name: str,
        *,
        multiline: bool = True,
        guard: bool = True,
        lines: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field_name = field_name
        self.multiline = multiline
        self.guard = guard
        self.setObjectName(f"field_{field_name}")
        self.setAccessibleName(accessible_name)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._programmatic = False
        self._current_text = ""
        self._marks: list[Mark] = []
        self._scanned_text: str | None = None
        self._kept: set[str] = set()
        self._findings: list[Finding] = []
        self._known_names: tuple[str, ...] = ()
        self._highlighter = _Highlighter(self.document())
        if multiline:
            self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            height = self.fontMetrics().lineSpacing() * lines + 14
            self.setMinimumHeight(min(height, self.fontMetrics().lineSpacing() * 2 + 14))
            self._hint_height = height
        else:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.document().setDocumentMargin(3)
            height = self.fontMetrics().lineSpacing() + 14
            self.setFixedHeight(height)
            self._hint_height = height
        self.scanner: GuardScanner | None = GuardScanner(self) if guard else None
        if self.scanner is not None:
            self.scanner.findings_ready.connect(self._on_findings)
        self.textChanged.connect(self._on_text_changed)
        self.viewport().installEventFilter(self)

    # -- text ---------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._hint_height)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str, *, kept_spans: set[str] | None = None) -> None:
        """Replace the text without counting it as an edit (loading, undo/redo)."""
        if kept_spans is not None:
            self._kept = set(kept_spans)
        if text == self.toPlainText():
            self._rescan()
            return
        cursor_at = self.textCursor().position()
        self._programmatic = True
        try:
            self.setPlainText(text)
        finally:
            self._programmatic = False
        cursor = self.textCursor()
        cursor.setPosition(min(cursor_at, len(self.toPlainText().encode("utf-16-le")) // 2))
        self.setTextCursor(cursor)
        self._rescan()

    def _on_text_changed(self) -> None:
        text = self.toPlainText()
        if text == self._current_text:
            return  # only formats changed (the highlighter): not an edit
        self._current_text = text
        if not self._programmatic:
            if not self.multiline and "\n" in text:
                self._programmatic = True
                try:
                    cursor = self.textCursor()
                    position = cursor.position()
                    self.setPlainText(text.replace("\n", " "))
                    cursor = self.textCursor()
                    cursor.setPosition(min(position, len(self.toPlainText())))
                    self.setTextCursor(cursor)
                finally:
                    self._programmatic = False
                text = self.toPlainText()
                self._current_text = text
            self.edited.emit(text)
        self._rescan()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not self.multiline and source.hasText():
            self.insertPlainText(_LINE_BREAKS.sub(" ", source.text()))  # one line: breaks become spaces
            return
        if source.hasText():
            self.insertPlainText(source.text())  # plain text only: no hidden formatting, no images
            return
        super().insertFromMimeData(source)

    # -- guard --------------------------------------------------------------------------------------
    def _rescan(self) -> None:
        if self.scanner is None:
            return
        self.scanner.request(self.toPlainText())

    def rescan_now(self) -> None:
        if self.scanner is not None:
            self.scanner.request(self.toPlainText(), immediately=True)

    def _on_findings(self, text: str, findings: list[Finding]) -> None:
        if text != self.toPlainText():
            return  # stale: a newer scan is on its way
        self._scanned_text = text
        self._findings = [
            f
            for f in findings
            if not (f.kind == "person" and is_known_name(text[f.start : f.end], self._known_names))
        ]
        self._apply_marks()

    def set_known_names(self, names: tuple[str, ...]) -> None:
        """Names that are not flagged here (the meeting's own participants, in its minutes)."""
        if names != self._known_names:
            self._known_names = names
            self._rescan()

    def _apply_marks(self) -> None:
        text = self._scanned_text or ""
        marks = [
            Mark(f.kind, f.start, f.end, normalise_span(text[f.start : f.end]) in self._kept, f.basis)
            for f in self._findings
        ]
        self._marks = marks
        offsets = utf16_offsets(text)
        self._highlighter.spans = [
            (offsets[m.start], offsets[m.end], m.kept) if offsets else (m.start, m.end, m.kept) for m in marks
        ]
        self._highlighter.rehighlight()
        self._update_description()
        self.findings_changed.emit()

    @property
    def scan_current(self) -> bool:
        """Whether ``findings`` describe the text as it is now."""
        return self.scanner is None or (self._scanned_text == self.toPlainText() and not self.scanner.busy)

    @property
    def findings(self) -> list[Mark]:
        return list(self._marks) if self.scan_current else []

    def unaccepted(self) -> list[Mark]:
        return [m for m in self.findings if not m.kept]

    def keep(self, marks: list[Mark]) -> None:
        """Mark these findings as kept (after the store accepted the reason)."""
        text = self.toPlainText()
        for m in marks:
            self._kept.add(normalise_span(text[m.start : m.end]))
        self._apply_marks()

    def kept_spans(self) -> set[str]:
        return set(self._kept)

    def set_blocked(self, blocked: bool) -> None:
        if bool(self.property("guardBlocked")) == blocked:
            return
        self.setProperty("guardBlocked", blocked)
        # A style sheet only while blocked: one per field for every form would cost a parse each.
        self.setStyleSheet(BLOCKED_STYLE if blocked else "")
        self._update_description()

    def _update_description(self) -> None:
        marks = self._marks
        if not marks:
            self.setAccessibleDescription("")
            self.setToolTip("")
            return
        open_marks = [m for m in marks if not m.kept]
        kinds = ", ".join(sorted({m.label() for m in open_marks or marks}))
        if open_marks:
            text = self.tr("Possible personal data: {kinds}").format(kinds=kinds)
        else:
            text = self.tr("Kept with a reason: {kinds}").format(kinds=kinds)
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def underlined_ranges(self) -> list[tuple[int, int, str]]:
        """What is drawn: (start, end, "wave" | "dotted") in document positions, from the layout
        formats the highlighter applied (for tests and screen readers)."""
        out = []
        block = self.document().begin()
        while block.isValid():
            for fmt_range in block.layout().formats():
                style = fmt_range.format.underlineStyle()
                if style == QTextCharFormat.UnderlineStyle.WaveUnderline:
                    kind = "wave"
                elif style == QTextCharFormat.UnderlineStyle.DotLine:
                    kind = "dotted"
                else:
                    continue
                start = block.position() + fmt_range.start
                out.append((start, start + fmt_range.length, kind))
            block = block.next()
        return out

    def mark_at(self, qt_position: int) -> Mark | None:
        for m, (s, e, _kept) in zip(self._marks, self._highlighter.spans, strict=False):
            if s <= qt_position < e:
                return m
        return None

    def select_span(self, start: int, end: int) -> None:
        offsets = utf16_offsets(self.toPlainText())
        a, b = (offsets[start], offsets[end]) if offsets else (start, end)
        cursor = self.textCursor()
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- events -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())  # type: ignore[attr-defined]
            mark = self.mark_at(cursor.position())
            if mark is not None:
                prefix = self.tr("Kept with a reason") + " — " if mark.kept else ""
                QToolTip.showText(event.globalPos(), prefix + mark.reason(), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.redo_requested.emit()
            return
        if not self.multiline and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()
