"""Besluitenregister over a period (e.g. a year): the count per outcome, then every decision in
meeting order, each with its meeting, case, outcome, responsible party, deadline and status."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from reportlab.platypus import Flowable

from reports.document_info import DocumentInfo
from reports.documents._common import (
    Built,
    SourceRecord,
    Words,
    content_version,
    counts_table,
    decision_row,
    decisions_table,
    key_values,
    multi_meeting_marking,
    outcome_counts,
    period_text,
    sources_for,
    table_heading,
)
from reports.documents.followup_section import followup_flow, with_tracks
from reports.documents.request import DocumentRequest
from reports.escape import para, rich
from reports.layout import render_pdf
from reports.styles import STYLES
from storage.followup import FollowUpService
from storage.meetings.model import Decision, DecisionRegister
from storage.meetings.queries import MeetingQueries
from storage.store import Store

_DETAIL = STYLES.small.clone("register_detail", spaceAfter=0, spaceBefore=1)


def title_for(register: DecisionRegister, words: Words) -> str:
    start, end = register.start, register.end
    if start and end and start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return words.t("title.register_year", year=start.year)
    return words.t("title.register")


def document_info(
    register: DecisionRegister,
    words: Words,
    *,
    sources: Mapping[int, SourceRecord],
    marking: str | None,
    issued: date,
) -> DocumentInfo:
    title = title_for(register, words)
    period = period_text(register.start, register.end, words)
    status, adopted_on = "none", None
    if register.decisions:
        sealed = [sources.get(d.meeting_id) for d in register.decisions]
        if all(s is not None for s in sealed):
            status = "vastgesteld"
            adopted_on = max(s.adopted_on for s in sealed if s is not None)
        else:
            status = "concept"
    return DocumentInfo(
        title=title,
        meeting=words.t("period_line", period=period),
        marking=marking or None,
        status=status,
        adopted_on=adopted_on,
        fingerprint=None,
        version=content_version(register, sorted(sources.items())),
        issued=issued,
        subject=words.t("subject.register", title=title, period=period),
        lang=words.lang,
    )


def _number_cell(decision: Decision, words: Words, sealed: bool) -> list[Flowable]:
    cell = [
        para(rich("<b>{nr}</b>", nr=decision.number), STYLES.table_cell),
        para(
            rich(
                "{meeting}<br/>{date}",
                meeting=decision.meeting_number,
                date=words.date(decision.meeting_date),
            ),
            _DETAIL,
        ),
    ]
    if not sealed:
        cell.append(para(words.t("status.concept"), _DETAIL))
    return cell


def rows_for(
    register: DecisionRegister, words: Words, sources: Mapping[int, SourceRecord]
) -> list[list[object]]:
    return [
        decision_row(d, words, _number_cell(d, words, d.meeting_id in sources or d.sealed))
        for d in register.decisions
    ]


def story(
    register: DecisionRegister, words: Words, *, sources: Mapping[int, SourceRecord] | None = None
) -> list[Flowable]:
    sources = sources or {}
    meetings = list(dict.fromkeys(d.meeting_number for d in register.decisions))
    counts = {c.outcome: c.count for c in register.counts}
    flow: list[Flowable] = [
        key_values(
            [
                (
                    words.t("label.period_covered"),
                    period_text(register.start, register.end, words, full=True),
                ),
                (words.t("label.decisions_total"), str(len(register.decisions))),
                (
                    words.t("label.meetings"),
                    words.t("register.meetings", count=len(meetings))
                    + (": " + ", ".join(meetings) if meetings else ""),
                ),
            ]
        ),
        counts_table(outcome_counts(register.decisions, words, counts or None), words),
        *table_heading(words.t("register.decisions")),
    ]
    if not register.decisions:
        flow.append(para(words.t("register.none"), STYLES.body))
        return flow
    if any(not (d.meeting_id in sources or d.sealed) for d in register.decisions):
        flow.append(para(words.t("register.concept_note"), STYLES.small))
    flow.append(decisions_table(rows_for(register, words, sources), words))
    return flow


def render(
    register: DecisionRegister,
    words: Words | None = None,
    *,
    sources: Mapping[int, SourceRecord] | None = None,
    marking: str | None = None,
    issued: date,
    copies: int = 1,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    words = words or Words()
    sources = sources or {}
    info = document_info(register, words, sources=sources, marking=marking, issued=issued)
    return render_pdf(info, lambda: story(register, words, sources=sources), copies=copies, progress=progress)


def build(
    store: Store, request: DocumentRequest, words: Words, progress: Callable[[int], None] | None
) -> Built:
    start, end = request.period
    register = MeetingQueries(store).decision_register(start=start, end=end)
    sources = sources_for(store, {d.meeting_id for d in register.decisions})
    issued = request.issued or store.now().date()
    info = document_info(
        register, words, sources=sources, marking=multi_meeting_marking(store), issued=issued
    )
    found = FollowUpService(store).for_decisions([d.id for d in register.decisions])
    tracks = [found[d.id] for d in register.decisions if d.id in found]
    info = with_tracks(info, tracks)
    pdf = render_pdf(
        info,
        lambda: [*story(register, words, sources=sources), *followup_flow(tracks, words, with_case=True)],
        copies=request.copies,
        progress=progress,
    )
    if request.year is not None:
        object_id = str(request.year)
    else:
        object_id = f"{start.isoformat() if start else ''}..{end.isoformat() if end else ''}"
    return Built(pdf, info, "decision_register", object_id)
