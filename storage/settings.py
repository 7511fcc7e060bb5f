"""Store-wide settings that belong with the data (not with one computer's preferences)."""

from __future__ import annotations

import json
from typing import Any

from storage.audit import AuditLog
from storage.sqlite_driver import Database

# The classification markings offered for records; the chair or owner decides, "" is none.
CLASSIFICATION_MARKINGS = ("DEPARTEMENTAAL VERTROUWELIJK", "STG. CONFIDENTIEEL", "STG. GEHEIM", "")

DEFAULTS: dict[str, Any] = {
    "actor_name": "",
    "default_marking": "DEPARTEMENTAAL VERTROUWELIJK",
    "meeting_title": "Overlegtafel 1F IND–OM",
}


class StoreSettings:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return DEFAULTS.get(key, default) if default is None else default
        return json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
            self._audit.append("settings.change", "setting", key)

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for key, value in self._db.execute("SELECT key, value FROM settings"):
            values[key] = json.loads(value)
        return values
