"""Date-of-birth detector.

Dates are everywhere in minutes (meetings, deadlines, periods), so a date only counts when a
birth keyword stands right before it: "geboren op", "geb.", "geboortedatum", "DOB", "born".
"""

from __future__ import annotations

import re

from storage.guard.findings import Finding

_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|january|february|march|may|june|july|august|october"
    r"|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
)
_DATE_RE = re.compile(
    rf"(?<![\w.-])("
    rf"\d{{1,2}}(?:e|ste|de|st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s?[-/.]\s?\d{{1,2}}\s?[-/.]\s?(?:\d{{4}}|\d{{2}})"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{4}}"
    rf"|(?:19|20)\d{{2}}"
    rf")(?![\w-]|[.]\d)",
    re.IGNORECASE,
)
_KEYWORD = (
    r"geboren|\bgeb\b\.?|geboortedatum|geb\.?\s?datum|geboortedag|geboortejaar|\bgeb\.?\s?jaar"
    r"|\bd\.?o\.?b\b\.?|date of birth|birth ?date|\bborn\b|year of birth|\bgeboorte\b"
)
# Between keyword and date only a short, digit-free stretch in the same sentence is allowed:
# "geboren te Kabul op 7 juni 1969", "geboortedatum: 02-11-1958", "born on 7 June 1969".
_LOOKBACK = re.compile(
    rf"(?:{_KEYWORD})(?:[\s:=,()'\"-]|\b(?:op|te|in|on|at|around|omstreeks|rond|circa|ca|ongeveer"
    rf"|naar|eigen|zeggen|verklaring|zijn|haar|his|her|the|de|het|opgave|volgens|vermoedelijk"
    rf"|waarschijnlijk|mogelijk|d\.?d)\b\.?"
    rf"|(?-i:(?:'s-)?[A-Z][^\W\d_]*(?:-[^\W\d_]+)*)){{0,12}}$",
    re.IGNORECASE,
)
# "op 30 november 1979 geboren": Dutch word order often puts the date before the keyword.
_LOOKAHEAD = re.compile(
    r"[\s,]{0,3}(?:\(\s*)?(?:(?:is|werd|was|zou|zijn|ze|hij|zij)\s+){0,2}(?:geboren|geb\b\.?|born)",
    re.IGNORECASE,
)
_APPROXIMATE = re.compile(
    r"\b(?:rond|omstreeks|circa|ca\.?|ongeveer|around|about|approximately)\s*$", re.IGNORECASE
)
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
_WINDOW = 60


def find_dates_of_birth(text: str) -> list[Finding]:
    lowered = text.lower()
    if not any(k in lowered for k in ("geb", "born", "dob", "d.o.b", "birth")):
        return []
    out: list[Finding] = []
    for m in _DATE_RE.finditer(text):
        start, end = m.span(1)
        before = _LOOKBACK.search(text, max(0, start - _WINDOW), start) is not None
        if not before and _LOOKAHEAD.match(text, end) is None:
            continue
        basis = "year" if _YEAR_ONLY.fullmatch(m.group(1)) else "date"
        if basis == "year" and _APPROXIMATE.search(text, max(0, start - 12), start):
            continue  # "rond 1970 geboren" says no more than an age does
        out.append(Finding("date_of_birth", start, end, basis))
    return out
