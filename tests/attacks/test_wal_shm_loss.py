"""Issue 12, gap 3: a copy or sync that took only the database and the key file (no -wal, no -shm)
after the last changes lost those changes. The checkpoint in the key file says so at open."""

from __future__ import annotations

import shutil
from pathlib import Path

from storage.access import open_store
from storage.cases.service import CaseService
from storage.paths import StorePaths
from tests.attacks._support import make_store
from tests.conftest import PASSPHRASE


def test_database_and_key_file_without_wal_and_shm_say_recent_changes_are_missing(tmp_path: Path) -> None:
    root = tmp_path / "opslag"
    store, _code = make_store(root)
    store.close()
    store = open_store(root, PASSPHRASE)
    for i in range(10):
        CaseService(store).create({"summary": f"casus {i}", "country": "Syrië"})
    seq = store.audit.entries(limit=1)[0].seq
    paths = StorePaths(root)
    copy = tmp_path / "gesynchroniseerd"
    copy.mkdir()
    assert paths.wal.exists()  # the ten cases are only in the WAL so far
    for file in (paths.database, paths.keyfile):  # what a careless sync took
        shutil.copy2(file, copy / file.name)
    store.backup_on_close = False
    store.close()

    with open_store(copy, PASSPHRASE) as opened:
        assert opened.log_damaged
        text = " ".join(a.message("nl") for a in opened.alarms)
        assert f"controlepunt zegt {seq}" in text, text
        assert "recente wijzigingen ontbreken" in text, text
    with open_store(copy, PASSPHRASE) as again:
        assert again.log_damaged  # lasting
