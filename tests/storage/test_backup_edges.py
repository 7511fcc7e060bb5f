"""Backups at the edges (issue 12, gap 5): a failed close-time backup is retried by the next session
even when that session changes nothing; temp files of a killed backup (also with --out) are cleaned
by the next open; a full disk names the folder, not a hidden temp file; "already open" is "no
access" (exit 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import backup_temp
from storage.access import create_store, open_store
from storage.backup import catalogue, pointer, restoring
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE, run_cli
from tests.storage.test_faults import closed_store, run_helper


def test_failed_close_backup_is_retried_by_the_next_session_without_changes(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    store.close()
    assert store.on_close.result.made is not None
    folder = pointer.default_folder(StorePaths(store_dir))
    with open_store(store_dir, PASSPHRASE) as again:
        again.settings.set("meeting_title", "na de eerste back-up")
        # The close-time backup fails (here: its quick check; a full disk or a kill alike).
        monkeypatch.setattr(again, "integrity_check", lambda quick=False: ["Page 7: btreeInitPage"])
    assert again.on_close.result.skipped == "quick_check"
    assert len(catalogue.list_backups(folder)) == 1
    with open_store(store_dir, PASSPHRASE) as looked:
        pass  # looked only: yet the change above is in no backup
    assert looked.on_close.result.made is not None, looked.on_close.result
    with open_store(store_dir, PASSPHRASE) as looked_again:
        pass
    assert looked_again.on_close.result.skipped == "unchanged"
    with restoring.restore_backup(
        catalogue.list_backups(folder)[0].path, store_dir, passphrase=PASSPHRASE
    ).store as restored:
        restored.on_close = None
        assert restored.settings.get("meeting_title") == "na de eerste back-up"


def test_temp_files_of_a_killed_backup_with_out_are_cleaned_at_the_next_open(
    store_dir: Path, tmp_path: Path
) -> None:
    closed_store(store_dir, meeting_title="schoon")
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "kopie.otbak"
    paths = StorePaths(store_dir)
    # What create_backup leaves when killed mid-way: its note, a scratch copy and a half file.
    backup_temp.noting(paths, out)
    prefix = backup_temp.temp_prefix(out)
    for name in (f"{prefix}1a2b3c4d.tmp-db", f"{prefix}x8k2_q.tmp"):
        (usb / name).write_bytes(b"\0" * 4096)
    (usb / "eigen-bestand.tmp").write_bytes(b"van de gebruiker")
    with open_store(store_dir, PASSPHRASE) as store:
        store.on_close = None
    assert sorted(p.name for p in usb.iterdir()) == ["eigen-bestand.tmp"]
    assert not (store_dir / backup_temp.NOTE_NAME).exists()


def test_disk_full_during_backup_names_the_folder(store_dir: Path, tmp_path: Path) -> None:
    closed_store(store_dir, meeting_title="vol")
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    folder = tmp_path / "back-ups"
    folder.mkdir()
    steps = run_helper("tests.helpers.crash_diskfull", "backup", str(store_dir), str(secret), str(folder))
    full = next(s for s in steps if s["step"] == "full")
    assert full["error"] == "DiskFull", full
    assert f"De schijf is vol: {folder} kon niet" in full["message"], full["message"]
    assert ".tmp" not in full["message"]


def test_already_open_exits_3_like_any_lack_of_access(
    store_dir: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    closed_store(store_dir)
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    with open_store(store_dir, PASSPHRASE) as store:
        store.on_close = None
        done = run_cli(["doctor", "--store", str(store_dir), "--passphrase-file", str(secret)], cli_env)
    assert done.returncode == 3, done.stderr
    assert "al geopend" in done.stderr
