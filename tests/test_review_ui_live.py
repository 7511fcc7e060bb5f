"""Review findings on the live meeting window (keyboard use, labels)."""

from __future__ import annotations

import re
from collections import Counter

from tests.test_ui_live_support import live_fixture  # noqa: F401 - fixture


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.split("\t")[0].replace("&&", ""))
    return found.group(1).lower() if found else None


def _duplicates(texts: list[str]) -> dict[str, list[str]]:
    keys = Counter(k for k in map(_mnemonic, texts) if k)
    return {k: [t for t in texts if _mnemonic(t) == k] for k, n in keys.items() if n > 1}


def test_live_window_alt_keys_are_unique(live) -> None:
    """Alt+letter opens one menu and, inside it, reaches one command (Dutch, the default): with a
    letter used twice Alt+B only toggles between Bestand and Besluit and never opens either."""
    bar = live.window.menuBar()
    menus = [a for a in bar.actions() if a.menu() is not None]
    assert _duplicates([a.text() for a in menus]) == {}
    for top in menus:
        items = [a.text() for a in top.menu().actions() if not a.isSeparator() and a.isVisible()]
        assert _duplicates(items) == {}, top.text()
