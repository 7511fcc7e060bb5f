"""Everything printed around the content: marking, heads, footer, watermark, page numbers.

Drawn straight onto the canvas (not as flowables), so it is identical on every page and never
pushed around by the content. The watermark is drawn first, i.e. behind the content, in a light
solid grey: PDF/A forbids transparency.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from reports.document_info import DocumentInfo
from reports.dutch import format_date
from reports.escape import para, single_line
from reports.fonts import MONO, SANS, SANS_BOLD
from reports.geometry import (
    ACCENT,
    COLOPHON_WIDTH,
    FOOTER_LINE_1,
    FOOTER_LINE_2,
    FOOTER_RULE,
    HEAD_TO_BODY,
    HEAD_TOP,
    INK,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARKING_BOTTOM_BASELINE,
    MARKING_TOP_BASELINE,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    RUNNING_HEAD_BASELINE,
    RUNNING_HEAD_RULE,
    TEXT_WIDTH,
    TITLE_WIDTH,
    WATERMARK,
)
from reports.labels import Labels, labels
from reports.numbered_canvas import PageNumbers
from reports.styles import STYLES

ELLIPSIS = "…"
TITLE_MAX_LINES = 3
TEXT_RIGHT = MARGIN_LEFT + TEXT_WIDTH
COLOPHON_X = PAGE_WIDTH - MARGIN_RIGHT - COLOPHON_WIDTH

_MARKING_SIZE = 8.5
_MARKING_SPACING = 1.0
_COLOPHON_SIZE = 7
_COLOPHON_LEADING = 9
_COLOPHON_ROW_GAP = 2.5
_COLOPHON_LABEL_WIDTH = 21 * mm
_COLOPHON_VALUE_WIDTH = COLOPHON_WIDTH - _COLOPHON_LABEL_WIDTH
_MEETING_SIZE = 8.5
_FOOTER_SIZE = 7
_WATERMARK_SIZE = 118


def fit_line(text: str, font: str, size: float, width: float, char_space: float = 0) -> str:
    """One line of `text` that fits `width`, shortened with an ellipsis when it does not."""

    def fits(candidate: str) -> bool:
        extra = char_space * max(len(candidate) - 1, 0)
        return float(stringWidth(candidate, font, size)) + extra <= width

    text = single_line(text)
    if fits(text):
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + ELLIPSIS):
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def _fit_title(title: str) -> Paragraph:
    """The first-page title, at most three lines; longer titles end in an ellipsis."""
    max_height = TITLE_MAX_LINES * STYLES.title.leading + 0.5
    text = single_line(title)

    def paragraph(candidate: str) -> tuple[Paragraph, float]:
        p = para(candidate, STYLES.title)
        return p, p.wrap(TITLE_WIDTH, PAGE_HEIGHT)[1]

    p, height = paragraph(text)
    if height <= max_height:
        return p
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if paragraph(text[:middle].rstrip() + ELLIPSIS)[1] <= max_height:
            low = middle
        else:
            high = middle - 1
    return paragraph(text[:low].rstrip() + ELLIPSIS)[0]


@dataclass(frozen=True)
class _ColophonRow:
    label: str
    values: list[str]  # wrapped lines; empty for the copy slot, filled in per copy later
    font: str
    is_copy_slot: bool = False

    @property
    def lines(self) -> int:
        return max(1, len(self.values))


class PageFurniture:
    """Draws the page decoration for one document; one instance per `render_pdf` call."""

    def __init__(self, info: DocumentInfo, copies: int) -> None:
        self.info = info
        self.copies = copies
        self.labels: Labels = labels(info.lang)
        self.title_paragraph = _fit_title(info.title)
        self.title_height: float = self.title_paragraph.wrap(TITLE_WIDTH, PAGE_HEIGHT)[1]
        self.colophon = self._colophon_rows()
        self.head_height: float = max(self._title_block_height(), self._colophon_height())

    # -- measurements ---------------------------------------------------------------------------

    @property
    def first_body_top(self) -> float:
        return float(HEAD_TOP - self.head_height - HEAD_TO_BODY)

    def _meeting_line(self, width: float, size: float) -> str | None:
        if not self.info.meeting or not single_line(self.info.meeting):
            return None
        return fit_line(self.info.meeting, SANS, size, width)

    def _title_block_height(self) -> float:
        meeting = 0.0 if self._meeting_line(TITLE_WIDTH, _MEETING_SIZE) is None else 15.0
        return meeting + self.title_height

    def _status_text(self) -> str | None:
        info, lab = self.info, self.labels
        if info.status == "concept":
            return lab.concept.capitalize()
        if info.status == "vastgesteld":
            if info.adopted_on is None:
                return lab.adopted.capitalize()
            return lab.adopted_on.format(date=format_date(info.adopted_on, info.lang))
        return None

    def _colophon_rows(self) -> list[_ColophonRow]:
        info, lab = self.info, self.labels
        rows: list[tuple[str, str, str]] = [(lab.date, format_date(info.issued, info.lang), SANS)]
        if info.status != "concept":  # a concept says "concept" and its date, not "versie 0.35"
            rows.append((lab.version_label, single_line(info.version) or "—", SANS))
        status = self._status_text()
        if status:
            rows.append((lab.status, status, SANS))
        if info.status == "vastgesteld" and info.short_fingerprint:
            rows.append((lab.fingerprint_short, info.short_fingerprint, MONO))
        if info.has_marking:
            rows.append((lab.marking, single_line(info.marking), SANS))
        result = [
            _ColophonRow(
                fit_line(label, SANS_BOLD, _COLOPHON_SIZE, _COLOPHON_LABEL_WIDTH - 4),
                _wrap(value, font, _COLOPHON_SIZE, _COLOPHON_VALUE_WIDTH, max_lines=3),
                font,
            )
            for label, value, font in rows
        ]
        if self.copies > 1:
            result.append(_ColophonRow(lab.copy, [], SANS, is_copy_slot=True))
        return result

    def _colophon_height(self) -> float:
        lines = sum(row.lines for row in self.colophon)
        return lines * _COLOPHON_LEADING + (len(self.colophon) - 1) * _COLOPHON_ROW_GAP

    # -- page templates' onPage callbacks -------------------------------------------------------

    def first_page(self, canv: Canvas, _doc: object) -> None:
        canv.saveState()
        self._watermark(canv)
        self._markings(canv)
        self._first_head(canv)
        self._footer(canv)
        canv.restoreState()

    def later_page(self, canv: Canvas, _doc: object) -> None:
        canv.saveState()
        self._watermark(canv)
        self._markings(canv)
        self._running_head(canv)
        self._footer(canv)
        canv.restoreState()

    def late(self, canv: Canvas, numbers: PageNumbers) -> None:
        """Drawn once the page count is known (see NumberedCanvas)."""
        lab = self.labels
        canv.setFillColor(INK)
        canv.setFont(SANS_BOLD, _FOOTER_SIZE)
        canv.drawRightString(
            TEXT_RIGHT, FOOTER_LINE_1, lab.page_of.format(page=numbers.page, pages=numbers.pages)
        )
        if numbers.copies > 1:
            copy_text = lab.copy_of.format(copy=numbers.copy, copies=numbers.copies)
            canv.setFont(SANS, _FOOTER_SIZE)
            canv.drawRightString(TEXT_RIGHT, FOOTER_LINE_2, copy_text)
            slot = getattr(canv, "copy_slot", None)
            if slot is not None:
                canv.setFont(SANS, _COLOPHON_SIZE)
                canv.drawString(
                    slot[0],
                    slot[1],
                    lab.copy_value.format(copy=numbers.copy, copies=numbers.copies),
                )

    # -- pieces ---------------------------------------------------------------------------------

    def _watermark(self, canv: Canvas) -> None:
        if self.info.status != "concept":
            return
        word = self.labels.concept
        canv.saveState()
        canv.setFillColor(WATERMARK)
        canv.setFont(SANS_BOLD, _WATERMARK_SIZE)
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canv.rotate(52)
        canv.drawCentredString(0, -_WATERMARK_SIZE * 0.35, word)
        canv.restoreState()

    def _markings(self, canv: Canvas) -> None:
        if not self.info.has_marking:
            return
        text = fit_line(self.info.marking or "", SANS_BOLD, _MARKING_SIZE, TEXT_WIDTH, _MARKING_SPACING)
        canv.setFillColor(INK)
        canv.setFont(SANS_BOLD, _MARKING_SIZE)
        centre = MARGIN_LEFT + TEXT_WIDTH / 2
        for baseline in (MARKING_TOP_BASELINE, MARKING_BOTTOM_BASELINE):
            canv.drawCentredString(centre, baseline, text, charSpace=_MARKING_SPACING)

    def _first_head(self, canv: Canvas) -> None:
        top = HEAD_TOP
        meeting = self._meeting_line(TITLE_WIDTH, _MEETING_SIZE)
        if meeting is not None:
            canv.setFillColor(MUTED)
            canv.setFont(SANS, _MEETING_SIZE)
            canv.drawString(MARGIN_LEFT, top - _MEETING_SIZE, meeting)
            top -= 15
        self.title_paragraph.drawOn(canv, MARGIN_LEFT, top - self.title_height)

        y = HEAD_TOP - _COLOPHON_SIZE
        value_x = COLOPHON_X + _COLOPHON_LABEL_WIDTH
        for row in self.colophon:
            canv.setFillColor(MUTED)
            canv.setFont(SANS_BOLD, _COLOPHON_SIZE)
            canv.drawString(COLOPHON_X, y, row.label)
            if row.is_copy_slot:
                canv.copy_slot = (value_x, y)
            canv.setFillColor(INK)
            canv.setFont(row.font, _COLOPHON_SIZE)
            for line in row.values:
                canv.drawString(value_x, y, line)
                y -= _COLOPHON_LEADING
            if not row.values:
                y -= _COLOPHON_LEADING
            y -= _COLOPHON_ROW_GAP

        rule_y = HEAD_TOP - self.head_height - HEAD_TO_BODY / 2
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(MARGIN_LEFT, rule_y, TEXT_RIGHT, rule_y)

    def _running_head(self, canv: Canvas) -> None:
        info, lab = self.info, self.labels
        right_width = 62 * mm
        left_width = TEXT_WIDTH - right_width - 12
        canv.setFillColor(INK)
        canv.setFont(SANS_BOLD, 8.5)
        canv.drawString(MARGIN_LEFT, RUNNING_HEAD_BASELINE, fit_line(info.title, SANS_BOLD, 8.5, left_width))
        meeting = self._meeting_line(left_width, 7.5)
        if meeting is not None:
            canv.setFillColor(MUTED)
            canv.setFont(SANS, 7.5)
            canv.drawString(MARGIN_LEFT, RUNNING_HEAD_BASELINE - 10, meeting)

        status = {"concept": lab.concept, "vastgesteld": lab.adopted}.get(info.status)
        if status:
            canv.setFillColor(ACCENT)
            canv.setFont(SANS_BOLD, 8)
            canv.drawRightString(TEXT_RIGHT, RUNNING_HEAD_BASELINE, status)
        canv.setFillColor(MUTED)
        canv.setFont(SANS, 7.5)
        canv.drawRightString(
            TEXT_RIGHT,
            RUNNING_HEAD_BASELINE - 10,
            fit_line(" · ".join(self._date_and_version()), SANS, 7.5, right_width),
        )
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_LEFT, RUNNING_HEAD_RULE, TEXT_RIGHT, RUNNING_HEAD_RULE)

    def _date_and_version(self) -> list[str]:
        info = self.info
        parts = [format_date(info.issued, info.lang)]
        if info.status != "concept":
            parts.append(self.labels.version.format(version=single_line(info.version)))
        return parts

    def _footer(self, canv: Canvas) -> None:
        info, lab = self.info, self.labels
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_LEFT, FOOTER_RULE, TEXT_RIGHT, FOOTER_RULE)

        left_width = TEXT_WIDTH - 40 * mm
        first = " · ".join([single_line(info.title), *self._date_and_version()])
        canv.setFillColor(MUTED)
        canv.setFont(SANS, _FOOTER_SIZE)
        canv.drawString(MARGIN_LEFT, FOOTER_LINE_1, fit_line(first, SANS, _FOOTER_SIZE, left_width))

        if info.status == "concept":
            canv.setFillColor(ACCENT)
            canv.setFont(SANS_BOLD, _FOOTER_SIZE)
            canv.drawString(MARGIN_LEFT, FOOTER_LINE_2, lab.concept)
        elif info.status == "vastgesteld":
            parts = [format_date(info.adopted_on, info.lang)] if info.adopted_on else []
            if info.short_fingerprint:
                parts.append(f"SHA-256 {info.short_fingerprint}")
            if info.audit_head:
                parts.append(("logboek " if info.lang == "nl" else "audit log ") + info.audit_head)
            canv.setFillColor(ACCENT)
            canv.setFont(SANS_BOLD, _FOOTER_SIZE)
            canv.drawString(MARGIN_LEFT, FOOTER_LINE_2, lab.adopted)
            offset = stringWidth(lab.adopted + "  ", SANS_BOLD, _FOOTER_SIZE)
            canv.setFillColor(MUTED)
            canv.setFont(SANS, _FOOTER_SIZE)
            canv.drawString(
                MARGIN_LEFT + offset,
                FOOTER_LINE_2,
                fit_line(" · ".join(parts), SANS, _FOOTER_SIZE, left_width - offset),
            )


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap for the colophon column; the last line is shortened if needed."""
    words = single_line(text).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return [fit_line(line, font, size, width) for line in lines] or ["—"]
