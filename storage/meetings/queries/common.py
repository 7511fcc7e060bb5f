"""What the read modules share: the meeting order, the frozen outcome labels, time arithmetic."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from storage.meetings.model import Meeting

MEETING_ORDER = "m.date, m.start_time, m.id"


def sealed_outcomes(value: str | None) -> tuple[tuple[str, str, str], ...]:
    """The outcome list (key, Dutch, English) frozen into a sealed meeting."""
    if not value:
        return ()
    return tuple((str(k), str(nl), str(en)) for k, nl, en in json.loads(value))


def meeting_start(meeting: Meeting) -> datetime:
    return datetime.combine(meeting.date, meeting.start_time)


def minutes_after_start(meeting: Meeting, minutes: int) -> time:
    return (meeting_start(meeting) + timedelta(minutes=minutes)).time()


def end_of_day(value: date, like: datetime) -> datetime:
    return datetime.combine(value, time(23, 59, 59), tzinfo=like.tzinfo)


def chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]
