"""What an aangifte follow-up track is: the frozen results of ``storage.followup``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from storage.calendar_words import long_date
from storage.i18n import pick


class Feedback(StrEnum):
    """The OM's feedback on a filed aangifte ("" = none received yet)."""

    NONE = ""
    STARTED = "started"
    NOT_STARTED = "not_started"
    MERGED = "merged"
    UNKNOWN = "unknown"

    def label(self, lang: str | None = None) -> str:
        nl, en = FEEDBACK_LABELS[self.value]
        return pick(nl, en, lang)


FEEDBACK_LABELS: dict[str, tuple[str, str]] = {
    "": ("geen terugkoppeling", "no feedback"),
    "started": ("onderzoek gestart", "investigation started"),
    "not_started": ("geen onderzoek gestart", "no investigation started"),
    "merged": ("gevoegd bij lopend onderzoek", "merged with an existing investigation"),
    "unknown": ("onbekend", "unknown"),
}


class TrackState(StrEnum):
    OPEN = "open"  # decided, nothing known about the filing yet
    FILED = "filed"
    NOT_FILED = "not_filed"


@dataclass(frozen=True)
class FollowUp:
    """The follow-up track of one aangifte decision (``recorded`` False: nothing entered yet)."""

    decision_id: int
    decision_number: str
    case_id: int
    case_reference: str
    decided_on: date
    recorded: bool
    filed_on: date | None
    not_filed: bool
    not_filed_reason: str
    om_feedback: str
    om_feedback_on: date | None
    note: str
    updated_at: str | None

    @property
    def state(self) -> TrackState:
        if self.filed_on is not None:
            return TrackState.FILED
        if self.not_filed:
            return TrackState.NOT_FILED
        return TrackState.OPEN

    def feedback_label(self, lang: str | None = None) -> str:
        return Feedback(self.om_feedback).label(lang)

    def filing_text(self, lang: str | None = None) -> str:
        if self.filed_on is not None:
            return pick("aangifte gedaan op ", "filed on ", lang) + long_date(self.filed_on, lang)
        if self.not_filed:
            reason = f": {self.not_filed_reason}" if self.not_filed_reason else ""
            return pick("geen aangifte gedaan", "not filed", lang) + reason
        return pick("aangifte nog niet gedaan", "not filed yet", lang)

    def feedback_text(self, lang: str | None = None) -> str:
        if not self.om_feedback:
            return pick("geen terugkoppeling OM", "no feedback from the OM", lang)
        text = pick("terugkoppeling OM: ", "OM feedback: ", lang) + self.feedback_label(lang)
        if self.om_feedback_on is not None:
            text += pick(" (", " (", lang) + long_date(self.om_feedback_on, lang) + ")"
        return text

    def text(self, lang: str | None = None) -> str:
        """One line for the case history, the uittreksel and the decision register."""
        parts = [self.filing_text(lang)]
        if self.state is TrackState.FILED:
            parts.append(self.feedback_text(lang))
        return "; ".join(parts)


@dataclass(frozen=True)
class OverdueFollowUp:
    """An aangifte decided more than the set number of weeks ago without a filing date."""

    decision_id: int
    decision_number: str
    case_reference: str
    decided_on: date
    due_on: date
    days_overdue: int
