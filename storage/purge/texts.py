"""The words a purge leaves behind: the tombstone sentence, and the labels a tombstone shows."""

from __future__ import annotations

from datetime import date

from storage.calendar_words import long_date
from storage.i18n import language
from storage.meetings.outcomes import DEFAULT_OUTCOMES, outcome_or_none
from storage.store import Store

TOMBSTONE_SENTENCE = "Verwijderd wegens bewaartermijn op {date}."


def tombstone_sentence(day: date) -> str:
    """What replaces every purged text: always Dutch, as the records themselves are."""
    return TOMBSTONE_SENTENCE.format(date=long_date(day, "nl"))


def parse_day(value: str | None) -> date | None:
    """The day of a stored ISO date or date-time; None when empty or unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def outcome_label(store: Store, key: str, lang: str | None) -> str:
    """The label of a decision's outcome type, also for an outcome no longer configured."""
    if not key:
        return ""
    found = outcome_or_none(store, key)
    if found is not None:
        return found.display(lang)
    for entry in DEFAULT_OUTCOMES:
        if entry["key"] == key:
            return str(entry["label_en"] if (lang or language()) == "en" else entry["label"])
    return key
