"""The idle lock counts time across suspend. A laptop left unlocked and closed for the night sleeps;
a clock that stops during sleep (CLOCK_MONOTONIC on Linux) then says "idle for a few seconds" at
wake-up, and the open store stays open in front of whoever opens the lid. The application's idle
clock includes sleep (CLOCK_BOOTTIME on Linux).

The suspend is simulated below the application: the kernel's boot-time clock jumps by the time
asleep while the monotonic clock (and everything else) runs on as normal."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from storage.access import create_store
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE
from tests.helpers.qt import make_context
from ui.session import LockReason
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="Linux clock")


@pytest.fixture
def asleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Seconds the simulated machine has slept so far (add to it to suspend)."""
    slept = [0.0]
    real = time.clock_gettime

    def clock_gettime(clock_id: int) -> float:
        value = real(clock_id)
        return value + slept[0] if clock_id == time.CLOCK_BOOTTIME else value

    monkeypatch.setattr(time, "clock_gettime", clock_gettime)
    return slept


def test_idle_lock_fires_after_a_suspend(qtbot, store_dir: Path, tmp_path: Path, asleep: list[float]) -> None:
    create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)[0].close()
    ctx = make_context(store_dir, tmp_path)  # the application's own clocks, no fake
    window = MainWindow(ctx, start_with_welcome=False)
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.unlock_page
        qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
        qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
        window.idle.check()
        assert window.workspace is not None
        locks: list[str] = []
        window.session.locked.connect(locks.append)
        asleep[0] += 15 * 60  # lid closed for 15 minutes; the 10-minute idle lock is due
        window.idle.check()  # the idle timer's first tick after wake-up
        qtbot.waitUntil(lambda: window.workspace is None, timeout=10_000)
        assert locks == [LockReason.IDLE]
        assert window.ctx.worker.state.store is None or not window.ctx.worker.state.store.is_open
        assert "10 minuten" in window.unlock_page.reason.text()
    finally:
        window.close()
        ctx.worker.shutdown()
