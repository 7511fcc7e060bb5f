"""The register's table model: a window onto the store, never the whole register in memory.

The worker first returns the ordered ids of the current view (saved filter, status, sort); the
model then knows its row count at once and asks for the lines of the rows the view shows
(``want_rows``, called by the view as it scrolls), a block of ``BLOCK`` rows at a time, keeping at
most ``CACHE_ROWS`` lines. A search only asks the full-text index which cases match and orders
those hits by the view's order (``Ranking``), so typing in the search box never re-sorts the
register in the database.

The cells live in Qt's own item model (C++): painting the register asks Python nothing. A Python
``data()`` was called some 1,750 times per paint, and every call had to take the interpreter lock
from the worker making the next block, which made scrolling stall for 20-40 ms (issue 17). The
worker makes each line's texts and their encoding (``item_data``); the GUI thread places a block
with one call.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QIdentityProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from storage.cases.model import CaseRow
from storage.cases.service import CaseQuery, CaseService, Ranking
from ui.cases import item_data, labels
from ui.context import AppContext
from ui.dates import display_date

if TYPE_CHECKING:
    from storage.store import Store

BLOCK = 50
CACHE_ROWS = 4000


def _column(key: str, label: object) -> tuple[str, str]:
    """A column's key and its English title (QT_TRANSLATE_NOOP's stub returns ``object``)."""
    return key, str(label)


COLUMNS: tuple[tuple[str, str], ...] = (
    _column("reference", QT_TRANSLATE_NOOP("CaseRegister", "Reference")),
    _column("status", QT_TRANSLATE_NOOP("CaseRegister", "Status")),
    _column("grounds", QT_TRANSLATE_NOOP("CaseRegister", "1F")),
    _column("country", QT_TRANSLATE_NOOP("CaseRegister", "Country or conflict")),
    _column("period", QT_TRANSLATE_NOOP("CaseRegister", "Period")),
    _column("role", QT_TRANSLATE_NOOP("CaseRegister", "Alleged role")),
    _column("ind_status", QT_TRANSLATE_NOOP("CaseRegister", "At the IND")),
    _column("urgent", QT_TRANSLATE_NOOP("CaseRegister", "Urgent")),
    _column("updated", QT_TRANSLATE_NOOP("CaseRegister", "Changed")),
    _column("retention", QT_TRANSLATE_NOOP("CaseRegister", "Keep until")),
)


PREFETCH_ROWS = 20  # a block is asked for this many rows before the view reaches it
_COLUMN = {key: i for i, (key, _label) in enumerate(COLUMNS)}
# Per case: display texts, tooltips, colours and fonts, one entry per column.
Cells = tuple[tuple[str, ...], tuple[str | None, ...], tuple[int, ...], tuple[int, ...]]


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseRegister", text)


def column_title(label: str) -> str:
    return _t(label)


def _view_ids(store: Store, query: CaseQuery) -> tuple[list[int], Ranking, date]:
    """On the worker: the view's ordered ids, their ranking for searches, and the store's today."""
    ids = CaseService(store).ids(query)
    return ids, Ranking(ids), store.now().date()


# A line the store no longer has (deleted meanwhile): a dash, no more.
_GONE: Cells = (
    tuple("—" if key == "reference" else "" for key, _label in COLUMNS),
    (None,) * len(COLUMNS),
    (0,) * len(COLUMNS),
    (0,) * len(COLUMNS),
)
# Lines as the worker returns them: per case its id, its line (None when the case is gone or was
# read before), its cells and their encoding for the item model.
Encoded = tuple[bytes, ...]
Made = list[tuple[int, CaseRow | None, Cells, Encoded]]
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)


RETIRE_ROWS = 200  # rows of an old view's items deleted per event-loop turn


class CaseTableModel(QIdentityProxyModel):
    """The view's model: Qt's identity proxy over one item model per list of ids (``_source``).
    A new list gets a new item model, and the old one is taken apart a few rows per turn: deleting
    the 40,000 items of a register scrolled through took 70 ms in one turn.

    Lines go in with ``item_data.replace_rows`` (the item model makes its items in C++), never as
    Python-made ``QStandardItem``: each of those keeps a Python wrapper alive for as long as the
    model holds the item, and full garbage collections walking 40,000 of them took 60 ms."""

    loaded = Signal()  # a new id list is in place (after a reload or a search)
    load_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = self._new_source(0)
        self.setSourceModel(self._source)
        self._retiring: list[QStandardItemModel] = []
        self.ctx = ctx
        self.query = CaseQuery()
        self.search_text = ""
        self._base: list[int] = []
        self._ranking = Ranking([])
        self._ids: list[int] = []
        self._rows: OrderedDict[int, CaseRow] = OrderedDict()
        self._lines: dict[int, tuple[Cells, Encoded]] = {}  # a line's cells and their encoding
        self._shown: set[int] = set()  # ids whose cells are in the item model now
        # Blocks with cells in the item model, oldest first: at most CACHE_ROWS rows' worth.
        self._blocks: OrderedDict[int, None] = OrderedDict()
        self._arrived: list[tuple[int, int, Made]] = []  # (generation, block, lines) to place
        self._position: dict[int, int] | None = None  # id -> row, made when first needed
        bold = QFont()
        bold.setBold(True)
        # Colours, not brushes: Qt takes either, and the first QBrush made in the process builds
        # seven enum types of PySide's (6 ms in the turn that opened the register).
        self._colours: tuple[QColor | None, ...] = (None, QColor("#B00020"), QColor("#8A4B00"))
        self._fonts: tuple[QFont | None, ...] = (None, bold)
        self._requested: set[int] = set()  # block numbers asked for in this generation
        self._generation = 0
        self._search_generation = 0
        self.today = date.today()
        self.is_loading = False
        # Display texts of dates, by ISO date: a register of 10,000 cases has a few thousand
        # distinct dates, and QLocale formatting is the dearest part of a line's texts.
        self._dates: dict[str, str] = {}

    # -- Qt model -----------------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(COLUMNS[section][1])
        return None

    def _make_cells(self, row: CaseRow) -> Cells:
        texts = tuple(self._display(row, key) for key, _label in COLUMNS)
        tips = tuple(
            text if key in ("role", "country", "ind_status", "retention") and text else None
            for (key, _label), text in zip(COLUMNS, texts, strict=True)
        )
        # Colours and fonts as small codes, so a cell tuple holds only plain values and the garbage
        # collector can stop tracking it (see CaseRow).
        colours: list[int] = [0] * len(COLUMNS)
        fonts: list[int] = [0] * len(COLUMNS)
        if self._due(row):
            colours[_COLUMN["retention"]] = 1
        if row.urgent:
            colours[_COLUMN["urgent"]] = 2
            fonts[_COLUMN["urgent"]] = 1
        return texts, tips, tuple(colours), tuple(fonts)

    def _due(self, row: CaseRow) -> bool:
        return row.retention_until is not None and row.retention_until <= self.today.isoformat()

    def _display(self, row: CaseRow, key: str) -> str:
        if key == "reference":
            return row.reference
        if key == "status":
            return labels.status(row.status)
        if key == "grounds":
            return labels.grounds_short(row.grounds)
        if key == "country":
            return row.country
        if key == "period":
            if row.period_from and row.period_to and row.period_from != row.period_to:
                return f"{row.period_from}–{row.period_to}"
            return row.period_from or row.period_to
        if key == "role":
            return row.role
        if key == "ind_status":
            return labels.ind_status(row.ind_status) if row.ind_status else ""
        if key == "urgent":
            return QCoreApplication.translate("CaseRegister", "Urgent") if row.urgent else ""
        if key == "updated":
            return self._date(row.updated_at)
        if key == "retention":
            if row.retention_until is None:
                return ""
            if self._due(row):
                return QCoreApplication.translate("CaseRegister", "{date} (passed)").format(
                    date=self._date(row.retention_until)
                )
            return self._date(row.retention_until)
        return ""

    def _date(self, value: str) -> str:
        day = value[:10]
        text = self._dates.get(day)
        if text is None:
            text = display_date(day)
            if text == day:
                return display_date(value)  # not a date: shown as stored
            self._dates[day] = text
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.query.sort, self.query.descending):
            return  # e.g. the view switching sorting on: the register loads in this order anyway
        self.set_query(sort=key, descending=descending)

    # -- loading ------------------------------------------------------------------------------------
    def set_query(self, **changes: Any) -> None:
        values = {**self.query.__dict__, **changes}
        self.query = CaseQuery(**values)
        self.reload()

    def reload(self) -> None:
        """Fetch the ordered ids of the view (and search again if there is a search)."""
        self._generation += 1
        generation, query = self._generation, self.query
        self.is_loading = True
        # The ranking of 10,000 ids is built on the worker too: the GUI thread only swaps it in.
        self.ctx.worker.with_store(
            lambda store: _view_ids(store, query),
            lambda result: self._base_loaded(generation, *result),
            lambda exc: self._failed(generation, exc),
            owner=self,
            label="cases-ids",
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.is_loading = False
            self.load_failed.emit(exc)

    def _base_loaded(self, generation: int, ids: list[int], ranking: Ranking, today: date) -> None:
        if generation != self._generation:
            return
        self.today = today
        self._base = ids
        self._ranking = ranking
        if self.search_text.strip():
            self.search(self.search_text)
        else:
            self._show(ids)

    def search(self, text: str) -> None:
        self.search_text = text
        if not text.strip():
            self._search_generation += 1
            self._show(self._base)
            return
        self._search_generation += 1
        generation, search_generation = self._generation, self._search_generation
        ranking = self._ranking
        self.is_loading = True
        # The hits are put in the register's order on the worker: the GUI thread gets the rows.
        self.ctx.worker.with_store(
            lambda store: ranking.order(CaseService(store).search_ids(text)),
            lambda hits: self._hits(generation, search_generation, hits),
            lambda exc: self._failed(generation, exc),
            owner=self,
            label="cases-search",
        )

    def _hits(self, generation: int, search_generation: int, hits: list[int]) -> None:
        if generation != self._generation or search_generation != self._search_generation:
            return
        self._show(hits)

    def _show(self, ids: list[int]) -> None:
        self._replace_rows(ids)
        self.is_loading = False
        self.loaded.emit()

    def _new_source(self, rows: int) -> QStandardItemModel:
        source = QStandardItemModel(rows, len(COLUMNS), self)
        prototype = QStandardItem()
        prototype.setEditable(False)  # the register is read-only; the editor changes a case
        source.setItemPrototype(prototype)
        return source

    def _replace_rows(self, ids: list[int]) -> None:
        old, self._source = self._source, self._new_source(len(ids))
        self.setSourceModel(self._source)  # one reset for the views
        self._retire(old)
        self._ids = ids
        self._shown = set()
        self._blocks = OrderedDict()
        self._position = None
        self._requested = set()
        self._generation += 1  # blocks asked for before the reset are for other rows

    def _retire(self, old: QStandardItemModel) -> None:
        if old not in self._retiring:
            self._retiring.append(old)
        rows = old.rowCount()
        old.removeRows(max(0, rows - RETIRE_ROWS), min(rows, RETIRE_ROWS))
        if old.rowCount():
            QTimer.singleShot(1, old, lambda: self._retire(old))  # dropped if the model goes
        else:
            self._retiring.remove(old)
            old.setParent(None)  # the last reference goes: Python deletes it

    def want_rows(self, first: int, last: int) -> None:
        """The view shows rows ``first`` to ``last``: bring their lines (and the next few)."""
        if not self._ids:
            return
        first = max(0, first)
        last = min(len(self._ids) - 1, max(first, last))
        for case_id in self._ids[first : last + 1]:  # what is on screen is kept longest
            if case_id in self._rows:
                self._rows.move_to_end(case_id)
        for block in range(first // BLOCK, last // BLOCK + 1):
            if block in self._blocks:
                self._blocks.move_to_end(block)
        ahead = min(len(self._ids) - 1, last + PREFETCH_ROWS)
        for block in range(first // BLOCK, ahead // BLOCK + 1):
            self._request_block(block)

    def _request_block(self, block: int) -> None:
        if block in self._requested:
            return
        ids = [i for i in self._ids[block * BLOCK : (block + 1) * BLOCK] if i not in self._shown]
        if not ids:
            return
        known = [i for i in ids if i in self._lines]
        if known:  # lines read before (another view, a search): on screen at once
            self._put(block, [(i, None, *self._lines[i]) for i in known])
        missing = [i for i in ids if i not in self._lines]
        if not missing:
            return
        self._requested.add(block)  # in flight; cleared when it arrives
        generation = self._generation
        # The lines' display texts are made on the worker, so the GUI thread only places them.
        self.ctx.worker.with_store(
            lambda store: self._make_block(store, missing),
            lambda made: self._block_loaded(generation, block, made),
            lambda _exc: self._requested.discard(block) if generation == self._generation else None,
            owner=self,
            label="cases-rows",
        )

    def _make_block(self, store: Store, ids: list[int]) -> Made:
        """On the worker: the lines of ``ids`` and their cells."""
        rows = {row.id: row for row in CaseService(store).rows(ids)}
        made: Made = []
        for case_id in ids:
            row = rows.get(case_id)
            cells = _GONE if row is None else self._make_cells(row)
            made.append((case_id, row, cells, item_data.encode_line(cells[0], cells[1])))
        return made

    def _block_loaded(self, generation: int, block: int, made: Made) -> None:
        for case_id, row, cells, encoded in made:
            if row is not None:
                self._rows[case_id] = row
                self._rows.move_to_end(case_id)
            self._lines[case_id] = (cells, encoded)
        while len(self._rows) > CACHE_ROWS:
            old_id, _old = self._rows.popitem(last=False)
            self._lines.pop(old_id, None)
        if len(self._lines) > CACHE_ROWS + BLOCK:  # lines of cases that are gone
            for gone in [i for i in self._lines if i not in self._rows]:
                del self._lines[gone]
        if generation != self._generation:
            return
        # Placed one block per event-loop turn: blocks that arrive together (a fast scroll, a
        # prefetch) would otherwise be placed in one turn.
        self._arrived.append((generation, block, made))
        if len(self._arrived) == 1:
            QTimer.singleShot(0, self, self._place_arrived)

    def _place_arrived(self) -> None:
        if not self._arrived:
            return
        generation, block, made = self._arrived.pop(0)
        if generation == self._generation:
            self._requested.discard(block)
            self._put(block, made)
        if self._arrived:
            QTimer.singleShot(1, self, self._place_arrived)  # 1 ms: a timer, so the next turn

    def _put(self, block: int, made: Made) -> None:
        """Show the lines in ``block`` of the current view; one change signal for them."""
        first = block * BLOCK
        where = {case_id: first + n for n, case_id in enumerate(self._ids[first : first + BLOCK])}
        placed = sorted((where[line[0]], line) for line in made if line[0] in where)
        if not placed:
            return
        runs: list[list[tuple[int, Any]]] = []  # rows next to each other go in together
        for position, line in placed:
            if runs and runs[-1][-1][0] == position - 1:
                runs[-1].append((position, line))
            else:
                runs.append([(position, line)])
        with self._quiet_source():
            for run in runs:
                self._place(run[0][0], [line for _position, line in run])
        self._blocks[block] = None
        self._blocks.move_to_end(block)
        self.dataChanged.emit(self.index(placed[0][0], 0), self.index(placed[-1][0], len(COLUMNS) - 1))
        while len(self._blocks) > max(1, CACHE_ROWS // BLOCK):
            self._drop_block(next(iter(self._blocks)))

    @contextmanager
    def _quiet_source(self) -> Iterator[None]:
        """The item model's own signals held back: the caller tells the views what changed (rows
        removed and inserted again would make them reset their selection and scrolling)."""
        self._source.blockSignals(True)
        try:
            yield
        finally:
            self._source.blockSignals(False)

    def _place(self, start: int, lines: Made) -> None:
        """Lines next to each other, from row ``start``: texts in one call, then the few marked
        cells (urgent, retention passed) their colour and font."""
        source = self._source
        item_data.replace_rows(source, start, [encoded for _id, _row, _cells, encoded in lines])
        for position, (case_id, _row, (_texts, _tips, colours, fonts), _encoded) in enumerate(lines, start):
            for column in range(len(COLUMNS)):
                if colours[column]:
                    source.setData(source.index(position, column), self._colours[colours[column]], FOREGROUND)
                if fonts[column]:
                    source.setData(source.index(position, column), self._fonts[fonts[column]], FONT)
            self._shown.add(case_id)

    def _drop_block(self, block: int) -> None:
        """The oldest block's cells leave the item model: its rows are replaced by empty ones in
        two calls (clearing its 1,000 cells one by one took 4 ms)."""
        del self._blocks[block]
        first = block * BLOCK
        ids = self._ids[first : first + BLOCK]
        self._shown.difference_update(ids)
        with self._quiet_source():  # the rows stay where they are: only their cells go
            self._source.removeRows(first, len(ids))
            self._source.insertRows(first, len(ids))
        self.dataChanged.emit(self.index(first, 0), self.index(first + len(ids) - 1, len(COLUMNS) - 1))

    def _positions(self) -> dict[int, int]:
        if self._position is None:
            self._position = {case_id: n for n, case_id in enumerate(self._ids)}
        return self._position

    # -- single rows --------------------------------------------------------------------------------
    def update_row(self, row: CaseRow) -> None:
        """Show a case's new values where it is, without re-sorting (the row does not jump away
        while it is being edited); the next reload puts it in its place."""
        self._rows[row.id] = row
        cells = self._make_cells(row)
        self._lines[row.id] = (cells, item_data.encode_line(cells[0], cells[1]))
        position = self.row_of(row.id)
        if position >= 0:
            with self._quiet_source():  # replaced whole: a colour the case no longer has goes too
                self._place(position, [(row.id, row, *self._lines[row.id])])
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    def row_of(self, case_id: int) -> int:
        return self._positions().get(case_id, -1)

    def case_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def cached_row(self, case_id: int) -> CaseRow | None:
        return self._rows.get(case_id)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def forget(self) -> None:
        """Drop every cached line (e.g. before the widget goes away at a lock)."""
        self._replace_rows([])
        self._base, self._rows, self._lines = [], OrderedDict(), {}
        self._ranking = Ranking([])
