"""Actielijst: nr, actie, actiehouder, deadline, status, as the list stands for a meeting;
actions closed since the previous meeting are struck through."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.platypus import Flowable

from reports.document_info import DocumentInfo
from reports.documents._common import Built, Words, content_version, meeting_for, meeting_info
from reports.documents.followup_section import overdue_flow
from reports.documents.request import DocumentRequest
from reports.escape import para
from reports.layout import render_pdf
from reports.styles import STYLES
from reports.tables import data_table
from storage.followup import FollowUpService
from storage.meetings.model import Action, ActionList
from storage.meetings.queries import MeetingQueries
from storage.store import Store

_DETAIL = STYLES.small.clone("action_detail", spaceAfter=0, spaceBefore=1)


def document_info(actions: ActionList, words: Words, *, issued: date | None) -> DocumentInfo:
    if actions.meeting is not None:
        return meeting_info(actions.meeting, words.t("title.actielijst"), words, issued=issued)
    title = words.t("title.actielijst_all")
    return DocumentInfo(
        title=title,
        meeting=words.t("overleg.full"),
        marking=None,
        status="none",
        adopted_on=None,
        fingerprint=None,
        version=content_version(actions),
        issued=issued or date.today(),
        subject=words.t("subject.case", title=title),
        lang=words.lang,
    )


def _struck(action: Action) -> bool:
    return action.closed_since_previous


def _action_cell(action: Action, words: Words, struck: bool) -> list[Flowable]:
    style = STYLES.struck if struck else STYLES.table_cell
    cell = [para(action.text, style)]
    origin = [words.t("actions.from", meeting=action.meeting_number)]
    if action.decision_number:
        origin.append(words.t("actions.decision", number=action.decision_number))
    if action.case_reference.strip():
        origin.append(words.t("actions.case", reference=action.case_reference))
    cell.append(para(" · ".join(origin), _DETAIL))
    if not action.is_open and action.close_note.strip():
        cell.append(para(action.close_note, _DETAIL))
    return cell


def _status(action: Action, words: Words, today: date | None) -> str:
    label = words.action_status(action)
    if action.is_open and today is not None and action.is_overdue(today):
        return f"{label} ({words.t('actions.overdue')})"
    if not action.is_open and action.closed_in:
        return f"{label} {words.t('actions.closed_in', meeting=action.closed_in)}"
    return label


def story(actions: ActionList, words: Words) -> list[Flowable]:
    meeting = actions.meeting
    if meeting is None:
        intro = words.t("actions.intro_all")
        today = None
    elif actions.previous_number:
        intro = words.t("actions.intro", number=meeting.number, previous=actions.previous_number)
        today = meeting.date
    else:
        intro = words.t("actions.intro_first", number=meeting.number)
        today = meeting.date
    flow: list[Flowable] = [para(intro, STYLES.body)]
    if not actions.actions:
        flow.append(para(words.t("actions.none"), STYLES.body))
        return flow
    rows = []
    struck = set()
    for index, action in enumerate(actions.actions):
        strike = _struck(action)
        if strike:
            struck.add(index)
        rows.append(
            [
                action.number,
                _action_cell(action, words, strike),
                words.owner(action),
                words.date(action.deadline),
                _status(action, words, today),
            ]
        )
    flow.append(
        data_table(
            [
                words.t("actions.col.nr"),
                words.t("actions.col.action"),
                words.t("actions.col.owner"),
                words.t("actions.col.deadline"),
                words.t("actions.col.status"),
            ],
            rows,
            [0.15, 0.40, 0.16, 0.15, 0.14],
            struck_rows=struck,
        )
    )
    open_count = sum(1 for a in actions.actions if a.is_open)
    flow.append(para(words.t("actions.open_count", open=open_count, closed=len(struck)), STYLES.small))
    return flow


def render(
    actions: ActionList,
    words: Words | None = None,
    *,
    copies: int = 1,
    issued: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    words = words or Words()
    info = document_info(actions, words, issued=issued)
    return render_pdf(info, lambda: story(actions, words), copies=copies, progress=progress)


def build(
    store: Store, request: DocumentRequest, words: Words, progress: Callable[[int], None] | None
) -> Built:
    meeting = meeting_for(store, request)
    actions = MeetingQueries(store).action_list(meeting.id)
    info = document_info(actions, words, issued=request.issued)
    follow = FollowUpService(store)
    overdue = follow.overdue(meeting.date)  # a living list: the meeting's version stays
    pdf = render_pdf(
        info,
        lambda: [*story(actions, words), *overdue_flow(overdue, follow.overdue_weeks(), words)],
        copies=request.copies,
        progress=progress,
    )
    return Built(pdf, info, "meeting", meeting.number)
