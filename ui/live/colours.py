"""Timer colours for the chair view and the projector, chosen for WCAG AA contrast (≥ 4.5:1).

Colour is never the only signal: every phase also has its own words ("nog", "laatste minuten",
"uitloop +m:ss") and, in the chair view, an icon.
"""

from __future__ import annotations

from ui.live.timing import Phase

# phase -> (background, text)
PHASE_COLOURS: dict[str, tuple[str, str]] = {
    Phase.NORMAL.value: ("#154273", "#FFFFFF"),  # Rijksblauw-like dark blue
    Phase.WARNING.value: ("#FFB612", "#1A1A1A"),  # amber
    Phase.OVERRUN.value: ("#B00020", "#FFFFFF"),  # red
}
PROJECTOR_BACKGROUND = "#0B1B26"
PROJECTOR_TEXT = "#FFFFFF"
PROJECTOR_MUTED = "#C5D3DE"


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    value = colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
