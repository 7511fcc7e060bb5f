"""A closed store on a full disk (issue 12, gap 4): SQLite cannot create the -shm file, so the store
used to be unopenable and the user could not even copy it to another disk. Now it opens read-only
(no -shm), says so, lists, prints and writes a backup to another disk; a write fails with DiskFull;
after space is freed it opens as usual.

Needs a real full disk: a small tmpfs, mounted as root. Where that is impossible the tests say so
in the output (skip with the reason, marker ``needs_root``); CI runs as root.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.access import open_store
from storage.backup import archive, catalogue, making, pointer, restoring
from storage.errors import DiskFull
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE, run_cli
from tests.storage.test_faults import closed_store


@contextlib.contextmanager
def full_tmpfs(folder: Path) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("NOT RUN: a full disk needs a small tmpfs, and mounting one needs root (CI is root)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"NOT RUN: cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path) -> Path:
    """Fill the file system to the last byte (unbuffered writes, smaller and smaller)."""
    filler = folder / "vulling.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler


@pytest.mark.needs_root
def test_store_on_a_full_disk_opens_read_only_and_backs_up_elsewhere(tmp_path: Path) -> None:
    with full_tmpfs(tmp_path / "klein") as mount:
        store_dir = mount / "opslag"
        closed_store(store_dir, meeting_title="op een volle schijf")
        paths = StorePaths(store_dir)
        assert not paths.shm.exists()
        filler = fill_disk(mount)
        with open_store(store_dir, PASSPHRASE) as store:
            assert store.full_disk
            assert "alleen-lezen" in (store.full_disk_notice() or "")
            assert store.settings.get("meeting_title") == "op een volle schijf"
            assert store.cipher_integrity_check() == []
            info = making.create_backup(store, tmp_path / "elders" / "redding.otbak")
            with pytest.raises(DiskFull):
                store.settings.set("meeting_title", "kan niet")
        archive.verify_backup(info.path)
        restored = restoring.restore_backup(info.path, tmp_path / "teruggezet", passphrase=PASSPHRASE).store
        with restored:
            restored.on_close = None
            assert restored.settings.get("meeting_title") == "op een volle schijf"
        filler.unlink()  # space freed: an ordinary open again, and writes work
        with open_store(store_dir, PASSPHRASE) as store:
            store.on_close = None
            assert not store.full_disk
            store.settings.set("meeting_title", "weer ruimte")


@pytest.mark.needs_root
def test_cli_on_a_full_disk_lists_and_backs_up_and_says_read_only(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    with full_tmpfs(tmp_path / "klein") as mount:
        store_dir = mount / "opslag"
        closed_store(store_dir, meeting_title="cli")
        secret = tmp_path / "pw.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        fill_disk(mount)
        common = ["--store", str(store_dir), "--passphrase-file", str(secret)]
        listed = run_cli(["cases", "list", *common], cli_env)
        assert listed.returncode == 0, listed.stderr
        assert "alleen-lezen" in listed.stderr and "schijf" in listed.stderr
        out = tmp_path / "usb" / "kopie.otbak"
        out.parent.mkdir()
        made = run_cli(["backup", "--out", str(out), *common], cli_env)
        assert made.returncode == 0, made.stderr
        archive.verify_backup(out)


def test_workspace_says_read_only_on_a_full_disk(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from tests.helpers.qt import FakeClock, make_context
    from ui.session import SessionInfo
    from ui.shell.workspace import Workspace
    from ui.widgets.banner import Banner

    ctx = make_context(tmp_path / "opslag", tmp_path / "instellingen", FakeClock())
    info = SessionInfo(tmp_path / "opslag", "id", "keyring", False, "secretaris", False, [], full_disk=True)
    workspace = Workspace(ctx, info)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    shown = " ".join(label.text() for b in workspace.findChildren(Banner) for label in b.findChildren(QLabel))
    assert "alleen-lezen geopend" in shown and "andere schijf" in shown
    workspace.grab().save(os.environ.get("OVERLEGTAFEL_SHOT", str(tmp_path / "volle-schijf.png")))
    ctx.worker.shutdown()


@pytest.mark.needs_root
def test_close_on_a_full_disk_keeps_every_saved_value_and_the_backup_follows_later(tmp_path: Path) -> None:
    with full_tmpfs(tmp_path / "klein") as mount:
        store_dir = mount / "opslag"
        closed_store(store_dir, meeting_title="begin")
        store = open_store(store_dir, PASSPHRASE)
        store.settings.set("meeting_title", "opgeslagen voor de schijf vol raakte")
        filler = fill_disk(mount)
        with pytest.raises(DiskFull):
            store.settings.set("meeting_title", "past niet meer")
        store.close()  # never raises: the backup at close fails and is recorded
        assert store.on_close.result.error is not None or store.on_close.result.skipped
        with open_store(store_dir, PASSPHRASE) as full:  # read-only, or ordinary if the close's
            # checkpoint gave the WAL's room back
            assert full.settings.get("meeting_title") == "opgeslagen voor de schijf vol raakte"
        filler.unlink()
        with open_store(store_dir, PASSPHRASE) as again:
            assert not again.full_disk and again.integrity_check() == []
            assert again.settings.get("meeting_title") == "opgeslagen voor de schijf vol raakte"
        newest = catalogue.list_backups(pointer.default_folder(StorePaths(store_dir)))[0]
        # The failed close-time backup was retried: the newest backup holds the value.
        with restoring.restore_backup(newest.path, tmp_path / "proef", passphrase=PASSPHRASE).store as copy:
            copy.on_close = None
            assert copy.settings.get("meeting_title") == "opgeslagen voor de schijf vol raakte"
