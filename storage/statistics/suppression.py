"""Small-number protection of published counts (issue 15), as statistical agencies do it.

* **Primary suppression**: every count from 1 to ``threshold - 1`` is hidden and shown as
  ``< threshold`` ("< 5"). Zero is shown: "nothing happened" identifies nobody.
* **Secondary suppression**: a table is published with its row and column totals. A hidden cell
  that is the only hidden entry of its row (or column), totals included, could be computed back by
  one subtraction from the total. So, line by line, while some line has exactly one hidden entry,
  another entry of that line is hidden too (the smallest non-zero inner cell; a total only when no
  non-zero inner cell is left). Every line then has no hidden entry or at least two, so no single
  subtraction along a row or a column gives a hidden count back. Secondary cells show ``x``.

The rule (``primary`` only, or ``secondary`` as well) and the threshold are store settings that
only the chair changes (``storage.statistics.settings``). The functions here are pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

Position = tuple[int, int]  # (row, column); row == m is the column-total row, column == n the row totals


class Rule(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"


class Hidden(StrEnum):
    NO = ""
    PRIMARY = "primary"
    SECONDARY = "secondary"


SECONDARY_MARK = "x"


@dataclass(frozen=True)
class Cell:
    value: int
    hidden: Hidden = Hidden.NO
    threshold: int = 5

    @property
    def shown(self) -> str:
        if self.hidden is Hidden.PRIMARY:
            return f"< {self.threshold}"
        if self.hidden is Hidden.SECONDARY:
            return SECONDARY_MARK
        return str(self.value)

    @property
    def published(self) -> int | None:
        """The count as published, or None when hidden."""
        return None if self.hidden is not Hidden.NO else self.value


def is_small(value: int, threshold: int) -> bool:
    return 0 < value < threshold


def protect_count(value: int, threshold: int, *, protected: bool = True) -> Cell:
    """One stand-alone figure: primary suppression only (it has no margins)."""
    hidden = Hidden.PRIMARY if protected and is_small(value, threshold) else Hidden.NO
    return Cell(value, hidden, threshold)


def grid_with_margins(values: Sequence[Sequence[int]]) -> list[list[int]]:
    """The (m+1) × (n+1) grid: inner cells, row totals in the last column, column totals in the
    last row and the grand total in the corner."""
    m = len(values)
    n = len(values[0]) if m else 0
    grid = [[*row, sum(row)] for row in values]
    grid.append([sum(values[i][j] for i in range(m)) for j in range(n)] + [sum(map(sum, values))])
    return grid


def lines(m: int, n: int) -> list[list[Position]]:
    """Every row and column of the (m+1) × (n+1) grid: each sums to its last entry."""
    rows = [[(i, j) for j in range(n + 1)] for i in range(m + 1)]
    cols = [[(i, j) for i in range(m + 1)] for j in range(n + 1)]
    return rows + cols


def _pick_secondary(
    grid: list[list[int]], line: list[Position], hidden: set[Position], m: int, n: int
) -> Position:
    open_ = [p for p in line if p not in hidden]

    def cost(p: Position) -> tuple[int, int, int, Position]:
        i, j = p
        is_total = int(i == m or j == n)
        value = grid[i][j]
        return (int(value == 0), is_total, value, p)

    return min(open_, key=cost)


def suppress(
    values: Sequence[Sequence[int]],
    threshold: int,
    rule: Rule = Rule.SECONDARY,
    forced: Iterable[Position] = (),
) -> dict[Position, Hidden]:
    """Which entries of the grid (see ``grid_with_margins``) to hide. ``forced`` entries are hidden
    as secondary from the start (used to keep totals shared by tables identical)."""
    m = len(values)
    n = len(values[0]) if m else 0
    grid = grid_with_margins(values)
    marks: dict[Position, Hidden] = {}
    for i in range(m + 1):
        for j in range(n + 1):
            if is_small(grid[i][j], threshold):
                marks[(i, j)] = Hidden.PRIMARY
    for p in forced:
        marks.setdefault(p, Hidden.SECONDARY)
    if rule is Rule.PRIMARY:
        return marks
    all_lines = lines(m, n)
    changed = True
    while changed:
        changed = False
        for line in all_lines:
            inside = [p for p in line if p in marks]
            if len(inside) == 1 and len(inside) < len(line):
                marks[_pick_secondary(grid, line, set(marks), m, n)] = Hidden.SECONDARY
                changed = True
    return marks


def recoverable(grid: Sequence[Sequence[int | None]]) -> list[Position]:
    """Hidden entries (None) that one subtraction along a row or column gives back: the attack the
    secondary suppression must defeat. Used by the tests and as a self-check before publishing."""
    m, n = len(grid) - 1, len(grid[0]) - 1
    found = []
    for line in lines(m, n):
        hidden = [p for p in line if grid[p[0]][p[1]] is None]
        if len(hidden) == 1:
            found.append(hidden[0])
    return sorted(set(found))
