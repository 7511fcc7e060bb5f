"""Casussen: the register (filters, search, sortable table) beside the editor of the chosen case.

Keyboard: Ctrl+F search, Ctrl+N new case, arrows move through the register, Enter opens the case
in the editor, Escape in the editor goes back to the register, F5 reloads; Ctrl+Z / Ctrl+Shift+Z
undo and redo in the editor. The register never holds the whole store: see ``register_model``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.cases.history import HistoryEvent
from storage.cases.model import Case, CaseRow
from storage.cases.service import VIEWS, CaseQuery, CaseService
from storage.cases.status import CaseStatus
from ui.cases import labels, register_model
from ui.cases.register_model import COLUMNS, CaseTableModel
from ui.context import AppContext
from ui.widgets.error_text import user_message

if TYPE_CHECKING:  # the editor and the CSV export are imported when first needed: opening stays light
    from ui.cases.editor import CaseEditor

COLUMN_WIDTHS = {
    "reference": 100,
    "status": 135,
    "grounds": 62,
    "country": 120,
    "period": 95,
    "role": 220,
    "ind_status": 170,
    "urgent": 55,
    "updated": 90,
    "retention": 120,
}
HIDDEN_BY_DEFAULT = ("role", "ind_status", "updated", "retention")
EDITOR_DELAY_MS = 60
COUNTS_DELAY_MS = 400
WARM_UP_DELAY_MS = 800
OPEN_DELAY_MS = 120
EDITOR_YIELD_S = 0.1  # the editor's steps wait until the register has not scrolled for this long
EDITOR_YIELD_MS = 40


# What the editor imports that the register does not, in the order it needs them: imported by name
# one per event-loop turn before the editor is built (the editor module last).
def _import_risk() -> None:
    import storage.cases.risk  # noqa: F401


def _import_guarded_text() -> None:
    import ui.widgets.guarded_text  # noqa: F401


def _import_guard_panel() -> None:
    import ui.widgets.guard_panel  # noqa: F401


def _import_autosave() -> None:
    import ui.widgets.autosave  # noqa: F401


def _import_risk_hint() -> None:
    import ui.cases.risk_hint  # noqa: F401


def _import_editor() -> None:
    import ui.cases.editor  # noqa: F401


# The editor's modules, one event-loop turn each (plain imports, in the order they depend on).
EDITOR_MODULES: tuple[tuple[str, Callable[[], None]], ...] = (
    ("storage.cases.risk", _import_risk),
    ("ui.widgets.guarded_text", _import_guarded_text),
    ("ui.widgets.guard_panel", _import_guard_panel),
    ("ui.widgets.autosave", _import_autosave),
    ("ui.cases.risk_hint", _import_risk_hint),
    ("ui.cases.editor", _import_editor),
)


def row_from_case(case: Case) -> CaseRow:
    return CaseRow(
        case.id,
        case.reference,
        case.status,
        case.grounds,
        case.country,
        case.period_from,
        case.period_to,
        case.role,
        case.ind_status,
        case.urgent,
        case.updated_at,
        case.retention_until,
    )


class RegisterView(QTableView):
    """The register table: Enter opens the case, Tab leaves the table. It tells the model which
    rows it shows (the model loads lines only for those)."""

    def __init__(self, area: CasesArea) -> None:
        super().__init__(area)
        self.area = area
        self.moved_at = float("-inf")  # time.monotonic() of the last scroll
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def _scrolled(self, _value: int) -> None:
        self.moved_at = time.monotonic()
        self.want_visible()

    def want_visible(self) -> None:
        model = self.model()
        if not isinstance(model, CaseTableModel) or not model.rowCount():
            return
        first = max(0, self.rowAt(0))
        last = self.rowAt(self.viewport().height() - 1)
        if last < 0:  # below the last row, or not laid out yet: a block's worth
            last = first + register_model.BLOCK - 1
        model.want_rows(first, last)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.want_visible()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.area.open_current()
            return
        super().keyPressEvent(event)


class CasesArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_id: int | None = None
        self._switching = False
        self._first_load = True
        self._editor_waiters: list[Callable[[], None]] = []
        self._editor_modules = [step for name, step in EDITOR_MODULES if name not in sys.modules]
        self._editor: CaseEditor | None = None
        self._editor_slot: QWidget | None = None
        self._register_built = False
        # Opening in steps, so no single turn of the event loop holds the GUI thread long: the
        # title, search and filters first; the register one turn later (building both in the turn
        # that showed the area took 20 ms, issue 17); the editor after the register's first paint;
        # the filter counts and the guard's word lists once the register shows its rows.
        self._build_frame()
        QTimer.singleShot(1, self, self._build_register)

    # -- construction -------------------------------------------------------------------------------
    def _build_frame(self) -> None:
        head, tools = self._build_tools()
        self.model = CaseTableModel(self.ctx, self)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(tools)
        layout.addWidget(self.notice)
        self._build_actions()
        # The register's ids are read from the start, while the table is still to be made (its
        # answer, should it come first, makes the table at once).
        self.model.loaded.connect(self._model_loaded)
        self.model.load_failed.connect(lambda exc: self._notify(user_message(exc), error=True))
        self.model.reload()

    def _model_loaded(self) -> None:
        self._build_register()
        self.table.want_visible()
        self._loaded()

    def _build_register(self) -> None:
        """The table and the editor's place beside it, wired; then the editor and the filter
        counts in later turns (at once when something needs the table before its turn:
        idempotent)."""
        if self._register_built:
            return
        self._register_built = True
        self._build_table()
        self._build_splitter()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.splitter, 1)
        self._wire()
        QTimer.singleShot(EDITOR_DELAY_MS, self._build_editor)
        # The filter counts after the register's first lines (also when its first read failed:
        # the filters still show how many cases each holds).
        QTimer.singleShot(COUNTS_DELAY_MS, self._load_counts)

    def _build_tools(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The title with the count, the search box, the filters and the buttons."""
        title = QLabel(self.tr("Cases"), self)
        title.setObjectName("areaTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hintText")
        self.count_label.setAccessibleName(self.tr("Number of cases shown"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search cases and minutes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases and minutes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.view_combo = QComboBox(self)
        self.view_combo.setAccessibleName(self.tr("Saved filter"))
        for view in VIEWS:
            self.view_combo.addItem(labels.view(view), view)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in CaseStatus:
            self.status_combo.addItem(labels.status(status.value), status.value)
        self.new_button = QPushButton(self.tr("&New case"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("New case"))
        self.new_button.setToolTip(self.tr("New case (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setAccessibleName(self.tr("Import cases from CSV"))
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setAccessibleName(self.tr("Export the register to CSV"))
        self.retention_button = QPushButton(self.tr("&Retention…"), self)
        self.retention_button.setAccessibleName(self.tr("Retention periods and purging"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.count_label, 1)
        head.addWidget(self.new_button)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 2)
        tools.addWidget(self.view_combo, 1)
        tools.addWidget(self.status_combo, 1)
        tools.addWidget(self.import_button)
        tools.addWidget(self.export_button)
        tools.addWidget(self.retention_button)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        return head, tools

    def _build_table(self) -> None:
        self.table = RegisterView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Case register"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # The indicator first: switching sorting on sorts by it, and Qt's default indicator is
        # descending, which read the 10,000 ids twice more (sorted down, then up again).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(
            QHeaderView.ResizeMode.Fixed
        )  # no per-row measuring: 10,000 rows stay instant
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for column, (key, _label) in enumerate(COLUMNS):
            self.table.setColumnWidth(column, COLUMN_WIDTHS[key])
            if key in HIDDEN_BY_DEFAULT:
                self.table.setColumnHidden(column, True)

    def _build_splitter(self) -> None:
        # The editor (a form of a dozen guarded fields) is built in later event-loop turns, so that
        # opening the register never holds the GUI thread for both at once.
        self._editor_slot = QWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._editor_slot)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([610, 556])

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("New case"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.import_action = QAction(self.tr("Import cases from CSV…"), self)
        self.export_action = QAction(self.tr("Export the register to CSV…"), self)
        self.retention_action = QAction(self.tr("Retention periods and purging…"), self)
        self.refresh_action = QAction(self.tr("Reload the register"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.find_action = QAction(self.tr("Search cases"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        for action in (self.new_action, self.refresh_action, self.find_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Ctrl+F from anywhere in the window while Casussen is shown (also from the navigation);
        # a hidden area's actions do not match, and the area menu holds only the current area's
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._pending_open: int | None = None
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)

    def _wire(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._run_search)
        self._search_timer.timeout.connect(self._run_search)
        self._open_timer.timeout.connect(self._open_pending)
        self.view_combo.currentIndexChanged.connect(self._filters_changed)
        self.status_combo.currentIndexChanged.connect(self._filters_changed)
        self.new_button.clicked.connect(self.new_case)
        self.new_action.triggered.connect(self.new_case)
        self.import_button.clicked.connect(self.import_cases)
        self.import_action.triggered.connect(self.import_cases)
        self.export_button.clicked.connect(self.export_cases)
        self.export_action.triggered.connect(self.export_cases)
        self.retention_button.clicked.connect(self.edit_retention)
        self.retention_action.triggered.connect(self.edit_retention)
        self.refresh_action.triggered.connect(self.reload)
        self.find_action.triggered.connect(self._focus_search)

    @property
    def editor(self) -> CaseEditor:
        self._build_register()
        if self._editor is None:
            from ui.cases.editor import CaseEditor

            self._editor = CaseEditor(self.ctx, None)  # built off-screen: no polish per widget
        self._editor.finish()
        if self._editor_slot is not None:
            self._place_editor()
        self._editor_ready()
        return self._editor

    def _place_editor(self) -> None:
        """The editor's frame takes the placeholder's place (its form may still be in steps)."""
        editor, slot = self._editor, self._editor_slot
        if editor is None or slot is None:
            return
        self._editor_slot = None
        self.splitter.replaceWidget(1, editor)
        slot.deleteLater()
        self.splitter.setSizes([610, 556])
        self.setTabOrder(self.table, editor)
        self.back_shortcut = QShortcut(QKeySequence("Escape"), editor)
        self.back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_shortcut.activated.connect(self._back_to_register)
        editor.case_saved.connect(self._case_saved)

    def _editor_ready(self) -> None:
        waiters, self._editor_waiters = self._editor_waiters, []
        for waiter in waiters:
            QTimer.singleShot(0, waiter)

    def _build_editor(self) -> None:
        """Over several event-loop turns: the editor's modules one at a time, its frame (placed at
        once, so that the form's widgets are made where they stay), then its form in parts.
        Each step is a timer of 1 ms, not 0: steps chained by zero timers ran in one turn.
        While the register scrolls, the steps wait: a step in the same turn as a scroll and the
        lines it brings made that turn the longest of the opening (issue 17)."""
        if time.monotonic() - self.table.moved_at < EDITOR_YIELD_S:
            QTimer.singleShot(EDITOR_YIELD_MS, self, self._build_editor)
            return
        if self._editor is None and self._editor_modules:
            # Importing the editor with what it needs took 40 ms in one turn the first time the
            # register opened (issue 17); one module per turn is 10 ms at most.
            self._editor_modules.pop(0)()
            QTimer.singleShot(1, self, self._build_editor)
        elif self._editor is None:
            from ui.cases.editor import CaseEditor

            self._editor = CaseEditor(self.ctx, None, deferred=True)
            QTimer.singleShot(1, self, self._build_editor)
        elif self._editor_slot is not None:
            self._place_editor()
            QTimer.singleShot(1, self, self._build_editor)
        elif not self._editor.build_step():
            QTimer.singleShot(1, self, self._build_editor)
        else:
            self._editor_ready()

    def _ready_editor(self) -> CaseEditor | None:
        """The editor once it is placed and complete (asking ``editor`` builds the rest at once)."""
        editor = self._editor
        return editor if editor is not None and self._editor_slot is None and editor.finished else None

    def _when_editor_ready(self, callback: Callable[[], None]) -> None:
        if self._ready_editor() is not None:
            callback()
        else:
            self._editor_waiters.append(callback)

    # -- area protocol ------------------------------------------------------------------------------
    def flush(self) -> None:
        if self._editor is not None:
            self._editor.flush()

    def menu_actions(self) -> list[QAction]:
        return [
            self.new_action,
            self.import_action,
            self.export_action,
            self.retention_action,
            self.refresh_action,
            self.find_action,
        ]

    # -- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        self._load_counts()

    def _load_counts(self) -> None:
        self.ctx.worker.with_store(
            lambda store: CaseService(store).view_counts(),
            self._show_counts,
            owner=self,
            label="cases-counts",
        )

    def _show_counts(self, counts: dict[str, int]) -> None:
        for i in range(self.view_combo.count()):
            view = self.view_combo.itemData(i)
            self.view_combo.setItemText(
                i, self.tr("{label} ({count})").format(label=labels.view(view), count=counts.get(view, 0))
            )

    def _column_menu(self, position: Any) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for column, (key, label) in enumerate(COLUMNS):
            if key == "reference":
                continue
            action = menu.addAction(register_model.column_title(label))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
        menu.popup(header.mapToGlobal(position))

    def _filters_changed(self) -> None:
        if self.view_combo.currentData() == "retention_due":
            self.table.setColumnHidden([k for k, _l in COLUMNS].index("retention"), False)
        self.model.set_query(view=self.view_combo.currentData(), status=self.status_combo.currentData() or "")

    def _run_search(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.search_text:
            self.model.search(self.search.text())

    def _loaded(self) -> None:
        if self._first_load:
            # The guard's word lists load on their own thread once the register is on screen, not
            # while it opens (loading holds Python's lock in chunks of tens of milliseconds).
            QTimer.singleShot(WARM_UP_DELAY_MS, _warm_up_guard)
        shown = self.model.rowCount()
        if self.model.search_text.strip():
            self.count_label.setText(self.tr("{n} case(s) found").format(n=shown))
        else:
            self.count_label.setText(self.tr("{n} case(s)").format(n=shown))
        target = self.current_id
        if target is None and self._first_load and shown:
            target = self.model.case_id_at(0)
        self._first_load = False
        if target is not None:
            row = self.model.row_of(target)
            if row >= 0:
                self._select_row(row)
                if self.current_id != target:
                    self._open(target)
            elif target == self.current_id:
                self._close_hidden_case()

    def _close_hidden_case(self) -> None:
        """The search or filter hides the open case: store its changes, then close it, so the
        editor never shows a case the register does not list."""
        case_id = self.current_id
        if case_id is None:
            return

        def close() -> None:
            if self.current_id == case_id and self.model.row_of(case_id) < 0:
                self.current_id = None
                self.editor.show_empty()

        if not self.editor.has_unsaved():
            close()
            return
        self.editor.autosaver.when_saved(
            close,
            lambda: self._notify(
                self.tr("The open case is not in the search results, but it has changes that are not saved."),
                error=True,
            ),
        )

    def _select_row(self, row: int) -> None:
        self._switching = True
        try:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._switching = False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        case_id = self.model.case_id_at(current.row())
        if case_id is None or case_id == self.current_id:
            self._open_timer.stop()
            return
        # Holding an arrow key or Page Down runs through many rows: open the case in the editor
        # once the selection rests, not for every row passed on the way.
        self._pending_open = case_id
        self._open_timer.start()

    def _open_pending(self) -> None:
        case_id, self._pending_open = self._pending_open, None
        if case_id is not None and case_id != self.current_id:
            self.switch_to(case_id)

    def switch_to(self, case_id: int) -> None:
        """Open another case, but only once the current one's changes are stored."""
        editor = self._ready_editor()  # one still being built holds no changes
        if editor is None or not editor.has_unsaved():
            self._open(case_id)
            return
        previous = self.current_id

        def refused() -> None:
            if previous is not None:
                row = self.model.row_of(previous)
                if row >= 0:
                    self._select_row(row)
            self._notify(
                self.tr(
                    "The open case has changes that are not saved (see the editor). Save or undo them "
                    "before you open another case."
                ),
                error=True,
            )

        self.editor.autosaver.when_saved(lambda: self._open(case_id), refused)

    def _open(self, case_id: int) -> None:
        self.current_id = case_id

        def job(store: Any) -> tuple[Case, dict[str, set[str]], list[HistoryEvent]]:
            service = CaseService(store)
            case = service.get(case_id)
            return case, service.kept_spans(case_id), service.history(case_id)

        self.ctx.worker.with_store(
            job,
            self._opened,
            lambda exc: self._notify(user_message(exc), error=True),
            owner=self,
            label="case-open",
        )

    def _opened(self, result: tuple[Case, dict[str, set[str]], list[HistoryEvent]]) -> None:
        case, kept, history = result
        if case.id != self.current_id:
            return
        if self._ready_editor() is None:
            self._when_editor_ready(lambda: self._opened(result))
            return
        self.editor.load(case, kept, history)
        self._notify("")

    def open_current(self) -> None:
        editor = self._ready_editor()
        if editor is None and self.current_id is not None:
            self._when_editor_ready(self.open_current)  # Enter while the editor is still built
        elif self.current_id is not None and editor is not None and editor.case is not None:
            editor.focus_first_field()

    def _back_to_register(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _case_saved(self, case: Case) -> None:
        self.model.update_row(row_from_case(case))
        if self._notice_error and not self.editor.has_unsaved():
            self._notify("")  # the problem the red notice named is solved

    _notice_error = False

    def _notify(self, text: str, *, error: bool = False) -> None:
        self._notice_error = bool(text) and error
        self.notice.setText(text)
        self.notice.setObjectName("errorText" if error else "okText")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(bool(text))

    # -- commands -----------------------------------------------------------------------------------
    def new_case(self) -> None:
        def created(case: Case) -> None:
            self.current_id = case.id
            self.editor.load(case, {}, [])
            self.editor.focus_first_field()
            self.reload()
            self._notify(self.tr("Case {reference} created.").format(reference=case.reference))

        def create() -> None:
            self.ctx.worker.with_store(
                lambda store: CaseService(store).create(),
                created,
                lambda exc: self._notify(user_message(exc), error=True),
                owner=self,
                label="case-create",
            )

        if self.editor.has_unsaved():
            self.editor.autosaver.when_saved(
                create, lambda: self._notify(self.tr("Save or undo the open changes first."), error=True)
            )
        else:
            create()

    def import_cases(self) -> None:
        from ui.cases.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.imported.connect(self.reload)
        dialog.open()
        dialog.choose_file()

    def export_cases(self) -> None:
        dialog = QFileDialog(self, self.tr("Export the register to CSV"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile("casusregister.csv")
        dialog.fileSelected.connect(self._export_to)
        dialog.open()

    def _export_to(self, path: str) -> None:
        query = CaseQuery(**{**self.model.query.__dict__, "search": self.model.search_text})
        target = Path(path)
        self.ctx.worker.with_store(
            lambda store: _export_csv(store, target, query),
            lambda count: self._notify(
                self.tr(
                    "{n} case(s) exported to {path}. The file is not encrypted: keep it safe and delete it when done."
                ).format(n=count, path=str(target))
            ),
            lambda exc: self._notify(user_message(exc), error=True),
            owner=self,
            label="cases-export",
        )

    def edit_retention(self) -> None:
        """The Bewaartermijnen dialog (ui.retention): due cases, purging; the register reloads after."""
        from ui.retention import show_due_cases

        dialog = show_due_cases(self.ctx, self)
        dialog.finished.connect(lambda _result: self.reload())

    # -- tests and screenshots ----------------------------------------------------------------------
    def test_states(self) -> Iterator[str]:
        """Sub-screens for the keyboard and translation walks (tests/helpers/screens.py)."""
        from PySide6.QtWidgets import QApplication

        if self.model.rowCount():
            self._select_row(0)
            self.switch_to(self.model.case_id_at(0) or 0)
        self.ctx.worker.wait_idle()
        self.editor.tabs.setCurrentIndex(1)
        yield "history"
        self.editor.tabs.setCurrentIndex(0)
        from ui.cases.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.open()
        QApplication.processEvents()
        yield "import"
        dialog.reject()


def _export_csv(store: Any, target: Path, query: CaseQuery) -> int:
    from storage.cases.csv_io import export_csv

    return export_csv(store, target, query)


def _warm_up_guard() -> None:
    from ui.widgets.guard_scan import warm_up_in_background

    warm_up_in_background()


def create_area(ctx: AppContext, parent: QWidget) -> QWidget:
    return CasesArea(ctx, parent)
