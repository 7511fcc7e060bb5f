"""Text contrast of both themes (light, and dark for the system's dark mode) meets WCAG 2.1 AA:
at least 4.5:1 for normal text on its background."""

from __future__ import annotations

import pytest

from ui.style import DARK, LIGHT, Theme


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def pairs(t: Theme) -> dict[str, tuple[str, str]]:
    return {
        "text on window": (t.text, t.window),
        "text on fields": (t.text, t.base),
        "text on alternate rows": (t.text, t.alt_base),
        "hints": (t.muted, t.base),
        "hints on window": (t.muted, t.window),
        "primary button": (t.accent_text, t.accent),
        "selection": (t.accent_text, t.accent),
        "navigation": ("#FFFFFF", t.nav),
        "navigation, selected": ("#FFFFFF", t.nav_selected),
        "errors": (t.error, t.base),
        "errors on window": (t.error, t.window),
        "warnings": (t.warning, t.base),
        "warnings on window": (t.warning, t.window),
        "confirmations": (t.ok, t.base),
        "demo banner": (t.text, t.demo_bg),
        "warning banner": (t.text, t.warning_bg),
        "info banner": (t.text, t.info_bg),
        "links": (t.accent, t.base),
    }


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_text_contrast_meets_wcag_aa(theme: Theme) -> None:
    failing = {
        name: round(contrast(fg, bg), 2) for name, (fg, bg) in pairs(theme).items() if contrast(fg, bg) < 4.5
    }
    assert not failing, failing


def test_contrast_formula_matches_known_values() -> None:
    assert round(contrast("#000000", "#FFFFFF"), 1) == 21.0
    assert round(contrast("#767676", "#FFFFFF"), 2) == 4.54  # the classic AA grey
