"""Dates and times the way Dutch government records write them ("5 juli 2023", "10.00 uur").

Locale-independent on purpose: the machine's locale must not change a printed record.
"""

from __future__ import annotations

from datetime import date, datetime, time

from storage.calendar_words import MONTHS, WEEKDAYS

LANGUAGES = ("nl", "en")


def _check(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; use one of {LANGUAGES}")
    return lang


def weekday(d: date, lang: str = "nl") -> str:
    """'woensdag' / 'Wednesday'."""
    return WEEKDAYS[_check(lang)][d.weekday()]


def format_date(d: date, lang: str = "nl") -> str:
    """'5 juli 2023' (month in lower case, no leading zero); English '5 July 2023'."""
    return f"{d.day} {MONTHS[_check(lang)][d.month - 1]} {d.year}"


def format_date_long(d: date, lang: str = "nl") -> str:
    """'woensdag 5 juli 2023'; English 'Wednesday 5 July 2023'."""
    return f"{weekday(d, lang)} {format_date(d, lang)}"


def format_time(t: time, lang: str = "nl") -> str:
    """'10.00 uur' (Dutch style: full stop, 'uur'); English '10:00'."""
    if _check(lang) == "nl":
        return f"{t.hour}.{t.minute:02d} uur"
    return f"{t.hour}:{t.minute:02d}"


def format_datetime(dt: datetime, lang: str = "nl") -> str:
    """'5 juli 2023, 10.00 uur'; English '5 July 2023, 10:00'."""
    return f"{format_date(dt.date(), lang)}, {format_time(dt.time(), lang)}"


def format_time_range(start: time, end: time, lang: str = "nl") -> str:
    """'10.00 – 12.30 uur'; English '10:00 – 12:30'."""
    if _check(lang) == "nl":
        return f"{start.hour}.{start.minute:02d} – {end.hour}.{end.minute:02d} uur"
    return f"{format_time(start, lang)} – {format_time(end, lang)}"
