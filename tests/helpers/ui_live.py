"""Helpers for the live meeting tests (no tests here): a store with a meeting whose agenda is fixed,
an app context whose monotonic and wall clocks move together by hand, and reading the store through
the worker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from storage.access import create_store
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE
from tests.helpers.meetings import PEOPLE, Services
from tests.helpers.qt import FakeClock, make_context
from ui.context import AppContext

DAY = date(2026, 3, 5)
SUMMARIES = (
    "Fictieve casus 1: commandant binnen een militie, periode 1994-1996.",
    "Fictieve casus 2: officier bij een inlichtingendienst, periode 1988-1991.",
    "Fictieve casus 3: lid van een gewapende groep, periode 2012-2014.",
)


@dataclass
class Meeting:
    meeting_id: int
    number: str
    item_ids: list[int]  # agenda order
    case_item_ids: list[int]  # the three case items
    case_ids: list[int]


class Clocks:
    """A monotonic fake clock and a wall clock that moves with it (local time, on the meeting day)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.mono = FakeClock()
        self._zero = self.mono.now
        self.start = start or datetime(DAY.year, DAY.month, DAY.day, 9, 55).astimezone()

    def wall(self) -> datetime:
        return self.start + timedelta(seconds=self.mono.now - self._zero)

    def advance(self, seconds: float) -> None:
        self.mono.advance(seconds)


def make_meeting(store_dir: Path, clocks: Clocks) -> Meeting:
    from storage.meetings.demo import insert_case

    store, _code = create_store(
        store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS, clock=clocks.wall
    )
    try:
        s = Services(store)
        case_ids = [insert_case(store, f"C-2026-{901 + i}", text) for i, text in enumerate(SUMMARIES)]
        meeting = s.meetings.create_meeting(DAY, "10:00", place="Den Haag", participants=PEOPLE)
        for case_id in case_ids:
            s.agenda.add_case_item(meeting.id, case_id)
        s.meetings.fix_agenda(meeting.id)
        items = s.q.agenda(meeting.id).items
        return Meeting(
            meeting.id,
            meeting.number,
            [i.id for i in items],
            [i.id for i in items if i.kind == "case"],
            case_ids,
        )
    finally:
        store.close()


def live_context(store_dir: Path, settings_dir: Path, clocks: Clocks) -> AppContext:
    settings_dir.mkdir(parents=True, exist_ok=True)
    ctx = make_context(store_dir, settings_dir, clocks.mono)
    ctx.wall_clock = clocks.wall
    ctx.session.clock = clocks.wall
    return ctx


def unlock(qtbot, ctx: AppContext) -> None:
    errors: list[BaseException] = []
    ctx.session.unlock(PASSPHRASE, errors.append)
    qtbot.waitUntil(lambda: ctx.session.is_unlocked or bool(errors), timeout=20_000)
    assert not errors, errors


def read(qtbot, ctx: AppContext, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(store)`` on the worker (behind every queued job) and return its result."""
    box: dict[str, Any] = {}
    ctx.worker.with_store(fn, lambda r: box.setdefault("value", r), lambda e: box.setdefault("error", e))
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    if "error" in box:
        raise box["error"]
    return box["value"]


def settle(qtbot, ctx: AppContext) -> None:
    """Wait until every queued job (and the jobs their callbacks queue) has been delivered."""
    for _ in range(5):
        qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=20_000)
        qtbot.wait(5)
        if ctx.worker.pending == 0:
            return


@dataclass
class Live:
    ctx: AppContext
    clocks: Clocks
    meeting: Meeting
    store_dir: Path
    window: Any = None

    @property
    def view(self):
        return self.window.view


@pytest.fixture(name="live")
def live_fixture(qtbot, tmp_path: Path):
    """An unlocked session on a store with one meeting (agenda fixed) and its live window open."""
    clocks = Clocks()
    store_dir = tmp_path / "opslag"
    meeting = make_meeting(store_dir, clocks)
    ctx = live_context(store_dir, tmp_path / "settings", clocks)
    unlock(qtbot, ctx)
    from ui.live.window import open_live

    state = Live(ctx, clocks, meeting, store_dir)
    state.window = open_live(ctx, None, meeting.meeting_id)
    # not qtbot.addWidget: the window deletes itself on close and on a lock
    settle(qtbot, ctx)
    yield state
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() in ("liveWindow", "presentationWindow") and widget.isVisible():
            widget.close()
    settle(qtbot, ctx)
    ctx.worker.shutdown()
