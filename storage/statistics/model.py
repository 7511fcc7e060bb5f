"""The frozen results of ``storage.statistics``: a period, protected figures, tables, lead times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from storage.calendar_words import long_date
from storage.errors import ValidationError
from storage.i18n import pick
from storage.statistics.suppression import Cell, Hidden, Rule

Label = tuple[str, str]  # (Dutch, English)


def text(label: Label, lang: str | None = None) -> str:
    return pick(label[0], label[1], lang)


@dataclass(frozen=True)
class Period:
    """Inclusive dates. ``kind``: ``year``, ``quarter`` or ``range``."""

    start: date
    end: date
    kind: str = "range"

    @classmethod
    def year(cls, year: int) -> Period:
        _check_year(year)
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        _check_year(year)
        if quarter not in (1, 2, 3, 4):
            raise ValidationError(detail=pick("Kies kwartaal 1 tot en met 4.", "Choose quarter 1 to 4."))
        start = date(year, 3 * quarter - 2, 1)
        end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return cls(start, end - timedelta(days=1), "quarter")

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        if end < start:
            raise ValidationError(
                detail=pick("De einddatum ligt vóór de begindatum.", "The end date is before the start date.")
            )
        return cls(start, end, "range")

    def label(self, lang: str | None = None) -> str:
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "quarter":
            q = (self.start.month - 1) // 3 + 1
            return pick(f"{q}e kwartaal {self.start.year}", f"Q{q} {self.start.year}", lang)
        return f"{long_date(self.start, lang)} – {long_date(self.end, lang)}"

    def quarters(self) -> tuple[tuple[int, int], ...]:
        """(year, quarter) of every calendar quarter the period touches, in order."""
        out = []
        year, q = self.start.year, (self.start.month - 1) // 3 + 1
        while (year, q) <= (self.end.year, (self.end.month - 1) // 3 + 1):
            out.append((year, q))
            year, q = (year + 1, 1) if q == 4 else (year, q + 1)
        return tuple(out)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "start": self.start.isoformat(), "end": self.end.isoformat()}


def _check_year(year: int) -> None:
    if not 1990 <= year <= 2200:
        raise ValidationError(detail=pick(f"Ongeldig jaar {year}.", f"Invalid year {year}."))


def quarter_label(year: int, quarter: int, lang: str | None = None) -> str:
    return pick(f"K{quarter} {year}", f"Q{quarter} {year}", lang)


@dataclass(frozen=True)
class Figure:
    """One stand-alone count (primary suppression only, or taken from a protected table)."""

    key: str
    label: Label
    cell: Cell

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {"key": self.key, "label": text(self.label, lang), **_cell_dict(self.cell)}


def _cell_dict(cell: Cell) -> dict[str, Any]:
    return {"value": cell.published, "shown": cell.shown, "hidden": cell.hidden.value or None}


@dataclass(frozen=True)
class Table:
    """A count table with its margins: ``grid`` is (rows + 1) × (columns + 1); the last column
    holds the row totals, the last row the column totals and the corner the grand total."""

    key: str
    title: Label
    row_keys: tuple[str, ...]
    row_labels: tuple[Label, ...]
    col_keys: tuple[str, ...]
    col_labels: tuple[Label, ...]
    grid: tuple[tuple[Cell, ...], ...]

    def cell(self, row: str, col: str) -> Cell:
        return self.grid[self.row_keys.index(row)][self.col_keys.index(col)]

    def row_total(self, row: str) -> Cell:
        return self.grid[self.row_keys.index(row)][-1]

    def col_total(self, col: str) -> Cell:
        return self.grid[-1][self.col_keys.index(col)]

    @property
    def total(self) -> Cell:
        return self.grid[-1][-1]

    def header(self, lang: str | None = None) -> list[str]:
        return ["", *(text(c, lang) for c in self.col_labels), pick("Totaal", "Total", lang)]

    def rows(self, lang: str | None = None) -> list[list[str]]:
        """The table as text, header first, totals last (what is published)."""
        labels = [text(r, lang) for r in self.row_labels] + [pick("Totaal", "Total", lang)]
        body = [[label, *(c.shown for c in row)] for label, row in zip(labels, self.grid, strict=True)]
        if len(self.row_keys) == 1:
            body.pop()  # one row: its totals row would only repeat it
        return [self.header(lang), *body]

    def hidden_count(self) -> int:
        return sum(1 for row in self.grid for c in row if c.hidden is not Hidden.NO)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": text(self.title, lang),
            "rows": [
                {"key": k, "label": text(lb, lang)}
                for k, lb in zip(self.row_keys, self.row_labels, strict=True)
            ],
            "columns": [
                {"key": k, "label": text(lb, lang)}
                for k, lb in zip(self.col_keys, self.col_labels, strict=True)
            ],
            "cells": [[_cell_dict(c) for c in row] for row in self.grid],
        }


@dataclass(frozen=True)
class LeadTime:
    """Days between two steps of a case. Protected: shown only for at least ``threshold`` cases,
    and then only the median and the quartiles (single extreme values are never published)."""

    key: str
    label: Label
    count: Cell
    median: float | None
    p25: float | None
    p75: float | None
    minimum: int | None
    maximum: int | None

    @property
    def shown(self) -> bool:
        return self.median is not None

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": text(self.label, lang),
            "cases": _cell_dict(self.count),
            "median_days": self.median,
            "p25_days": self.p25,
            "p75_days": self.p75,
            "min_days": self.minimum,
            "max_days": self.maximum,
        }


@dataclass(frozen=True)
class Figures:
    period: Period
    protected: bool
    threshold: int
    rule: Rule
    computed_on: date
    figures: tuple[Figure, ...]
    tables: tuple[Table, ...]
    lead_times: tuple[LeadTime, ...]

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def lead_time(self, key: str) -> LeadTime:
        return next(t for t in self.lead_times if t.key == key)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "period": {**self.period.to_dict(), "label": self.period.label(lang)},
            "protected": self.protected,
            "protection": {"threshold": self.threshold, "rule": self.rule.value},
            "computed_on": self.computed_on.isoformat(),
            "figures": [f.to_dict(lang) for f in self.figures],
            "tables": [t.to_dict(lang) for t in self.tables],
            "lead_times": [t.to_dict(lang) for t in self.lead_times],
        }

    def csv_rows(self, lang: str | None = None) -> list[list[str]]:
        """Every figure as ``section;row;column;value`` rows (values as published)."""
        out = [
            [
                pick("onderdeel", "section", lang),
                pick("rij", "row", lang),
                pick("kolom", "column", lang),
                pick("waarde", "value", lang),
            ]
        ]
        for f in self.figures:
            out.append([pick("kerncijfers", "key figures", lang), text(f.label, lang), "", f.cell.shown])
        for table in self.tables:
            rows = table.rows(lang)
            for row in rows[1:]:
                for col, value in zip(rows[0][1:], row[1:], strict=True):
                    out.append([text(table.title, lang), row[0], col, value])
        for lt in self.lead_times:
            for name, amount in (
                ("n", lt.count.shown),
                ("mediaan", lt.median),
                ("p25", lt.p25),
                ("p75", lt.p75),
                ("min", lt.minimum),
                ("max", lt.maximum),
            ):
                if amount is not None:
                    out.append(
                        [
                            text(lt.label, lang),
                            name,
                            pick("dagen", "days", lang) if name != "n" else "",
                            _num(amount),
                        ]
                    )
        return out


def _num(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
