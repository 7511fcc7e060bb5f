"""When the live minutes editor saves: the one policy, without Qt, so that the kill -9 test
(tests/helpers/crash_writer.py) types against exactly the timings the editor uses.

A pause in typing of DEBOUNCE_MS saves; typing without such pauses still saves MAX_DELAY_MS after
the first change that is not saved yet. After a kill -9 at most MAX_DELAY_MS plus one write of
typing is lost; the target is at most one second, so MAX_DELAY_MS leaves room for the write.
"""

from __future__ import annotations

DEBOUNCE_MS = 400  # a pause in typing this long saves; the write itself takes a few ms
MAX_DELAY_MS = 600  # typing without pauses still saves this often (≤ 1 s lost, write included)


def save_delay_ms(first_unsaved: float, now: float) -> int:
    """Milliseconds from ``now`` (a keystroke) until the save, when the oldest change that is not
    saved yet was made at ``first_unsaved`` (both monotonic seconds)."""
    waited_ms = (now - first_unsaved) * 1000
    return round(min(DEBOUNCE_MS, max(0.0, MAX_DELAY_MS - waited_ms)))
