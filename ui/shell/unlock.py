"""The lock screen: says why it locked, takes the passphrase, offers the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from storage.errors import KeyringEntryMissing, KeyringUnavailable
from ui.context import AppContext
from ui.session import LockReason
from ui.shell.keyring_choice import KeyringChoice
from ui.widgets.error_text import user_message
from ui.widgets.page import CardPage
from ui.widgets.passphrase_field import PassphraseField, new_passphrase_problem


class UnlockPage(CardPage):
    unlock_requested = Signal(str)
    recover_requested = Signal()
    other_store_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Overlegtafel is locked"), parent)
        self.reason = self.paragraph("", "lockReason")
        self.store_label = self.paragraph("", "hintText")
        self.passphrase = PassphraseField(self.tr("Passphrase"), parent=self.card)
        self.passphrase.submitted.connect(self._submit)
        label = QLabel(self.tr("&Passphrase"), self.card)
        label.setBuddy(self.passphrase.edit)
        self.add(label)
        self.add(self.passphrase)
        self.error = self.error_line()
        self.busy = self.busy_bar(self.tr("Unlocking"))
        row = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock"), self.card)
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.recover_button = QPushButton(self.tr("Recover with recovery code…"), self.card)
        self.recover_button.clicked.connect(self.recover_requested)
        self.other_button = QPushButton(self.tr("Other store…"), self.card)
        self.other_button.clicked.connect(self.other_store_requested)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        row.addWidget(self.recover_button)
        row.addWidget(self.other_button)
        holder = QWidget(self.card)
        holder.setLayout(row)
        self.add(holder)
        self.setFocusProxy(self.passphrase)

    def reason_text(self, reason: str | None, idle_minutes: int) -> str:
        if reason == LockReason.IDLE:
            return self.tr(
                "Locked after {minutes} minutes without activity. Nothing you typed was lost."
            ).format(minutes=idle_minutes)
        if reason == LockReason.MANUAL:
            return self.tr("Locked on request (Ctrl+L). Nothing you typed was lost.")
        if reason == LockReason.SCREEN:
            return self.tr("Locked because the screen was locked. Nothing you typed was lost.")
        if reason == LockReason.SUSPEND:
            return self.tr("Locked because the computer went to sleep. Nothing you typed was lost.")
        return self.tr("Enter your passphrase to open the store.")

    def prepare(self, store_dir: Path, reason: str | None, idle_minutes: int) -> None:
        self.reason.setText(self.reason_text(reason, idle_minutes))
        self.store_label.setText(self.tr("Store: {path}").format(path=str(store_dir)))
        self.passphrase.clear()
        self.error.setVisible(False)
        self.set_busy(False)

    def _submit(self) -> None:
        if not self.passphrase.text() or self.busy.isVisible():
            return
        self.error.setVisible(False)
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
        if isinstance(exc, KeyringEntryMissing | KeyringUnavailable):
            self.recover_button.setFocus()
        else:
            self.passphrase.setFocus()


class RecoverPage(CardPage):
    recover = Signal(str, str, bool)  # code, new passphrase, use keyring
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recover access with the recovery code"), parent)
        self.paragraph(
            self.tr(
                "Enter the recovery code from the sheet (spaces and dashes do not matter), then choose "
                "a new passphrase for this computer. The data and its key stay the same."
            )
        )
        form = QFormLayout()
        self.code = QLineEdit(self.card)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        form.addRow(self.tr("Recovery code"), self.code)
        self.passphrase = PassphraseField(self.tr("New passphrase"), with_meter=True, parent=self.card)
        form.addRow(self.tr("New passphrase"), self.passphrase)
        self.repeat = PassphraseField(self.tr("Repeat new passphrase"), parent=self.card)
        form.addRow(self.tr("Repeat new passphrase"), self.repeat)
        holder = QWidget(self.card)
        holder.setLayout(form)
        self.add(holder)
        self.keyring = KeyringChoice(ctx.worker, self.card)
        self.add(self.keyring)
        self.error = self.error_line()
        self.busy = self.busy_bar(self.tr("Recovering"))
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), self.card)
        self.back_button.clicked.connect(self.back)
        self.recover_button = QPushButton(self.tr("Recover access"), self.card)
        self.recover_button.setObjectName("primaryButton")
        self.recover_button.clicked.connect(self._submit)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.recover_button)
        buttons = QWidget(self.card)
        buttons.setLayout(row)
        self.add(buttons)

    def reset(self) -> None:
        for field in (self.passphrase, self.repeat):
            field.clear()
        self.code.clear()
        self.error.setVisible(False)
        self.set_busy(False)

    def _submit(self) -> None:
        if not self.code.text().strip():
            problem = self.tr("Enter the recovery code.")
        else:
            problem = new_passphrase_problem(self.passphrase, self.repeat) or self.keyring.problem()
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.set_busy(True)
        self.recover.emit(self.code.text(), self.passphrase.text(), self.keyring.use_keyring)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.recover_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    def failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
