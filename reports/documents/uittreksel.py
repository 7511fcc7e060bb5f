"""Uittreksel (per-case excerpt) for the case file: the case's anonymised particulars, every
discussion of it across meetings (minutes, decisions, actions, addenda) with the status of the
record it comes from, an overview of its decisions and its action items."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from reports.document_info import DocumentInfo
from reports.documents._common import (
    Built,
    SourceRecord,
    Words,
    action_block,
    content_version,
    decision_box,
    decision_cell,
    gap,
    key_values,
    multi_meeting_marking,
    sources_for,
    table_heading,
)
from reports.documents.followup_section import followup_flow, with_tracks
from reports.documents.request import DocumentRequest
from reports.documents.verslag import paragraphs
from reports.escape import para, rich
from reports.layout import render_pdf
from reports.styles import STYLES
from reports.tables import data_table
from storage.errors import NotFound
from storage.followup import FollowUpService
from storage.i18n import pick
from storage.meetings.model import Amendment, CaseDiscussion, CaseHistory, MeetingStatus
from storage.meetings.queries import MeetingQueries
from storage.store import Store


@dataclass(frozen=True)
class CaseParticulars:
    """The anonymised particulars printed at the top (all optional; "" when unknown)."""

    status: str = ""
    grounds: str = ""
    country: str = ""
    period: str = ""
    role: str = ""
    ind_status: str = ""
    summary: str = ""


_META = STYLES.small.clone("excerpt_meta", spaceAfter=3)
_DETAIL = STYLES.small.clone("excerpt_detail", spaceAfter=0, spaceBefore=1)


def document_info(
    history: CaseHistory,
    words: Words,
    *,
    particulars: CaseParticulars | None,
    sources: Mapping[int, SourceRecord],
    marking: str | None,
    issued: date,
) -> DocumentInfo:
    title = words.t("title.uittreksel", reference=history.reference)
    status, adopted_on, fingerprint = "none", None, None
    if history.discussions:
        sealed = [sources.get(d.meeting_id) for d in history.discussions]
        if all(s is not None for s in sealed):
            status = "vastgesteld"
            adopted_on = max(s.adopted_on for s in sealed if s is not None)
            distinct = {s.fingerprint for s in sealed if s is not None}
            fingerprint = distinct.pop() if len(distinct) == 1 else None
        else:
            status = "concept"
    return DocumentInfo(
        title=title,
        meeting=words.t("case_line", reference=history.reference),
        marking=marking or None,
        status=status,
        adopted_on=adopted_on,
        fingerprint=fingerprint,
        version=content_version(history, particulars, sorted(sources.items())),
        issued=issued,
        subject=words.t("subject.case", title=title),
        lang=words.lang,
    )


def _particulars(history: CaseHistory, particulars: CaseParticulars | None, words: Words) -> Flowable:
    p = particulars or CaseParticulars()
    pairs: list[tuple[str, str | Flowable | None]] = [(words.t("label.case"), history.reference)]
    for key, value in (
        ("label.case_status", p.status),
        ("label.grounds", p.grounds),
        ("label.country", p.country),
        ("label.period", p.period),
        ("label.role", p.role),
        ("label.ind_status", p.ind_status),
        ("label.summary", p.summary),
    ):
        if value.strip():
            pairs.append((words.t(key), value))
    meetings = list(dict.fromkeys(d.meeting_number for d in history.discussions))
    pairs.append((words.t("label.discussions"), ", ".join(meetings)))
    latest = history.latest_decision
    if latest is not None:
        pairs.append(
            (
                words.t("label.latest"),
                f"{latest.number} ({words.date(latest.meeting_date)}): "
                f"{words.outcome(latest.outcome, latest.outcome_label)}",
            )
        )
    return key_values(pairs)


def _addendum(addendum: Amendment, words: Words) -> Flowable:
    when = words.date(addendum.created_at.date())
    head = (
        words.t("verslag.addendum", meeting=addendum.made_in, date=when)
        if addendum.made_in
        else words.t("verslag.addendum_no_meeting", date=when)
    )
    return KeepTogether(
        [
            para(rich("<b>{head}</b>", head=head), STYLES.bullet, bullet="▸"),
            para(addendum.text, STYLES.bullet),
        ]
    )


def _discussion(discussion: CaseDiscussion, words: Words, source: SourceRecord | None) -> list[Flowable]:
    heading = words.t(
        "excerpt.discussion",
        meeting=discussion.meeting_number,
        date=words.date(discussion.meeting_date),
        item=discussion.item_number,
    )
    if source is not None:
        fp = source.fingerprint.lower()
        status = words.t("excerpt.source_sealed", fingerprint=f"{fp[:8]}…{fp[-8:]}")
        status += " · " + words.t("verslag.adopted_when", date=words.date(source.adopted_on))
    elif discussion.sealed:
        status = words.t("excerpt.source_sealed_short")
    else:
        status = words.t("excerpt.source_concept")
    flow: list[Flowable] = [para(heading, STYLES.h2), para(status, _META)]
    blocks = paragraphs(discussion.minutes)
    if blocks:
        flow.extend(para(block, STYLES.body) for block in blocks)
    elif not discussion.decisions:
        scheduled = discussion.meeting_status in (
            MeetingStatus.CONCEPT.value,
            MeetingStatus.AGENDA_FIXED.value,
        )
        flow.append(para(words.t("excerpt.scheduled" if scheduled else "verslag.no_minutes"), _META))
    for decision in discussion.decisions:
        flow.extend([gap(3), decision_box(decision, words), gap(3)])
    for action in discussion.actions:
        flow.append(action_block(action, words))
    for addendum in discussion.addenda:
        flow.append(_addendum(addendum, words))
    return flow


def story(
    history: CaseHistory,
    words: Words,
    *,
    particulars: CaseParticulars | None = None,
    sources: Mapping[int, SourceRecord] | None = None,
) -> list[Flowable]:
    sources = sources or {}
    flow: list[Flowable] = [
        para(words.t("excerpt.intro", reference=history.reference), STYLES.body),
        _particulars(history, particulars, words),
        para(words.t("excerpt.discussions"), STYLES.h1),
    ]
    if not history.discussions:
        flow.append(para(words.t("excerpt.none"), STYLES.body))
    for discussion in history.discussions:
        flow.extend(_discussion(discussion, words, sources.get(discussion.meeting_id)))
    if history.decisions:
        flow.extend(table_heading(words.t("excerpt.decisions")))
        rows = []
        for d in history.decisions:
            state = words.t("status.sealed" if d.meeting_id in sources or d.sealed else "status.concept")
            rows.append(
                [
                    [
                        para(rich("<b>{nr}</b>", nr=d.number), STYLES.table_cell),
                        para(
                            rich(
                                "{meeting}<br/>{date}",
                                meeting=d.meeting_number,
                                date=words.date(d.meeting_date),
                            ),
                            _DETAIL,
                        ),
                    ],
                    decision_cell(d, words),
                    words.responsible(d),
                    words.date(d.deadline),
                    state,
                ]
            )
        flow.append(
            data_table(
                [
                    words.t("decision.col.nr"),
                    words.t("decision.col.decision"),
                    words.t("decision.col.responsible"),
                    words.t("decision.col.deadline"),
                    words.t("decision.col.status"),
                ],
                rows,
                [0.16, 0.37, 0.2, 0.14, 0.13],
            )
        )
    flow.extend(table_heading(words.t("excerpt.actions")))
    if history.actions:
        rows = [
            [
                a.number,
                [
                    para(a.text, STYLES.table_cell),
                    para(words.t("actions.from", meeting=a.meeting_number), _DETAIL),
                ],
                words.owner(a),
                words.date(a.deadline),
                words.action_status(a),
            ]
            for a in history.actions
        ]
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
                [0.15, 0.40, 0.17, 0.14, 0.14],
            )
        )
    else:
        flow.append(para(words.t("excerpt.actions_none"), STYLES.body))
    return flow


def render(
    history: CaseHistory,
    words: Words | None = None,
    *,
    particulars: CaseParticulars | None = None,
    sources: Mapping[int, SourceRecord] | None = None,
    marking: str | None = None,
    issued: date,
    copies: int = 1,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    words = words or Words()
    sources = sources or {}
    info = document_info(
        history, words, particulars=particulars, sources=sources, marking=marking, issued=issued
    )
    return render_pdf(
        info,
        lambda: story(history, words, particulars=particulars, sources=sources),
        copies=copies,
        progress=progress,
    )


# -- reading the store ----------------------------------------------------------------------------


def case_id_for(store: Store, request: DocumentRequest) -> int:
    if request.case_id is not None:
        return request.case_id
    reference = (request.case_reference or "").strip()
    from storage.cases.service import CaseService

    return CaseService(store).get_by_reference(reference).id


def particulars_for(store: Store, case_id: int, lang: str) -> CaseParticulars | None:
    """The case's anonymised particulars from the case register (None if it has none)."""
    try:
        from storage.cases.model import format_grounds, format_period, ind_status_label, status_label
        from storage.cases.service import CaseService
    except ImportError:  # pragma: no cover - the case register is part of the application
        return None
    try:
        case = CaseService(store).get(case_id)
    except NotFound:
        return None
    period = format_period(case.period_from, case.period_to)
    if lang == "en":
        period = period.replace("vanaf ", "from ").replace("tot en met ", "until ")
    return CaseParticulars(
        status=status_label(case.status, lang),
        grounds=format_grounds(case.grounds),
        country=case.country,
        period=period,
        role=case.role,
        ind_status=ind_status_label(case.ind_status, lang) if case.ind_status else "",
        summary=case.summary.strip(),  # the excerpt is the case's own record: all of it
    )


def build(
    store: Store, request: DocumentRequest, words: Words, progress: Callable[[int], None] | None
) -> Built:
    try:
        case_id = case_id_for(store, request)
    except ImportError:  # pragma: no cover
        raise NotFound(
            what=pick(f"Casus {request.case_reference}", f"Case {request.case_reference}")
        ) from None
    history = MeetingQueries(store).case_history(case_id)
    particulars = particulars_for(store, case_id, words.lang)
    meeting_ids = {d.meeting_id for d in history.discussions} | {d.meeting_id for d in history.decisions}
    sources = sources_for(store, meeting_ids)
    marking = multi_meeting_marking(store)
    issued = request.issued or store.now().date()
    info = document_info(
        history, words, particulars=particulars, sources=sources, marking=marking, issued=issued
    )
    tracks = FollowUpService(store).for_case(case_id)
    info = with_tracks(info, tracks)
    pdf = render_pdf(
        info,
        lambda: [
            *story(history, words, particulars=particulars, sources=sources),
            *followup_flow(tracks, words),
        ],
        copies=request.copies,
        progress=progress,
    )
    return Built(pdf, info, "case", history.reference)
