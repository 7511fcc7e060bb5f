"""Shows which keyring protects the device secret, or asks for the explicit passphrase-only choice.

Never a silent fallback: without a secure keyring the user must tick the box knowingly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ui.worker import StoreWorker

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from storage.keyring_access import KeyringInfo


class KeyringChoice(QWidget):
    changed = Signal()

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.secure: bool | None = None
        self.backend = ""
        self.status = QLabel(self.tr("Checking the keyring of this computer…"), self)
        self.status.setWordWrap(True)
        self.passphrase_only = QCheckBox(self.tr("Protect the store with the passphrase only"), self)
        self.passphrase_only.setToolTip(
            self.tr("Without a keyring, anyone with a copy of the store and the passphrase can open it.")
        )
        self.passphrase_only.setAccessibleName(self.tr("Passphrase only on this computer"))
        self.passphrase_only.setVisible(False)
        self.passphrase_only.toggled.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.passphrase_only)
        self._worker = worker
        self._probed = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._probed:
            self._probed = True
            # Probing may talk to D-Bus or the OS credential service: not on the GUI thread, and
            # only once the page is really shown, so that start-up stays fast.
            self._worker.run(
                _probe, self._show, self._failed, owner=self, needs_store=False, label="keyring-probe"
            )

    def _show(self, info: KeyringInfo) -> None:
        self.secure = info.secure
        self.backend = info.name
        if info.secure:
            self.status.setText(
                self.tr(
                    "The store key is protected by your passphrase and by this computer's keyring "
                    "({backend}). A copy of the store plus the passphrase is not enough to open it."
                ).format(backend=info.name)
            )
            self.passphrase_only.setVisible(False)
        else:
            # the backend's class name and its English reason mean nothing to the user; they
            # are in Settings › Security and in the log for whoever supports this computer
            self.status.setText(
                self.tr(
                    "This computer has no secure keyring (the protected password store of the operating "
                    "system) for the store's key. Tick the box below to protect the store with your "
                    "passphrase only: then anyone who has a copy of the store and the passphrase can "
                    "open it. Without the tick you cannot create the store here."
                )
            )
            self.status.setObjectName("warningText")
            self.passphrase_only.setVisible(True)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        from storage.keyring_access import KeyringInfo

        self._show(KeyringInfo("?", False, str(exc)))

    @property
    def ready(self) -> bool:
        if self.secure is None:
            return False
        return self.secure or self.passphrase_only.isChecked()

    def problem(self) -> str:
        """Why the choice is not complete yet ("" when it is)."""
        if self.ready:
            return ""
        if self.secure is None:
            return self.tr("Checking the keyring…")
        return self.tr("Tick the box to use the passphrase only on this computer.")

    @property
    def use_keyring(self) -> bool:
        return bool(self.secure) and not self.passphrase_only.isChecked()


def _probe(_state: object) -> KeyringInfo:
    from storage.keyring_access import backend_info

    return backend_info()
