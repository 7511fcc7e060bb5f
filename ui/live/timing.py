"""Item timers, the meeting clock and the expected end, measured with a monotonic clock.

Nothing here uses Qt: the chair view's QTimer only asks for the current state and repaints. Time
comes from an injectable monotonic clock (``AppContext.monotonic``; a ``FakeClock`` in tests), so a
suspended laptop, a changed system time or a slow event loop never bend the measured times. The
wall clock is read once, when the timer is loaded, and then advanced with the monotonic clock.

Phases of an item timer (the last 20% of the planned time warns, beyond it is overrun):

    elapsed < 80% of planned      NORMAL
    80% ≤ elapsed ≤ planned       WARNING   (exactly on time is still "warning", not overrun)
    elapsed > planned             OVERRUN   (the overrun time is shown as +m:ss)

An item without planned time (0 minutes) stays NORMAL and shows its elapsed time only.

The expected end of the meeting is "now" plus what is still planned: the remaining planned time of
the current item (nothing once it runs over) and the full planned time of every item not taken yet.
Items taken earlier and left count as done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

Monotonic = Callable[[], float]
WallClock = Callable[[], datetime]

WARNING_SHARE = 0.2  # the last 20% of the planned time


class Phase(StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    OVERRUN = "overrun"


def phase_for(elapsed: float, planned: float) -> Phase:
    if planned <= 0:
        return Phase.NORMAL
    if elapsed > planned:
        return Phase.OVERRUN
    if planned - elapsed <= planned * WARNING_SHARE:
        return Phase.WARNING
    return Phase.NORMAL


def format_duration(seconds: float) -> str:
    """``4:05``, ``1:02:09`` (whole seconds, rounded down; never negative)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class TimerState:
    """One item's timer at one moment."""

    item_id: int | None
    elapsed: int  # whole seconds spent on the item (all visits)
    planned: int  # seconds
    running: bool

    @property
    def phase(self) -> Phase:
        return phase_for(self.elapsed, self.planned)

    @property
    def remaining(self) -> int:
        """Seconds left of the planned time (0 once it runs over)."""
        return max(0, self.planned - self.elapsed)

    @property
    def overrun(self) -> int:
        return max(0, self.elapsed - self.planned) if self.planned > 0 else 0

    @property
    def timed(self) -> bool:
        return self.planned > 0


@dataclass(frozen=True)
class ClockState:
    """Everything the live panes show of the clock at one moment (``MeetingTimer.snapshot``)."""

    item: TimerState  # the current item's timer (item_id None: no item taken)
    elapsed: Mapping[int, float]  # seconds spent per item (all visits)
    taken: frozenset[int]  # items discussed before (started at least once)
    meeting_elapsed: int | None  # whole seconds since the meeting started (None before)
    now: datetime
    expected_end: datetime
    end_delta_minutes: int  # expected minus planned end (positive: later than planned)

    @property
    def current(self) -> int | None:
        return self.item.item_id

    def spent(self, item_id: int) -> float:
        return self.elapsed.get(item_id, 0.0)


@dataclass(frozen=True)
class TimedItem:
    """What the timer needs of an agenda item."""

    item_id: int
    planned_minutes: int
    elapsed_seconds: int = 0  # already recorded in the store
    taken: bool = False  # discussed before (started at least once)


class MeetingTimer:
    """The stopwatch of a live meeting: one running item at a time, per-item totals."""

    def __init__(self, monotonic: Monotonic, wall_clock: WallClock) -> None:
        self._mono = monotonic
        self._wall = wall_clock
        self._mono_at_load = monotonic()
        self._wall_at_load = wall_clock()
        self._planned: dict[int, int] = {}
        self._order: list[int] = []
        self._stored: dict[int, float] = {}  # seconds accumulated before the running stretch
        self._taken: set[int] = set()
        self._current: int | None = None
        self._running_since: float | None = None
        self._meeting_zero: float | None = None  # monotonic moment the running meeting started
        self._meeting_frozen: float | None = None  # meeting seconds when it is not running
        self._planned_end: datetime | None = None
        self._meeting_start: datetime | None = None

    # -- loading --------------------------------------------------------------------------------
    def load(
        self,
        items: Iterable[TimedItem],
        *,
        current_item_id: int | None,
        meeting_date: date,
        start_time: time,
        started_at: datetime | None,
        running: bool,
        ended_at: datetime | None = None,
    ) -> None:
        """(Re)load the agenda. Per-item totals already measured in this window are kept when they
        are larger than the stored ones (a reload must never make time go backwards)."""
        items = list(items)
        self._order = [i.item_id for i in items]
        self._planned = {i.item_id: max(0, i.planned_minutes) * 60 for i in items}
        for i in items:
            ours = self.elapsed(i.item_id)  # includes a running stretch
            if i.elapsed_seconds > ours:
                self._stored[i.item_id] = self._stored.get(i.item_id, 0.0) + (i.elapsed_seconds - ours)
            else:
                self._stored.setdefault(i.item_id, 0.0)
            if i.taken:
                self._taken.add(i.item_id)
        # Held on another day than planned (moved at short notice): the agenda's times count on the
        # day it is actually held, so "later than planned" stays meaningful.
        day = meeting_date
        today = _naive(self.now()).date()
        if started_at is not None and _naive(started_at).date() != meeting_date:
            day = _naive(started_at).date()
        elif started_at is None and today > meeting_date:
            day = today
        self._meeting_start = datetime.combine(day, start_time)
        self._planned_end = self._meeting_start + timedelta(seconds=sum(self._planned.values()))
        if started_at is not None and running and self._meeting_zero is None:
            self._meeting_zero = self._mono() - _seconds_between(started_at, self.now())
            self._meeting_frozen = None
        elif started_at is not None and not running:
            end = ended_at if ended_at is not None else self.now()
            if self._meeting_zero is not None:
                self._meeting_frozen = self._mono() - self._meeting_zero
            else:
                self._meeting_frozen = _seconds_between(started_at, end)
            self._meeting_zero = None
        if running and current_item_id is not None and current_item_id in self._planned:
            if self._current != current_item_id or self._running_since is None:
                self._stop()
                self._current = current_item_id
                self._taken.add(current_item_id)
                self._running_since = self._mono()
        elif not running:
            self._stop()
            self._current = current_item_id if current_item_id in self._planned else None

    # -- running --------------------------------------------------------------------------------
    @property
    def current(self) -> int | None:
        return self._current

    @property
    def running(self) -> bool:
        return self._running_since is not None

    def _stop(self) -> None:
        if self._current is not None and self._running_since is not None:
            self._stored[self._current] = self._stored.get(self._current, 0.0) + (
                self._mono() - self._running_since
            )
        self._running_since = None

    def switch_to(self, item_id: int) -> tuple[int, int] | None:
        """Make ``item_id`` the running item. Returns (item left, its whole seconds) to record, or
        None when no item was running."""
        if item_id not in self._planned:
            raise KeyError(item_id)
        left = None
        if self._current is not None and self._current != item_id:
            self._stop()
            left = (self._current, self.elapsed_whole(self._current))
        elif self._current == item_id and self._running_since is not None:
            return None
        self._current = item_id
        self._taken.add(item_id)
        self._running_since = self._mono()
        if self._meeting_zero is None:
            self._meeting_zero = self._mono() - (self._meeting_frozen or 0.0)
            self._meeting_frozen = None
        return left

    def pause(self) -> tuple[int, int] | None:
        """Stop the running item (a break, or the meeting closes); returns what to record."""
        if self._current is None or self._running_since is None:
            return None
        self._stop()
        return (self._current, self.elapsed_whole(self._current))

    def resume(self) -> None:
        if self._current is not None and self._running_since is None:
            self._running_since = self._mono()

    def stop_meeting(self) -> tuple[int, int] | None:
        left = self.pause()
        if self._meeting_zero is not None:
            self._meeting_frozen = self._mono() - self._meeting_zero
            self._meeting_zero = None
        return left

    def add_to_current(self, seconds: float) -> None:
        """Count time that passed while the window was away (a lock during the meeting)."""
        if self._current is not None and seconds > 0:
            self._stored[self._current] = self._stored.get(self._current, 0.0) + seconds

    # -- reading --------------------------------------------------------------------------------
    def elapsed(self, item_id: int) -> float:
        total = self._stored.get(item_id, 0.0)
        if item_id == self._current and self._running_since is not None:
            total += self._mono() - self._running_since
        return total

    def elapsed_whole(self, item_id: int) -> int:
        return int(self.elapsed(item_id))

    def state(self, item_id: int | None = None) -> TimerState:
        item_id = self._current if item_id is None else item_id
        if item_id is None:
            return TimerState(None, 0, 0, False)
        return TimerState(
            item_id,
            self.elapsed_whole(item_id),
            self._planned.get(item_id, 0),
            item_id == self._current and self._running_since is not None,
        )

    def taken(self, item_id: int) -> bool:
        return item_id in self._taken

    def now(self) -> datetime:
        """The wall clock, advanced by the monotonic clock since loading."""
        return self._wall_at_load + timedelta(seconds=self._mono() - self._mono_at_load)

    def meeting_elapsed(self) -> int | None:
        """Whole seconds since the meeting started (None before it started)."""
        if self._meeting_zero is not None:
            return max(0, int(self._mono() - self._meeting_zero))
        if self._meeting_frozen is not None:
            return max(0, int(self._meeting_frozen))
        return None

    def remaining_planned(self) -> int:
        """Seconds still planned: the current item's rest plus every item not taken yet."""
        total = 0
        for item_id in self._order:
            planned = self._planned[item_id]
            if item_id == self._current and self._meeting_zero is not None:
                total += max(0, planned - self.elapsed_whole(item_id))
            elif item_id not in self._taken:
                total += planned
        return total

    def planned_end(self) -> datetime | None:
        return self._planned_end

    def expected_end(self) -> datetime:
        """Now (or the planned start, if later) plus what is still planned."""
        now = _naive(self.now())
        start = now
        if self._meeting_start is not None and self.meeting_elapsed() is None:
            start = max(now, self._meeting_start)
        return start + timedelta(seconds=self.remaining_planned())

    def snapshot(self) -> ClockState:
        return ClockState(
            item=self.state(),
            elapsed={item_id: self.elapsed(item_id) for item_id in self._order},
            taken=frozenset(self._taken),
            meeting_elapsed=self.meeting_elapsed(),
            now=self.now(),
            expected_end=self.expected_end(),
            end_delta_minutes=self.end_delta_minutes(),
        )

    def end_delta_minutes(self) -> int:
        """Expected minus planned end, in whole minutes (positive: later than planned)."""
        if self._planned_end is None:
            return 0
        seconds = (self.expected_end() - self._planned_end).total_seconds()
        return int(seconds // 60) if seconds >= 0 else -int(-seconds // 60)


def _naive(value: datetime) -> datetime:
    """Local wall time without a zone (agenda times are local and naive)."""
    if value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def _seconds_between(earlier: datetime, later: datetime) -> float:
    if (earlier.tzinfo is None) != (later.tzinfo is None):
        earlier, later = _naive(earlier), _naive(later)
    return max(0.0, (later - earlier).total_seconds())
