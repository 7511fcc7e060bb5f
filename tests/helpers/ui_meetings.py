"""Helpers shared by the meetings GUI tests (no tests here): a store with an earlier meeting whose
minutes wait for adoption, an unlocked application context, and running code on the worker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from storage.access import create_store
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE
from tests.helpers.meetings import Services, confirm_all, make_cases, run_meeting
from tests.helpers.qt import FakeClock, make_context
from ui.context import AppContext

PREVIOUS_DAY = date(2026, 3, 2)


def prepare_store(store_dir: Path) -> dict[str, Any]:
    """Six new cases (C-2026-901 … 906) and OT 2026-01 (2 March 2026), ended, with minutes and two
    confirmed decisions: aanhouden for C-2026-904 and nadere informatie for C-2026-905 (which made
    action A-2026-01-01). Its minutes are a concept, waiting for adoption."""
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    try:
        s = Services(store)
        cases = make_cases(store, 6)
        first = run_meeting(s, PREVIOUS_DAY, cases[3:5])
        meeting, items = first["meeting"], first["items"]
        s.minutes.save_minutes(items[0].id, "Het OM wil de uitkomst van de beroepsprocedure afwachten.")
        s.minutes.save_minutes(items[1].id, "Het OM vraagt om aanvullende ambtsberichten.")
        s.decisions.record_decision(items[0].id, "aanhouden", reason="beroepsprocedure loopt")
        s.decisions.record_decision(
            items[1].id,
            "nadere_informatie",
            request="ambtsberichten over de eenheid",
            responsible_organisation="IND",
            deadline=date(2026, 4, 1),
        )
        confirm_all(s, meeting.id)
        s.meetings.close_meeting(meeting.id)
        return {"cases": cases, "previous": meeting.id, "items": [i.id for i in items]}
    finally:
        store.close()


def open_context(qtbot, store_dir: Path, settings_dir: Path) -> AppContext:
    ctx = make_context(store_dir, settings_dir, FakeClock())
    errors: list[BaseException] = []
    ctx.session.unlock(PASSPHRASE, errors.append)
    qtbot.waitUntil(lambda: bool(ctx.session.is_unlocked or errors), timeout=20_000)
    assert not errors
    return ctx


def in_store(ctx: AppContext, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(store)`` on the worker and wait for its answer (re-raised when it failed)."""
    box: list[Any] = []
    failed: list[BaseException] = []
    ctx.worker.with_store(fn, box.append, failed.append)
    assert ctx.worker.wait_idle()
    if failed:
        raise failed[0]
    return box[0]


def settle(qtbot, ctx: AppContext) -> None:
    """Wait until every job (and the jobs their answers started) has been delivered."""
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=20_000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=20_000)


def show_active(qtbot, widget: QWidget) -> None:
    """Show ``widget`` as the active window (shortcuts need the focus inside an active window)."""
    widget.resize(1166, 700)
    widget.show()
    qtbot.waitExposed(widget)
    activate(qtbot, widget)


def activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=5000)
