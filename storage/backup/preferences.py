"""The user's backup choices (which folder, automatic or not) and the status shown beside them."""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from storage.atomic import write_atomic
from storage.backup.archive import PREFIX, BackupInfo
from storage.backup.catalogue import list_backups
from storage.backup.pointer import default_folder, ensure_folder, read_pointer, update_pointer
from storage.store import Store

SETTING_FOLDER = "backup_folder"
SETTING_AUTOMATIC = "backup_automatic"


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    default_folder: Path
    automatic: bool
    last: BackupInfo | None
    count: int
    last_error: str

    @property
    def is_default_folder(self) -> bool:
        return self.folder == self.default_folder


def backup_folder(store: Store) -> Path:
    value = store.settings.get(SETTING_FOLDER, "")
    return Path(value) if value else default_folder(store.paths)


def set_backup_folder(store: Store, folder: Path | None) -> Path:
    """Choose the backup folder (None: the default). It must exist or be creatable, and writable."""
    target = Path(folder).expanduser().resolve() if folder else default_folder(store.paths)
    ensure_folder(target)
    probe = target / f".{PREFIX}probe-{secrets.token_hex(4)}"
    try:
        write_atomic(probe, b"")
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    value = "" if target == default_folder(store.paths) else str(target)
    if store.settings.get(SETTING_FOLDER, "") != value:
        store.settings.set(SETTING_FOLDER, value)
    update_pointer(store.paths, folder=value or None)
    return target


def is_automatic(store: Store) -> bool:
    return bool(store.settings.get(SETTING_AUTOMATIC, True))


def set_automatic(store: Store, enabled: bool) -> None:
    if is_automatic(store) != enabled:
        store.settings.set(SETTING_AUTOMATIC, enabled)


def status(store: Store) -> BackupStatus:
    folder = backup_folder(store)
    backups = list_backups(folder, store.store_id)
    last_error = read_pointer(store.paths).get("last_error") or {}
    return BackupStatus(
        folder=folder,
        default_folder=default_folder(store.paths),
        automatic=is_automatic(store),
        last=backups[0] if backups else None,
        count=len(backups),
        last_error=str(last_error.get("message", "")) if isinstance(last_error, dict) else "",
    )
