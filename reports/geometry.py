"""Page geometry and colours shared by the layout and the document builders.

A4 with a generous left margin (room for punching and filing in a government dossier) and a
sober palette: near-black text, one dark-blue accent, greys for secondary information. All
colours are opaque RGB; PDF/A forbids transparency, so "light" means a light solid colour.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_WIDTH, PAGE_HEIGHT = A4

MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# Classification marking, centred at the very top and bottom of every page.
MARKING_TOP_BASELINE = PAGE_HEIGHT - 11 * mm
MARKING_BOTTOM_BASELINE = 8 * mm

# First page: title block on the left, colophon column (date, version, status…) on the right.
HEAD_TOP = PAGE_HEIGHT - 22 * mm
COLOPHON_WIDTH = 54 * mm
HEAD_GUTTER = 6 * mm
TITLE_WIDTH = TEXT_WIDTH - COLOPHON_WIDTH - HEAD_GUTTER
HEAD_TO_BODY = 9 * mm

# Later pages: compact running head.
RUNNING_HEAD_BASELINE = PAGE_HEIGHT - 20 * mm
RUNNING_HEAD_RULE = PAGE_HEIGHT - 26.5 * mm
LATER_BODY_TOP = PAGE_HEIGHT - 32 * mm

FOOTER_RULE = 21 * mm
FOOTER_LINE_1 = 16.5 * mm
FOOTER_LINE_2 = 13 * mm
BODY_BOTTOM = 27 * mm

INK = HexColor("#1A1A1A")
ACCENT = HexColor("#154273")
MUTED = HexColor("#595959")
RULE = HexColor("#A6A6A6")
HAIRLINE = HexColor("#C8C8C8")
TINT = HexColor("#E8EDF3")
WATERMARK: Color = HexColor("#E8E8E8")
