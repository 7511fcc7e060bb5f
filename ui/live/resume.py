"""What a live view hands to its successor across a lock."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Resume:
    """Ids and seconds, no content."""

    meeting_id: int
    item_id: int | None
    locked_at: float  # monotonic
    presenting: bool
    blank: bool
    screen: str
    mode: str
