"""Faults from the environment, each with its own message, and a store that opens afterwards:
a full disk (SQLite's own write failing with ENOSPC; RLIMIT_FSIZE in a subprocess; a small tmpfs
when we are root), an injected I/O error, a read-only store folder, a stale lock file. Plus the
split into "environment" and "bug" errors and the bug report the user can copy."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from storage.access import create_store, open_store
from storage.backup import archive, making
from storage.errors import (
    DiskFull,
    ReadOnlyStore,
    StoreAlreadyOpen,
    StoreIOError,
    bug_report,
    error_category,
)
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from storage.sqlite_driver import dbapi2
from tests.helpers import crash_syscalls
from tests.helpers.common import PASSPHRASE, REPO

needs_syscalls = pytest.mark.skipif(not crash_syscalls.supported, reason="needs Linux /proc")


def snapshot(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir()) if p.is_file()}


def closed_store(store_dir: Path, **settings: str) -> None:
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    for key, value in settings.items():
        store.settings.set(key, value)
    store.close()


def assert_opens(store_dir: Path, **settings: str) -> None:
    with open_store(store_dir, PASSPHRASE) as store:
        assert store.integrity_check() == []
        assert store.cipher_integrity_check() == []
        assert store.verify_audit().ok
        for key, value in settings.items():
            assert store.settings.get(key) == value


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["OVERLEGTAFEL_LANG"] = "nl"
    return env


def run_helper(module: str, *args: str, timeout: float = 120) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", module, *args],
        env=subprocess_env(),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


# --- disk full -------------------------------------------------------------------------------------
@needs_syscalls
def test_disk_full_write_raises_diskfull_and_retry_saves_everything(store_dir: Path) -> None:
    closed_store(store_dir)
    faults = crash_syscalls.SyscallFaults()
    text = "Notulen, eerste alinea. " * 40
    with open_store(store_dir, PASSPHRASE) as store:
        store.settings.set("concept", "oud")
        with faults.failing("pwrite", errno.ENOSPC, suffixes=("-wal",)), pytest.raises(DiskFull) as info:
            store.settings.set("concept", text)
        assert faults.failures >= 1
        assert "schijf is vol" in info.value.message("nl")
        assert "disk is full" in info.value.message("en")
        assert info.value.category == "environment"
        assert store.settings.get("concept") == "oud"  # all or nothing
        store.settings.set("concept", text)  # space freed: the same save succeeds
    assert_opens(store_dir, concept=text)


@needs_syscalls
def test_worker_keeps_unsaved_text_and_saves_it_when_space_returns(qtbot, store_dir: Path) -> None:
    """The editor pattern of the GUI: text stays in the widget until the save job succeeded; a
    failed save (disk full) is reported as DiskFull and the next save writes everything."""
    from PySide6.QtWidgets import QPlainTextEdit

    from ui.worker import StoreWorker

    closed_store(store_dir)
    worker = StoreWorker()
    opened: list[object] = []
    worker.run(
        lambda state: setattr(state, "store", open_store(store_dir, PASSPHRASE)),
        opened.append,
        opened.append,
        needs_store=False,
    )
    assert worker.wait_idle() and opened == [None]
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    outcomes: list[object] = []

    def save() -> None:
        text = editor.toPlainText()
        worker.with_store(
            lambda store: store.settings.set("notulen-concept", text),
            lambda _r: outcomes.append("saved"),
            outcomes.append,
        )
        assert worker.wait_idle()

    faults = crash_syscalls.SyscallFaults()
    try:
        editor.setPlainText("Punt 1: de voorzitter opent de vergadering.")
        save()
        assert outcomes == ["saved"]
        editor.appendPlainText("Punt 2: het verslag wordt ongewijzigd vastgesteld.")
        typed = editor.toPlainText()
        with faults.failing("pwrite", errno.ENOSPC, suffixes=("-wal",)):
            save()
        assert isinstance(outcomes[-1], DiskFull)
        assert "schijf is vol" in outcomes[-1].message("nl")
        assert editor.toPlainText() == typed  # nothing lost from the editor
        editor.appendPlainText("Punt 3: rondvraag.")
        save()  # space is back
        assert outcomes[-1] == "saved"
        stored: list[object] = []
        worker.with_store(lambda store: store.settings.get("notulen-concept"), stored.append)
        assert worker.wait_idle()
        assert stored == [editor.toPlainText()]
    finally:
        worker.shutdown()
    assert_opens(store_dir, **{"notulen-concept": editor.toPlainText()})


def test_disk_full_by_file_size_limit_in_subprocess(store_dir: Path, tmp_path: Path) -> None:
    closed_store(store_dir)
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    steps = run_helper("tests.helpers.crash_diskfull", "write", str(store_dir), str(secret))
    full = next(s for s in steps if s["step"] == "full")
    assert full["error"] == "DiskFull", full
    assert "schijf is vol" in full["message"]
    assert full["category"] == "environment"
    retry = next(s for s in steps if s["step"] == "retry")
    assert retry["ok"]
    with open_store(store_dir, PASSPHRASE) as store:
        assert store.integrity_check() == []
        saved = [k for k in store.settings.all() if k.startswith("vulling-")]
        assert len(saved) == retry["saved"]  # everything that was reported saved is there
        last = max(saved)
        assert store.settings.get(last).startswith(last.split("-")[1])


def test_backup_on_full_disk_leaves_earlier_backup_and_no_temp_files(store_dir: Path, tmp_path: Path) -> None:
    closed_store(store_dir, meeting_title="vol")
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    folder = tmp_path / "back-ups"
    folder.mkdir()
    steps = run_helper("tests.helpers.crash_diskfull", "backup", str(store_dir), str(secret), str(folder))
    full = next(s for s in steps if s["step"] == "full")
    assert full["error"] == "DiskFull", full
    assert "schijf is vol" in full["message"]
    assert full["files"] == ["eerste.otbak"]  # the earlier backup is intact, no temp file left
    retry = next(s for s in steps if s["step"] == "retry")
    assert retry["files"] == ["eerste.otbak", "tweede.otbak"]
    for name in ("eerste.otbak", "tweede.otbak"):
        archive.verify_backup(folder / name)
    assert_opens(store_dir, meeting_title="vol")


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str):
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path) -> Path:
    filler = folder / "vulling.bin"
    # Unbuffered: a buffered writer keeps the part of the last chunk that did not fit and raises
    # ENOSPC again when it is closed (whenever the free space is not a multiple of the chunk).
    with open(filler, "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    return filler


def test_really_full_disk_on_tmpfs(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "klein", "4m") as mount:
        store_dir = mount / "opslag"
        closed_store(store_dir, meeting_title="voor")
        with open_store(store_dir, PASSPHRASE) as store:
            store.on_close = None
            text = "Tekst die niet verloren mag gaan. " * 200
            filler = fill_disk(mount)
            with pytest.raises(DiskFull) as info:
                for i in range(200):
                    store.settings.set(f"alinea-{i}", text)
            assert "schijf is vol" in info.value.message("nl")
            with pytest.raises(DiskFull):
                making.create_backup(store, mount / "back-up.otbak")
            assert not [p for p in mount.iterdir() if p.name.startswith(".back-up")]
            filler.unlink()  # space freed
            store.settings.set("alinea-laatste", text)
        assert_opens(store_dir, meeting_title="voor", **{"alinea-laatste": text})


# --- injected I/O errors ---------------------------------------------------------------------------
@needs_syscalls
def test_injected_write_io_error_has_its_own_message(store_dir: Path) -> None:
    closed_store(store_dir, meeting_title="heel")
    faults = crash_syscalls.SyscallFaults()
    with open_store(store_dir, PASSPHRASE) as store:
        with faults.failing("pwrite", errno.EIO, suffixes=("-wal",)), pytest.raises(StoreIOError) as info:
            store.settings.set("meeting_title", "half")
        message = info.value.message("nl")
        assert "Lezen of schrijven" in message and "Controleer de schijf" in message
        assert "vol" not in message
        assert store.settings.get("meeting_title") == "heel"
        store.settings.set("meeting_title", "daarna")
    assert_opens(store_dir, meeting_title="daarna")


@needs_syscalls
def test_io_error_while_opening_is_not_taken_for_damage(store_dir: Path) -> None:
    closed_store(store_dir, meeting_title="heel")
    before = snapshot(store_dir)
    faults = crash_syscalls.SyscallFaults()
    with faults.failing("pread", errno.EIO, suffixes=(".db",)), pytest.raises(StoreIOError) as info:
        open_store(store_dir, PASSPHRASE)
    assert "Controleer de schijf" in info.value.message("nl")
    assert not StorePaths(store_dir).quarantine.exists()  # nothing set aside on an I/O error
    assert snapshot(store_dir)["overlegtafel.db"] == before["overlegtafel.db"]
    assert_opens(store_dir, meeting_title="heel")


# --- read-only folder ------------------------------------------------------------------------------
@contextlib.contextmanager
def read_only(folder: Path):
    """chmod for ordinary users; as root (which ignores modes) a read-only bind mount."""
    if os.name == "posix" and os.geteuid() == 0:
        first = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
        if first.returncode != 0:
            pytest.skip("cannot bind-mount here")
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        try:
            yield
        finally:
            subprocess.run(["umount", str(folder)], check=False)
    else:
        modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)


def test_read_only_store_folder(store_dir: Path, tmp_path: Path) -> None:
    closed_store(store_dir, meeting_title="alleen lezen")
    before = snapshot(store_dir)
    with read_only(store_dir):
        with pytest.raises(ReadOnlyStore) as info:
            open_store(store_dir, PASSPHRASE)
        assert "alleen-lezen" in info.value.message("nl")
        assert str(store_dir) in info.value.message("nl")
        assert snapshot(store_dir) == before
    assert_opens(store_dir, meeting_title="alleen lezen")


def test_backup_into_read_only_folder(store: object, tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    (folder / "bestaand.txt").write_text("x")
    with read_only(folder), pytest.raises(ReadOnlyStore) as info:
        making.create_backup(store, folder / "b.otbak")
    assert "alleen-lezen" in info.value.message("nl")
    assert sorted(p.name for p in folder.iterdir()) == ["bestaand.txt"]


# --- stale lock vs. a store that is really open ----------------------------------------------------
HOLDER = """
import sys, time
from pathlib import Path
from storage.access import open_store
store = open_store(Path(sys.argv[1]), sys.argv[2])
store.settings.set("meeting_title", "van het andere proces")
print("open", flush=True)
time.sleep(60)
"""


def test_stale_lock_after_kill_and_already_open_have_their_own_messages(store_dir: Path) -> None:
    closed_store(store_dir)
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_dir), PASSPHRASE],
        env=subprocess_env(),
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
        with pytest.raises(StoreAlreadyOpen) as info:
            open_store(store_dir, PASSPHRASE)
        assert "al geopend" in info.value.message("nl")
        assert f"proces {proc.pid}" in info.value.message("nl")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    lock_text = StorePaths(store_dir).lockfile.read_text()
    assert str(proc.pid) in lock_text  # the stale lock file is still there
    with open_store(store_dir, PASSPHRASE) as store:
        assert store.stale_lock
        notice = store.stale_lock_notice()
        assert notice is not None
        assert "niet netjes afgesloten" in notice and f"proces {proc.pid}" in notice
        assert "in orde" in notice
        assert store.settings.get("meeting_title") == "van het andere proces"
    with open_store(store_dir, PASSPHRASE) as store:  # a clean close clears it
        assert not store.stale_lock and store.stale_lock_notice() is None


def test_garbage_in_lock_file_counts_as_stale(store_dir: Path) -> None:
    closed_store(store_dir, meeting_title="x")
    StorePaths(store_dir).lockfile.write_bytes(b"\x00\xffkapot")
    with open_store(store_dir, PASSPHRASE) as store:
        assert store.stale_lock
        assert "niet netjes afgesloten" in (store.stale_lock_notice() or "")
    assert_opens(store_dir, meeting_title="x")


# --- environment vs. bug ---------------------------------------------------------------------------
def test_errors_are_sorted_into_environment_and_bug() -> None:
    assert error_category(DiskFull(path="/x")) == "environment"
    assert error_category(ReadOnlyStore(path="/x")) == "environment"
    assert error_category(OSError(errno.ENOSPC, "No space left on device")) == "environment"
    assert error_category(dbapi2.OperationalError("disk I/O error")) == "environment"
    assert error_category(dbapi2.OperationalError("database is locked")) == "environment"
    assert error_category(dbapi2.OperationalError("no such table: zaken")) == "bug"
    assert error_category(dbapi2.OperationalError("no such column: busy_readonly")) == "bug"
    assert error_category(dbapi2.OperationalError("malformed MATCH expression: [zoek]")) == "bug"
    assert error_category(dbapi2.DatabaseError("database disk image is malformed")) == "environment"
    assert error_category(KeyError("x")) == "bug"
    from storage.errors import WrongPassphrase

    assert error_category(WrongPassphrase()) == "access"


def test_bug_report_names_type_place_and_versions_but_no_content() -> None:
    secret = "Yeşilgöz verklaarde dat"

    def service_call(text: str) -> None:
        int(text)

    try:
        service_call(secret)
    except ValueError as exc:
        report = bug_report(exc, extra={"qt": "6.x"})
    assert "builtins.ValueError" in report
    assert "category: bug" in report
    assert "test_faults.py" in report and "in service_call" in report
    assert "overlegtafel" in report and "python" in report and "sqlite" in report
    assert "qt: 6.x" in report
    assert secret not in report and "Yeşilgöz" not in report
    try:
        raise dbapi2.IntegrityError("CHECK constraint failed: status IN ('nieuw', 'geheim-woord')")
    except dbapi2.IntegrityError as exc:
        report = bug_report(exc)
    assert "geheim-woord" not in report
    assert "CHECK constraint failed" in report
