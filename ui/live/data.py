"""What the live views read and the jobs they run on the store worker (no SQL: services only).

Every function here runs on the worker thread (``ctx.worker.with_store``); the GUI thread only gets
the frozen results.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time

from storage.guard import scan
from storage.meetings import (
    ItemMinutes,
    Meeting,
    MeetingQueries,
    MinutesService,
    Outcome,
    Participant,
    outcomes,
)
from storage.store import Store


@dataclass(frozen=True)
class LiveData:
    meeting: Meeting
    items: tuple[ItemMinutes, ...]  # agenda order, with texts, presence, decisions, actions
    planned_end: time
    outcomes: tuple[Outcome, ...]

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
    )


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
    kept: int  # findings stored deliberately, with the reason the secretary gave


def normalise(span: str) -> str:
    return "".join(span.casefold().split())


def save_minutes_text(
    store: Store, item_id: int, text: str, kept: dict[str, str], placeholder: str
) -> SaveResult:
    """Save the minutes of one item so that typed text is durable at once, and personal data only
    with the secretary's reason: a finding the secretary kept (``kept``: normalised flagged text →
    reason) is stored with that reason; any other finding is replaced by ``placeholder`` in the
    stored copy while the editor keeps the full text and underlines it."""
    findings = scan(text) if text.strip() else []
    withheld = [f for f in findings if normalise(text[f.start : f.end]) not in kept]
    allowed = [f for f in findings if normalise(text[f.start : f.end]) in kept]
    stored = _mask(text, [(f.start, f.end) for f in withheld], placeholder)
    # The masked text is scanned once more: a placeholder can change what surrounds a word.
    for _ in range(3):
        again = [
            f
            for f in scan(stored)
            if normalise(stored[f.start : f.end]) not in kept and placeholder not in stored[f.start : f.end]
        ]
        if not again:
            break
        stored = _mask(stored, [(f.start, f.end) for f in again], placeholder)
    reasons = sorted({kept[normalise(text[f.start : f.end])] for f in allowed})
    saved = MinutesService(store).save_minutes(item_id, stored, override_reason="; ".join(reasons) or None)
    return SaveResult(
        item_id=item_id,
        sent=text,
        revision=saved.revision,
        saved_at=saved.saved_at,
        withheld=tuple(Withheld(f.start, f.end, f.kind) for f in withheld),
        kept=len(allowed),
    )


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
