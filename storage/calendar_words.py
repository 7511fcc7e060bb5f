"""Month and weekday names in Dutch and English: the one definition the store, the guard and the
printed records share.

Locale-independent on purpose: the machine's locale must not change a stored sentence or a record.
"""

from __future__ import annotations

from datetime import date

from storage.i18n import language

MONTHS: dict[str, tuple[str, ...]] = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def long_date(value: date, lang: str | None = None) -> str:
    """``3 maart 2031`` / ``3 March 2031`` (``lang`` defaults to the store's current language)."""
    months = MONTHS["nl"] if (lang or language()) == "nl" else MONTHS["en"]
    return f"{value.day} {months[value.month - 1]} {value.year}"
