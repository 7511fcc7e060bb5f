"""What the agenda builder reads on the worker: the agenda with its suggestions, and a search in
the case register."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storage.cases.model import Case
from storage.cases.service import CaseQuery, CaseService
from storage.meetings import Agenda, AgendaSuggestions, CaseSuggestion, MeetingQueries, SuggestionReason
from storage.meetings.text import one_line
from storage.store import Store


@dataclass(frozen=True)
class BuilderData:
    agenda: Agenda
    suggestions: AgendaSuggestions


def load_builder(store: Store, meeting_id: int) -> BuilderData:
    queries = MeetingQueries(store)
    return BuilderData(queries.agenda(meeting_id), queries.agenda_suggestions(meeting_id))


def search_register(store: Store, text: str, exclude: set[int], limit: int = 50) -> list[CaseSuggestion]:
    """Open cases from the register whose text matches ``text`` (the register's own search)."""
    service = CaseService(store)
    ids = [i for i in service.ids(CaseQuery(view="open", search=text)) if i not in exclude][:limit]
    found = []
    cases: Sequence[Case] = service.cases(ids)
    for case in cases:
        found.append(
            CaseSuggestion(
                case_id=case.id,
                reference=case.reference,
                summary=one_line(case.summary),  # as the suggestions: cut at a word, if at all
                status=case.status,
                reason=SuggestionReason.REGISTER,
                since=None,
                since_meeting=None,
                until=None,
                decision_number=None,
            )
        )
    return found
