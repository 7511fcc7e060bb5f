"""The unlocked workspace: navigation on the left, the current area on the right.

It is created on unlock and destroyed on lock, so no decrypted model or view outlives the key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.session import SessionInfo
from ui.shell.area_screens import create_area
from ui.shell.areas import AREAS, Area
from ui.shell.recovery_reminder import RecoveryReminder, mark_recovery_code, recovery_code_pending
from ui.widgets.banner import Banner


class Workspace(QWidget):
    area_changed = Signal(str)

    def __init__(self, ctx: AppContext, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget(self)
        self.areas: dict[str, QWidget] = {}
        for index, area in enumerate(AREAS):
            item = QListWidgetItem(area.title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setToolTip(f"Ctrl+{index + 1}")
        self.nav.currentRowChanged.connect(self._show_row)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for banner in self._banners(info):
            layout.addWidget(banner)
        layout.addLayout(body, 1)
        self.nav.setCurrentRow(0)
        if not info.is_demo:
            ctx.worker.with_store(
                recovery_code_pending, self._remind, lambda _exc: None, owner=self, label="recovery.pending"
            )

    def _remind(self, pending: bool) -> None:
        if not pending:
            return
        reminder = RecoveryReminder(self)
        reminder.confirmed.connect(lambda: self._recovery_confirmed(reminder))
        self._layout.insertWidget(0, reminder)

    def _recovery_confirmed(self, reminder: RecoveryReminder) -> None:
        mark_recovery_code(self.ctx, pending=False)
        reminder.hide()
        reminder.deleteLater()
        self.nav.setFocus()

    def _banners(self, info: SessionInfo) -> list[Banner]:
        from storage.access import NEEDS_NEW_RECOVERY_CODE

        banners = []
        if info.log_alarms:
            banners.append(
                Banner(
                    self.tr(
                        "AUDIT LOG DAMAGED: %1. This stays visible until a backup is restored; "
                        "'overlegtafel verify' gives the details."
                    ).replace("%1", "; ".join(info.log_alarms)),
                    "warning",
                    self,
                )
            )
        if info.is_demo:
            banners.append(
                Banner(
                    self.tr("DEMO — this store holds only fictitious cases. Never enter real cases here."),
                    "demo",
                    self,
                )
            )
        if info.device_mode == "none" and not info.is_demo:
            banners.append(
                Banner(
                    self.tr(
                        "Warning: this store is protected by the passphrase only, without the keyring of "
                        "this computer. A copy of the store plus the passphrase opens it."
                    ),
                    "warning",
                    self,
                )
            )
        if NEEDS_NEW_RECOVERY_CODE in info.notices:
            banners.append(
                Banner(
                    self.tr(
                        "A key change was completed after an interruption: make a new recovery code in "
                        "Settings › Security."
                    ),
                    "warning",
                    self,
                )
            )
        if info.full_disk:
            banners.append(
                Banner(
                    self.tr(
                        "The disk is full: the store was opened read-only. You can view everything, print "
                        "and make a backup to another disk, but not change anything. Free some space and "
                        "unlock again."
                    ),
                    "warning",
                    self,
                )
            )
        if info.stale_lock:
            banners.append(
                Banner(
                    self.tr(
                        "The previous session did not close normally. The store was checked and is in order."
                    ),
                    "info",
                    self,
                )
            )
        return banners

    def _area_widget(self, area: Area) -> QWidget:
        widget = self.areas.get(area.key)
        if widget is None:
            widget = create_area(area, self.ctx, self.stack)
            self.areas[area.key] = widget
            self.stack.addWidget(widget)
        return widget

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        area = AREAS[row]
        self.stack.setCurrentWidget(self._area_widget(area))
        self.area_changed.emit(area.key)

    def show_area(self, key: str) -> None:
        for row, area in enumerate(AREAS):
            if area.key == key:
                self.nav.setCurrentRow(row)
                return

    def current_key(self) -> str:
        return AREAS[max(self.nav.currentRow(), 0)].key

    def flush(self) -> None:
        """Queue every area's pending saves on the worker (called before a lock)."""
        for widget in self.areas.values():
            flush = getattr(widget, "flush", None)
            if callable(flush):
                flush()
