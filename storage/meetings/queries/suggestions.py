"""What to put on an agenda: returning cases (oldest first), then new cases; and the open actions.

Each suggestion carries a structured reason (``SuggestionReason`` with the dates, meeting and
outcome it needs); the UI words it in the user's language.
"""

from __future__ import annotations

from datetime import date

from storage.meetings import _base as b
from storage.meetings.model import AgendaSuggestions, CaseSuggestion, Outcome, SuggestionReason
from storage.meetings.outcomes import outcomes
from storage.meetings.queries.actions import select_actions
from storage.meetings.text import one_line
from storage.store import Store

MeetingKey = tuple[str, str, int]  # (date, start time, id): the order of meetings

_OUTCOME_REASONS = {
    "aanhouden": SuggestionReason.DEFERRED,
    "nadere_informatie": SuggestionReason.AWAITING_INFORMATION,
}


def agenda_suggestions(store: Store, meeting_id: int, *, new_cases_limit: int = 50) -> AgendaSuggestions:
    """Cases to put on this agenda and open actions to discuss.

    Returning cases come first, oldest first: those whose latest decision before this meeting
    has a returning outcome (aanhouden, nadere informatie, …) and cases that were on an earlier
    agenda but got no decision there. Then new cases from the register (status ``new``, never on
    an agenda), oldest first, at most ``new_cases_limit``. Cases already on this agenda are left
    out.
    """
    meeting = b.meeting_row(store, meeting_id)
    key: MeetingKey = (meeting["date"], meeting["start_time"], meeting["id"])
    latest = _latest_decisions(store, key)
    seen = _on_agenda(store, meeting_id)
    returning = [s for s in _deferred(store, latest) if s.case_id not in seen]
    already = seen | {s.case_id for s in returning}
    returning += _not_discussed(store, key, latest, already)
    returning.sort(key=lambda s: (s.since or date.max, s.reference))
    seen |= {s.case_id for s in returning}
    new = _new_cases(store, seen, new_cases_limit)
    open_actions = select_actions(
        store, "WHERE a.status = 'open' AND (m.date, m.start_time, m.id) < (?, ?, ?)", key
    )
    return AgendaSuggestions(cases=(*returning, *new), actions=open_actions)


def _latest_decisions(store: Store, key: MeetingKey) -> dict[int, b.Row]:
    """The latest decision per case before the meeting ``key``."""
    last: dict[int, b.Row] = {}
    for r in b.rows(
        store,
        "SELECT d.case_id, d.outcome, d.number, d.deadline, m.date, m.number AS meeting_number, "
        "c.reference, c.summary, c.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
        "JOIN cases c ON c.id = d.case_id "
        "WHERE (m.date, m.start_time, m.id) < (?, ?, ?) ORDER BY m.date, m.start_time, m.id, d.id",
        key,
    ):
        last[r["case_id"]] = r
    return last


def _on_agenda(store: Store, meeting_id: int) -> set[int]:
    return {
        int(r[0])
        for r in store.db.execute(
            "SELECT case_id FROM agenda_items WHERE meeting_id = ? AND case_id IS NOT NULL", (meeting_id,)
        )
    }


def _deferred(store: Store, latest: dict[int, b.Row]) -> list[CaseSuggestion]:
    """Cases whose latest decision has an outcome that returns them to the agenda."""
    returning = {o.key: o for o in outcomes(store) if o.returns_to_agenda}
    return [
        _suggestion(
            r,
            _OUTCOME_REASONS.get(r["outcome"], SuggestionReason.RETURNING_OUTCOME),
            until=b.to_date(r["deadline"]),
            decision_number=r["number"],
            outcome=returning[r["outcome"]],
        )
        for r in latest.values()
        if r["outcome"] in returning
    ]


def _not_discussed(
    store: Store, key: MeetingKey, latest: dict[int, b.Row], seen: set[int]
) -> list[CaseSuggestion]:
    """Cases on an earlier agenda (of a meeting that ended) that got no decision there, unless
    decided at that meeting's date or later."""
    found: list[CaseSuggestion] = []
    for r in b.rows(
        store,
        "SELECT ai.case_id, m.date, m.number AS meeting_number, c.reference, c.summary, c.status "
        "FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id JOIN cases c ON c.id = ai.case_id "
        "WHERE ai.case_id IS NOT NULL AND (m.date, m.start_time, m.id) < (?, ?, ?) "
        "AND m.status IN ('afgelopen', 'vastgesteld') "
        "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = ai.id) ORDER BY m.date, m.id",
        key,
    ):
        decided_after = latest.get(r["case_id"])
        if r["case_id"] in seen or (decided_after is not None and decided_after["date"] >= r["date"]):
            continue
        seen.add(r["case_id"])
        found.append(_suggestion(r, SuggestionReason.NOT_DISCUSSED))
    return found


def _new_cases(store: Store, seen: set[int], limit: int) -> list[CaseSuggestion]:
    """New cases from the register, never on an agenda, oldest first, at most ``limit``."""
    rows = b.rows(
        store,
        "SELECT c.id AS case_id, c.reference, c.summary, c.status FROM cases c WHERE c.status = 'new' "
        "AND NOT EXISTS (SELECT 1 FROM agenda_items ai WHERE ai.case_id = c.id) "
        "ORDER BY c.created_at, c.id LIMIT ?",
        (limit + len(seen),),
    )
    return [_suggestion(r, SuggestionReason.NEW) for r in rows if r["case_id"] not in seen][:limit]


def _suggestion(
    r: b.Row,
    reason: SuggestionReason,
    *,
    until: date | None = None,
    decision_number: str | None = None,
    outcome: Outcome | None = None,
) -> CaseSuggestion:
    since = date.fromisoformat(r["date"]) if "date" in r else None
    return CaseSuggestion(
        case_id=r["case_id"],
        reference=r["reference"],
        summary=one_line(r["summary"]),
        status=r["status"],
        reason=reason,
        since=since,
        since_meeting=r.get("meeting_number"),
        until=until,
        decision_number=decision_number,
        outcome=outcome,
    )
