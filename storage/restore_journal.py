"""Restoring a backup over a store as a journaled operation: after a kill at any moment the store
opens either as the old one or as the restored one, never as "no store here".

The restore first writes the restored database and key file under hidden names in the store folder
(``.overlegtafel-restore-<token>.db`` / ``.keys.json``, fsynced and proven), then the journal
``overlegtafel.restore.json`` (fsynced, renamed into place, folder fsynced). From that moment the
restore is decided: the old store's files move into ``vervangen/<time>/`` and the staged files take
their names, each step a rename. Every open calls :func:`settle` before anything else, which carries
out whatever steps are left (each is idempotent) and removes the journal last.

Which files are old follows from the staged files alone: while the staged key file exists, a key
file at the live name is the old one; while the staged database exists, a database (and its -wal and
-shm) at the live names is old. No step needs to know how far the previous attempt got.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage.atomic import fsync_dir, raise_for_oserror, write_atomic
from storage.errors import RestoreJournalUnreadable, StoreNotFound, StoreNotFoundButReplaced
from storage.paths import StorePaths

REPLACED_FOLDER_NAME = "vervangen"
STAGED_PREFIX = ".overlegtafel-restore-"
_TOKEN = re.compile(r"^[0-9a-f]{8}$")
_ASIDE = re.compile(r"^[0-9]{8}-[0-9]{6}(-[0-9]{1,4})?$")


@dataclass(frozen=True)
class RestorePlan:
    token: str  # names the staged files
    aside: str  # the folder under vervangen/ that receives the old store

    def staged_database(self, paths: StorePaths) -> Path:
        return paths.root / f"{STAGED_PREFIX}{self.token}.db"

    def staged_keyfile(self, paths: StorePaths) -> Path:
        return paths.root / f"{STAGED_PREFIX}{self.token}.keys.json"

    def aside_folder(self, paths: StorePaths) -> Path:
        return paths.root / REPLACED_FOLDER_NAME / self.aside


def new_plan(paths: StorePaths, now: datetime) -> RestorePlan:
    """A plan whose staged names and set-aside folder are not in use yet."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside, n = stamp, 1
    while (paths.root / REPLACED_FOLDER_NAME / aside).exists():
        n += 1
        aside = f"{stamp}-{n}"
    return RestorePlan(token=secrets.token_hex(4), aside=aside)


def pending(paths: StorePaths) -> bool:
    return paths.restore_journal.exists()


def begin(paths: StorePaths, plan: RestorePlan) -> None:
    """Record the decision. Both staged files must be complete and fsynced before this."""
    doc = {"format": "overlegtafel-restore", "version": 1, "token": plan.token, "aside": plan.aside}
    write_atomic(paths.restore_journal, (json.dumps(doc, sort_keys=True) + "\n").encode(), store_file=True)


def _load(paths: StorePaths) -> RestorePlan:
    """The journal's plan; its values are bounded (names, never paths) before anything uses them."""
    try:
        doc = json.loads(paths.restore_journal.read_text(encoding="utf-8"))
        token, aside = str(doc["token"]), str(doc["aside"])
        if doc.get("format") != "overlegtafel-restore" or not _TOKEN.match(token) or not _ASIDE.match(aside):
            raise ValueError("journal fields")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RestoreJournalUnreadable(
            path=str(paths.restore_journal), aside=str(paths.root / REPLACED_FOLDER_NAME)
        ) from exc
    return RestorePlan(token=token, aside=aside)


def carry_out(paths: StorePaths, plan: RestorePlan) -> Path | None:
    """Do every step of the plan that is not done yet, then drop the journal. Returns the folder
    that holds the replaced store, or None when there was nothing to replace."""
    staged_db, staged_keys = plan.staged_database(paths), plan.staged_keyfile(paths)
    aside = plan.aside_folder(paths)
    old = [paths.database, paths.wal, paths.shm] if staged_db.exists() else []
    if staged_keys.exists():
        old.append(paths.keyfile)
    try:
        moving = [p for p in old if p.exists()]
        if moving:
            aside.mkdir(parents=True, exist_ok=True, mode=0o700)
            for path in moving:
                os.replace(path, aside / path.name)
            fsync_dir(aside)
        for staged, live in ((staged_keys, paths.keyfile), (staged_db, paths.database)):
            if staged.exists():
                os.replace(staged, live)
        fsync_dir(paths.root)
        paths.restore_journal.unlink()
        fsync_dir(paths.root)
    except OSError as exc:
        raise_for_oserror(exc, paths.root)
    with contextlib.suppress(OSError):
        aside.rmdir()  # only when empty: nothing was replaced
    return aside if aside.is_dir() else None


def settle(paths: StorePaths) -> Path | None:
    """Finish an interrupted restore (the caller holds the store lock). Returns the set-aside
    folder of the store it replaced, if it finished one. Staged files without a journal belong to
    a restore that was never decided: they go (the store they were meant to replace is untouched)."""
    if not pending(paths):
        for path in staged_leftovers(paths):
            with contextlib.suppress(OSError):
                path.unlink()
        return None
    return carry_out(paths, _load(paths))


def not_found(paths: StorePaths) -> StoreNotFound:
    """ "No store here", pointing at a set-aside store or staged restore rather than at ``init``."""
    where = [str(p) for p in (*staged_leftovers(paths), *replaced_folders(paths)[:1])]
    if where:
        return StoreNotFoundButReplaced(path=str(paths.root), where=", ".join(where))
    return StoreNotFound(path=str(paths.root))


def discard_staged(paths: StorePaths, plan: RestorePlan) -> None:
    """Remove the staged files of a restore that failed before its journal was written."""
    for path in (plan.staged_database(paths), plan.staged_keyfile(paths)):
        for leftover in (path, Path(f"{path}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def replaced_folders(paths: StorePaths) -> list[Path]:
    """Earlier stores that a restore set aside, newest first."""
    base = paths.root / REPLACED_FOLDER_NAME
    try:
        return sorted((p for p in base.iterdir() if p.is_dir()), reverse=True)
    except OSError:
        return []


def staged_leftovers(paths: StorePaths) -> list[Path]:
    """Staged restore files without a journal (a restore killed before it was decided)."""
    try:
        return sorted(p for p in paths.root.glob(f"{STAGED_PREFIX}*") if p.is_file())
    except OSError:
        return []
