"""Tables for records: ruled, header repeated on every page, every cell a wrapping Paragraph."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeAlias

from reportlab.platypus import Flowable, Table, TableStyle

from reports.escape import para
from reports.fonts import SANS
from reports.geometry import ACCENT, HAIRLINE, TEXT_WIDTH, TINT
from reports.styles import STYLES

# A cell is text (escaped, wrapped), a flowable, a list of flowables stacked in the cell, or
# None (an em dash).
Cell: TypeAlias = str | Flowable | list[Flowable] | None

# Table sets its cell font even when every cell is a Paragraph; left at the Helvetica default that
# would put a non-embedded font in the PDF (not allowed in PDF/A).
_CELL_FONT = ("FONT", (0, 0), (-1, -1), SANS, 8.5)

_RULED = [
    _CELL_FONT,
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), TINT),
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ("LINEBELOW", (0, 1), (-1, -1), 0.3, HAIRLINE),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


# A row is split over a page break only when it is tall (otherwise it moves to the next page
# whole) and only when a useful part of it fits here: reportlab would otherwise happily put a
# repeated header and two lines of a row at the foot of a page.
MIN_SPLIT_ROW = 200.0
MIN_SPLIT_SPACE = 72.0


class RecordTable(Table):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """A Table that splits between rows, and inside a row only when that row is tall."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        between: list[Flowable] = self._splitRows(availHeight, doInRowSplit=0)
        if between or not self.splitInRow:
            return between
        n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        if n >= len(self._rowHeights):
            return []
        space = availHeight - sum(self._rowHeights[:n])
        if self._rowHeights[n] < MIN_SPLIT_ROW or space < MIN_SPLIT_SPACE:
            return []  # the whole row goes to the next page
        within: list[Flowable] = self._splitRows(availHeight, doInRowSplit=1)
        return within


def resolve_widths(col_widths: Sequence[float] | None, columns: int) -> list[float]:
    """Column widths in points that never exceed the text width.

    None gives equal columns; widths summing to at most 1 are fractions of the text width;
    anything wider than the text block is scaled down rather than running off the page.
    """
    if columns < 1:
        raise ValueError("a table needs at least one column")
    if col_widths is None:
        return [TEXT_WIDTH / columns] * columns
    if len(col_widths) != columns:
        raise ValueError(f"{len(col_widths)} column widths given for {columns} columns")
    if any(w <= 0 for w in col_widths):
        raise ValueError("column widths must be positive")
    total = sum(col_widths)
    if total <= 1.0 + 1e-9:
        return [w * TEXT_WIDTH for w in col_widths]
    scale = min(1.0, TEXT_WIDTH / total)
    return [w * scale for w in col_widths]


def _cell(value: Cell, struck: bool) -> Flowable | list[Flowable]:
    if isinstance(value, Flowable):
        return value
    if isinstance(value, list):
        return value if value else para(None, STYLES.struck if struck else STYLES.table_cell)
    return para(value, STYLES.struck if struck else STYLES.table_cell)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float] | None = None,
    *,
    struck_rows: Collection[int] = (),
) -> Table:
    """A ruled table whose header row repeats on every page.

    String cells are escaped and wrapped (long words break inside the column); Flowable cells
    (or lists of them) are used as given; None or "" shows an em dash. Rows whose index is in
    `struck_rows` are drawn struck through in grey (closed actions); flowables in them are drawn
    as given. Rows taller than a page split across pages.
    """
    widths = resolve_widths(col_widths, len(header))
    data: list[list[Flowable | list[Flowable]]] = [[para(h, STYLES.table_header, empty="") for h in header]]
    for index, row in enumerate(rows):
        if len(row) != len(header):
            raise ValueError(f"row {index} has {len(row)} cells, the header {len(header)}")
        data.append([_cell(value, index in struck_rows) for value in row])
    return RecordTable(
        data,
        colWidths=widths,
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        style=TableStyle(_RULED),
    )


def key_value_table(pairs: Sequence[tuple[str, Cell]], label_width: float = 0.28) -> Table:
    """Label/value lines ("Opslag-id  …"), labels in small bold; label_width as in data_table."""
    if not pairs:
        raise ValueError("key_value_table needs at least one pair")
    widths = resolve_widths([label_width, 1 - label_width], 2)
    data = [[para(label, STYLES.table_header, empty=""), _cell(value, False)] for label, value in pairs]
    return RecordTable(
        data,
        colWidths=widths,
        splitInRow=1,
        hAlign="LEFT",
        style=TableStyle(
            [
                _CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )
