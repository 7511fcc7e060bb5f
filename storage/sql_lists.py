"""``… IN (?, ?, …)`` over lists of any length: SQLite limits the bound parameters of one statement,
so long lists go in slices that stay well below that limit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

SLICE = 500


def slices(values: Sequence[T], size: int = SLICE) -> Iterator[list[T]]:
    """``values`` in consecutive lists of at most ``size``."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def marks(values: Sequence[object]) -> str:
    """``?,?,?`` for the placeholders of ``values``."""
    return ",".join("?" * len(values))
