"""Generalisation hierarchies for the re-identification risk of a case, kept as data.

``data/risk_hierarchies.json`` holds place → region → country, rank word → function level,
organisation → kind and country spellings. This module reads that file once and turns the free
text of a case (country, role, organisations) into values on each level of a hierarchy. Periods
need no data: exact date → month → year → five years → decade.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from storage.guard.tokens import fold

DATA = Path(__file__).with_name("data") / "risk_hierarchies.json"
ANY = "*"  # the top of every hierarchy: the field says nothing any more


@dataclass(frozen=True, slots=True)
class Hierarchies:
    countries: dict[str, str]  # folded spelling -> country
    places: dict[str, tuple[str, str, str]]  # folded place -> (place, region, country)
    ranks: dict[str, str]  # folded rank word -> function level
    kinds: dict[str, str]  # folded organisation -> kind
    place_re: re.Pattern[str]
    rank_re: re.Pattern[str]
    kind_re: re.Pattern[str]
    country_re: re.Pattern[str]


def _alternation(keys: list[str]) -> re.Pattern[str]:
    ordered = sorted(keys, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in ordered) + r")(?![\w-])")


def _load() -> Hierarchies:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    countries = {fold(alias): name for name, aliases in raw["countries"].items() for alias in aliases}
    places = {fold(p): (p, region, country) for p, (region, country) in raw["places"].items()}
    ranks = {fold(w): level for level, words in raw["function_levels"].items() for w in words}
    kinds = {fold(o): kind for kind, names in raw["organisation_kinds"].items() for o in names}
    return Hierarchies(
        countries,
        places,
        ranks,
        kinds,
        _alternation(list(places)),
        _alternation(list(ranks)),
        _alternation(list(kinds)),
        _alternation(list(countries)),
    )


_lock = threading.Lock()
_cache: list[Hierarchies] = []


def hierarchies() -> Hierarchies:
    if not _cache:
        with _lock:
            if not _cache:
                _cache.append(_load())
    return _cache[0]


@lru_cache(maxsize=16384)  # a register repeats its texts; the hierarchies never change
def _folded(text: str) -> str:
    return " ".join(fold(text).split())


@lru_cache(maxsize=16384)
def country_levels(text: str) -> tuple[str, ...]:
    h = hierarchies()
    m = h.country_re.search(_folded(text))
    return (h.countries[m.group(1)] if m else _folded(text), ANY)


def place_of(*texts: str) -> tuple[str, str, str] | None:
    """The first known place named in the texts: (place, region, country)."""
    h = hierarchies()
    for text in texts:
        m = h.place_re.search(_folded(text))
        if m:
            return h.places[m.group(1)]
    return None


@lru_cache(maxsize=16384)
def place_levels(*texts: str) -> tuple[str, ...]:
    found = place_of(*texts)
    return ("", "", ANY) if found is None else (found[0], found[1], ANY)


@lru_cache(maxsize=16384)
def role_levels(role: str) -> tuple[str, ...]:
    """(rank word or the role itself, function level, ANY): 'commandant van de 3e brigade' →
    ('commandant', 'leidinggevende functie', ANY). Without a known rank the role stays as it is."""
    h = hierarchies()
    text = _folded(role)
    m = h.rank_re.search(text)
    if m is None:
        return (text, text, ANY)
    return (m.group(1), h.ranks[m.group(1)], ANY)


@lru_cache(maxsize=16384)
def organisation_levels(organisations: str) -> tuple[str, ...]:
    h = hierarchies()
    text = _folded(organisations)
    m = h.kind_re.search(text)
    return (text, h.kinds[m.group(1)] if m else text, ANY)


def period_levels(start: str, end: str) -> tuple[str, ...]:
    """Exact, month, year, five years, decade, ANY; the same granularity at the same index for
    every case, so that cases compare level by level: '1994-04-07' →
    ('1994-04-07', '1994-04', '1994', '1990–1994', '1990–1999', ANY)."""
    start, end = start.strip(), end.strip()
    if not start and not end:
        return ("", "", "", "", "", ANY)
    a, b = start or end, end or start
    ya, yb = int(a[:4]), int(b[:4])
    return (
        _span(a, b),
        _span(a[:7], b[:7]),
        _span(a[:4], b[:4]),
        f"{ya - ya % 5}–{yb - yb % 5 + 4}",
        f"{ya - ya % 10}–{yb - yb % 10 + 9}",
        ANY,
    )


def _span(a: str, b: str) -> str:
    return a if a == b else f"{a}–{b}"


def period_bounds(level: str) -> tuple[str, str]:
    """Back from a period level to the two fields of a case: '1990–1994' → ('1990', '1994')."""
    a, _, b = level.partition("–")
    return a, b or a
