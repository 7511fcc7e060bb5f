"""The application shell: welcome flow, unlock, lock (idle with a fake clock, on demand, with a
modal dialog open), and that locking leaves no key or decrypted model behind."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from storage.access import create_store
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE
from tests.helpers.qt import FakeClock, make_context
from ui.idle import IdleWatcher
from ui.session import LockReason
from ui.shell.main_window import MainWindow
from ui.widgets.banner import Banner


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_window(qtbot, tmp_path: Path, clock: FakeClock):
    windows: list[MainWindow] = []

    def factory(store_dir: Path, *, welcome: bool) -> MainWindow:
        ctx = make_context(store_dir, tmp_path, clock)
        idle = IdleWatcher(ctx.prefs.idle_minutes * 60, clock, check_interval_ms=10_000)
        window = MainWindow(ctx, start_with_welcome=welcome, idle=idle)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.close()


def existing_store(store_dir: Path) -> None:
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    store.close()


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase.edit, passphrase)
    qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)


def test_welcome_creates_store_and_shows_recovery_code_once(qtbot, make_window, store_dir: Path) -> None:
    window = make_window(store_dir, welcome=True)
    flow = window.welcome
    assert flow.currentWidget() is flow.choice
    qtbot.mouseClick(flow.choice.create_button, Qt.MouseButton.LeftButton)
    page = flow.create_page
    page.folder.setText(str(store_dir))
    qtbot.waitUntil(lambda: page.keyring.secure is not None)
    assert not page.create_button.isEnabled()
    qtbot.keyClicks(page.passphrase.edit, "kort")
    assert "10" in page.passphrase.hint.text()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    qtbot.keyClicks(page.repeat.edit, PASSPHRASE + "x")
    assert not page.create_button.isEnabled()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat.edit, PASSPHRASE)
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.code_page, timeout=10_000)
    code_text = flow.code_page.code.text()
    assert len(code_text.replace("\n", "  ").split("  ")) == 8
    assert window.workspace is None  # not before the user confirms storing the code
    assert not flow.code_page.continue_button.isEnabled()
    flow.code_page.stored.setChecked(True)
    qtbot.mouseClick(flow.code_page.continue_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    assert flow.code_page.code.text() == ""
    assert [window.workspace.nav.item(i).text() for i in range(window.workspace.nav.count())] == [
        "Overleggen",
        "Casussen",
        "Actiepunten",
        "Besluiten",
        "Logboek",
        "Instellingen",
        "Cijfers",
    ]


def test_wrong_passphrase_then_unlock(qtbot, make_window, store_dir: Path) -> None:
    existing_store(store_dir)
    window = make_window(store_dir, welcome=False)
    page = window.unlock_page
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.passphrase.edit, "helemaal het verkeerde wachtwoord")
    qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert "onjuist" in page.error.text()
    assert page.passphrase.text() == ""
    unlock(qtbot, window)
    assert window.pages.currentWidget() is window.workspace


def test_unlock_runs_on_worker_with_busy_indicator(qtbot, make_window, store_dir: Path) -> None:
    existing_store(store_dir)
    window = make_window(store_dir, welcome=False)
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    page.unlock_button.click()
    # The click returned before the store opened: the GUI thread did not wait for the crypto.
    assert page.busy.isVisible() or window.workspace is not None
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)


def _locked_cleanly(qtbot, window: MainWindow, reason_fragment: str) -> None:
    qtbot.waitUntil(lambda: window.ctx.worker.pending == 0, timeout=10_000)
    gc.collect()
    assert window.ctx.worker.state.store is None
    assert window.workspace is None
    assert window.pages.currentWidget() is window.unlock_page
    assert reason_fragment in window.unlock_page.reason.text()


def test_idle_lock_with_fake_clock_drops_key_and_models(
    qtbot, make_window, store_dir: Path, clock: FakeClock
) -> None:
    existing_store(store_dir)
    window = make_window(store_dir, welcome=False)
    unlock(qtbot, window)
    window.workspace.show_area("logbook")
    model_ref = weakref.ref(window.workspace.areas["logbook"].model)
    qtbot.waitUntil(lambda: model_ref().rowCount() > 0, timeout=10_000)
    store_ref = weakref.ref(window.ctx.worker.state.store)
    clock.advance(9 * 60)
    window.idle.check()
    assert window.workspace is not None  # not yet: 10 minutes by default
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Down)  # activity resets the idle time
    clock.advance(9 * 60)
    window.idle.check()
    assert window.workspace is not None
    clock.advance(61)
    window.idle.check()
    _locked_cleanly(qtbot, window, "10 minuten")
    qtbot.wait(10)
    gc.collect()
    assert model_ref() is None, "a decrypted model outlived the lock"
    assert store_ref() is None or not store_ref().is_open


def test_lock_while_modal_dialog_open(qtbot, make_window, store_dir: Path, clock: FakeClock) -> None:
    existing_store(store_dir)
    window = make_window(store_dir, welcome=False)
    unlock(qtbot, window)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Vraag",
        "Doorgaan?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    results: list[int] = []

    def lock_later() -> None:
        assert box.isVisible()
        clock.advance(11 * 60)
        window.idle.check()

    QTimer.singleShot(50, lock_later)
    results.append(box.exec())  # a nested modal loop must not hold the lock up
    assert results and results[0] != QMessageBox.StandardButton.Yes
    _locked_cleanly(qtbot, window, "10 minuten")

    unlock(qtbot, window)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.open()
    window.session.lock(LockReason.MANUAL)
    assert not dialog.isVisible()
    _locked_cleanly(qtbot, window, "Ctrl+L")


def test_ctrl_l_locks(qtbot, make_window, store_dir: Path) -> None:
    existing_store(store_dir)
    window = make_window(store_dir, welcome=False)
    unlock(qtbot, window)
    window.lock_action.trigger()
    _locked_cleanly(qtbot, window, "Ctrl+L")
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_screen_lock_and_suspend_lock(qtbot, make_window, store_dir: Path) -> None:
    existing_store(store_dir)
    window = make_window(store_dir, welcome=False)
    unlock(qtbot, window)
    window.system_events.screen_locked.emit()
    _locked_cleanly(qtbot, window, "scherm")
    unlock(qtbot, window)
    window.system_events._on_prepare_for_sleep(True)
    _locked_cleanly(qtbot, window, "slaapstand")


def test_demo_opens_with_banner(qtbot, make_window, store_dir: Path, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr("ui.shell.main_window.demo_store_dir", lambda: tmp_path / "demo")
    window = make_window(store_dir, welcome=True)
    qtbot.mouseClick(window.welcome.choice.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    texts = [banner.label.text() for banner in window.workspace.findChildren(Banner)]
    assert any("DEMO" in text for text in texts)


def test_area_commands_appear_in_menu_and_cheat_sheet(
    qtbot, make_window, store_dir: Path, monkeypatch, tmp_path: Path
) -> None:
    from ui.shell.shortcuts import collect_shortcuts

    monkeypatch.setattr("ui.shell.main_window.demo_store_dir", lambda: tmp_path / "demo")
    window = make_window(store_dir, welcome=True)
    qtbot.mouseClick(window.welcome.choice.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    for key in ("meetings", "decisions", "actions"):
        window.workspace.show_area(key)
        provider = getattr(window.workspace.areas[key], "menu_actions", None)
        if not callable(provider) or not provider():
            continue
        assert window.area_menu.menuAction().isVisible()
        assert window.area_menu.title() == window.workspace.nav.currentItem().text()
        listed = {action for _menu, action, _keys in collect_shortcuts(window)}
        with_keys = [a.text().replace("&", "") for a in provider() if not a.shortcut().isEmpty()]
        assert with_keys and set(with_keys) <= listed
    window.lock_action.trigger()
    assert not window.area_menu.menuAction().isVisible()
