"""Date-of-birth detector.

Dates are everywhere in minutes (meetings, deadlines, periods), so a date only counts when a
birth keyword stands right before it: "geboren op", "geb.", "geboortedatum", "DOB", "born".
"""

from __future__ import annotations

import re
from functools import cache

from storage.calendar_words import MONTHS
from storage.guard.findings import Finding

_FULL_MONTHS = sorted({m.lower() for names in MONTHS.values() for m in names}, key=len, reverse=True)
_MONTHS = (
    "|".join(_FULL_MONTHS) + r"|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
    # Afghan (solar hijri) and Iranian months, as written in tazkiras: "15 Hamal 1352".
    r"|hamal|sawr|saur|jawza|jauza|saratan|sonbola|sunbula|mizan|aqrab|qaws|qaus|jadi|dalw|hoot"
    r"|farvardin|ordibehesht|khordad|mordad|shahrivar|bahman|esfand"
)
_UNITS = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_TEENS = r"(?:der|veer|vijf|zes|zeven|acht|negen)tien"
# Days written out, cardinal and ordinal: "drieëntwintig maart", "de vierde juni", "de eerste van januari".
_DAY_WORDS = (
    rf"{_UNITS}[eë]n(?:twintig|dertig)(?:ste)?|{_TEENS}(?:de)?|{_UNITS}|tien|elf|twaalf|twintig|dertig"
    r"|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
    r"|twintigste|dertigste"
)
_DAY = rf"(?:(?:de\s+)?(?:{_DAY_WORDS})(?:\s+van)?|\d{{1,2}}(?:e|ste|de|st|nd|rd|th)?)"
_YEAR = r"(?:\d{4}|['’]\d{2}|(?:negentienhonderd|tweeduizend)[a-zë]*)"
_ROMAN = r"(?-i:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
_DATE_RE = re.compile(
    rf"(?<![\w.-])("
    rf"\d{{1,2}}(?:e|ste|de|st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+{_YEAR}"
    rf"|\d{{1,2}}\s?[-/.]\s?{_ROMAN}\s?[-/.]\s?\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s?[-/.]\s?\d{{1,2}}\s?[-/.]\s?(?:\d{{4}}|\d{{2}})"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{4}}"
    rf"|(?:19|20)\d{{2}}"
    rf")(?![\w-]|[.]\d)",
    re.IGNORECASE,
)
# Written-out days are rare; their (slower) pattern only runs when a month follows a word.
_WORD_DATE_RE = re.compile(
    rf"(?<![\w.-])((?:de\s+)?(?:{_DAY_WORDS})(?:\s+van)?\s+(?:{_MONTHS})\.?,?\s+{_YEAR})(?![\w-]|[.]\d)",
    re.IGNORECASE,
)
_UNIT_WORDS = ("een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_DAY_WORD_SET = frozenset(
    {f"{u}{link}{tens}{end}" for u in _UNIT_WORDS for link in ("en", "ën") for tens in ("twintig", "dertig")
     for end in ("", "ste")}
    | set(_UNIT_WORDS)
    | {f"{t}tien{end}" for t in ("der", "veer", "vijf", "zes", "zeven", "acht", "negen") for end in ("", "de")}
    | {"tien", "elf", "twaalf", "twintig", "dertig", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde",
       "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde", "twintigste", "dertigste"}
)  # fmt: skip
_MONTH_SET = frozenset(
    [
        *MONTHS["nl"],
        "jan",
        "feb",
        "febr",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
    ]
)


def _has_written_day(lowered: str) -> bool:
    """True when a written-out day stands before a month ("vierde juni", "eerste van januari")."""
    toks = lowered.replace(",", " ").replace(".", " ").split()
    for i, tok in enumerate(toks[:-1]):
        if tok in _DAY_WORD_SET:
            nxt = toks[i + 2] if toks[i + 1] == "van" and i + 2 < len(toks) else toks[i + 1]
            if nxt in _MONTH_SET:
                return True
    return False


_KEYWORD = (
    r"geboren|\bgeb\b\.?|geboortedatum|geb\.?\s?datum|geboortedag|geboortejaar|\bgeb\.?\s?jaar"
    r"|\bd\.?o\.?b\b\.?|date of birth|birth ?date|\bborn\b|year of birth|\bgeboorte\b"
    r"|(?<![\w*])\*"  # genealogical star: "de aanvrager, * 14-02-1972"
)
# Between keyword and date only a short, digit-free stretch in the same sentence is allowed:
# "geboren te Kabul op 7 juni 1969", "geboortedatum: 02-11-1958", "born on 7 June 1969".
_LOOKBACK = re.compile(
    rf"(?:{_KEYWORD})(?:[\s:=,()'\"-]|\b(?:op|te|in|on|at|around|omstreeks|rond|circa|ca|ongeveer"
    rf"|naar|eigen|zeggen|verklaring|zijn|haar|his|her|the|de|het|opgave|volgens|vermoedelijk"
    rf"|waarschijnlijk|mogelijk|d\.?d|paspoort|tazkira|tazkera|document|brp|gegevens|akte"
    rf"|geboorteakte|blijkens|registratie|noemt|noemde|geeft|gaf|hij|zij|ze|staat|vermeldt)\b\.?"
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
_SUBJECT = r"(?:hij|zij|ze|betrokkene|aanvrager|aanvraagster|he|she)"
_AGE = rf"(?:\d{{1,3}}|(?:{_DAY_WORDS}|veertig|vijftig|zestig|zeventig|tachtig|negentig)[a-zë]*)\s+jaar"
# An age on a given date pins the date of birth down: "werd op 12 mei 2019 vijftig jaar",
# "op 1 januari 2026 is betrokkene 57 jaar", "vierde op 2 maart 2019 zijn zestigste verjaardag".
_AGE_AFTER_SOURCE = (
    rf"\s+(?:(?:is|was|werd|wordt)\s+{_SUBJECT}\s+{_AGE}|(?:zijn|haar)\s+[a-zë]+\s+verjaardag)"
)


@cache
def _age_after() -> re.Pattern[str]:
    # Compiled on first use (only texts with "jaar" or "verjaardag" need it): keeps start-up short.
    return re.compile(_AGE_AFTER_SOURCE, re.IGNORECASE)


_AGE_BEFORE = re.compile(
    rf"\b(?:werd|wordt|word)\s+(?:{_SUBJECT}\s+)?op\s+$|\b{_SUBJECT}\s+is\s+van\s+$", re.IGNORECASE
)
_AGE_NUMBER = re.compile(rf"\s+{_AGE}", re.IGNORECASE)
# A birthday needs no year: "zijn verjaardag valt op 3 maart".
_BIRTHDAY_RE = re.compile(
    rf"\b(?:verjaardag|jarig)\s+(?:(?:valt|is)\s+)?op\s+({_DAY}\s+(?:{_MONTHS}))\b", re.IGNORECASE
)
_QUICK = ("geb", "born", "dob", "d.o.b", "birth", "*", "verjaardag", "jarig", "jaar", " is van ")
_AGE_WORDS = ("jaar", "verjaardag", " van ")
_WINDOW = 60


def _age_on_date(text: str, start: int, end: int) -> bool:
    """True when the date is the day someone reached an age, or "hij is van <datum>"."""
    if _age_after().match(text, end):
        return True
    before = _AGE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return "van" in before.group().lower() or _AGE_NUMBER.match(text, end) is not None


def find_dates_of_birth(text: str) -> list[Finding]:
    lowered = text.lower()
    if not any(k in lowered for k in _QUICK):
        return []
    ages = any(k in lowered for k in _AGE_WORDS)
    out: list[Finding] = []
    if "verjaardag" in lowered or "jarig" in lowered:
        out += [Finding("date_of_birth", *m.span(1), "age") for m in _BIRTHDAY_RE.finditer(text)]
    matches = list(_DATE_RE.finditer(text))
    if _has_written_day(lowered):
        matches += _WORD_DATE_RE.finditer(text)
    for m in matches:
        start, end = m.span(1)
        if ages and _age_on_date(text, start, end):
            out.append(Finding("date_of_birth", start, end, "age"))
            continue
        before = _LOOKBACK.search(text, max(0, start - _WINDOW), start) is not None
        if not before and _LOOKAHEAD.match(text, end) is None:
            continue
        basis = "year" if _YEAR_ONLY.fullmatch(m.group(1)) else "date"
        if basis == "year" and _APPROXIMATE.search(text, max(0, start - 12), start):
            continue  # "rond 1970 geboren" says no more than an age does
        out.append(Finding("date_of_birth", start, end, basis))
    return out
