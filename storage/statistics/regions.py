"""Countries grouped into conflict regions (the mapping is data: ``regions.json`` beside this file).

A case's country is free text ("Syrië", "Voormalig Joegoslavië (Bosnië-Herzegovina)"), so a region
matches when one of its country names occurs as whole words in the text, ignoring case and accents.
Besides the regions: ``other`` (no region matches), ``unset`` (no country entered) and ``purged``
(the content of the case was purged under the retention rules; only its tombstone counts).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from storage.i18n import pick

DATA = Path(__file__).with_name("regions.json")
OTHER, UNSET, PURGED = "other", "unset", "purged"
EXTRA_LABELS: dict[str, tuple[str, str]] = {
    OTHER: ("Overig", "Other"),
    UNSET: ("Land niet ingevuld", "Country not entered"),
    PURGED: ("Verwijderd (bewaartermijn)", "Purged (retention)"),
}


@dataclass(frozen=True)
class Region:
    key: str
    nl: str
    en: str
    pattern: re.Pattern[str]

    def label(self, lang: str | None = None) -> str:
        return pick(self.nl, self.en, lang)


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    out = []
    for entry in data["regions"]:
        names = sorted((normalise(n) for n in entry["countries"]), key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        out.append(Region(str(entry["key"]), str(entry["nl"]), str(entry["en"]), pattern))
    return tuple(out)


def region_keys() -> tuple[str, ...]:
    return (*(r.key for r in regions()), OTHER, UNSET, PURGED)


def region_label(key: str, lang: str | None = None) -> str:
    for region in regions():
        if region.key == key:
            return region.label(lang)
    nl, en = EXTRA_LABELS.get(key, (key, key))
    return pick(nl, en, lang)


@lru_cache(maxsize=4096)
def region_of(country: str) -> str:
    text = normalise(country.strip())
    if not text:
        return UNSET
    for region in regions():
        if region.pattern.search(text):
            return region.key
    return OTHER
