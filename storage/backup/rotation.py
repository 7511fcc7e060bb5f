"""Rotating backups: the 5 newest, and the newest of each of the last 7 days and of each of the last
4 weeks, are kept; this store's other backups and old temp files a crash left behind go."""

from __future__ import annotations

import contextlib
import time
from datetime import date
from pathlib import Path

from storage.backup.archive import PREFIX, BackupInfo
from storage.backup.catalogue import list_backups

KEEP_LATEST = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_STALE_TEMP_SECONDS = 3600


def _clean_stale_temp_files(folder: Path, store_id: str) -> None:
    """Temp files a crash left behind (encrypted, but clutter). Only ours, only old ones."""
    cutoff = time.time() - _STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for path in folder.glob(f".{PREFIX}*{store_id[:8]}*"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()


def rotate(
    folder: Path,
    store_id: str,
    *,
    keep_latest: int = KEEP_LATEST,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> list[Path]:
    """Keep the ``keep_latest`` newest backups, and the newest backup of each of the last
    ``keep_daily`` days and of each of the last ``keep_weekly`` ISO weeks; remove this store's other
    backups. Files that are not readable backups of this store are never touched."""
    backups = list_backups(folder, store_id)
    if not backups:
        return []
    keep = {info.path for info in backups[: max(1, keep_latest)]}
    per_day: dict[date, BackupInfo] = {}
    per_week: dict[tuple[int, int], BackupInfo] = {}
    for info in backups:  # newest first, so the first of each day/week is its newest
        per_day.setdefault(info.created_at.date(), info)
        iso = info.created_at.isocalendar()
        per_week.setdefault((iso.year, iso.week), info)
    for day in sorted(per_day, reverse=True)[:keep_daily]:
        keep.add(per_day[day].path)
    for week in sorted(per_week, reverse=True)[:keep_weekly]:
        keep.add(per_week[week].path)
    removed = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    _clean_stale_temp_files(folder, store_id)
    return removed
