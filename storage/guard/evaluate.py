"""Scoring the guard against labelled TSV corpora (columns ``pii``, ``kinds``, ``text``, and an
optional ``category`` for per-category figures).

Shared by the tests and the benchmark so that both count hits and false alarms the same way.
A text with personal data counts as caught only when every kind listed for it is found.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from storage.guard.findings import KINDS
from storage.guard.scanner import scan


@dataclass(frozen=True, slots=True)
class Labelled:
    pii: bool
    kinds: frozenset[str]
    text: str
    category: str = ""


@dataclass(slots=True)
class Score:
    caught: int = 0
    missed: list[Labelled] = field(default_factory=list)
    clean: int = 0
    false_alarms: list[Labelled] = field(default_factory=list)

    @property
    def recall(self) -> float:
        total = self.caught + len(self.missed)
        return self.caught / total if total else 1.0

    @property
    def false_positive_rate(self) -> float:
        total = self.clean + len(self.false_alarms)
        return len(self.false_alarms) / total if total else 0.0


def load_corpus(path: Path) -> list[Labelled]:
    rows: list[Labelled] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            kinds = frozenset(k for k in (row["kinds"] or "").split(",") if k and k != "-")
            unknown = kinds - set(KINDS)
            if unknown:
                raise ValueError(f"{path.name}: unknown kinds {sorted(unknown)}")
            category = (row.get("category") or "").strip()
            rows.append(Labelled(row["pii"].strip() == "1", kinds, row["text"], category))
    return rows


def score(rows: list[Labelled]) -> Score:
    result = Score()
    for row in rows:
        found = {f.kind for f in scan(row.text)}
        if row.pii:
            if found and row.kinds <= found:
                result.caught += 1
            else:
                result.missed.append(row)
        elif found:
            result.false_alarms.append(row)
        else:
            result.clean += 1
    return result


def score_by_category(rows: list[Labelled]) -> dict[str, Score]:
    """One score per ``category`` value, in the order the categories first appear."""
    groups: dict[str, list[Labelled]] = {}
    for row in rows:
        groups.setdefault(row.category, []).append(row)
    return {name: score(group) for name, group in groups.items()}
