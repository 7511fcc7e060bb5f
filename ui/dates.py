"""The one date format of the UI (issue 10.12): "9 december 2026" in Dutch, "9 December 2026" in
English. Every screen writes dates through ``display_date``; date fields use the same format."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

FORMAT = "d MMMM yyyy"


def display_date_format() -> str:
    """For ``QDateEdit.setDisplayFormat``: fields show dates as the rest of the UI does."""
    return FORMAT


def display_date(value: date | datetime | str | None) -> str:
    """A date, a datetime or a stored ISO timestamp ("2026-03-05T10:12:00+01:00") as "5 maart 2026"."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            parsed = date.fromisoformat(value[:10])
        except ValueError:
            return value  # not a date: shown as stored rather than lost
        value = parsed
    if isinstance(value, datetime):
        value = value.date()
    return QLocale().toString(QDate(value.year, value.month, value.day), FORMAT)


def display_date_time(value: str) -> str:
    """A stored timestamp ("2026-12-09T10:12:33+01:00") as "9 december 2026, 10.12.33" (the log
    keeps its seconds; English "9 December 2026, 10:12:33")."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    separator = "." if QLocale().language() == QLocale.Language.Dutch else ":"
    clock = separator.join(f"{part:02d}" for part in (moment.hour, moment.minute, moment.second))
    return f"{display_date(moment)}, {clock}"
