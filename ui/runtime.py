"""Interpreter settings for a responsive GUI.

The GUI thread shares the interpreter lock with the store worker and the guard's scan threads. With
Python's default 5 ms switch interval a busy background thread can keep the GUI thread waiting for
several slices in a row; 1 ms halves the longest stalls measured in the register benchmark.
"""

from __future__ import annotations

import gc
import sys

GUI_SWITCH_INTERVAL = 0.001


def tune_interpreter_for_gui() -> None:
    if sys.getswitchinterval() > GUI_SWITCH_INTERVAL:
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)


def freeze_long_lived_objects() -> None:
    """Move everything alive now (modules, Qt wrappers, the guard's word lists) out of the garbage
    collector's reach: a full collection then skips them instead of pausing every thread for tens
    of milliseconds. Call once start-up (and the guard warm-up) has finished."""
    gc.collect()
    gc.freeze()
