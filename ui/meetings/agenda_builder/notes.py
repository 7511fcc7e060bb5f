"""Why a case is suggested, worded in the user's language: the store gives the reason and the
facts (``SuggestionReason``, since, meeting, until, outcome); each phrase is defined here once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage.meetings import CaseSuggestion, SuggestionReason
from ui.meetings.common import long_date

CONTEXT = "SuggestionNotes"

PHRASES = {
    SuggestionReason.DEFERRED: QT_TRANSLATE_NOOP("SuggestionNotes", "deferred since {date} ({meeting})"),
    SuggestionReason.AWAITING_INFORMATION: QT_TRANSLATE_NOOP(
        "SuggestionNotes", "awaiting information since {date} ({meeting})"
    ),
    # another outcome that returns a case to the agenda, e.g. "heroverweging sinds …"
    SuggestionReason.RETURNING_OUTCOME: QT_TRANSLATE_NOOP(
        "SuggestionNotes", "{outcome} since {date} ({meeting})"
    ),
    SuggestionReason.NOT_DISCUSSED: QT_TRANSLATE_NOOP(
        "SuggestionNotes", "not discussed on {date} ({meeting})"
    ),
    SuggestionReason.NEW: QT_TRANSLATE_NOOP("SuggestionNotes", "new in the register"),
    SuggestionReason.REGISTER: QT_TRANSLATE_NOOP("SuggestionNotes", "from the register"),
}
UNTIL = QT_TRANSLATE_NOOP("SuggestionNotes", ", until {date}")  # the end of a deferral
DUE = QT_TRANSLATE_NOOP("SuggestionNotes", ", due {date}")  # the deadline of a requested step

# Suggestions that do not return from an earlier meeting.
FROM_REGISTER = (SuggestionReason.NEW, SuggestionReason.REGISTER)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def suggestion_note(s: CaseSuggestion) -> str:
    """Why a case is suggested, in the user's language."""
    text = _t(str(PHRASES[s.reason])).format(
        date=long_date(s.since),
        meeting=s.since_meeting or "",
        outcome=s.outcome.display().lower() if s.outcome is not None else "",
    )
    if s.until is not None:
        text += _t(str(UNTIL if s.reason is SuggestionReason.DEFERRED else DUE)).format(
            date=long_date(s.until)
        )
    return text


def is_returning(s: CaseSuggestion) -> bool:
    return s.reason not in FROM_REGISTER
