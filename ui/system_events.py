"""Screen lock and suspend notifications, where the platform reports them.

Linux: logind's PrepareForSleep and Lock signals (system bus) and the freedesktop/GNOME
ScreenSaver ActiveChanged signal (session bus). Windows: WTS session notifications and power
broadcasts through the main window's native events. macOS would need pyobjc for NSWorkspace
notifications; there the idle timer and Ctrl+L remain.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QObject, Signal, Slot

log = logging.getLogger(__name__)

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4


class SystemEvents(QObject):
    screen_locked = Signal()
    suspending = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._native_filter: _WindowsFilter | None = None

    def start(self) -> None:
        if sys.platform.startswith("linux"):
            self._connect_dbus()
        elif sys.platform == "win32":  # pragma: no cover - Windows only
            self._connect_windows()

    # -- Linux ------------------------------------------------------------------------------
    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover
            return
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(  # type: ignore[call-overload]  # the stub says bytes for the slot; the binding takes only str
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            "_on_prepare_for_sleep(bool)",
        ):
            self.sources.append("login1.PrepareForSleep")
        if system.isConnected() and system.connect(  # type: ignore[call-overload]  # the stub says bytes for the slot; the binding takes only str
            "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock", self, "_on_lock()"
        ):
            self.sources.append("login1.Session.Lock")
        session = QDBusConnection.sessionBus()
        for service, path, interface in (
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ):
            if session.isConnected() and session.connect(  # type: ignore[call-overload]  # the stub says bytes for the slot; the binding takes only str
                service, path, interface, "ActiveChanged", self, "_on_active_changed(bool)"
            ):
                self.sources.append(f"{interface}.ActiveChanged")

    @Slot(bool)
    def _on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.suspending.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.screen_locked.emit()

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    # -- Windows ----------------------------------------------------------------------------
    def _connect_windows(self) -> None:  # pragma: no cover - Windows only
        from PySide6.QtCore import QCoreApplication

        self._native_filter = _WindowsFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._native_filter)
            self.sources.append("WTS/PowerBroadcast")

    def register_window(self, win_id: int) -> None:
        """Windows sends session notifications only to windows that ask for them."""
        if sys.platform != "win32":
            return
        try:  # pragma: no cover - Windows only
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), 0)
        except (AttributeError, OSError) as exc:  # pragma: no cover
            log.warning("WTSRegisterSessionNotification failed: %s", exc)

    def handle_windows_message(self, message: int, wparam: int) -> None:
        if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
            self.screen_locked.emit()
        elif message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
            self.suspending.emit()


class _WindowsFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    def __init__(self, events: SystemEvents) -> None:
        super().__init__()
        self._events = events

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        if event_type == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            self._events.handle_windows_message(int(msg.message), int(msg.wParam))
        return False, 0
