"""The shared page layout of every printed record: `render_pdf(info, build_story)` → PDF bytes.

Output is PDF/A-2b (see reports.pdfa) and deterministic: the same input gives byte-identical
files, because the creation date is the document date and reportlab runs in invariant mode.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from datetime import UTC, datetime, time
from functools import partial

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreakIfNotEmpty,
    PageTemplate,
    Spacer,
)

from reports.document_info import DocumentInfo
from reports.dutch import format_date
from reports.escape import para, single_line
from reports.fonts import SANS, register_fonts
from reports.geometry import (
    BODY_BOTTOM,
    HAIRLINE,
    LATER_BODY_TOP,
    MARGIN_LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
)
from reports.labels import labels
from reports.numbered_canvas import CopyStart, NumberedCanvas
from reports.page_furniture import PageFurniture
from reports.pdfa import PRODUCER
from reports.styles import STYLES

__all__ = ["CREATOR", "DocumentInfo", "render_pdf"]

CREATOR = "Overlegtafel"

log = logging.getLogger(__name__)

# PDF/A (ISO 19005-2 6.1.13) caps strings at 32767 bytes; UTF-16 metadata of a pathological title
# could exceed that, so metadata keeps a generous prefix.
_METADATA_CHARS = 2000

_FIRST = "first"
_LATER = "later"


class _RecordDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    def __init__(
        self, buffer: io.BytesIO, *, progress: Callable[[int], None] | None, **kwargs: object
    ) -> None:
        super().__init__(buffer, **kwargs)
        self._progress = progress

    def afterPage(self) -> None:
        if self._progress is not None:
            self._progress(self.canv.getPageNumber())


def _frame(frame_id: str, top: float) -> Frame:
    return Frame(
        MARGIN_LEFT,
        BODY_BOTTOM,
        TEXT_WIDTH,
        top - BODY_BOTTOM,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _metadata(text: str) -> str:
    line = single_line(text)
    return line if len(line) <= _METADATA_CHARS else line[: _METADATA_CHARS - 1] + "…"


def _closing_colophon(info: DocumentInfo) -> list[Flowable]:
    """Under an adopted record: the adoption date and the full fingerprint, for verification."""
    if info.status != "vastgesteld" or not info.fingerprint:
        return []
    lab = labels(info.lang)
    adopted = format_date(info.adopted_on, info.lang) if info.adopted_on else "—"
    return [
        Spacer(1, 14),
        KeepTogether(
            [
                HRFlowable(width="100%", thickness=0.5, color=HAIRLINE, spaceAfter=5),
                para(lab.fingerprint, STYLES.table_header),
                para(
                    lab.fingerprint_note.format(date=adopted, version=single_line(info.version)),
                    STYLES.small,
                ),
                para(info.fingerprint.lower(), STYLES.mono),
            ]
        ),
    ]


def render_pdf(
    info: DocumentInfo,
    build_story: Callable[[], list[Flowable]],
    *,
    copies: int = 1,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """Lay out `build_story()` in the record layout and return the PDF.

    With copies > 1 all copies go into one PDF, each numbered on its own and marked
    "Exemplaar n van N"; build_story is called once per copy, because reportlab flowables
    cannot be laid out twice. `progress(page)` is called after each page is laid out.
    """
    if copies < 1:
        raise ValueError("copies must be at least 1")
    register_fonts()
    furniture = PageFurniture(info, copies)
    buffer = io.BytesIO()
    doc = _RecordDocTemplate(
        buffer,
        progress=progress,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageTemplates=[
            PageTemplate(_FIRST, [_frame(_FIRST, furniture.first_body_top)], furniture.first_page),
            PageTemplate(_LATER, [_frame(_LATER, LATER_BODY_TOP)], furniture.later_page),
        ],
        title=_metadata(info.title),
        author=_metadata(info.author),
        subject=_metadata(info.subject),
        creator=CREATOR,
        producer=PRODUCER,
        invariant=1,
        pageCompression=1,
        lang=info.language_tag,
        # Otherwise every page starts by selecting Helvetica, a font PDF/A cannot accept.
        initialFontName=SANS,
        displayDocTitle=1,
    )

    story: list[Flowable] = []
    for number in range(1, copies + 1):
        if number > 1:
            story.append(PageBreakIfNotEmpty(nextTemplate=_FIRST))
        story.append(CopyStart(number))
        story.append(NextPageTemplate(_LATER))
        story.extend(build_story())
        story.extend(_closing_colophon(info))

    canvasmaker = partial(
        NumberedCanvas,
        late_drawer=furniture.late,
        copies=copies,
        created=datetime.combine(info.issued, time(0, 0), tzinfo=UTC),
        lang=info.language_tag,
        seed=f"{info!r}|copies={copies}".encode(),
    )
    doc.build(story, canvasmaker=canvasmaker)
    pdf = buffer.getvalue()
    # Size and status only: titles and subjects may name a meeting or a case.
    log.info("PDF laid out (%s): %d page(s), %d copies, %d bytes", info.status, doc.page, copies, len(pdf))
    return pdf
