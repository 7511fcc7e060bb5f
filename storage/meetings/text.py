"""Small wording helpers of the meetings domain: a summary on one line, a Dutch date."""

from __future__ import annotations

from datetime import date

from storage.calendar_words import long_date


def dutch_date(value: date) -> str:
    """``5 maart 2026`` (the reports have their own, richer formatting)."""
    return long_date(value, "nl")


def one_line(text: str, limit: int = 300) -> str:
    """The summary as one line for the agenda, the minutes and the projector; a very long one is
    cut at the last word that fits, never inside a word (the screens cut further only where their
    space runs out)."""
    line = " ".join((text or "").split())
    if len(line) <= limit:
        return line
    head = line[: limit - 1]
    if line[limit - 1] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-–") + "…"


__all__ = ["dutch_date", "one_line"]
