"""A new recovery code reaches the backups: each backup of this store under the current key gets
the new recovery slot instead of the old one, so the old code no longer opens them."""

from __future__ import annotations

import json
import os
from pathlib import Path

from storage import access, keyslots
from storage.backup.archive import (
    BackupInfo,
    authentic_key,
    backup_mac_key,
    keyfile_from_header,
    read_header,
    write_backup_file,
)
from storage.backup.catalogue import list_backups
from storage.backup.pointer import known_folders
from storage.backup.preferences import backup_folder
from storage.errors import StoreError
from storage.kdf import KdfParams
from storage.store import Store


def new_recovery_code(store: Store, passphrase: str, *, kdf_params: KdfParams | None = None) -> str:
    """``access.new_recovery_code``, then every backup of this store in its known folders that is
    under the current key gets the new recovery slot instead of the old one, so the old code no
    longer opens them. The database bodies are copied unchanged."""
    code = access.new_recovery_code(store, passphrase, kdf_params=kdf_params)
    rewrapped, skipped = rewrap_backups(store)
    store.audit.append("backup.rewrap", "backup", "-", detail={"rewrapped": rewrapped, "skipped": skipped})
    return code


def rewrap_backups(store: Store) -> tuple[int, int]:
    """(backups given the current recovery slot, backups left as they were: other key or unreadable)."""
    folders = [backup_folder(store), *known_folders(store.paths)]
    seen: set[Path] = set()
    done = skipped = 0
    for folder in folders:
        for info in list_backups(folder, store.store_id):
            if info.path in seen:
                continue
            seen.add(info.path)
            try:
                _rewrap(store, info)
            except (StoreError, OSError):
                skipped += 1
                continue
            done += 1
    return done, skipped


def _rewrap(store: Store, info: BackupInfo) -> None:
    key = bytearray(store.key)
    authentic_key(info.path, [key])  # BackupInvalid for another key or a changed file
    _info, header, offset = read_header(info.path)
    copy = keyfile_from_header(info.path, header)
    current = [
        s for s in store.keyfile.recovery_slots() if not s.pending and s.key_id == keyslots.key_id(key)
    ]
    copy.slots = [s for s in copy.slots if s.kind != "recovery"] + current
    copy.bind(key)
    header["keyfile"] = copy.to_doc()
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    stat = info.path.stat()
    with open(info.path, "rb") as src:
        src.seek(offset)
        write_backup_file(info.path, raw, src, backup_mac_key(key), info.db_bytes)
    os.utime(info.path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
