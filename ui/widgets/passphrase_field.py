"""A passphrase entry with a show/hide toggle and, optionally, a strength meter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.passphrase_strength import Strength


class PassphraseField(QWidget):
    submitted = Signal()
    changed = Signal()

    def __init__(
        self, accessible_name: str, *, with_meter: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.returnPressed.connect(self.submitted)
        self.edit.textChanged.connect(self._on_changed)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Show"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show passphrase"))
        self.toggle.toggled.connect(self._on_toggle)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.meter: QProgressBar | None = None
        self.hint: QLabel | None = None
        if with_meter:
            self.meter = QProgressBar(self)
            self.meter.setRange(0, 4)
            self.meter.setTextVisible(True)
            self.meter.setAccessibleName(self.tr("Passphrase strength"))
            self.hint = QLabel(self)
            self.hint.setWordWrap(True)
            layout.addWidget(self.meter)
            layout.addWidget(self.hint)
            self._on_changed("")
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def strength(self) -> Strength:
        from ui.passphrase_strength import assess  # zxcvbn loads its dictionaries on first use

        return assess(self.edit.text())

    def _on_toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _on_changed(self, _text: str) -> None:
        if self.meter is not None and self.hint is not None:
            strength = self.strength()
            self.meter.setValue(strength.score)
            self.meter.setFormat(strength.label)
            self.hint.setText(strength.hint)
        self.changed.emit()


def new_passphrase_problem(passphrase: PassphraseField, repeat: PassphraseField) -> str:
    """Why a new passphrase typed twice cannot be used yet ("" when it can)."""
    strength = passphrase.strength()
    if not strength.acceptable:
        return strength.hint
    if passphrase.text() != repeat.text():
        return QCoreApplication.translate("NewPassphrase", "The two passphrases do not match.")
    return ""
