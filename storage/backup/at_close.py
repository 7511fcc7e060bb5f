"""The automatic backup when a store closes (wired by ``storage.access`` as the store's ``on_close``).

It is made only if ``quick_check`` passes and something changed, into the folder of the
``backup_folder`` setting (default ``<store>/back-ups``), and the folder is rotated
(``storage.backup.rotation``). It never stands in the way of closing: a failure is recorded in the
audit log and the pointer file, not raised.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from storage.backup.archive import BackupInfo
from storage.backup.catalogue import list_backups
from storage.backup.making import create_backup, file_name
from storage.backup.pointer import ensure_folder, update_pointer
from storage.backup.preferences import backup_folder, is_automatic
from storage.backup.rotation import rotate
from storage.errors import InternalError, StoreError
from storage.i18n import pick
from storage.store import Store

# Audit entries that record no change of content: opening, and backups themselves.
_NOT_A_CHANGE = ("store.unlock", "backup.create")


@dataclass(frozen=True)
class CloseBackup:
    """What the automatic backup at close did: ``made``, or ``skipped`` with a reason, or ``error``."""

    made: BackupInfo | None = None
    skipped: str = ""
    error: StoreError | None = None
    removed: tuple[Path, ...] = field(default_factory=tuple)


class CloseTimeBackup:
    """A store's ``on_close``: the automatic backup; ``result`` says what the last close did."""

    def __init__(self) -> None:
        self.result: CloseBackup | None = None

    def __call__(self, store: Store) -> None:
        self.result = backup_on_close(store)


def backup_on_close(store: Store) -> CloseBackup:
    """The automatic backup when the store closes. Never raises: a failure is recorded in the audit
    log and the pointer file, and the store closes as usual."""
    try:
        if store.full_disk:
            return CloseBackup(skipped="disk_full")  # the next ordinary session retries it
        if not is_automatic(store):
            return CloseBackup(skipped="disabled")
        folder = backup_folder(store)
        if not _needs_backup(store, folder):
            return CloseBackup(skipped="unchanged")
        if store.integrity_check(quick=True):
            _record_failure(store, "quick_check")
            return CloseBackup(skipped="quick_check")
        ensure_folder(folder)
        info = create_backup(store, file_name(store, folder), kind="auto")
        if store.log_damaged:  # keep every older backup: one of them may be the good state
            return CloseBackup(made=info)
        return CloseBackup(made=info, removed=tuple(rotate(folder, store.store_id)))
    except Exception as exc:
        error = exc if isinstance(exc, StoreError) else InternalError(detail=type(exc).__name__)
        _record_failure(store, type(exc).__name__, error)
        return CloseBackup(error=error)


def _needs_backup(store: Store, folder: Path) -> bool:
    """Changes in this session, or changes that no backup holds yet because an earlier attempt
    failed (full disk, missing folder, a kill): the audit log records every change, and the
    newest successful backup's own entry marks what that backup holds."""
    if store.changed_since_backup() or not list_backups(folder, store.store_id):
        return True
    row = store.db.execute(
        "SELECT max(seq) FROM audit_log WHERE action = 'backup.create' AND result = 'ok'"
    ).fetchone()
    last_ok = int(row[0]) if row and row[0] is not None else 0
    marks = ", ".join("?" for _ in _NOT_A_CHANGE)
    later = store.db.execute(
        f"SELECT 1 FROM audit_log WHERE seq > ? AND action NOT IN ({marks}) LIMIT 1",
        (last_ok, *_NOT_A_CHANGE),
    ).fetchone()
    return later is not None


def _record_failure(store: Store, reason: str, error: StoreError | None = None) -> None:
    with contextlib.suppress(Exception):
        store.audit.append(
            "backup.create", "backup", "-", result="failed", detail={"kind": "auto", "reason": reason}
        )
    message = (
        error.message()
        if error is not None
        else pick(
            "de snelle controle van de opslag gaf fouten; er is geen back-up gemaakt",
            "the store's quick check found problems; no backup was made",
        )
    )
    update_pointer(
        store.paths, last_error={"at": store.now().isoformat(timespec="seconds"), "message": message}
    )
