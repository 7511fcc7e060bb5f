"""Vector charts for the records (reportlab.graphics), drawn only from published figures.

Every string uses the embedded DejaVu font (PDF/A allows no other) and every colour is opaque.
A hidden count is never drawn as a bar: a bar shows only what the table beside it publishes, and
the part of a published total that consists of hidden cells is drawn as one grey "not shown"
segment (the table gives that sum away as well: total minus the published cells).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.fonts import SANS, SANS_BOLD, register_fonts
from reports.geometry import ACCENT, HAIRLINE, INK, MUTED, TEXT_WIDTH

PALETTE: tuple[Color, ...] = (
    HexColor("#154273"),  # aangifte: the accent
    HexColor("#4F8AC9"),
    HexColor("#A6C8EA"),
    HexColor("#C9792B"),
    HexColor("#6E6E6E"),
    HexColor("#8FB48A"),
    HexColor("#D4A5A5"),
)
HIDDEN_FILL = HexColor("#D9D9D9")
FONT_SIZE = 7.5


@dataclass(frozen=True)
class Segment:
    label: str
    value: int | None  # None: hidden


@dataclass(frozen=True)
class StackedBar:
    label: str  # "K1 2026"
    total: int | None  # None: hidden
    total_text: str  # what the table shows: "12", "< 5", "x"
    segments: tuple[Segment, ...]


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float = FONT_SIZE,
    anchor: str = "start",
    bold: bool = False,
    colour: Color = INK,
) -> String:
    return String(
        x, y, text, fontName=SANS_BOLD if bold else SANS, fontSize=size, fillColor=colour, textAnchor=anchor
    )


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial font is the embedded one (the renderer would set Helvetica first,
    and a font that is not embedded is not allowed in PDF/A)."""
    register_fonts()
    d = Drawing(width, height)
    d.initialFontName = SANS
    d.initialFontSize = FONT_SIZE
    return d


def _scale_top(maximum: int) -> int:
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if maximum <= step * 5:
            return max(step, -(-maximum // step) * step)
    return maximum


def stacked_bars(
    bars: Sequence[StackedBar],
    series: Sequence[str],
    *,
    hidden_label: str,
    width: float = TEXT_WIDTH,
    height: float = 170,
) -> Drawing:
    """Vertical stacked bars, one per quarter; legend below."""
    d = _drawing(width, height)
    left, bottom, top = 28.0, 42.0, height - 14
    plot_h = top - bottom
    maximum = max((b.total or 0 for b in bars), default=0)
    scale = _scale_top(max(maximum, 1))
    for k in range(6):
        y = bottom + plot_h * k / 5
        d.add(Line(left, y, width - 4, y, strokeColor=HAIRLINE, strokeWidth=0.3))
        d.add(_text(left - 4, y - 2.5, f"{round(scale * k / 5):g}", anchor="end", colour=MUTED))
    slot = (width - left - 8) / max(len(bars), 1)
    bar_w = min(46.0, slot * 0.55)
    for i, bar in enumerate(bars):
        x = left + slot * i + (slot - bar_w) / 2
        d.add(_text(x + bar_w / 2, bottom - 11, bar.label, anchor="middle"))
        if bar.total is None:
            d.add(_text(x + bar_w / 2, bottom + 3, bar.total_text, anchor="middle", colour=MUTED))
            continue
        y = bottom
        shown = 0
        for s_index, seg in enumerate(bar.segments):
            if not seg.value:
                continue
            h = plot_h * seg.value / scale
            d.add(Rect(x, y, bar_w, h, fillColor=PALETTE[s_index % len(PALETTE)], strokeColor=None))
            y += h
            shown += seg.value
        rest = bar.total - shown
        if rest > 0:
            h = plot_h * rest / scale
            d.add(Rect(x, y, bar_w, h, fillColor=HIDDEN_FILL, strokeColor=None))
            y += h
        d.add(_text(x + bar_w / 2, y + 3, bar.total_text, anchor="middle", bold=True))
    any_hidden = any(b.total is not None and b.total > sum(s.value or 0 for s in b.segments) for b in bars)
    labels, colours = list(series), list(PALETTE[: len(series)])
    if any_hidden:
        labels.append(hidden_label)
        colours.append(HIDDEN_FILL)
    _legend(d, labels, colours, y=12, width=width)
    return d


def _legend(d: Drawing, labels: Sequence[str], colours: Sequence[Color], *, y: float, width: float) -> None:
    x = 28.0
    for label, colour in zip(labels, colours, strict=True):
        w = 12 + stringWidth(label, SANS, FONT_SIZE) + 12
        if x + w > width:
            x, y = 28.0, y - 11
        d.add(Rect(x, y - 1, 8, 8, fillColor=colour, strokeColor=None))
        d.add(_text(x + 11, y, label))
        x += w


def horizontal_bars(
    rows: Sequence[tuple[str, int | None, str]], *, width: float = TEXT_WIDTH, label_width: float = 150
) -> Drawing:
    """One bar per row (label, published value or None, shown text): the pipeline."""
    row_h = 16.0
    d = _drawing(width, row_h * len(rows) + 6)
    maximum = max((v or 0 for _l, v, _t in rows), default=0) or 1
    plot_w = width - label_width - 40
    for i, (label, value, shown) in enumerate(rows):
        y = d.height - row_h * (i + 1)
        d.add(_text(label_width - 6, y + 4, label, anchor="end"))
        if value:
            w = plot_w * value / maximum
            d.add(Rect(label_width, y + 1, w, row_h - 5, fillColor=ACCENT, strokeColor=None))
            d.add(_text(label_width + w + 4, y + 4, shown, bold=True))
        else:
            d.add(_text(label_width + 2, y + 4, shown, colour=MUTED))
    return d


@dataclass(frozen=True)
class Spread:
    label: str
    median: float | None
    p25: float | None
    p75: float | None
    note: str  # "mediaan 41 dagen (kwartielen 30–53)" or why it is not shown


def spreads(
    rows: Sequence[Spread], *, unit: str, width: float = TEXT_WIDTH, label_width: float = 150
) -> Drawing:
    """Median and quartile box per row, on one day scale (lead times)."""
    row_h = 30.0
    d = _drawing(width, row_h * len(rows) + 22)
    top = max((r.p75 or 0 for r in rows), default=0)
    scale = _scale_top(int(top) + 1)
    plot_w = width - label_width - 12
    axis_y = 14.0
    d.add(Line(label_width, axis_y, label_width + plot_w, axis_y, strokeColor=MUTED, strokeWidth=0.5))
    for k in range(6):
        x = label_width + plot_w * k / 5
        d.add(Line(x, axis_y, x, axis_y - 3, strokeColor=MUTED, strokeWidth=0.5))
        d.add(_text(x, axis_y - 11, f"{round(scale * k / 5):g}", anchor="middle", colour=MUTED))
    d.add(_text(label_width + plot_w, axis_y + 3, unit, anchor="end", colour=MUTED))
    for i, row in enumerate(rows):
        y = d.height - row_h * (i + 1) + 4
        d.add(_text(label_width - 6, y + 9, row.label, anchor="end"))
        d.add(_text(label_width - 6, y, row.note, anchor="end", size=6.5, colour=MUTED))
        if row.median is None or row.p25 is None or row.p75 is None:
            continue
        x1 = label_width + plot_w * row.p25 / scale
        x2 = label_width + plot_w * row.p75 / scale
        xm = label_width + plot_w * row.median / scale
        d.add(Rect(x1, y, max(x2 - x1, 1.0), 14, fillColor=PALETTE[2], strokeColor=ACCENT, strokeWidth=0.6))
        d.add(Line(xm, y - 2, xm, y + 16, strokeColor=ACCENT, strokeWidth=1.6))
    return d
