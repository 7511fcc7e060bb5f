"""Verslag (minutes): header block with the attendance, then per agenda item the minutes with
partial presence, the decisions and actions inline; amendments and addenda; the adoption."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from reports.document_info import DocumentInfo
from reports.documents._common import (
    Built,
    Words,
    action_block,
    decision_box,
    gap,
    item_title,
    key_values,
    meeting_for,
    meeting_info,
    participants_text,
    record_words,
)
from reports.documents.request import DocumentRequest
from reports.escape import clean_text, para, rich
from reports.layout import render_pdf
from reports.styles import STYLES
from storage.meetings.model import Action, Amendment, ItemKind, ItemMinutes, Minutes
from storage.meetings.queries import MeetingQueries
from storage.store import Store

_META = STYLES.small.clone("verslag_meta", spaceAfter=2)
_LABEL = STYLES.h2.clone("verslag_label", fontSize=9, spaceBefore=6, spaceAfter=2)
_SUMMARY = STYLES.body.clone("verslag_summary", textColor=STYLES.small.textColor, spaceAfter=3)


def document_info(minutes: Minutes, words: Words, *, issued: date | None) -> DocumentInfo:
    return meeting_info(minutes.meeting, words.t("title.verslag"), words, issued=issued)


def _times(minutes: Minutes, words: Words) -> str:
    meeting = minutes.meeting
    if meeting.started_at is not None and meeting.ended_at is not None:
        return words.time_range(meeting.started_at.time(), meeting.ended_at.time())
    return words.time(meeting.start_time)


def _header(minutes: Minutes, words: Words) -> Flowable:
    meeting = minutes.meeting
    pairs: list[tuple[str, str | Flowable | None]] = [
        (words.t("label.meeting"), words.t("overleg.full")),
        (words.t("label.number"), meeting.number),
        (words.t("label.date"), words.date_long(meeting.date)),
        (words.t("label.time"), _times(minutes, words)),
        (words.t("label.place"), meeting.place),
        (words.t("label.chair"), meeting.chair),
        (words.t("label.secretary"), meeting.secretary),
        (words.t("label.present"), participants_text(meeting.present, words)),
        (words.t("label.apologies"), participants_text(meeting.apologies, words)),
    ]
    if meeting.absent:
        pairs.append((words.t("label.absent"), participants_text(meeting.absent, words)))
    return key_values(pairs)


def paragraphs(text: str) -> list[str]:
    """Minutes text split on blank lines into paragraphs (single line breaks stay in place)."""
    blocks: list[str] = []
    current: list[str] = []
    for line in clean_text(text).split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def _taken_out_of_order(minutes: Minutes) -> dict[int, int]:
    """Items discussed in another order than the agenda: item id -> position in which taken."""
    taken = sorted((i.item for i in minutes.items if i.item.taken_order is not None), key=lambda i: i.number)
    return {
        item.id: item.taken_order
        for rank, item in enumerate(taken, start=1)
        if item.taken_order is not None and item.taken_order != rank
    }


def _amendment(amendment: Amendment, words: Words) -> list[Flowable]:
    if amendment.kind == "addendum":
        when = words.date(amendment.created_at.date())
        head = (
            words.t("verslag.addendum", meeting=amendment.made_in, date=when)
            if amendment.made_in
            else words.t("verslag.addendum_no_meeting", date=when)
        )
    else:
        head = (
            words.t("verslag.amendment", meeting=amendment.made_in)
            if amendment.made_in
            else words.t("verslag.amendment_no_meeting")
        )
    flow: list[Flowable] = [para(rich("<b>{head}</b>", head=head), STYLES.bullet, bullet="▸")]
    refs = []
    if amendment.decision_number:
        refs.append(words.t("verslag.refers_decision", number=amendment.decision_number))
    flow.append(para(amendment.text, _INDENTED))
    if refs:
        flow.append(para(" ".join(refs), _INDENTED_META))
    if amendment.kind == "addendum" and amendment.seal_fingerprint and amendment.fingerprint:
        flow.append(
            para(
                words.t(
                    "verslag.addendum_fp",
                    seal=_short(amendment.seal_fingerprint),
                    own=_short(amendment.fingerprint),
                ),
                _INDENTED_META,
            )
        )
    return [KeepTogether(flow)]


_INDENTED = STYLES.bullet.clone("verslag_indented", spaceAfter=2)
_INDENTED_META = STYLES.small.clone("verslag_indented_meta", leftIndent=12)


def _short(fingerprint: str) -> str:
    fp = fingerprint.lower()
    return f"{fp[:8]}…{fp[-8:]}" if len(fp) > 20 else fp


def _closed_action(action: Action, words: Words) -> list[Flowable]:
    flow = [
        para(
            rich(
                "<b>{head}</b>",
                head=words.t("verslag.closed_action", number=action.number, text="").strip(),
            ),
            STYLES.bullet,
            bullet="▸",
        ),
        para(action.text, _INDENTED),
    ]
    if action.close_note.strip():
        flow.append(para(words.t("verslag.closed_note", note=action.close_note), _INDENTED))
    return [KeepTogether(flow)]


def _item(
    entry: ItemMinutes,
    words: Words,
    *,
    attendees: set[str],
    taken: dict[int, int],
    closed: tuple[Action, ...],
) -> list[Flowable]:
    item = entry.item
    title = item_title(item.kind, item.title, item.case_reference, words)
    flow: list[Flowable] = [para(rich("{number}. {title}", number=item.number, title=title), STYLES.h1)]
    if item.kind == ItemKind.CASE.value and item.case_summary.strip():
        flow.append(para(item.case_summary, _SUMMARY))
    if item.id in taken:
        flow.append(para(words.t("verslag.taken_as", order=taken[item.id]), _META))
    absent = [name for name in entry.absent if name.strip()]
    if absent:
        flow.append(para(words.t("verslag.not_present_item", names=", ".join(absent)), _META))
    joined = [name for name in entry.present if name not in attendees and name.strip()]
    if joined:
        flow.append(para(words.t("verslag.only_item", names=", ".join(joined)), _META))
    blocks = paragraphs(entry.text)
    if blocks:
        flow.extend(para(block, STYLES.body) for block in blocks)
    elif not entry.decisions and not entry.actions and not closed:
        flow.append(para(words.t("verslag.no_minutes"), _META))
    for amendment in entry.amendments:
        flow.extend(_amendment(amendment, words))
    for decision in entry.decisions:
        flow.append(gap(3))
        flow.append(decision_box(decision, words))
        flow.append(gap(3))
    for action in entry.actions:
        flow.append(action_block(action, words))
    for action in closed:
        flow.extend(_closed_action(action, words))
    for addendum in entry.addenda:
        flow.extend(_amendment(addendum, words))
    return flow


def _adoption(minutes: Minutes, words: Words) -> list[Flowable]:
    meeting = minutes.meeting
    flow: list[Flowable] = [para(words.t("verslag.adoption"), STYLES.h1)]
    if meeting.seal is None:
        flow.append(para(words.t("verslag.concept"), STYLES.body))
        return [KeepTogether(flow)]
    sentence = "verslag.adopted_changed" if meeting.seal.with_amendments else "verslag.adopted_unchanged"
    flow.append(para(words.t(sentence), STYLES.body))
    adopted = (meeting.adopted_at or meeting.seal.sealed_at).date()
    where = meeting.adopted_in or meeting.seal.sealed_in
    if where:
        flow.append(
            para(words.t("verslag.adopted_where", meeting=where, date=words.date(adopted)), STYLES.body)
        )
    else:
        flow.append(para(words.t("verslag.adopted_when", date=words.date(adopted)), STYLES.body))
    return [KeepTogether(flow)]


def story(minutes: Minutes, words: Words) -> list[Flowable]:
    flow: list[Flowable] = [_header(minutes, words)]
    attendees = {p.name for p in minutes.meeting.present}
    taken = _taken_out_of_order(minutes)
    has_actions_item = any(i.item.kind == ItemKind.ACTIONS.value for i in minutes.items)
    shown: set[int] = set()
    for entry in minutes.items:
        if has_actions_item:
            closed = entry.actions_closed if entry.item.kind == ItemKind.ACTIONS.value else ()
        else:
            closed = tuple(a for a in entry.actions_closed if a.id not in shown)
        shown.update(a.id for a in closed)
        flow.extend(_item(entry, words, attendees=attendees, taken=taken, closed=closed))
    leftover = [a for a in minutes.actions_closed if a.id not in shown]
    if leftover:
        flow.append(para(words.t("item.actions"), STYLES.h1))
        for action in leftover:
            flow.extend(_closed_action(action, words))
    loose_amendments = [a for a in minutes.amendments if a.item_number is None]
    if loose_amendments:
        flow.append(para(words.t("verslag.amendments"), STYLES.h1))
        for amendment in loose_amendments:
            flow.extend(_amendment(amendment, words))
    flow.extend(_adoption(minutes, words))
    loose_addenda = [a for a in minutes.addenda if a.item_number is None]
    if loose_addenda:
        flow.append(para(words.t("verslag.addenda"), STYLES.h1))
        for addendum in loose_addenda:
            flow.extend(_amendment(addendum, words))
    return flow


def render(
    minutes: Minutes,
    words: Words | None = None,
    *,
    copies: int = 1,
    issued: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    words = words or Words()
    info = document_info(minutes, words, issued=issued)
    return render_pdf(info, lambda: story(minutes, words), copies=copies, progress=progress)


def build(
    store: Store, request: DocumentRequest, words: Words, progress: Callable[[int], None] | None
) -> Built:
    meeting = meeting_for(store, request)
    minutes = MeetingQueries(store).minutes(meeting.id)
    words = record_words(words, minutes.meeting)
    info = document_info(minutes, words, issued=request.issued)
    pdf = render_pdf(info, lambda: story(minutes, words), copies=request.copies, progress=progress)
    return Built(pdf, info, "meeting", meeting.number)
