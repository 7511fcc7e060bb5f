"""Item timer, overrun, meeting clock and expected end, measured with a hand-moved clock.

The first half tests ``ui.live.timing`` on its own; the second half runs the chair view on a real
store and checks what it shows (colour state, words, clock, expected end) and what it records.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from tests.helpers.qt import FakeClock
from tests.helpers.ui_live import live_fixture, read, settle  # noqa: F401 - the live fixture
from ui.live.colours import PHASE_COLOURS, PROJECTOR_BACKGROUND, PROJECTOR_MUTED, PROJECTOR_TEXT, contrast
from ui.live.timing import MeetingTimer, Phase, TimedItem, format_duration, phase_for

DAY = date(2026, 3, 5)


def wall_for(clock: FakeClock, start: datetime) -> callable:
    zero = clock.now
    return lambda: start + timedelta(seconds=clock.now - zero)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_timer(clock: FakeClock, *, started: bool = True) -> MeetingTimer:
    wall = wall_for(clock, datetime(2026, 3, 5, 10, 0))
    timer = MeetingTimer(clock, wall)
    timer.load(
        [TimedItem(1, 5), TimedItem(2, 10), TimedItem(3, 15)],
        current_item_id=None,
        meeting_date=DAY,
        start_time=time(10, 0),
        started_at=datetime(2026, 3, 5, 10, 0) if started else None,
        running=started,
    )
    return timer


def test_phase_boundaries() -> None:
    assert phase_for(0, 600) is Phase.NORMAL
    assert phase_for(479, 600) is Phase.NORMAL
    assert phase_for(480, 600) is Phase.WARNING  # the last 20% warns
    assert phase_for(600, 600) is Phase.WARNING  # exactly on time is not yet overrun
    assert phase_for(601, 600) is Phase.OVERRUN
    assert phase_for(5000, 0) is Phase.NORMAL  # no planned time: no countdown
    assert format_duration(65) == "1:05"
    assert format_duration(3725) == "1:02:05"
    assert format_duration(-3) == "0:00"


def test_item_timer_runs_warns_and_overruns_on_the_monotonic_clock(clock: FakeClock) -> None:
    timer = make_timer(clock)
    assert timer.switch_to(1) is None
    clock.advance(100)
    state = timer.state()
    assert (state.elapsed, state.planned, state.remaining, state.phase) == (100, 300, 200, Phase.NORMAL)
    clock.advance(140)  # 240 of 300: exactly the last 20%
    assert timer.state().phase is Phase.WARNING
    assert timer.state().remaining == 60
    clock.advance(61 + 69)  # 370: 70 s over
    state = timer.state()
    assert state.phase is Phase.OVERRUN
    assert state.overrun == 70
    assert format_duration(state.overrun) == "1:10"
    # switching records the item left, with its whole seconds
    assert timer.switch_to(2) == (1, 370)
    clock.advance(30)
    assert timer.elapsed_whole(1) == 370
    assert timer.state().elapsed == 30
    # out of order: back to item 1 adds to what it had
    assert timer.switch_to(1) == (2, 30)
    clock.advance(5)
    assert timer.elapsed_whole(1) == 375
    assert timer.meeting_elapsed() == 405


def test_meeting_clock_and_expected_end(clock: FakeClock) -> None:
    timer = make_timer(clock)
    assert timer.planned_end() == datetime(2026, 3, 5, 10, 30)
    timer.switch_to(1)
    assert timer.expected_end() == datetime(2026, 3, 5, 10, 30)
    assert timer.end_delta_minutes() == 0
    clock.advance(300)
    assert timer.expected_end() == datetime(2026, 3, 5, 10, 30)  # on time
    clock.advance(120)  # item 1 runs 2 minutes over
    assert timer.expected_end() == datetime(2026, 3, 5, 10, 32)
    assert timer.end_delta_minutes() == 2
    timer.switch_to(3)  # item 2 skipped for now: still planned in full
    clock.advance(60)
    assert timer.expected_end() == datetime(2026, 3, 5, 10, 32)
    timer.switch_to(2)  # item 3 left after one minute: counts as done
    assert timer.remaining_planned() == 600
    assert timer.expected_end() == datetime(2026, 3, 5, 10, 18)
    assert timer.end_delta_minutes() == -12
    assert timer.meeting_elapsed() == 480
    assert timer.now() == datetime(2026, 3, 5, 10, 8)


def test_pause_stops_the_item_but_not_the_meeting(clock: FakeClock) -> None:
    timer = make_timer(clock)
    timer.switch_to(2)
    clock.advance(100)
    assert timer.pause() == (2, 100)
    clock.advance(50)
    assert timer.state().elapsed == 100
    assert not timer.state().running
    assert timer.meeting_elapsed() == 150
    timer.resume()
    clock.advance(10)
    assert timer.state().elapsed == 110
    assert timer.stop_meeting() == (2, 110)
    clock.advance(999)
    assert timer.meeting_elapsed() == 160  # frozen once the meeting stops


def test_reload_never_moves_time_backwards_and_resume_adds_the_locked_time(clock: FakeClock) -> None:
    timer = make_timer(clock)
    timer.switch_to(1)
    clock.advance(200)
    timer.load(
        [TimedItem(1, 5, elapsed_seconds=120, taken=True), TimedItem(2, 10), TimedItem(3, 15)],
        current_item_id=1,
        meeting_date=DAY,
        start_time=time(10, 0),
        started_at=datetime(2026, 3, 5, 10, 0),
        running=True,
    )
    assert timer.elapsed_whole(1) == 200
    timer.add_to_current(45)
    assert timer.elapsed_whole(1) == 245


def test_meeting_not_started_expects_the_planned_end(clock: FakeClock) -> None:
    wall = wall_for(clock, datetime(2026, 3, 5, 9, 40))
    timer = MeetingTimer(clock, wall)
    timer.load(
        [TimedItem(1, 5), TimedItem(2, 10)],
        current_item_id=None,
        meeting_date=DAY,
        start_time=time(10, 0),
        started_at=None,
        running=False,
    )
    assert timer.meeting_elapsed() is None
    assert timer.expected_end() == datetime(2026, 3, 5, 10, 15)
    assert timer.end_delta_minutes() == 0


def test_timer_colours_meet_wcag_aa() -> None:
    for phase, (background, text) in PHASE_COLOURS.items():
        assert contrast(background, text) >= 4.5, phase
    assert contrast(PROJECTOR_BACKGROUND, PROJECTOR_TEXT) >= 4.5
    assert contrast(PROJECTOR_BACKGROUND, PROJECTOR_MUTED) >= 4.5
    # overrun and normal must also differ for people who do not see red (luminance, not hue only)
    normal = PHASE_COLOURS["normal"][0]
    warning = PHASE_COLOURS["warning"][0]
    assert contrast(normal, warning) >= 3.0


# --- the chair view on a real store ---------------------------------------------------------------
def test_chair_view_shows_timer_states_and_records_elapsed_time(qtbot, live) -> None:
    from storage.meetings import MeetingQueries

    view, chair, ctx, clocks, meeting = live.view, live.view.chair, live.ctx, live.clocks, live.meeting
    view.tick()
    assert chair.meeting_clock.text() == "Nu 09.55 uur"
    assert "Verwacht einde 11.20 uur" in chair.expected_end.text()
    clocks.advance(5 * 60)  # 10:00
    view.start_meeting()
    settle(qtbot, ctx)
    first = meeting.item_ids[0]  # Opening, 5 minutes planned
    assert view.timer.current == first
    view.tick()
    assert chair.timer_text.text() == "0:00 / 5:00"
    assert chair.timer_status.text() == "nog 5:00"
    assert chair.phase == "normal"
    assert not chair.timer_icon.isVisibleTo(chair)
    assert chair.meeting_clock.text() == "Vergadering 0:00 · nu 10.00 uur"
    assert "Verwacht einde 11.20 uur" in chair.expected_end.text()
    assert "volgens planning" in chair.expected_end.text()

    clocks.advance(4 * 60)
    view.tick()
    assert chair.phase == "warning"
    assert chair.timer_status.text() == "Laatste minuten: nog 1:00"
    assert chair.timer_icon.isVisibleTo(chair)  # not colour alone: an icon and words

    clocks.advance(2 * 60 + 10)
    view.tick()
    assert chair.phase == "overrun"
    assert chair.card.property("phase") == "overrun"
    assert chair.timer_text.text() == "6:10 / 5:00"
    assert chair.timer_status.text() == "Uitloop +1:10"
    assert chair.meeting_clock.text() == "Vergadering 6:10 · nu 10.06 uur"
    assert "Verwacht einde 11.21 uur" in chair.expected_end.text()
    assert "1 min later dan gepland (11.20 uur)" in chair.expected_end.text()

    view.go_next()
    settle(qtbot, ctx)
    item = read(qtbot, ctx, lambda store: MeetingQueries(store).item(first))
    assert item.elapsed_seconds == 370
    assert item.taken_order == 1
    assert chair.phase == "normal"
    assert chair.agenda.topLevelItem(0).text(2) == "besproken"
    assert chair.agenda.topLevelItem(1).text(2) == "nu"

    # out of order: the third case item first; the record keeps the agenda numbers
    third_case = meeting.case_item_ids[2]
    clocks.advance(30)
    view.take(third_case)
    settle(qtbot, ctx)
    taken = read(qtbot, ctx, lambda store: MeetingQueries(store).item(third_case))
    assert (taken.number, taken.taken_order) == (6, 3)
    second = read(qtbot, ctx, lambda store: MeetingQueries(store).item(meeting.item_ids[1]))
    assert second.elapsed_seconds == 30

    # a pause stops the item, not the meeting clock
    clocks.advance(20)
    view.toggle_pause()
    clocks.advance(100)
    view.tick()
    assert chair.timer_text.text() == "0:20 / 15:00"
    assert chair.timer_status.text() == "nog 14:40 (gepauzeerd)"
    assert chair.meeting_clock.text().startswith("Vergadering 8:40")
    settle(qtbot, ctx)
    assert read(qtbot, ctx, lambda store: MeetingQueries(store).item(third_case)).elapsed_seconds == 20
