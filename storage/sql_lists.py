"""``… IN (?, ?, …)`` over lists of any length: SQLite limits the bound parameters of one statement,
so long lists go in slices that stay well below that limit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

SLICE = 500


def slices(values: Sequence[T], size: int = SLICE) -> Iterator[list[T]]:
    """``values`` in consecutive lists of at most ``size``."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def marks(values: Sequence[object]) -> str:
    """``?,?,?`` for the placeholders of ``values``."""
    return ",".join("?" * len(values))


def id_filters(column: str, ids: Sequence[int], size: int = 400) -> Iterator[tuple[str, list[int]]]:
    """(condition, parameters) pairs that together select the rows whose ``column`` is in ``ids``.

    Dense ids (a meeting's items, decisions and actions are numbered together) are read as one
    ``BETWEEN`` range, which an index walks directly; an ``IN`` list first builds an ephemeral
    table, which costs more than reading the few rows in between. A range may bring rows that
    were not asked for: the caller keeps only the ids it wants."""
    wanted = sorted(set(ids))
    if not wanted:
        return
    if wanted[-1] - wanted[0] + 1 <= 2 * len(wanted) + 16:
        yield f"{column} BETWEEN ? AND ?", [wanted[0], wanted[-1]]
        return
    for part in slices(wanted, size):
        yield f"{column} IN ({marks(part)})", part


def rows_with_ids(db: Any, sql: str, column: str, ids: Sequence[int], size: int = 400) -> Iterator[Any]:
    """The rows of ``sql`` (``{}`` marks where the condition on ``column`` goes; each row starts
    with that column's value) whose first value is one of ``ids``: ``id_filters`` read with the
    rows a range brings in between left out."""
    wanted = set(ids)
    for condition, args in id_filters(column, ids, size):
        for row in db.execute(sql.format(condition), args).fetchall():
            if row[0] in wanted:
                yield row
