"""What the audience may see: the only data that ever reaches the presentation window.

The chair view builds a :class:`PublicSlide` from the current agenda item (its title and the case's
one-line anonymised summary) and a :class:`PublicTimer` from the item timer. The presentation
window accepts nothing else (it checks the type), so minutes, internal notes, presence and draft
decisions cannot reach the projector by accident: they are not in these classes.
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.live.timing import Phase, TimerState, format_duration


@dataclass(frozen=True)
class PublicTimer:
    phase: str  # Phase value
    elapsed: str  # "12:05"
    planned: str  # "15:00" ("" without planned time)
    status: str  # "still 2:55", "overrun +1:10" (translated by the chair view)

    @classmethod
    def from_state(cls, state: TimerState, status: str) -> PublicTimer:
        return cls(
            phase=state.phase.value,
            elapsed=format_duration(state.elapsed),
            planned=format_duration(state.planned) if state.timed else "",
            status=status,
        )


@dataclass(frozen=True)
class PublicSlide:
    heading: str  # "OT 2026-03 · item 4"
    title: str  # the agenda item's title (a case item: reference and title)
    summary: str  # the case's one-line anonymised summary; "" for other items
    timer: PublicTimer | None = None


EMPTY_TIMER = PublicTimer(Phase.NORMAL.value, "", "", "")
