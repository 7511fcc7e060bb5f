"""Issue 15, must show 1: the small-number protection, attacked the way a reader of the tables
would: read every published cell, then try one subtraction along every row and column."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storage.statistics.suppression import (
    Hidden,
    Rule,
    grid_with_margins,
    protect_count,
    recoverable,
    suppress,
)

# Counts as they occur: many zeros and small numbers, some large.
counts = st.one_of(st.integers(0, 6), st.integers(0, 40))
tables = st.integers(1, 6).flatmap(
    lambda m: st.integers(1, 8).flatmap(
        lambda n: st.lists(st.lists(counts, min_size=n, max_size=n), min_size=m, max_size=m)
    )
)


def published(values, marks):
    """The grid as a reader sees it: None where hidden."""
    grid = grid_with_margins(values)
    return [[None if (i, j) in marks else v for j, v in enumerate(row)] for i, row in enumerate(grid)]


def one_subtraction_attack(view) -> list[tuple[int, tuple[int, int]]]:
    """Every hidden entry a reader computes as total minus the other published entries of its row
    or column (or, for a hidden total, as the sum of its published cells)."""
    m, n = len(view) - 1, len(view[0]) - 1
    found = []
    for i in range(m + 1):
        hidden = [j for j in range(n + 1) if view[i][j] is None]
        if len(hidden) == 1:
            j = hidden[0]
            others = sum(view[i][x] for x in range(n) if x != j)
            found.append((others if j == n else view[i][n] - others, (i, j)))
    for j in range(n + 1):
        hidden = [i for i in range(m + 1) if view[i][j] is None]
        if len(hidden) == 1:
            i = hidden[0]
            others = sum(view[x][j] for x in range(m) if x != i)
            found.append((others if i == m else view[m][j] - others, (i, j)))
    return found


@settings(max_examples=400, deadline=None)
@given(tables, st.integers(3, 10))
def test_no_published_cell_is_small_and_no_hidden_cell_comes_back(values, threshold) -> None:
    marks = suppress(values, threshold, Rule.SECONDARY)
    view = published(values, marks)
    for row in view:
        for v in row:
            assert v is None or v == 0 or v >= threshold
    grid = grid_with_margins(values)
    for value, (i, j) in one_subtraction_attack(view):
        assert value == grid[i][j]  # the attack computes the true value …
        raise AssertionError(f"hidden cell {(i, j)} = {value} recovered by one subtraction")
    assert recoverable(view) == []


@settings(max_examples=200, deadline=None)
@given(tables)
def test_only_what_is_needed_is_hidden(values) -> None:
    """Primary cells are exactly the small ones; secondary cells only appear next to them."""
    marks = suppress(values, 5, Rule.SECONDARY)
    grid = grid_with_margins(values)
    small = {(i, j) for i, row in enumerate(grid) for j, v in enumerate(row) if 0 < v < 5}
    assert {p for p, h in marks.items() if h is Hidden.PRIMARY} == small
    if not small:
        assert marks == {}


def test_primary_rule_alone_leaves_a_cell_recoverable() -> None:
    """The attack works: it finds the cell the primary rule alone leaves open (control)."""
    values = [[3, 10], [8, 9]]
    view = published(values, suppress(values, 5, Rule.PRIMARY))
    assert one_subtraction_attack(view) == [(3, (0, 0)), (3, (0, 0))]
    assert recoverable(view) == [(0, 0)]
    protected = published(values, suppress(values, 5, Rule.SECONDARY))
    assert one_subtraction_attack(protected) == []


def test_secondary_prefers_the_smallest_inner_cell() -> None:
    marks = suppress([[3, 10, 6], [8, 9, 7]], 5)
    assert marks == {
        (0, 0): Hidden.PRIMARY,
        (0, 2): Hidden.SECONDARY,
        (1, 0): Hidden.SECONDARY,
        (1, 2): Hidden.SECONDARY,
    }


def test_a_stand_alone_count_is_shown_as_less_than_five() -> None:
    assert [protect_count(v, 5).shown for v in (0, 1, 4, 5, 12)] == ["0", "< 5", "< 5", "5", "12"]
    assert protect_count(3, 5, protected=False).shown == "3"
