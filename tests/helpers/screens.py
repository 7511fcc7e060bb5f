"""Walks every screen of the application (for the translation and keyboard/accessibility tests).

Areas can take part in the walk beyond their first screen: an area widget may define
``test_states()``, a generator that moves the area into each of its sub-screens (editor open,
meeting running, …) and yields a name for each; dialogs it opens must be closed again before the
next ``yield`` finishes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from storage.demo import DEMO_PASSPHRASE, open_or_create_demo
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.qt import FakeClock, make_context
from ui.idle import IdleWatcher
from ui.shell.areas import AREAS
from ui.shell.main_window import MainWindow


def make_window(qtbot, tmp_path: Path, *, welcome: bool, store_dir: Path) -> MainWindow:
    clock = FakeClock()
    settings = tmp_path / "settings"
    settings.mkdir(exist_ok=True)
    ctx = make_context(store_dir, settings, clock)
    window = MainWindow(
        ctx, start_with_welcome=welcome, idle=IdleWatcher(600, clock, check_interval_ms=60_000)
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def walk(qtbot, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """Yield (screen name, top-level widget) for every screen, with that screen showing."""
    window = make_window(qtbot, tmp_path, welcome=True, store_dir=tmp_path / "nieuw")
    flow = window.welcome
    for page in (flow.choice, flow.create_page):
        flow.setCurrentWidget(page)
        qtbot.wait(20)
        yield f"welcome:{type(page).__name__}", window
    flow.show_recovery_code("7KQ2M-WX4PE-H9T3R-ZB6NC-Q2Y8D-MF5KJ-R3VTA-8PGXH")
    yield "welcome:RecoveryCodePage", window
    window.pages.setCurrentWidget(window.unlock_page)
    window.unlock_page.prepare(tmp_path, "idle", 10)
    yield "unlock", window
    window.pages.setCurrentWidget(window.recover_page)
    yield "recover", window
    window.close()

    demo = tmp_path / "demo"
    open_or_create_demo(demo, kdf_params=FAST_TEST_PARAMS).close()
    window = make_window(qtbot, tmp_path, welcome=False, store_dir=demo)
    window.session.unlock(DEMO_PASSPHRASE, lambda exc: (_ for _ in ()).throw(exc))
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    for area in AREAS:
        window.workspace.show_area(area.key)
        qtbot.waitUntil(lambda: window.ctx.worker.pending == 0, timeout=30_000)
        qtbot.wait(50)
        yield f"area:{area.key}", window
        widget = window.workspace.areas[area.key]
        states = getattr(widget, "test_states", None)
        if callable(states):
            for state in states():
                qtbot.waitUntil(lambda: window.ctx.worker.pending == 0, timeout=30_000)
                qtbot.wait(50)
                yield f"area:{area.key}:{state}", _active_top_level(window)
    from ui.shell.about import AboutDialog
    from ui.shell.security_dialogs import ChangePassphraseDialog, NewRecoveryCodeDialog
    from ui.shell.shortcuts import ShortcutSheet

    for make in (
        lambda: ShortcutSheet(window),
        lambda: AboutDialog(window),
        lambda: ChangePassphraseDialog(window.ctx, window),
        lambda: NewRecoveryCodeDialog(window.ctx, window),
    ):
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        yield f"dialog:{type(dialog).__name__}", dialog
        dialog.reject()
    window.close()


def _active_top_level(window: MainWindow) -> QWidget:
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog) and modal.isVisible():
        return modal
    return window


def clipped_texts(top: QWidget) -> list[str]:
    """Labels and buttons narrower than their text needs (one-line labels; wrapped ones grow)."""
    out = []
    for label in top.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text() or label.window() is not top:
            continue
        if label.width() + 1 < label.sizeHint().width():
            out.append(f"{label.text()!r} ({label.width()} < {label.sizeHint().width()})")
    for button in top.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() + 1 < button.minimumSizeHint().width():
            out.append(f"button {button.text()!r}")
    return out
