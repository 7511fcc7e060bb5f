"""The live editor's autosave timings (ui.live.autosave_policy), through the real MinutesKeeper: a
pause of 400 ms saves, and typing without pauses saves at the latest 600 ms after the first unsaved
change, so that a kill -9 loses at most a second of typing (measured in tests/ui/test_crash_kill9.py,
whose writer types against this same policy)."""

from __future__ import annotations

from tests.helpers.ui_live import live_fixture, settle  # noqa: F401 - fixture
from ui.live.autosave_policy import DEBOUNCE_MS, MAX_DELAY_MS, save_delay_ms


def test_policy_saves_after_a_pause_and_at_most_600_ms_after_the_first_change() -> None:
    assert (DEBOUNCE_MS, MAX_DELAY_MS) == (400, 600)
    assert save_delay_ms(10.0, 10.0) == 400
    assert save_delay_ms(10.0, 10.1) == 400
    assert save_delay_ms(10.0, 10.4) == 200
    assert save_delay_ms(10.0, 10.7) == 0


def test_keeper_schedules_with_the_policy_while_typing(qtbot, live) -> None:
    view, ctx, clocks, meeting = live.view, live.ctx, live.clocks, live.meeting
    view.start_meeting()
    settle(qtbot, ctx)
    item = meeting.case_item_ids[0]
    view.take(item)
    settle(qtbot, ctx)
    draft = view.keeper.drafts[item]
    text = draft.text
    intervals = []
    for step in range(5):  # a keystroke every 200 ms: never a pause of 400 ms
        text += "abcde"[step]
        view.keeper.edited(item, text)
        intervals.append(draft.timer.interval())
        clocks.advance(0.2)
    # 0, 200, 400, 600 and 800 ms after the first change: the save is due 600 ms after it at the latest.
    assert intervals == [400, 400, 200, 0, 0]
    view.keeper.flush()
    settle(qtbot, ctx)
