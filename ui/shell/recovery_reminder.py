"""Until the user confirms that the recovery code is stored safely, every start reminds them (issue
10.7). The flag lives in the store's own settings: it belongs to the store, not to one computer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ui.context import AppContext
from ui.widgets.banner import Banner

PENDING_KEY = "recovery_code_unconfirmed"


def mark_recovery_code(ctx: AppContext, *, pending: bool) -> None:
    """Record whether a recovery code was shown but not yet confirmed as stored safely."""
    ctx.worker.with_store(
        lambda store: store.settings.set(PENDING_KEY, pending), None, lambda _exc: None, label="recovery.mark"
    )


def recovery_code_pending(store: Any) -> bool:
    return bool(store.settings.get(PENDING_KEY, False))


class RecoveryReminder(Banner):
    """A warning strip with the button that ends the reminders."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "The recovery code of this store was never confirmed as stored safely. Without it and "
                "without the passphrase the data is lost for good. If you no longer have the code, make "
                "a new one in Settings › Security."
            ),
            "warning",
            parent,
        )
        self.stored_button = QPushButton(self.tr("I have stored the recovery code safely"), self)
        self.stored_button.clicked.connect(self.confirmed)
        layout = self.layout()
        assert layout is not None  # a Banner lays out its text in a row
        layout.addWidget(self.stored_button)
