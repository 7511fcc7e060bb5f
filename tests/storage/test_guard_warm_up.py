"""The guard's warm-up builds everything the detectors build lazily.

A table built on first use is built inside whichever call first needs it: in the minutes' autosave
on the store worker, where a 150 ms sort of the common-word list held the interpreter lock and
froze the secretary's window (bench/bench_minutes.py, issue 17). Warm-up runs at start-up in the
background; after it, no detector may have anything left to build.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from storage.guard.lexicon import DATA_DIR, lexicon
from tests.helpers.common import REPO

CHECK = r"""
import functools, importlib, pkgutil, sys
import storage.guard as guard
from storage.guard import warm_up
modules = [importlib.import_module(f"storage.guard.{m.name}") for m in pkgutil.iter_modules(guard.__path__)]
warm_up()
cold = []
for module in modules:
    for name, value in vars(module).items():
        info = getattr(value, "cache_info", None)
        # A one-slot (or unbounded) cache is a lazily built table; per-word caches fill as text comes.
        if info is not None and getattr(value, "__module__", "") == module.__name__:
            maxsize = value.cache_parameters()["maxsize"]
            if (maxsize is None or maxsize <= 4) and info().currsize == 0:
                cold.append(f"{module.__name__}.{name}")
print(" ".join(cold))
"""


def test_after_warm_up_no_detector_builds_a_table_on_first_use() -> None:
    # A fresh interpreter: in this one other tests have long filled the caches.
    out = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=REPO, capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split() == []


def test_the_common_word_list_is_kept_sorted_and_unique() -> None:
    """The prefix look-up (``lowercase_names``) bisects the file's own order instead of sorting."""
    words = (Path(DATA_DIR) / "common_words.txt").read_text(encoding="utf-8").split()
    assert words == sorted(set(words))
    assert lexicon().common_sorted == tuple(words)
