"""The inline panel that appears when the anonymity guard stopped a save: which fields, which kinds
of personal data where (never the data itself), and the one way to keep it anyway: a reason for
each finding, not one reason for all of them.

Keyboard: the panel's controls follow the form in the Tab order; Alt+T jumps to the first finding
(Tonen / Show); Enter in a reason field goes to the next one and keeps after the last; Alt+B keeps
(Bewaren / Keep). The reasons are written to the audit log, so the panel tells the user not to
repeat the data in them. A valid BSN, V-nummer or document number cannot be kept at all
(``set_not_keepable``): the panel then only says where it is, and that it must go.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from storage.anonymity import MIN_REASON_LENGTH, FieldFinding, Keep, unkeepable
from ui.widgets.guarded_text import Mark


@dataclass(frozen=True)
class BlockedField:
    field: str
    label: str  # the field's label as shown in the form
    marks: tuple[Mark, ...]  # the unaccepted findings the user sees underlined


def _key(field: str, mark: Mark) -> tuple[str, str, int, int]:
    return (field, mark.kind, mark.start, mark.end)


def keepable(field: str, text: str, marks: tuple[Mark, ...]) -> bool:
    """False when one of the marks is a valid BSN, V-nummer or document number in ``text``."""
    return not any(
        unkeepable(FieldFinding(field, m.kind, m.start, m.end, False, m.basis), text) for m in marks
    )


MAX_ROWS_HEIGHT = 230  # about eight findings; more scroll inside the panel instead of growing it


class _RowsArea(QScrollArea):
    """The findings with their reasons: as tall as they need, up to ``MAX_ROWS_HEIGHT``; beyond
    that they scroll (Tab and Enter keep the reason being typed in view)."""

    def __init__(self, rows: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("guardFindings")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setWidget(rows)
        rows.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        rows.installEventFilter(self)  # a row shown or rewrapped later changes the height needed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        rows = self.widget()
        if rows is None:
            return
        width = max(1, self.viewport().width())
        layout = rows.layout()
        needed = (
            layout.totalHeightForWidth(width)
            if layout is not None and layout.hasHeightForWidth()
            else rows.sizeHint().height()
        )
        height = min(max(needed, 0), MAX_ROWS_HEIGHT)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.horizontalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class GuardPanel(QFrame):
    keep_requested = Signal(str)  # the first reason; ``keeps()`` has one Keep per finding
    goto_requested = Signal(str)  # a field name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guardPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#guardPanel { border: 2px solid #B00020; border-radius: 4px; background: palette(base); }"
        )
        self.title = QLabel(self.tr("Possible personal data: not saved"), self)
        self.title.setObjectName("errorText")
        self.title.setWordWrap(True)
        self.details = QLabel(self)  # every finding in one text (for the screen reader and messages)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hintText")
        self.goto_button = QPushButton(self.tr("&Show"), self)
        self.goto_button.setAccessibleName(self.tr("Show the first finding in its field"))
        self.rows = QWidget(self)
        self.rows.setObjectName("guardRows")
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.reasons: list[QLineEdit] = []
        self._row_labels: list[QLabel] = []
        self._keys: list[tuple[str, str, int, int]] = []
        self._spare = self._new_reason()  # stands in as ``reason`` while no finding is shown
        self.keep_button = QPushButton(self.tr("&Keep with reasons"), self)
        self.keep_button.setAccessibleName(self.tr("Keep with reasons"))
        self.keep_button.setEnabled(False)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.goto_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.rows_area = _RowsArea(self.rows, self)
        layout.addWidget(self.rows_area)
        layout.addWidget(self.hint)
        layout.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error)
        self._fields: list[BlockedField] = []
        self._ready = False
        self._keepable = True
        self.keep_button.clicked.connect(self._keep)
        self.goto_button.clicked.connect(self._goto)
        self.setAccessibleName(self.tr("Possible personal data: not saved"))
        self._set_hint()
        self.hide()

    # -- reasons, one per finding -------------------------------------------------------------------
    def _new_reason(self) -> QLineEdit:
        edit = QLineEdit(self.rows)
        edit.setPlaceholderText(self.tr("Why may this stay? e.g. 'pseudonym used by the IND'"))
        edit.setAccessibleName(self.tr("Reason for keeping this finding"))
        edit.setMaxLength(300)
        edit.textChanged.connect(self._update_button)
        edit.returnPressed.connect(lambda e=edit: self._next_or_keep(e))
        edit.installEventFilter(self)
        edit.hide()
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self.reasons:
            self.rows_area.ensureWidgetVisible(watched, 0, 12)  # the reason being typed stays in view
            self.rows_area.horizontalScrollBar().setValue(0)  # never with the findings scrolled away
        return super().eventFilter(watched, event)

    @property
    def reason(self) -> QLineEdit:
        """The first reason field (where the cursor goes when the panel opens)."""
        return self.reasons[0] if self.reasons else self._spare

    def _rebuild(self, keys: list[tuple[str, str, int, int]], lines: list[str]) -> None:
        typed = {key: edit.text() for key, edit in zip(self._keys, self.reasons, strict=False)}
        if keys == self._keys:
            for label, line in zip(self._row_labels, lines, strict=True):
                label.setText(line)
            return
        for widget in (*self._row_labels, *self.reasons):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._row_labels, self.reasons, self._keys = [], [], keys
        previous: QWidget | None = None
        for row, (key, line) in enumerate(zip(keys, lines, strict=True)):
            label = QLabel(line, self.rows)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.show()  # now, not queued: the findings area is sized with every row in it
            edit = self._new_reason()
            edit.setText(typed.get(key, ""))
            edit.setAccessibleDescription(line)
            label.setBuddy(edit)
            edit.setVisible(self._keepable)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(edit, row, 1, Qt.AlignmentFlag.AlignTop)
            self._row_labels.append(label)
            self.reasons.append(edit)
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit
        if previous is not None:
            QWidget.setTabOrder(previous, self.keep_button)
        self.rows_area.fit()

    def _next_or_keep(self, edit: QLineEdit) -> None:
        index = self.reasons.index(edit) if edit in self.reasons else -1
        if 0 <= index < len(self.reasons) - 1:
            self.reasons[index + 1].setFocus()
        else:
            self._keep()

    # -- showing ------------------------------------------------------------------------------------
    def show_fields(self, fields: list[BlockedField], *, ready: bool, keepable: bool = True) -> None:
        """Show what blocks the save; ``ready`` is False while a field is still being scanned;
        ``keepable`` False: a valid BSN, V-nummer or document number, which must be removed."""
        self._fields = fields
        self._ready = ready
        self._keepable = keepable
        if not fields:
            self.clear()
            return
        lines, keys, checking = [], [], []
        for item in fields:
            if not item.marks:
                checking.append(self.tr("{field}: checking…").format(field=item.label))
                continue
            for mark in item.marks:
                lines.append(
                    self.tr("{field}: {kind} (characters {start}–{end}) — {reason}").format(
                        field=item.label,
                        kind=mark.label(),
                        start=mark.start + 1,
                        end=mark.end,
                        reason=mark.reason(),
                    )
                )
                keys.append(_key(item.field, mark))
        self._rebuild(keys, lines)
        for edit in self.reasons:
            edit.setVisible(keepable)
        # Every finding in one text; shown only while a field is still being checked (the rows
        # show the findings themselves).
        self.details.setText("\n".join(lines + checking))
        self.details.setVisible(bool(checking))
        self.setAccessibleDescription(self.details.text())
        self.keep_button.setVisible(keepable)
        self._set_hint()
        self._update_button()
        self.show()
        self.rows_area.fit()
        self.updateGeometry()

    def set_not_keepable(self, fields: list[BlockedField]) -> None:
        self.show_fields(fields, ready=True, keepable=False)

    def _set_hint(self) -> None:
        if self._keepable:
            self.hint.setText(
                self.tr(
                    "Remove it from the text, or keep it deliberately: give a reason for each finding. "
                    "The reasons go into the audit log; do not repeat the data itself in them."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "A valid BSN, V-number or document number can never be kept, not even with a "
                    "reason: remove it from the text."
                )
            )

    def clear(self) -> None:
        self._fields = []
        self._rebuild([], [])
        self.details.clear()
        self.error.clear()
        self.error.hide()
        self._spare.clear()
        self.hide()
        self.updateGeometry()

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @property
    def fields(self) -> list[BlockedField]:
        return list(self._fields)

    def keeps(self) -> list[Keep]:
        """One Keep per finding shown, each with its own reason."""
        return [
            Keep(field, ((start, end),), " ".join(edit.text().split()))
            for (field, _kind, start, end), edit in zip(self._keys, self.reasons, strict=True)
        ]

    def _update_button(self) -> None:
        ok = bool(self.reasons) and all(
            len(" ".join(edit.text().split())) >= MIN_REASON_LENGTH for edit in self.reasons
        )
        self.keep_button.setEnabled(ok and self._ready and self._keepable)

    def _keep(self) -> None:
        if not self.keep_button.isEnabled():
            return
        self.set_error("")
        self.keep_requested.emit(" ".join(self.reason.text().split()))

    def _goto(self) -> None:
        if self._fields:
            self.goto_requested.emit(self._fields[0].field)
