"""Putting back a store's key file from the signed copy that travels in each of its backups."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from storage import access, anchor
from storage.atomic import fsync_dir, raise_for_oserror
from storage.backup.archive import authentic_key, keyfile_from_header, read_header, verify_backup
from storage.errors import KeyFileCorrupt, RestoreOtherStore, ValidationError
from storage.i18n import pick
from storage.keyslots import KeyFile
from storage.locking import StoreLock
from storage.paths import StorePaths


def restore_keyfile(
    backup: Path,
    root: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    replace_intact: bool = False,
) -> Path:
    """Replace a damaged live key file by the copy in ``backup`` (checked: SHA-256, the slot opens,
    HMAC). The damaged file moves to ``beschadigd/<time>/``; returns its new path. A key file that
    is not damaged is only replaced with ``replace_intact`` (doctor reported it changed outside
    Overlegtafel), and only by a copy of the same store."""
    backup = Path(backup).expanduser().resolve()
    verify_backup(backup)
    _info, header, _offset = read_header(backup)
    keyfile = keyfile_from_header(backup, header)
    keys = access.unwrap_keys(keyfile, passphrase=passphrase, recovery=recovery_code)
    key = authentic_key(backup, keys)
    paths = StorePaths(Path(root).expanduser().resolve())
    lock = StoreLock(paths.lockfile)
    lock.acquire()
    try:
        _refuse_replacing(paths, keyfile, replace_intact)
        aside = _keyfile_aside(paths)
        keyfile.bind(key)
        keyfile.save(paths.keyfile)
        _forget_keyfile_alarms(paths, keyfile, key)
    finally:
        lock.release(clean=True)
    return aside


def _refuse_replacing(paths: StorePaths, keyfile: KeyFile, replace_intact: bool) -> None:
    """An intact key file stays unless asked; never one of another store."""
    try:
        current = KeyFile.load(paths.keyfile)
    except KeyFileCorrupt:
        current = None
    if current is not None and replace_intact and current.store_id != keyfile.store_id:
        raise RestoreOtherStore(backup_id=keyfile.store_id, store_id=current.store_id, path=str(paths.root))
    if current is not None and not replace_intact:
        raise ValidationError(
            detail=pick(
                f"het sleutelbestand {paths.keyfile} is niet beschadigd; het wordt niet vervangen",
                f"the key file {paths.keyfile} is not damaged; it is not replaced",
            )
        )
    if current is None and paths.keyfile.exists() and keyfile.store_id not in _raw_text(paths.keyfile):
        raise RestoreOtherStore(backup_id=keyfile.store_id, store_id="?", path=str(paths.root))


def _forget_keyfile_alarms(paths: StorePaths, keyfile: KeyFile, key: bytearray) -> None:
    """Putting back a signed copy answers "the key file was changed outside Overlegtafel"; every
    other alarm stays."""
    checkpoint, valid = anchor.read_keyring(keyfile.store_id, paths.root, [key])
    if checkpoint is None or not valid:
        return
    kept = tuple(a for a in checkpoint.alarms if a.kind != anchor.KEYFILE_CHANGED)
    if kept != checkpoint.alarms:
        anchor.write_keyring(
            keyfile.store_id, paths.root, key, anchor.Checkpoint(checkpoint.seq, checkpoint.head, kept)
        )


def _raw_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("ascii", errors="replace")
    except OSError:
        return ""


def _keyfile_aside(paths: StorePaths) -> Path:
    stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
    folder = paths.quarantine / stamp
    n = 1
    while folder.exists():
        n += 1
        folder = paths.quarantine / f"{stamp}-{n}"
    target = folder / paths.keyfile.name
    try:
        folder.mkdir(parents=True, mode=0o700)
        if paths.keyfile.exists():
            os.replace(paths.keyfile, target)
        fsync_dir(folder)
    except OSError as exc:
        raise_for_oserror(exc, folder)
    return target
