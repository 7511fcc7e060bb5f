"""Agenda: the items with their planned times and the planned end; case items with their
reference and one-line anonymised summary. The chair's version adds durations, time slots and
internal background per case (earlier decisions, open actions, case status)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from reports.document_info import DocumentInfo
from reports.documents._common import (
    Built,
    Words,
    gap,
    item_title,
    key_values,
    meeting_for,
    meeting_info,
    participants_text,
    table_heading,
)
from reports.documents.request import DocumentRequest
from reports.escape import para, rich
from reports.layout import render_pdf
from reports.styles import STYLES
from reports.tables import data_table
from storage.meetings.model import Action, Agenda, AgendaItem, Decision, ItemKind, MeetingStatus
from storage.meetings.queries import MeetingQueries
from storage.store import Store


@dataclass(frozen=True)
class CaseBackground:
    """Internal notes for the chair about one case on the agenda."""

    status: str  # case status label, "" when unknown
    earlier: tuple[Decision, ...]  # decisions at earlier meetings, oldest first
    open_actions: tuple[Action, ...]


_NOTE = STYLES.small.clone("agenda_note", spaceAfter=0, spaceBefore=1)
_SUMMARY = STYLES.table_cell.clone("agenda_summary", spaceBefore=1)


def _status(agenda: Agenda) -> str:
    """CONCEPT until the agenda is fixed; then the agenda stands (vastgesteld), sealed or not."""
    meeting = agenda.meeting
    if meeting.seal is not None:
        return "vastgesteld"
    return "concept" if meeting.status == MeetingStatus.CONCEPT.value else "vastgesteld"


def document_info(agenda: Agenda, words: Words, *, chair: bool, issued: date | None) -> DocumentInfo:
    title = words.t("title.agenda_chair" if chair else "title.agenda")
    return meeting_info(agenda.meeting, title, words, issued=issued, status=_status(agenda))


def _subject(item: AgendaItem, words: Words, background: CaseBackground | None) -> list[Flowable]:
    title = item_title(item.kind, item.title, item.case_reference, words)
    cell: list[Flowable] = []
    if item.kind == ItemKind.CASE.value:
        cell.append(para(rich("<b>{title}</b>", title=title), STYLES.table_cell))
        if item.case_summary.strip():
            cell.append(para(item.case_summary, _SUMMARY))
    else:
        cell.append(para(title, STYLES.table_cell))
    if background is not None:
        cell.extend(_background(background, words))
    return cell


def _background(background: CaseBackground, words: Words) -> list[Flowable]:
    notes: list[Flowable] = []
    if background.status.strip():
        notes.append(para(words.t("agenda.case_status", status=background.status), _NOTE))
    if not background.earlier:
        notes.append(para(words.t("agenda.never"), _NOTE))
    for decision in background.earlier:
        notes.append(
            para(
                words.t(
                    "agenda.earlier",
                    meeting=decision.meeting_number,
                    date=words.date(decision.meeting_date),
                    number=decision.number,
                    outcome=words.outcome(decision.outcome, decision.outcome_label),
                ),
                _NOTE,
            )
        )
        for value in (decision.request, decision.reason):
            if value.strip():
                notes.append(para(value, _NOTE))
    for action in background.open_actions:
        notes.append(
            para(
                words.t(
                    "agenda.open_action",
                    number=action.number,
                    text=action.text,
                    owner=words.owner(action),
                    deadline=words.date(action.deadline),
                ),
                _NOTE,
            )
        )
    return notes


def story(
    agenda: Agenda,
    words: Words,
    *,
    chair: bool = False,
    backgrounds: Mapping[int, CaseBackground] | None = None,
) -> list[Flowable]:
    meeting = agenda.meeting
    backgrounds = backgrounds or {}
    people = participants_text(meeting.participants, words)
    flow: list[Flowable] = []
    if chair:
        flow.append(para(rich("<b>{note}</b>", note=words.t("agenda.chair_note")), STYLES.body))
    flow.append(
        key_values(
            [
                (words.t("label.date"), words.date_long(meeting.date)),
                (words.t("label.time"), words.time_range(meeting.start_time, agenda.planned_end)),
                (words.t("label.place"), meeting.place),
                (words.t("label.chair"), meeting.chair),
                (words.t("label.secretary"), meeting.secretary),
                (words.t("label.participants"), people),
            ]
        )
    )
    flow.extend(table_heading(words.t("agenda.items")))
    if chair:
        header = [
            words.t("agenda.col.nr"),
            words.t("agenda.col.time"),
            words.t("agenda.col.duration"),
            words.t("agenda.col.subject"),
        ]
        widths = [0.07, 0.17, 0.1, 0.66]
    else:
        header = [words.t("agenda.col.nr"), words.t("agenda.col.time"), words.t("agenda.col.subject")]
        widths = [0.07, 0.1, 0.83]
    rows = []
    for item in agenda.items:
        background = backgrounds.get(item.case_id) if chair and item.case_id is not None else None
        subject = _subject(item, words, background)
        if chair:
            rows.append(
                [
                    f"{item.number}.",
                    words.t(
                        "agenda.cumulative",
                        start=words.clock(item.planned_start),
                        end=words.clock(item.planned_end),
                    ),
                    words.t("agenda.minutes", minutes=item.planned_minutes),
                    subject,
                ]
            )
        else:
            rows.append([f"{item.number}.", words.clock(item.planned_start), subject])
    flow.append(data_table(header, rows, widths))
    flow.append(gap(4))
    if chair:
        end = words.t("agenda.total", minutes=agenda.planned_minutes, time=words.time(agenda.planned_end))
    else:
        end = words.t("agenda.end", time=words.time(agenda.planned_end))
    flow.append(para(end, STYLES.body))
    flow.append(para(words.t("agenda.anonymised"), STYLES.small))
    return flow


def render(
    agenda: Agenda,
    words: Words | None = None,
    *,
    chair: bool = False,
    backgrounds: Mapping[int, CaseBackground] | None = None,
    copies: int = 1,
    issued: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    words = words or Words()
    info = document_info(agenda, words, chair=chair, issued=issued)
    return render_pdf(
        info,
        lambda: story(agenda, words, chair=chair, backgrounds=backgrounds),
        copies=copies,
        progress=progress,
    )


def backgrounds_for(store: Store, agenda: Agenda, words: Words) -> dict[int, CaseBackground]:
    """The chair's background per case on the agenda, from the case histories."""
    queries = MeetingQueries(store)
    meeting = agenda.meeting
    found: dict[int, CaseBackground] = {}
    for item in agenda.items:
        if item.case_id is None or item.case_id in found:
            continue
        history = queries.case_history(item.case_id)
        earlier = tuple(
            d
            for d in history.decisions
            if d.meeting_id != meeting.id
            and (d.meeting_date, d.meeting_number) < (meeting.date, meeting.number)
        )
        open_actions = tuple(a for a in history.actions if a.is_open)
        found[item.case_id] = CaseBackground(
            status=case_status_label(item.case_status, words.lang), earlier=earlier, open_actions=open_actions
        )
    return found


def case_status_label(code: str, lang: str) -> str:
    if not code:
        return ""
    try:
        from storage.cases.model import status_label
    except ImportError:  # pragma: no cover - the case register ships its own labels
        return code
    return status_label(code, lang)


def build(
    store: Store, request: DocumentRequest, words: Words, progress: Callable[[int], None] | None
) -> Built:
    meeting = meeting_for(store, request)
    agenda = MeetingQueries(store).agenda(meeting.id)
    backgrounds = backgrounds_for(store, agenda, words) if request.chair_version else None
    info = document_info(agenda, words, chair=request.chair_version, issued=request.issued)
    pdf = render_pdf(
        info,
        lambda: story(agenda, words, chair=request.chair_version, backgrounds=backgrounds),
        copies=request.copies,
        progress=progress,
    )
    return Built(pdf, info, "meeting", meeting.number)
