"""Besluitenlijst: the numbered decisions of one meeting in agenda order; first, prominently,
the cases that proceed to aangifte (who files, by when); at the end the count per outcome."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.platypus import Flowable, TableStyle

from reports.document_info import DocumentInfo
from reports.documents._common import (
    BOX_BACKGROUND,
    Built,
    Words,
    counts_table,
    decision_row,
    decisions_table,
    gap,
    key_values,
    meeting_for,
    meeting_info,
    outcome_counts,
    record_words,
    table_heading,
)
from reports.documents.request import DocumentRequest
from reports.escape import para, rich
from reports.fonts import SANS
from reports.geometry import ACCENT, TEXT_WIDTH
from reports.layout import render_pdf
from reports.styles import STYLES
from reports.tables import RecordTable, data_table
from storage.meetings.model import Decision, DecisionList
from storage.meetings.outcomes import AANGIFTE
from storage.meetings.queries import MeetingQueries
from storage.store import Store

_DETAIL = STYLES.small.clone("decision_detail", spaceAfter=0, spaceBefore=1)
_BOX_TITLE = STYLES.h1.clone("aangifte_title", spaceBefore=0, spaceAfter=2)
_BOX_TEXT = STYLES.table_cell.clone("aangifte_text", spaceAfter=4)


def document_info(decisions: DecisionList, words: Words, *, issued: date | None) -> DocumentInfo:
    return meeting_info(decisions.meeting, words.t("title.besluitenlijst"), words, issued=issued)


def aangifte_decisions(decisions: tuple[Decision, ...]) -> tuple[Decision, ...]:
    return tuple(d for d in decisions if d.outcome == AANGIFTE)


def aangifte_section(decisions: tuple[Decision, ...], words: Words) -> Flowable:
    """A framed block that cannot be missed on paper: the cases that go to aangifte."""
    chosen = aangifte_decisions(decisions)
    inner: list[Flowable] = [para(words.t("besluitenlijst.aangifte"), _BOX_TITLE)]
    if chosen:
        inner.append(para(words.t("besluitenlijst.aangifte_intro"), _BOX_TEXT))
        inner.append(
            data_table(
                [
                    words.t("decision.col.case"),
                    words.t("decision.col.nr"),
                    words.t("besluitenlijst.col.files"),
                    words.t("besluitenlijst.col.by"),
                ],
                [
                    [
                        [para(rich("<b>{ref}</b>", ref=d.case_reference), STYLES.table_cell)],
                        d.number,
                        words.responsible(d),
                        words.date(d.deadline),
                    ]
                    for d in chosen
                ],
                [0.24 * _INNER, 0.2 * _INNER, 0.34 * _INNER, 0.22 * _INNER],
            )
        )
    else:
        inner.append(para(words.t("besluitenlijst.aangifte_none"), _BOX_TEXT))
    frame = RecordTable(
        [[inner]],
        colWidths=[TEXT_WIDTH],
        hAlign="LEFT",
        splitInRow=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),
                ("BOX", (0, 0), (-1, -1), 1.4, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), BOX_BACKGROUND),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        ),
    )
    return frame


_INNER = TEXT_WIDTH - 20


def number_cell(decision: Decision, words: Words) -> list[Flowable]:
    cell = [
        para(rich("<b>{nr}</b>", nr=decision.number), STYLES.table_cell),
        para(words.t("decision.item", number=decision.item_number), _DETAIL),
    ]
    if not decision.is_final:
        cell.append(para(words.t("confirm.none"), _DETAIL))  # not yet confirmed by IND and OM
    return cell


def rows_for(decisions: tuple[Decision, ...], words: Words) -> list[list[object]]:
    return [decision_row(d, words, number_cell(d, words)) for d in decisions]


def story(decisions: DecisionList, words: Words) -> list[Flowable]:
    meeting = decisions.meeting
    flow: list[Flowable] = [
        key_values(
            [
                (words.t("label.meeting"), words.t("overleg.full")),
                (words.t("label.number"), meeting.number),
                (words.t("label.date"), words.date_long(meeting.date)),
                (words.t("label.place"), meeting.place),
                (words.t("label.chair"), meeting.chair),
            ]
        ),
        gap(10),
        aangifte_section(decisions.decisions, words),
        *table_heading(words.t("besluitenlijst.decisions")),
    ]
    if decisions.decisions:
        flow.append(decisions_table(rows_for(decisions.decisions, words), words))
    else:
        flow.append(para(words.t("besluitenlijst.none"), STYLES.body))
    flow.append(gap(4))
    flow.append(counts_table(outcome_counts(decisions.decisions, words), words))
    return flow


def render(
    decisions: DecisionList,
    words: Words | None = None,
    *,
    copies: int = 1,
    issued: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    words = words or Words()
    info = document_info(decisions, words, issued=issued)
    return render_pdf(info, lambda: story(decisions, words), copies=copies, progress=progress)


def build(
    store: Store, request: DocumentRequest, words: Words, progress: Callable[[int], None] | None
) -> Built:
    meeting = meeting_for(store, request)
    decisions = MeetingQueries(store).decision_list(meeting.id)
    words = record_words(words, decisions.meeting)
    info = document_info(decisions, words, issued=request.issued)
    pdf = render_pdf(info, lambda: story(decisions, words), copies=request.copies, progress=progress)
    return Built(pdf, info, "meeting", meeting.number)
