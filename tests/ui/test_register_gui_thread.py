"""The register keeps work off the GUI thread (issue 17): while rows arrive, the GUI thread only
stores lines whose display texts (status labels, 1F grounds, dates) the worker already made, and a
search's hits come back in the register's order; the GUI thread does not sort them."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import storage.cases.service as service_module
import ui.cases.register_model as register_module
from storage.access import create_store
from storage.cases.demo import fill_demo
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE
from tests.helpers.qt import FakeClock, make_context
from ui.cases.register_model import CaseTableModel


@pytest.fixture
def model(qtbot, store_dir: Path, tmp_path: Path):
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    fill_demo(store, 350)
    store.close()
    ctx = make_context(store_dir, tmp_path, FakeClock())
    errors: list[BaseException] = []
    try:
        ctx.session.unlock(PASSPHRASE, errors.append)
        qtbot.waitUntil(lambda: bool(ctx.session.is_unlocked or errors), timeout=20_000)
        assert not errors
        yield CaseTableModel(ctx)
    finally:
        ctx.worker.shutdown()


def _gui_thread_calls(monkeypatch, module: object, name: str) -> list[str]:
    threads: list[str] = []
    real = getattr(module, name)

    def recording(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    return threads


def test_display_texts_are_made_on_the_worker(qtbot, model: CaseTableModel, monkeypatch) -> None:
    calls = _gui_thread_calls(monkeypatch, register_module, "display_date")
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 350, timeout=10_000)
    for row in range(0, 350, 50):  # as the view asks while it scrolls: every block of rows
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: all(model.cached_row(i) for i in model.ids), timeout=10_000)
    assert calls, "no date was formatted at all"
    assert threading.main_thread().name not in calls, "the GUI thread formatted the register's dates"
    # … and what the worker made is what the register shows.
    case_id = model.case_id_at(0)
    row = model.cached_row(case_id)
    assert row is not None
    updated = [key for key, _label in register_module.COLUMNS].index("updated")
    assert model.data(model.index(0, updated)) == register_module.display_date(row.updated_at)


def test_search_hits_are_ordered_on_the_worker(qtbot, model: CaseTableModel, monkeypatch) -> None:
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 350 and not model.is_loading, timeout=10_000)
    calls = _gui_thread_calls(monkeypatch, service_module.Ranking, "order")
    model.search("commandant")
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    assert 0 < model.rowCount() < 350
    assert calls and threading.main_thread().name not in calls
    order = model.ids
    assert order == sorted(order, key=model._ranking._rank.__getitem__)


def test_a_stored_value_that_is_no_date_is_shown_as_stored(model: CaseTableModel) -> None:
    assert model._date("2026-03-05T10:12:00+01:00") == register_module.display_date("2026-03-05")
    assert model._date("2026-03-05T23:59:00+01:00") == model._date("2026-03-05")
    assert model._date("onbekend, zie dossier") == "onbekend, zie dossier"
