"""Must-show: a marker written through the application never appears in plaintext in the store's
files (database, -wal, -shm, key file), the temp folder, QSettings or the logs — neither while the
store is open nor after it locked."""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.logging_setup import setup_logging
from storage.access import create_store
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE
from tests.helpers.qt import FakeClock, make_context
from ui.idle import IdleWatcher
from ui.locations import user_log_dir
from ui.shell.main_window import MainWindow


def files_under(folder: Path, since: float) -> list[Path]:
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                if path.is_file() and path.stat().st_mtime >= since - 1:
                    found.append(path)
            except OSError:
                continue
    return found


def leaks(marker: str, paths: list[Path]) -> list[str]:
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le")]
    bad = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            bad.append(str(path))
    return bad


def test_marker_never_in_plaintext(qtbot, tmp_path: Path) -> None:
    started = time.time()
    # Lower case: a capitalised random token can read as a name to the anonymity guard.
    marker = f"plaintekstmarker{secrets.token_hex(6)}"
    log_file = setup_logging()
    store_dir = tmp_path / "opslag"
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    store.close()
    settings_dir = tmp_path / "instellingen"
    settings_dir.mkdir()
    clock = FakeClock()
    ctx = make_context(store_dir, settings_dir, clock)
    window = MainWindow(ctx, start_with_welcome=False, idle=IdleWatcher(600, clock, check_interval_ms=60_000))
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.unlock_page.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)

    window.workspace.show_area("settings")
    settings = window.workspace.areas["settings"]
    qtbot.waitUntil(lambda: settings.meeting_title.text() != "", timeout=10_000)
    settings.meeting_title.clear()
    qtbot.keyClicks(settings.meeting_title, marker)
    qtbot.keyClick(settings.meeting_title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: settings.status.text() == "Opgeslagen.", timeout=10_000)

    # Case content and minutes, through the application's worker and services.
    def write_case_and_minutes(store):
        from storage.cases.service import CaseService
        from storage.meetings import AgendaService, MeetingService, MinutesService

        case = CaseService(store).create({"summary": f"Samenvatting {marker}", "country": "Syrië"})
        meeting = MeetingService(store).create_meeting("2026-03-05", "10:00", place="Den Haag")
        item = AgendaService(store).add_case_item(meeting.id, case.id)
        MeetingService(store).fix_agenda(meeting.id)
        MeetingService(store).start_meeting(meeting.id)
        MinutesService(store).save_minutes(item.id, f"Verslagtekst {marker}")
        return case.id

    results: list[object] = []
    ctx.worker.with_store(write_case_and_minutes, results.append, results.append)
    ctx.worker.wait_idle()
    assert results and isinstance(results[0], int), results
    # The store is open now: scan with the WAL in use.
    scanned_open = [*store_dir.iterdir()]
    assert any(p.name.endswith("-wal") for p in scanned_open)
    assert leaks(marker, [p for p in scanned_open if p.is_file()]) == []

    window.lock_action.trigger()
    ctx.worker.wait_idle()
    logging.getLogger("overlegtafel.test").info("locked")
    ctx.prefs.sync()

    # The marker really went in: the store holds it, encrypted.
    from storage.access import open_store

    with open_store(store_dir, PASSPHRASE) as reopened:
        assert reopened.settings.get("meeting_title") == marker
        summary = reopened.db.execute("SELECT summary FROM cases").fetchone()[0]
        assert marker in summary

    places = [p for p in store_dir.iterdir() if p.is_file()]
    places += files_under(Path(tempfile.gettempdir()), started)
    places.append(Path(ctx.prefs.file_name))
    if log_file is not None:
        places += files_under(user_log_dir(), started)
    assert Path(ctx.prefs.file_name).exists()
    assert leaks(marker, places) == []
    window.close()

    canary = tmp_path / "canary.bin"  # the scan itself must be able to find a copy
    canary.write_bytes(b"xx" + marker.encode("utf-16-le") + b"yy")
    assert leaks(marker, [canary]) == [str(canary)]
