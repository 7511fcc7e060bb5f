"""Very specific phrases: no personal data, but they can point to one person ("specifiek").

A unit with a number, a rank and a place in one sentence ("commandant van de 3e brigade in
Kunduz") or the exact date of a particular incident ("de aanval van 12 maart 1994") narrows a
case to a handful of people. These findings are advice of a softer kind than ``scan``: they never
block a save, are never part of ``scan``'s result, and each carries a reason that explains it.
"""

from __future__ import annotations

import re

from storage.calendar_words import MONTHS
from storage.guard.findings import Finding
from storage.guard.lexicon import lexicon
from storage.guard.tokens import fold, tokenize

SPECIFIC = "specific"

_UNIT = re.compile(
    r"\b(?:\d{1,4}(?:e|ste|de)?\s+(?:[a-z]+\s+)?(?:brigade|bataljon|divisie|pantserdivisie|regiment|compagnie"
    r"|legerkorps|korps|eenheid|afdeling|sector|peloton|squadron|eskadron|zone)"
    r"|(?:brigade|bataljon|divisie|regiment|compagnie|legerkorps|korps|eenheid|afdeling|sector|peloton"
    r"|kamp|gevangenis|checkpoint|post)\s+(?:nr\.?\s*|nummer\s+)?\d{1,4}[a-z]?)\b",
    re.IGNORECASE,
)
_RANK = re.compile(
    r"\b(?:commandant|bevelhebber|hoofd|chef|kolonel|luitenant-kolonel|majoor|kapitein|luitenant|generaal"
    r"|brigadegeneraal|sergeant|adjudant|directeur|leider|plaatsvervangend\w*|onderbevelhebber)\b",
    re.IGNORECASE,
)
_MONTHS = "|".join(MONTHS["nl"])
_EXACT_DATE = re.compile(
    rf"\b(\d{{1,2}}\s+(?:{_MONTHS})\s+(?:19|20)\d{{2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)\d{{2}})\b",
    re.IGNORECASE | re.ASCII,
)
_INCIDENT = re.compile(
    r"\b(?:aanval\w*|aanslag\w*|bloedbad|slachting|executie\w*|geëxecuteerd|arrestatie\w*|gearresteerd"
    r"|bombardement\w*|gebombardeerd|massamoord|ontvoering\w*|ontvoerd|inval|razzia|martel\w*|gemarteld"
    r"|gedood|vermoord|aangevallen|beschoten|gefusilleerd|opgepakt|verkracht\w*|in\s+brand\s+gestoken"
    r"|verdwenen|verdwijning|ondervraagd|verhoord)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-Z])|[;\n]")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _place_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    places = lexicon().places
    return [
        (t.start, t.end) for t in tokenize(text[lo:hi]) if t.text[:1].isupper() and fold(t.text) in places
    ]


def find_specific(text: str) -> list[Finding]:
    """Specific phrases in ``text``: kind ``"specific"``, basis ``unit_rank_place`` or ``incident_date``."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Finding] = []
    for lo, hi in _sentences(text):
        units = [m.span() for m in _UNIT.finditer(text, lo, hi)]
        ranks = [m.span() for m in _RANK.finditer(text, lo, hi)]
        if units and ranks:
            places = [(lo + a, lo + b) for a, b in _place_spans(text, lo, hi)]
            if places:
                spans = units + ranks + places
                start, end = min(s for s, _ in spans), max(e for _, e in spans)
                out.append(Finding(SPECIFIC, start, end, "unit_rank_place"))
        if _INCIDENT.search(text, lo, hi):
            out += [
                Finding(SPECIFIC, *m.span(1), "incident_date") for m in _EXACT_DATE.finditer(text, lo, hi)
            ]
    return sorted(out, key=lambda f: f.start)
