"""Change the passphrase; make a new recovery code. Both run their crypto on the worker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from storage import access
from storage.backup import rewrap
from ui.context import AppContext
from ui.widgets.dialog_keys import save_with_ctrl_enter
from ui.widgets.error_text import user_message
from ui.widgets.passphrase_field import PassphraseField, new_passphrase_problem


class ChangePassphraseDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change passphrase"))
        form = QFormLayout()
        self.current = PassphraseField(self.tr("Current passphrase"), parent=self)
        self.new = PassphraseField(self.tr("New passphrase"), with_meter=True, parent=self)
        self.repeat = PassphraseField(self.tr("Repeat new passphrase"), parent=self)
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Repeat new passphrase"), self.repeat)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Changing the passphrase"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        save_with_ctrl_enter(self, self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        problem = new_passphrase_problem(self.new, self.repeat)
        if problem:
            return self._show(problem)
        current, new = self.current.text(), self.new.text()
        self.busy.setVisible(True)
        self.buttons.setEnabled(False)
        self.ctx.worker.with_store(
            lambda store: access.change_passphrase(store, current, new),
            lambda _r: self.accept(),
            self._failed,
            owner=self,
            label="passwd",
        )
        return None

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.buttons.setEnabled(True)
        self._show(user_message(exc))

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class NewRecoveryCodeDialog(QDialog):
    """Asks for the passphrase, then hands the new code to whoever shows it."""

    code_ready = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New recovery code"))
        text = QLabel(
            self.tr(
                "A new recovery code replaces the old one: the old sheet stops working. Enter your "
                "passphrase to continue."
            ),
            self,
        )
        text.setWordWrap(True)
        self.passphrase = PassphraseField(self.tr("Passphrase"), parent=self)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        save_with_ctrl_enter(self, self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        secret = self.passphrase.text()
        self.buttons.setEnabled(False)
        self.ctx.worker.with_store(
            lambda store: rewrap.new_recovery_code(store, secret),
            self._done,
            self._failed,
            owner=self,
            label="recovery-code",
        )

    def _done(self, code: str) -> None:
        self.accept()
        self.code_ready.emit(code)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
