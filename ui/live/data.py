"""What the live views read and the jobs they run on the store worker (no SQL: services only).

Every function here runs on the worker thread (``ctx.worker.with_store``); the GUI thread only gets
the frozen results.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time

from storage.anonymity import AnonymityPolicy, Keep, normalise_span
from storage.cases.model import Case
from storage.cases.service import CaseService
from storage.meetings import (
    ActionList,
    ItemMinutes,
    Meeting,
    MeetingQueries,
    MinutesService,
    Outcome,
    Participant,
    PersonalDataFound,
    outcomes,
)
from storage.store import Store

RECORDING = ("in_vergadering", "afgelopen")  # meeting statuses in which minutes and decisions are recorded


@dataclass(frozen=True)
class LiveData:
    meeting: Meeting
    items: tuple[ItemMinutes, ...]  # agenda order, with texts, presence, decisions, actions
    planned_end: time
    outcomes: tuple[Outcome, ...]
    action_list: ActionList  # item "Actielijst": open actions of earlier meetings and this one
    questions: dict[int, str] = field(default_factory=dict)  # case id -> what the IND asks of the OM
    previous: Meeting | None = None  # the meeting whose minutes item 2 adopts

    def item(self, item_id: int | None) -> ItemMinutes | None:
        for found in self.items:
            if found.item.id == item_id:
                return found
        return None

    def index(self, item_id: int | None) -> int:
        for index, found in enumerate(self.items):
            if found.item.id == item_id:
                return index
        return -1


def load_live(store: Store, meeting_id: int) -> LiveData:
    queries = MeetingQueries(store)
    agenda = queries.agenda(meeting_id)
    minutes = queries.minutes(meeting_id)
    return LiveData(
        meeting=minutes.meeting,
        items=minutes.items,
        planned_end=agenda.planned_end,
        outcomes=outcomes(store),
        action_list=queries.action_list(meeting_id),
        questions=case_questions(store, [e.item.case_id for e in minutes.items if e.item.case_id]),
        previous=queries.previous_meeting(meeting_id),
    )


def case_questions(store: Store, case_ids: Sequence[int]) -> dict[int, str]:
    """The question to the OM of each case on the agenda (the chair's agenda shows it)."""
    cases: Iterable[Case] = CaseService(store).cases(list(case_ids))
    return {case.id: " ".join(case.question.split()) for case in cases}


def presence_for(item: ItemMinutes, participants: tuple[Participant, ...]) -> list[tuple[Participant, bool]]:
    """Each participant and whether they are there for this item (partial attendance applied).

    ``ItemMinutes`` names the people present; names are matched with their multiplicity, so two
    participants with the same name or function are still told apart by count."""
    present = Counter(item.present)
    out = []
    for person in participants:
        here = present[person.name] > 0
        if here:
            present[person.name] -= 1
        out.append((person, here))
    return out


def presence_value(person: Participant, here: bool) -> bool | None:
    """What ``set_presence`` needs: ``None`` when it matches the meeting's attendance."""
    default = person.attendance == "present"
    return None if here == default else here


# --- minutes autosave -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Withheld:
    """A span of the typed text that looks like personal data and was left out of the store."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class SaveResult:
    item_id: int
    sent: str  # the editor's text this result is about
    revision: int
    saved_at: datetime
    withheld: tuple[Withheld, ...]  # spans of ``sent`` replaced by the placeholder in the store
    kept: frozenset[str]  # flagged spans (normalised) kept earlier with a reason: stored as typed


def save_minutes_text(
    store: Store, item_id: int, text: str, placeholder: str, keep: Sequence[Keep] = ()
) -> SaveResult:
    """Save the minutes of one item so that what was typed is durable at once, and possible personal
    data only with the secretary's reason.

    Findings kept before (the anonymity policy remembers them per item) and findings covered by
    ``keep`` are stored as typed; every other finding is replaced by ``placeholder`` in the stored
    copy, while the editor keeps the full text and underlines it until it is changed or kept."""
    policy = AnonymityPolicy(store)
    service = MinutesService(store)
    known = service.known_names(item_id)  # the meeting's own participants are not withheld
    findings = policy.review("minutes", item_id, {"minutes": text}, known) if text.strip() else []
    keeping = [f for f in findings if any(k.covers(f) for k in keep)]
    withheld = [f for f in findings if not f.accepted and f not in keeping]
    stored = _mask(text, [(f.start, f.end) for f in withheld], placeholder)
    for attempt in range(4):
        try:
            saved = service.save_minutes(
                item_id, stored, keep=keep if not withheld else _shift(keep, text, stored)
            )
            break
        except PersonalDataFound as exc:  # masking changed what surrounds a word: mask that too
            if attempt == 3:
                raise
            stored = _mask(stored, [(f.start, f.end) for f in exc.findings], placeholder)
    kept = frozenset(normalise_span(text[f.start : f.end]) for f in findings if f.accepted or f in keeping)
    return SaveResult(
        item_id=item_id,
        sent=text,
        revision=saved.revision,
        saved_at=saved.saved_at,
        withheld=tuple(Withheld(f.start, f.end, f.kind) for f in withheld),
        kept=kept,
    )


def kept_spans(store: Store, item_id: int, text: str) -> frozenset[str]:
    """The flagged spans of this item's minutes that were kept with a reason (normalised)."""
    if not text.strip():
        return frozenset()
    found = AnonymityPolicy(store).review("minutes", item_id, {"minutes": text})
    return frozenset(normalise_span(text[f.start : f.end]) for f in found if f.accepted)


def _shift(keep: Sequence[Keep], text: str, stored: str) -> list[Keep]:
    """Keeps for ``text`` re-aimed at the masked copy: each kept span found at the same content."""
    out = []
    for k in keep:
        spans = []
        cursor = 0
        for start, end in k.spans:
            piece = text[start:end]
            at = stored.find(piece, cursor)
            if at >= 0:
                spans.append((at, at + len(piece)))
                cursor = at + len(piece)
        out.append(Keep(k.field, tuple(spans), k.reason))
    return out


def _mask(text: str, spans: list[tuple[int, int]], placeholder: str) -> str:
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out.append(text[last:start])
        out.append(placeholder)
        last = end
    out.append(text[last:])
    return "".join(out)
