"""Issue 12, gap 3: a copy or sync that took only the database and the key file (no -wal, no -shm)
after the last changes lost those changes. The checkpoint in the key file says so at open."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from storage.access import open_store
from storage.cases.service import CaseService
from storage.paths import StorePaths
from tests.helpers.attacks import make_store
from tests.helpers.common import PASSPHRASE, REPO


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
    store.on_close = None
    store.close()

    with open_store(copy, PASSPHRASE) as opened:
        assert opened.log_damaged
        text = " ".join(a.message("nl") for a in opened.alarms)
        assert f"controlepunt zegt {seq}" in text, text
        assert "recente wijzigingen ontbreken" in text, text
    with open_store(copy, PASSPHRASE) as again:
        assert again.log_damaged  # lasting


WRITER = """
import sys
from pathlib import Path
from storage.access import open_store
from storage.cases.service import CaseService
store = open_store(Path(sys.argv[1]), sys.argv[2])
for i in range(10):
    CaseService(store).create({"summary": f"casus {i}", "country": "Syrië"})
    print(store.audit.entries(limit=1)[0].seq, flush=True)
import time
time.sleep(60)
"""


def _killed_writer(root: Path) -> int:
    """Ten cases committed by a process that is then killed; returns the last committed seq."""
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root), PASSPHRASE],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        seqs = [int(proc.stdout.readline()) for _ in range(10)]
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return seqs[-1]


def test_killed_writer_then_wal_and_shm_gone_says_recent_changes_are_missing(tmp_path: Path) -> None:
    root = tmp_path / "opslag"
    store, _code = make_store(root, use_keyring=False)  # the writer process has no access to our keyring
    store.close()
    last = _killed_writer(root)
    paths = StorePaths(root)
    assert paths.wal.exists() and paths.shm.exists()
    paths.wal.unlink()
    paths.shm.unlink()
    with open_store(root, PASSPHRASE) as opened:
        assert opened.log_damaged
        text = " ".join(a.message("nl") for a in opened.alarms)
        assert f"controlepunt zegt {last}" in text and "recente wijzigingen ontbreken" in text, text


def test_killed_writer_with_wal_present_raises_no_false_alarm(tmp_path: Path) -> None:
    root = tmp_path / "opslag"
    store, _code = make_store(root, use_keyring=False)
    store.close()
    _killed_writer(root)
    with open_store(root, PASSPHRASE) as opened:
        assert opened.alarms == [], [a.message("nl") for a in opened.alarms]
        assert CaseService(opened).count() == 10
