"""The register keeps work off the GUI thread (issue 17): while rows arrive, the GUI thread only
places lines whose display texts (status labels, 1F grounds, dates) and items the worker already
made; painting asks Python nothing; and a search's hits come back in the register's order; the
GUI thread does not sort them."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QTableView, QWidget

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
        model.want_rows(row, row)
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


def _python_calls_on_this_thread(action: Callable[[], object]) -> list[str]:
    """The Python functions entered on the calling thread while ``action`` runs (not inside it)."""
    entered: list[str] = []

    def profile(frame: Any, event: str, _arg: object) -> None:
        if event == "call":
            entered.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}")

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return entered


def test_painting_the_register_asks_python_nothing(qtbot, model: CaseTableModel) -> None:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    class Seen(QObject):  # a Python event filter: proof that the hook sees calls from Qt
        def eventFilter(self, _watched: QObject, _event: object) -> bool:
            return False

    seen = Seen()
    QApplication.instance().installEventFilter(seen)  # type: ignore[union-attr]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 350 and not model.is_loading, timeout=10_000)
    model.want_rows(0, 60)
    qtbot.waitUntil(lambda: all(model.cached_row(i) for i in model.ids[:60]), timeout=10_000)
    qtbot.waitUntil(lambda: bool(model.index(30, 0).data()), timeout=10_000)
    # Every paint used to call a Python data() some 1,750 times, each taking the interpreter lock
    # from the worker; now the cells are Qt's own.
    calls = _python_calls_on_this_thread(view.viewport().repaint)
    assert calls, "the profile hook saw nothing at all"  # an application event filter, at least
    QApplication.instance().removeEventFilter(seen)  # type: ignore[union-attr]
    assert [c for c in calls if "/ui/cases/" in c] == []
    assert model.index(0, 0).data() == model.cached_row(model.ids[0]).reference  # type: ignore[union-attr]


def test_scrolling_the_view_brings_the_lines_it_shows(qtbot, model: CaseTableModel, monkeypatch) -> None:
    from ui.cases.area import RegisterView

    monkeypatch.setattr(register_module, "CACHE_ROWS", 150)  # so that scrolling drops old lines
    area = QWidget()
    area.open_current = lambda: None  # type: ignore[attr-defined]
    qtbot.addWidget(area)
    view = RegisterView(area)  # type: ignore[arg-type]
    view.setModel(model)
    model.loaded.connect(view.want_visible)
    view.resize(900, 400)
    view.show()
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 350 and bool(model.index(0, 0).data()), timeout=10_000)

    def shown_line(row: int) -> str:
        return str(model.index(row, 0).data() or "")

    for _ in range(3):  # down to the end and back: the first lines were dropped on the way
        for value in (view.verticalScrollBar().maximum(), 0):
            view.verticalScrollBar().setValue(value)
            row = view.rowAt(view.viewport().height() // 2)
            qtbot.waitUntil(lambda r=row: bool(shown_line(r)), timeout=10_000)
            case = model.cached_row(model.ids[row])
            assert case is not None and shown_line(row) == case.reference
    assert len(model._rows) <= 150
    assert [i for i in model.ids if model.cached_row(i) is None], "the test did not scroll far enough"
    # The item model keeps the cells of one block (150 // 100) and what is on screen, no more.
    with_cells = [r for r in range(350) if shown_line(r)]
    assert 0 < len(with_cells) <= 2 * register_module.BLOCK
    for row in with_cells:
        case = model.cached_row(model.ids[row])
        assert case is None or shown_line(row) == case.reference


def test_the_register_shows_a_tooltip_where_a_line_has_one(qtbot, model: CaseTableModel) -> None:
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 350 and not model.is_loading, timeout=10_000)
    model.want_rows(0, 10)
    qtbot.waitUntil(lambda: bool(model.index(0, 0).data()), timeout=10_000)
    role = [key for key, _label in register_module.COLUMNS].index("role")
    case = model.cached_row(model.ids[0])
    assert case is not None and case.role
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, role).data(tip) == case.role
    assert model.index(0, 0).data(tip) is None  # the reference is never cut off
    assert model.index(200, role).data() is None  # not loaded yet


def test_a_new_list_takes_the_old_lines_apart_over_several_turns(qtbot, model: CaseTableModel) -> None:
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 350 and not model.is_loading, timeout=10_000)
    model.want_rows(0, 349)
    qtbot.waitUntil(lambda: all(model.index(r, 0).data() for r in range(350)), timeout=10_000)
    old = model.sourceModel()
    at_the_new_list: list[tuple[bool, int]] = []
    model.loaded.connect(lambda: at_the_new_list.append((model._retiring == [old], old.rowCount())))
    model.search("commandant")
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    assert model.sourceModel() is not old
    # Deleting every old item in the turn of the new list was a stall of its own (70 ms for a
    # register of 10,000 scrolled through): they go a few rows per turn.
    assert at_the_new_list == [(True, 350 - register_module.RETIRE_ROWS)]
    qtbot.waitUntil(lambda: not model._retiring, timeout=10_000)
    model.want_rows(0, model.rowCount() - 1)
    qtbot.waitUntil(lambda: all(model.index(r, 0).data() for r in range(model.rowCount())), timeout=10_000)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        model.cached_row(i).reference
        for i in model.ids  # type: ignore[union-attr]
    ]


def test_python_keeps_no_wrapper_of_the_registers_cells(qtbot, model: CaseTableModel) -> None:
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 350 and not model.is_loading, timeout=10_000)
    model.want_rows(0, 349)
    qtbot.waitUntil(lambda: all(model.index(r, 0).data() for r in range(350)), timeout=10_000)
    # A Python-made QStandardItem stays alive (and tracked by the garbage collector) as long as
    # the model holds it: 3,500 here, 40,000 in a register scrolled through.
    gc.collect()
    cells = [o for o in gc.get_objects() if isinstance(o, QStandardItem) and o.text()]
    assert cells == []  # (the item models' empty prototypes are the only wrappers)


def test_urgent_lines_keep_their_colour_and_bold_text(qtbot, model: CaseTableModel) -> None:
    from PySide6.QtGui import QColor

    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 350 and not model.is_loading, timeout=10_000)
    model.want_rows(0, 349)
    qtbot.waitUntil(lambda: all(model.index(r, 0).data() for r in range(350)), timeout=10_000)
    urgent = [key for key, _label in register_module.COLUMNS].index("urgent")
    rows = [r for r in range(350) if model.cached_row(model.ids[r]).urgent]  # type: ignore[union-attr]
    assert rows and len(rows) < 350
    for row in rows:
        index = model.index(row, urgent)
        assert index.data() == "Urgent" or index.data() == "Spoed"
        assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor("#8A4B00")
        assert index.data(Qt.ItemDataRole.FontRole).bold()
    calm = next(r for r in range(350) if r not in rows)
    assert model.index(calm, urgent).data(Qt.ItemDataRole.ForegroundRole) is None
