"""Paragraph styles shared by every printed record.

DejaVu Sans runs wide, so body text is set at 9.5 pt: it reads like 10.5 pt in most faces.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from reports.fonts import MONO, SANS, SANS_BOLD
from reports.geometry import ACCENT, INK, MUTED


class StrikeStyle(ParagraphStyle):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """A style whose text `para()` draws struck through (closed actions, withdrawn items)."""


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    table_header: ParagraphStyle
    table_cell: ParagraphStyle
    struck: StrikeStyle
    mono: ParagraphStyle
    bullet: ParagraphStyle


def _struck(cell: ParagraphStyle) -> StrikeStyle:
    # reportlab only lets a style inherit from a parent of the same class, so copy instead.
    inherited = {k: v for k, v in cell.__dict__.items() if k not in ("name", "parent")}
    inherited.update(textColor=MUTED, strikeWidth=0.6, strikeColor=MUTED)
    return StrikeStyle("struck", **inherited)


def _build() -> Styles:
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
        splitLongWords=1,
        # The reportlab default bullet font is Helvetica, which is never embedded (PDF/A).
        bulletFontName=SANS,
        bulletFontSize=9.5,
        allowWidows=0,
        allowOrphans=0,
    )
    table_cell = ParagraphStyle(
        "table_cell",
        parent=body,
        fontSize=8.5,
        leading=11.5,
        spaceAfter=0,
        allowWidows=1,
        allowOrphans=1,
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=18,
            leading=22,
            spaceAfter=0,
            textColor=ACCENT,
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=11,
            spaceAfter=5,
            keepWithNext=1,
            textColor=ACCENT,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13.5,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=3),
        table_header=ParagraphStyle("table_header", parent=table_cell, fontName=SANS_BOLD, fontSize=8),
        table_cell=table_cell,
        struck=_struck(table_cell),
        mono=ParagraphStyle("mono", parent=body, fontName=MONO, fontSize=8.5, leading=11.5, spaceAfter=3),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=1, spaceAfter=3),
    )


STYLES = _build()
