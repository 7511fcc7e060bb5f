"""The case register screens on a real store: the guard in the editor (a BSN is underlined, keeping
it needs a reason, the audit log holds the override without the BSN), autosave without a Save
button, undo/redo, register filters/search/keyboard, flush before a lock, and the import dialog."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from storage.access import create_store, open_store
from storage.cases.demo import fill_demo
from storage.cases.service import CaseQuery, CaseService
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.cases_ui import open_cases_area, unlocked_context
from tests.helpers.common import PASSPHRASE
from tests.helpers.qt import FakeClock, make_context
from ui.cases.area import CasesArea
from ui.session import LockReason

BSN = "123456789"
DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


@pytest.fixture
def filled_store(store_dir: Path) -> Path:
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    fill_demo(store, 40)
    store.close()
    return store_dir


@pytest.fixture
def area(qtbot, filled_store: Path, tmp_path: Path):
    with open_cases_area(qtbot, filled_store, tmp_path) as widget:
        yield widget


def in_store(area: CasesArea, fn):
    """Run ``fn(store)`` on the worker and wait for its answer."""
    box: list[object] = []
    area.ctx.worker.with_store(fn, box.append, box.append)
    area.ctx.worker.wait_idle()
    return box[0]


def audit_dump(area: CasesArea) -> str:
    rows = in_store(
        area, lambda store: [list(r) for r in store.db.execute("SELECT * FROM audit_log").fetchall()]
    )
    return json.dumps(rows, ensure_ascii=False)


def test_bsn_is_flagged_and_kept_only_with_a_reason(qtbot, area: CasesArea) -> None:
    editor = area.editor
    case_id = editor.case.id
    summary = editor.fields["summary"]
    before = summary.text()
    summary.setFocus()
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    qtbot.keyClicks(summary, f" Bekend onder BSN {BSN}.")
    start = summary.text().index(BSN)
    # The finding appears as a red wave under exactly the BSN, with the reason as description.
    qtbot.waitUntil(lambda: any(m.kind == "bsn" for m in summary.findings), timeout=5000)
    assert (start, start + len(BSN), "wave") in summary.underlined_ranges()
    assert "BSN" in summary.accessibleDescription()
    [mark] = [m for m in summary.findings if m.kind == "bsn"]
    assert "elfproef" in mark.reason() or "BSN" in mark.reason()
    # Autosave refuses the field: the panel shows kind and position, not the number.
    qtbot.waitUntil(lambda: editor.guard_panel.isVisible(), timeout=5000)
    assert editor.autosaver.state == "blocked"
    assert BSN not in editor.guard_panel.details.text()
    assert "BSN" in editor.guard_panel.details.text()
    assert in_store(area, lambda store: CaseService(store).get(case_id).summary) == before
    assert summary.text().endswith(f"BSN {BSN}.")  # the typed text stays in the widget
    # Keeping it needs a reason: no button without one.
    panel = editor.guard_panel
    assert not panel.keep_button.isEnabled()
    qtbot.keyClicks(panel.reason, "ok")
    assert not panel.keep_button.isEnabled()
    panel.reason.clear()
    qtbot.keyClicks(panel.reason, "Fictief nummer uit een testdossier")
    assert panel.keep_button.isEnabled()
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.autosaver.state == "saved" and not panel.isVisible(), timeout=5000)
    assert BSN in in_store(area, lambda store: CaseService(store).get(case_id).summary)
    qtbot.waitUntil(lambda: (start, start + len(BSN), "dotted") in summary.underlined_ranges(), timeout=5000)
    # The override is in the audit log, without the BSN in any column.
    entries = in_store(area, lambda store: store.audit.entries(action_prefix="guard.override"))
    assert len(entries) == 1
    assert entries[0].detail["kinds"] == ["bsn"] and entries[0].detail["field"] == "summary"
    assert entries[0].detail["reason"] == "Fictief nummer uit een testdossier"
    assert BSN not in audit_dump(area)
    # Typing on keeps saving: the kept BSN is not raised again.
    qtbot.keyClicks(summary, " Verder.")
    qtbot.waitUntil(
        lambda: in_store(area, lambda store: CaseService(store).get(case_id).summary).endswith("Verder."),
        timeout=5000,
    )
    assert not panel.isVisible()


def test_reason_with_personal_data_is_refused(qtbot, area: CasesArea) -> None:
    editor = area.editor
    country = editor.fields["country"]
    country.setFocus()
    country.selectAll()
    qtbot.keyClicks(country, "Irak, tel. 06-12345678")
    qtbot.waitUntil(lambda: editor.guard_panel.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: editor.guard_panel.keep_button.isEnabled() or True, timeout=100)
    qtbot.keyClicks(editor.guard_panel.reason, "want 06-12345678 is van de advocaat")
    qtbot.waitUntil(lambda: editor.guard_panel.keep_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(editor.guard_panel.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.guard_panel.error.isVisible(), timeout=5000)
    assert "logboek" in editor.guard_panel.error.text()
    assert "06-12345678" not in audit_dump(area)
    # Removing the number saves the field by itself.
    country.selectAll()
    qtbot.keyClicks(country, "Irak")
    qtbot.waitUntil(lambda: editor.autosaver.state == "saved", timeout=5000)
    assert not editor.guard_panel.isVisible()
    assert in_store(area, lambda store: CaseService(store).get(editor.case.id).country) == "Irak"


def test_autosave_undo_redo_and_inline_validation(qtbot, area: CasesArea) -> None:
    editor = area.editor
    case_id = editor.case.id
    country = editor.fields["country"]
    original = country.text()
    country.setFocus()
    country.selectAll()
    qtbot.keyClicks(country, "Sierra Leone")
    assert editor.save_state.text()  # "Opslaan…" while pending
    qtbot.waitUntil(
        lambda: in_store(area, lambda s: CaseService(s).get(case_id).country) == "Sierra Leone", timeout=3000
    )
    assert editor.save_state.text() == "Alle wijzigingen opgeslagen."
    # Undo brings the old value back, in the widget and in the store; redo again.
    qtbot.keyClick(country, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert country.text() == original
    qtbot.waitUntil(
        lambda: in_store(area, lambda s: CaseService(s).get(case_id).country) == original, timeout=3000
    )
    qtbot.keyClick(
        country, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert country.text() == "Sierra Leone"
    qtbot.waitUntil(
        lambda: in_store(area, lambda s: CaseService(s).get(case_id).country) == "Sierra Leone", timeout=3000
    )
    # A wrong period is shown inline and not saved; the other fields still are.
    period = editor.fields["period_from"]
    stored_period = in_store(area, lambda s: CaseService(s).get(case_id).period_from)
    period.setFocus()
    period.selectAll()
    qtbot.keyClicks(period, end_year_prefix := editor.fields["period_to"].text()[:2])
    assert editor.messages["period"].isVisible()
    assert "niet opgeslagen" in editor.messages["period"].text()
    del end_year_prefix
    urgent = editor.urgent_box
    urgent.setChecked(not urgent.isChecked())
    qtbot.waitUntil(
        lambda: in_store(area, lambda s: CaseService(s).get(case_id).urgent) == urgent.isChecked(),
        timeout=3000,
    )
    assert in_store(area, lambda s: CaseService(s).get(case_id).period_from) == stored_period
    end_year = editor.fields["period_to"].text()[:4]
    qtbot.keyClicks(period, end_year[2:])
    qtbot.waitUntil(
        lambda: in_store(area, lambda s: CaseService(s).get(case_id).period_from) == end_year, timeout=3000
    )
    assert not editor.messages["period"].isVisible()
    # Beginning after the end is caught inline too.
    period.selectAll()
    qtbot.keyClicks(period, str(int(end_year) + 1))
    assert "na het einde" in editor.messages["period"].text()


def test_flush_before_lock_stores_the_last_keystrokes(qtbot, area: CasesArea, filled_store: Path) -> None:
    editor = area.editor
    case_id = editor.case.id
    question = editor.fields["question"]
    question.setFocus()
    question.selectAll()
    qtbot.keyClicks(question, "Laatste vraag vlak voor het vergrendelen?")
    area.flush()  # what the workspace does on every lock
    area.ctx.session.lock(LockReason.MANUAL)
    area.ctx.worker.wait_idle()
    assert area.ctx.worker.state.store is None
    with open_store(filled_store, PASSPHRASE) as store:
        assert CaseService(store).get(case_id).question == "Laatste vraag vlak voor het vergrendelen?"


def test_register_filters_search_sort_and_keyboard(qtbot, area: CasesArea) -> None:
    model = area.model
    assert model.rowCount() == 40
    assert area.count_label.text() == "40 casus(sen)"
    urgent_index = area.view_combo.findData("urgent")
    area.view_combo.setCurrentIndex(urgent_index)
    expected = in_store(area, lambda s: CaseService(s).ids(CaseQuery(view="urgent")))
    qtbot.waitUntil(lambda: model.ids == expected, timeout=5000)
    qtbot.waitUntil(lambda: area.view_combo.itemText(urgent_index).startswith("Spoed ("), timeout=5000)
    area.view_combo.setCurrentIndex(area.view_combo.findData("all"))
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=5000)
    qtbot.keyClicks(area.search, "khad")
    hits = in_store(area, lambda s: CaseService(s).ids(CaseQuery(search="khad")))
    qtbot.waitUntil(lambda: model.ids == hits, timeout=5000)
    assert 0 < len(hits) < 40
    assert "gevonden" in area.count_label.text()
    area.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=5000)
    # Sorting by a column asks the store for the new order.
    area.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    by_country = in_store(area, lambda s: CaseService(s).ids(CaseQuery(sort="country", descending=True)))
    qtbot.waitUntil(lambda: model.ids == by_country, timeout=5000)
    # Keyboard: arrows move through the register and the editor follows; Enter goes into the form.
    area.table.setFocus()
    area._select_row(0)
    first = model.case_id_at(0)
    area.switch_to(first)
    qtbot.waitUntil(lambda: area.editor.case is not None and area.editor.case.id == first, timeout=5000)
    qtbot.keyClick(area.table, Qt.Key.Key_Down)
    second = model.case_id_at(1)
    qtbot.waitUntil(lambda: area.editor.case.id == second, timeout=5000)
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    assert area.editor.isAncestorOf(area.focusWidget())
    qtbot.keyClick(area.focusWidget(), Qt.Key.Key_Escape)
    assert area.focusWidget() is area.table


def test_new_case_gets_a_reference_and_focus(qtbot, area: CasesArea) -> None:
    before = area.model.rowCount()
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: area.model.rowCount() == before + 1, timeout=5000)
    assert area.editor.case.reference.startswith("C-")
    assert area.editor.case.status == "new"
    qtbot.waitUntil(lambda: area.editor.fields["country"].hasFocus(), timeout=2000)


def test_switching_cases_waits_for_a_refused_save(qtbot, area: CasesArea) -> None:
    editor = area.editor
    first = editor.case.id
    summary = editor.fields["summary"]
    summary.setFocus()
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    qtbot.keyClicks(summary, f" BSN {BSN}")
    qtbot.waitUntil(lambda: editor.autosaver.state == "blocked", timeout=5000)
    other = next(i for i in area.model.ids if i != first)
    area.switch_to(other)
    qtbot.waitUntil(lambda: area.notice.isVisible(), timeout=5000)
    assert editor.case.id == first
    assert summary.text().endswith(f"BSN {BSN}")  # nothing typed was thrown away


def test_import_dialog_holds_back_until_confirmed(qtbot, area: CasesArea) -> None:
    from ui.cases.import_dialog import ImportDialog

    dialog = ImportDialog(area.ctx, area)
    dialog.imported.connect(area.reload)  # as CasesArea.import_cases wires it
    dialog.show()
    dialog.load_file(DATA / "cases_mixed.csv")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 7, timeout=5000)
    assert dialog.summary.text() == (
        "3 regel(s) worden geïmporteerd, 3 tegengehouden, 1 kunnen niet worden geïmporteerd."
    )
    rows = {dialog.model.row_plan(i).line: i for i in range(7)}
    dialog.view.selectRow(rows[5])
    assert dialog.confirm_box.isEnabled()
    assert "e-mailadres" in dialog.detail.text() and "iemand@" not in dialog.detail.text()
    dialog.confirm_box.setChecked(True)
    qtbot.keyClicks(dialog.reason, "fictieve contactgegevens van de IND-afdeling")
    assert dialog.summary.text().startswith("4 regel(s) worden geïmporteerd, 2 tegengehouden")
    dialog.view.selectRow(rows[6])
    assert not dialog.confirm_box.isEnabled()  # an invalid row cannot be confirmed
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text().startswith("4 casus(sen) geïmporteerd; 2 regel(s) tegengehouden")
    references = set(in_store(area, lambda s: [c.reference for c in CaseService(s).list()]))
    assert {"IND-2026-101", "IND-2026-102", "IND-2026-104", "IND-2026-107"} <= references
    assert not {"IND-2026-103", "IND-2026-105", "IND-2026-106"} & references
    dialog.reject()
    qtbot.waitUntil(lambda: area.model.rowCount() == 44, timeout=5000)


def test_guard_loads_off_the_gui_thread_and_not_before_the_first_window(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    import storage.guard.lexicon as lexicon_module
    import ui.widgets.guard_scan as guard_scan
    from ui.shell.main_window import MainWindow
    from ui.widgets.guarded_text import GuardedTextEdit

    loads: list[str] = []
    real_load = lexicon_module._load

    def recording_load():
        loads.append(threading.current_thread().name)
        return real_load()

    monkeypatch.setattr(lexicon_module, "_lexicon", None)
    monkeypatch.setattr(lexicon_module, "_load", recording_load)
    monkeypatch.setattr(guard_scan, "_warmed", False)
    ctx = make_context(tmp_path / "nieuw", tmp_path, FakeClock())
    window = MainWindow(ctx, start_with_welcome=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert loads == []  # the first window does not wait for the guard's word lists
    field = GuardedTextEdit("summary", "Samenvatting")
    qtbot.addWidget(field)
    qtbot.waitUntil(lambda: bool(loads), timeout=10_000)
    assert loads[0] != threading.main_thread().name
    window.close()
    ctx.worker.shutdown()


def test_a_valid_bsn_in_a_case_text_can_only_be_removed(qtbot, area: CasesArea) -> None:
    """Issue 10, point 8: no reason makes a valid BSN (eleven test) acceptable in the case editor."""
    editor = area.editor
    summary = editor.fields["summary"]
    summary.setFocus()
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    qtbot.keyClicks(summary, " Bekend onder BSN 111222333.")
    qtbot.waitUntil(lambda: editor.guard_panel.isVisible(), timeout=5000)
    panel = editor.guard_panel
    qtbot.waitUntil(lambda: not panel.keep_button.isVisible(), timeout=5000)
    assert not any(edit.isVisible() for edit in panel.reasons)
    assert "kan nooit worden bewaard" in panel.hint.text()
    assert editor.autosaver.state == "blocked"


def test_opening_the_register_reads_its_ids_once(qtbot, filled_store: Path, tmp_path: Path) -> None:
    """Switching sorting on sorted by Qt's default indicator (descending), and setting the indicator
    sorted back: the register's ids were read three times while it opened, each read taking the
    interpreter lock from the GUI thread in the turn that showed it (issue 17)."""
    with unlocked_context(qtbot, filled_store, tmp_path) as ctx:
        labels: list[str] = []
        real = ctx.worker.with_store

        def recording(*args: object, **kwargs: object) -> object:
            labels.append(str(kwargs.get("label", "")))
            return real(*args, **kwargs)  # type: ignore[arg-type]

        ctx.worker.with_store = recording  # type: ignore[method-assign]
        widget = CasesArea(ctx, None)
        qtbot.addWidget(widget)
        widget.resize(1166, 700)
        widget.show()
        qtbot.waitUntil(lambda: widget.model.rowCount() == 40 and not widget.model.is_loading, timeout=10_000)
        assert labels.count("cases-ids") == 1
        assert widget.model.query.sort == "reference" and not widget.model.query.descending
        header = widget.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            0,
            Qt.SortOrder.AscendingOrder,
        )
        widget.flush()
        ctx.worker.wait_idle()
        widget.close()


def test_the_register_is_built_in_the_turn_after_the_area(qtbot, filled_store: Path, tmp_path: Path) -> None:
    """The area's title, search and filters are made in the turn that shows it; the table and the
    editor's place in the next (both in one turn took 20 ms on the GUI thread, issue 17). What
    needs the register before then gets it at once."""
    from PySide6.QtWidgets import QTableView

    with unlocked_context(qtbot, filled_store, tmp_path) as ctx:
        widget = CasesArea(ctx, None)
        qtbot.addWidget(widget)
        assert widget.search is not None and widget.view_combo.count() > 0
        assert widget.findChild(QTableView) is None
        widget.resize(1166, 700)
        widget.show()
        qtbot.waitUntil(lambda: widget.findChild(QTableView) is not None, timeout=5_000)
        qtbot.waitUntil(lambda: widget.model.rowCount() == 40 and not widget.model.is_loading, timeout=10_000)
        assert widget.table.isVisible()
        early = CasesArea(ctx, None)  # asked for its editor before its register's turn
        qtbot.addWidget(early)
        assert early.editor is not None and early.findChild(QTableView) is early.table
        for area in (widget, early):
            area.flush()
        ctx.worker.wait_idle()


def test_the_editor_is_built_after_the_register_stops_scrolling(
    qtbot, filled_store: Path, tmp_path: Path
) -> None:
    """The editor's form is built in small steps after the register opens; while the user scrolls
    the register those steps wait (a step in the same turn as a scroll and the lines it brings
    made the longest turn of the opening, issue 17), and the editor is complete soon after."""
    with unlocked_context(qtbot, filled_store, tmp_path) as ctx:
        widget = CasesArea(ctx, None)
        qtbot.addWidget(widget)
        widget.resize(1166, 400)
        widget.show()
        qtbot.waitUntil(lambda: widget.model.rowCount() == 40 and not widget.model.is_loading, timeout=10_000)
        bar = widget.table.verticalScrollBar()
        assert bar.maximum() > 0
        built_while_scrolling = []
        for n in range(40):  # 0.8 s of scrolling, a step every 20 ms
            bar.setValue(bar.maximum() if n % 2 else 0)
            qtbot.wait(20)
            built_while_scrolling.append(widget._ready_editor() is not None)
        assert not any(built_while_scrolling)
        qtbot.waitUntil(lambda: widget._ready_editor() is not None, timeout=10_000)
        widget.flush()
        ctx.worker.wait_idle()


def test_each_step_of_the_editor_makes_a_few_widgets(qtbot, filled_store: Path, tmp_path: Path) -> None:
    """The editor's form grows in steps of one field or one group of controls: the first step
    used to show the page and make the status, grounds, period, IND status and urgency controls at
    once (13 ms of one turn while the register scrolled, issue 17)."""
    from PySide6.QtWidgets import QWidget

    from ui.cases.editor import CaseEditor

    with unlocked_context(qtbot, filled_store, tmp_path) as ctx:
        editor = CaseEditor(ctx, None, deferred=True)
        qtbot.addWidget(editor)
        editor.resize(560, 700)
        editor.show()
        made: list[int] = []
        before = len(editor.findChildren(QWidget))
        while not editor.build_step():
            now = len(editor.findChildren(QWidget))
            made.append(now - before)
            before = now
        assert made[0] == 0  # the page is shown on its own
        assert max(made) <= 16, made
        assert len(made) >= 15
        assert {"period_from", "period_to", "summary"} <= set(editor.fields)
