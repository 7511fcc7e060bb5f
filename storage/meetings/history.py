"""The meetings' part of a case's history panel (provider for ``storage.cases.history``).

Titles are built from references and labels only; free text (minutes, decision texts) is not
repeated here (``MeetingQueries.case_history`` has it for the excerpt).
"""

from __future__ import annotations

from storage.cases.history import HistoryEvent
from storage.i18n import pick
from storage.meetings.model import ActionStatus
from storage.meetings.queries import MeetingQueries
from storage.meetings.text import dutch_date
from storage.store import Store


def case_events(store: Store, case_id: int) -> list[HistoryEvent]:
    history = MeetingQueries(store).case_history(case_id)
    events: list[HistoryEvent] = []
    for d in history.discussions:
        when = d.meeting_date.isoformat()
        if d.minutes or d.decisions:
            title = pick(
                f"Besproken in {d.meeting_number} (agendapunt {d.item_number})",
                f"Discussed at {d.meeting_number} (agenda item {d.item_number})",
            )
        else:
            title = pick(
                f"Geagendeerd voor {d.meeting_number} (agendapunt {d.item_number})",
                f"On the agenda of {d.meeting_number} (agenda item {d.item_number})",
            )
        detail = pick("verslag vastgesteld", "minutes adopted") if d.sealed else ""
        events.append(HistoryEvent(when, "meeting", title, detail, d.meeting_number, "meetings"))
    for dec in history.decisions:
        parts = []
        if dec.responsible_label:
            parts.append(dec.responsible_label)
        if dec.deadline:
            parts.append(pick(f"uiterlijk {dutch_date(dec.deadline)}", f"by {dec.deadline.isoformat()}"))
        if not dec.is_final:
            parts.append(pick("nog niet bevestigd", "not yet confirmed"))
        events.append(
            HistoryEvent(
                dec.meeting_date.isoformat() + "T23:00:00",
                "decision",
                pick(
                    f"Besluit {dec.number}: {dec.outcome_label}",
                    f"Decision {dec.number}: {dec.outcome_label}",
                ),
                "; ".join(parts),
                dec.number,
                "meetings",
            )
        )
    for action in history.actions:
        status = ActionStatus(action.status).label()
        events.append(
            HistoryEvent(
                action.meeting_date.isoformat() + "T23:30:00",
                "action",
                pick(f"Actiepunt {action.number} ({status})", f"Action {action.number} ({status})"),
                action.owner_label,
                action.number,
                "meetings",
            )
        )
    return events
