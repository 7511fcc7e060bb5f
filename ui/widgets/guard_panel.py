"""The inline panel that appears when the anonymity guard stopped a save: which fields, which kinds
of personal data where (never the data itself), and the one way to keep it anyway: a reason.

Keyboard: the panel's controls follow the form in the Tab order; Alt+T jumps to the first finding
(Tonen / Show), the reason field takes Enter, Alt+B keeps (Bewaren / Keep). The reason is written to
the audit log, so the panel tells the user not to repeat the data in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from storage.anonymity import MIN_REASON_LENGTH
from ui.widgets.guarded_text import Mark


@dataclass(frozen=True)
class BlockedField:
    field: str
    label: str  # the field's label as shown in the form
    marks: tuple[Mark, ...]  # the unaccepted findings the user sees underlined


class GuardPanel(QFrame):
    keep_requested = Signal(str)  # the reason
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
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(
            self.tr(
                "Remove it from the text, or keep it deliberately: why may it stay? The reason goes "
                "into the audit log; do not repeat the data itself in it."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hintText")
        self.goto_button = QPushButton(self.tr("&Show"), self)
        self.goto_button.setAccessibleName(self.tr("Show the first finding in its field"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason, e.g. 'pseudonym used by the IND, not a real name'"))
        self.reason.setAccessibleName(self.tr("Reason for keeping possible personal data"))
        self.reason.setMaxLength(300)
        self.keep_button = QPushButton(self.tr("&Keep with reason"), self)
        self.keep_button.setAccessibleName(self.tr("Keep with reason"))
        self.keep_button.setEnabled(False)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.goto_button)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._fields: list[BlockedField] = []
        self._ready = False
        self.reason.textChanged.connect(self._update_button)
        self.reason.returnPressed.connect(self._keep)
        self.keep_button.clicked.connect(self._keep)
        self.goto_button.clicked.connect(self._goto)
        self.setAccessibleName(self.tr("Possible personal data: not saved"))
        self.hide()

    def show_fields(self, fields: list[BlockedField], *, ready: bool) -> None:
        """Show what blocks the save; ``ready`` is False while a field is still being scanned."""
        self._fields = fields
        self._ready = ready
        if not fields:
            self.clear()
            return
        lines = []
        for item in fields:
            if not item.marks:
                lines.append(self.tr("{field}: checking…").format(field=item.label))
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
        self.details.setText("\n".join(lines))
        self.setAccessibleDescription("\n".join(lines))
        self._update_button()
        self.show()

    def clear(self) -> None:
        self._fields = []
        self.details.clear()
        self.error.clear()
        self.error.hide()
        self.reason.clear()
        self.hide()

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @property
    def fields(self) -> list[BlockedField]:
        return list(self._fields)

    def _update_button(self) -> None:
        ok = len(" ".join(self.reason.text().split())) >= MIN_REASON_LENGTH
        has_marks = any(item.marks for item in self._fields)
        self.keep_button.setEnabled(ok and self._ready and has_marks)

    def _keep(self) -> None:
        if not self.keep_button.isEnabled():
            return
        self.set_error("")
        self.keep_requested.emit(" ".join(self.reason.text().split()))

    def _goto(self) -> None:
        if self._fields:
            self.goto_requested.emit(self._fields[0].field)
