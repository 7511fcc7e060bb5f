"""Per-computer preferences in QSettings. Never case content or secrets: only the language, the
idle timeout, the last store folder and window geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Overlegtafel"
APPLICATION = "Overlegtafel"
DEFAULT_IDLE_MINUTES = 10


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    @property
    def file_name(self) -> str:
        return self._s.fileName()

    def sync(self) -> None:
        self._s.sync()

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "nl"))
        return value if value in ("nl", "en") else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def idle_minutes(self) -> int:
        raw = self._s.value("security/idle_minutes", DEFAULT_IDLE_MINUTES)
        if not isinstance(raw, int | str):
            return DEFAULT_IDLE_MINUTES
        try:
            value = int(raw)
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return max(1, min(value, 240))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._s.setValue("security/idle_minutes", int(value))

    @property
    def lock_on_screen_lock(self) -> bool:
        return str(self._s.value("security/lock_on_screen_lock", "true")).lower() == "true"

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, value: bool) -> None:
        self._s.setValue("security/lock_on_screen_lock", bool(value))

    @property
    def last_store(self) -> str:
        return str(self._s.value("store/last", ""))

    @last_store.setter
    def last_store(self, value: str) -> None:
        self._s.setValue("store/last", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/geometry", value)

    def value(self, key: str, default: object = None) -> object:
        return self._s.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._s.setValue(key, value)
