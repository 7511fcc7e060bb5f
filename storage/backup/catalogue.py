"""Finding backups: the readable backups in a folder, newest first, and the newest good one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from storage import migrations
from storage.backup.archive import SUFFIX, BackupInfo, describe_backup, verify_backup
from storage.backup.pointer import known_folders
from storage.errors import BackupInvalid
from storage.paths import StorePaths


def list_backups(folder: Path, store_id: str | None = None) -> list[BackupInfo]:
    """Backups in ``folder`` (of one store, if given), newest first. Unreadable files are skipped."""
    found: list[BackupInfo] = []
    try:
        candidates = sorted(Path(folder).glob(f"*{SUFFIX}"))
    except OSError:
        return []
    for path in candidates:
        try:
            info = describe_backup(path)
        except BackupInvalid:
            continue
        if store_id is None or info.store_id == store_id:
            found.append(info)
    found.sort(key=newest_key, reverse=True)
    return found


def newest_key(info: BackupInfo) -> tuple[datetime, int]:
    """Order by creation time; two backups in the same instant (a frozen test clock) by file time."""
    try:
        written = info.path.stat().st_mtime_ns
    except OSError:
        written = 0
    return info.created_at, written


def newest_good_backup(paths: StorePaths, store_id: str | None) -> Path | None:
    """The newest backup of this store that verifies and that this version can open."""
    seen: set[Path] = set()
    candidates: list[BackupInfo] = []
    for folder in known_folders(paths):
        for info in list_backups(folder, store_id):
            if info.path not in seen:
                seen.add(info.path)
                candidates.append(info)
    candidates.sort(key=newest_key, reverse=True)
    for info in candidates:
        if info.schema_version > migrations.LATEST:
            continue
        try:
            verify_backup(info.path)
        except BackupInvalid:
            continue
        return info.path
    return None
