"""The follow-up track in a case's history panel (provider for ``storage.cases.history``).

Titles are built from references, dates and labels only; the free texts of the track (reason not
filed, note) are not repeated here (the excerpt shows them)."""

from __future__ import annotations

from storage.calendar_words import long_date
from storage.cases.history import HistoryEvent
from storage.followup.service import FollowUpService
from storage.i18n import pick
from storage.store import Store


def case_events(store: Store, case_id: int) -> list[HistoryEvent]:
    events = []
    for track in FollowUpService(store).for_case(case_id):
        number = track.decision_number
        if track.filed_on is not None:
            events.append(
                HistoryEvent(
                    track.filed_on.isoformat() + "T23:40:00",
                    "followup",
                    pick(f"Aangifte gedaan ({number})", f"Aangifte filed ({number})"),
                    long_date(track.filed_on, None),
                    number,
                    "followup",
                )
            )
        elif track.not_filed and track.updated_at:
            events.append(
                HistoryEvent(
                    track.updated_at,
                    "followup",
                    pick(f"Geen aangifte gedaan ({number})", f"Aangifte not filed ({number})"),
                    "",
                    number,
                    "followup",
                )
            )
        if track.om_feedback and track.om_feedback_on is not None:
            events.append(
                HistoryEvent(
                    track.om_feedback_on.isoformat() + "T23:50:00",
                    "followup",
                    pick(f"Terugkoppeling OM ({number})", f"OM feedback ({number})"),
                    track.feedback_label(),
                    number,
                    "followup",
                )
            )
    return events
