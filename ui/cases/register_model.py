"""The register's table model: a window onto the store, never the whole register in memory.

The worker first returns the ordered ids of the current view (saved filter, status, sort); the
model then knows its row count at once and asks for the lines of the rows the view actually paints,
a block of ``BLOCK`` rows at a time, keeping at most ``CACHE_ROWS`` lines. A search only asks the
full-text index which cases match and orders those hits by the view's order (``Ranking``), so
typing in the search box never re-sorts the register in the database.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from storage.cases.model import CaseRow
from storage.cases.service import CaseQuery, CaseService, Ranking
from ui.cases import labels
from ui.context import AppContext
from ui.dates import display_date

if TYPE_CHECKING:
    from storage.store import Store

Index = QModelIndex | QPersistentModelIndex
BLOCK = 100
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


DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
USER = int(Qt.ItemDataRole.UserRole)
_ROLES = frozenset({DISPLAY, TOOLTIP, FOREGROUND, FONT, USER})
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


class CaseTableModel(QAbstractTableModel):
    loaded = Signal()  # a new id list is in place (after a reload or a search)
    load_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = CaseQuery()
        self.search_text = ""
        self._base: list[int] = []
        self._ranking = Ranking([])
        self._ids: list[int] = []
        self._rows: OrderedDict[int, CaseRow] = OrderedDict()
        self._cells: dict[int, Cells] = {}
        bold = QFont()
        bold.setBold(True)
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
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every cell and role on every paint: answer from precomputed cells.
        if role not in _ROLES:
            return None
        row_number = index.row()
        ids = self._ids
        if row_number >= len(ids) or row_number < 0:
            return None
        case_id = ids[row_number]
        cells = self._cells.get(case_id)
        if cells is None:
            self._request_block(row_number // BLOCK)
            return "…" if role == DISPLAY and index.column() == 0 else None
        column = index.column()
        if role == DISPLAY:
            return cells[0][column]
        if role == TOOLTIP:
            return cells[1][column]
        if role == FOREGROUND:
            return self._colours[cells[2][column]]
        if role == FONT:
            return self._fonts[cells[3][column]]
        return case_id

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
        self.beginResetModel()
        self._ids = ids
        self._requested = set()
        self._generation += 1  # blocks asked for before the reset are for other rows
        self.endResetModel()
        self.is_loading = False
        self.loaded.emit()

    def _request_block(self, block: int) -> None:
        if block in self._requested:
            return
        ids = [i for i in self._ids[block * BLOCK : (block + 1) * BLOCK] if i not in self._cells]
        if not ids:
            return
        self._requested.add(block)  # in flight; cleared when it arrives
        generation = self._generation
        # The lines' display texts are made on the worker, so the GUI thread only stores them.
        self.ctx.worker.with_store(
            lambda store: [(row, self._make_cells(row)) for row in CaseService(store).rows(ids)],
            lambda rows: self._block_loaded(generation, block, ids, rows),
            lambda _exc: self._requested.discard(block) if generation == self._generation else None,
            owner=self,
            label="cases-rows",
        )

    def _block_loaded(
        self, generation: int, block: int, asked: list[int], rows: list[tuple[CaseRow, Cells]]
    ) -> None:
        for row, cells in rows:
            self._rows[row.id] = row
            self._rows.move_to_end(row.id)
            self._cells[row.id] = cells
        for missing in set(asked) - {row.id for row, _cells in rows}:  # deleted meanwhile: show a dash
            blank = tuple("—" if k == "reference" else "" for k, _label in COLUMNS)
            zero = (0,) * len(COLUMNS)
            self._cells[missing] = (blank, (None,) * len(COLUMNS), zero, zero)
        while len(self._rows) > CACHE_ROWS:
            old_id, _old = self._rows.popitem(last=False)
            self._cells.pop(old_id, None)
        if generation != self._generation:
            return
        self._requested.discard(block)
        first = block * BLOCK
        last = min(len(self._ids), first + BLOCK) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # -- single rows --------------------------------------------------------------------------------
    def update_row(self, row: CaseRow) -> None:
        """Show a case's new values where it is, without re-sorting (the row does not jump away
        while it is being edited); the next reload puts it in its place."""
        self._rows[row.id] = row
        self._cells[row.id] = self._make_cells(row)
        position = self.row_of(row.id)
        if position >= 0:
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    def row_of(self, case_id: int) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def case_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def cached_row(self, case_id: int) -> CaseRow | None:
        return self._rows.get(case_id)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def forget(self) -> None:
        """Drop every cached line (e.g. before the widget goes away at a lock)."""
        self.beginResetModel()
        self._ids, self._base, self._rows, self._cells = [], [], OrderedDict(), {}
        self._ranking = Ranking([])
        self.endResetModel()
