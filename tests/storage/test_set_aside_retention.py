"""Set-aside copies of the store (issue 12, gap 6): ``vervangen/`` (a store a restore replaced) and
``beschadigd/`` (damaged files) hold the same personal data as the store. A purge removes them, and
every open removes those older than 30 days; the audit log records it without content."""

from __future__ import annotations

import os
import shutil
import time
from datetime import datetime
from pathlib import Path

from storage import set_aside
from storage.access import open_store
from storage.backup import making, restoring
from storage.paths import StorePaths
from storage.purge import PurgeService
from tests.helpers.common import PASSPHRASE
from tests.helpers.purge import MARKER_WORDS, PURGED, TZ, build, cells_containing, make_store


def _copy_holds_the_case(copy: Path, tmp_path: Path) -> bool:
    probe = tmp_path / f"proef-{copy.name}"
    shutil.copytree(copy, probe)
    with open_store(probe, PASSPHRASE) as store:
        store.on_close = None
        return bool(cells_containing(store, MARKER_WORDS[0]))


def test_purge_removes_the_set_aside_copies_that_still_hold_the_case(tmp_path: Path) -> None:
    root = tmp_path / "opslag"
    store, clock = make_store(root)
    build(store, clock)
    saved = making.create_backup(store, tmp_path / "b.otbak")
    store.close()
    # A restore sets the old store aside; damaged files are set aside the same way.
    restored = restoring.restore_backup(saved.path, root, passphrase=PASSPHRASE)
    replaced = restored.replaced
    restored.store.close()
    assert replaced is not None
    damaged = StorePaths(root).quarantine / "20260301-120000"
    shutil.copytree(replaced, damaged)
    assert _copy_holds_the_case(replaced, tmp_path) and _copy_holds_the_case(damaged, tmp_path)

    with open_store(root, PASSPHRASE) as store:
        store.on_close = None
        store.clock = clock
        store.audit._clock = clock
        clock.jump(datetime(2026, 3, 2, 10, 0, tzinfo=TZ))
        report = PurgeService(store).purge_confirmed([PURGED])
        assert report.set_aside_removed == 2
        assert not cells_containing(store, MARKER_WORDS[0])
        removed = [e for e in store.audit.entries() if e.action == "store.set_aside_removed"]
        assert [e.detail for e in removed] == [{"count": 2, "reason": "purge"}]
    assert set_aside.copies(StorePaths(root)) == []
    assert not replaced.exists() and not damaged.exists()


def test_open_removes_set_aside_copies_older_than_30_days(store_dir: Path, store) -> None:
    paths = StorePaths(store_dir)
    old = paths.root / "vervangen" / "20260101-090000"
    recent = paths.quarantine / "20260301-090000"
    for folder in (old, recent):
        folder.mkdir(parents=True)
        (folder / "overlegtafel.db").write_bytes(b"versleuteld" * 100)
    month_ago = time.time() - 31 * 86400
    os.utime(old, (month_ago, month_ago))
    store.close()
    with open_store(store_dir, PASSPHRASE) as again:
        again.on_close = None
        removed = [e.detail for e in again.audit.entries() if e.action == "store.set_aside_removed"]
    assert removed == [{"count": 1, "reason": "expired", "days": 30}]
    assert not old.exists() and recent.exists()
    assert not (paths.root / "vervangen").exists()  # the empty parent goes too
