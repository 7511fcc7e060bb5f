"""Pieces shared by the meeting documents: wording, dates, status, decision and action blocks.

Pure functions over the read models of ``storage.meetings`` (no store access here), so every
document can be rendered from dataclasses built by hand, as the property tests do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle

from reports.document_info import DocumentInfo
from reports.documents._texts import text
from reports.documents.request import DocumentRequest
from reports.dutch import LANGUAGES, format_date, format_date_long, format_time
from reports.escape import EM_DASH, Markup, para, rich, single_line
from reports.fonts import SANS
from reports.geometry import ACCENT, HAIRLINE, TEXT_WIDTH
from reports.styles import STYLES
from reports.tables import RecordTable, data_table
from storage.meetings.model import (
    Action,
    ActionStatus,
    Attendance,
    Decision,
    ItemKind,
    Meeting,
    Organisation,
    Participant,
)
from storage.meetings.outcomes import AANGIFTE, AANHOUDEN, DEFAULT_OUTCOMES, outcomes
from storage.meetings.queries import MeetingQueries
from storage.meetings.standard_items import has_standard_title
from storage.store import Store

BOX_BACKGROUND = HexColor("#F3F5F8")


@dataclass(frozen=True)
class OutcomeInfo:
    """An outcome as the documents list it: key and label in the document's language."""

    key: str
    label: str


def default_outcomes(lang: str) -> tuple[OutcomeInfo, ...]:
    key = "label_en" if lang == "en" else "label"
    return tuple(OutcomeInfo(str(o["key"]), str(o[key])) for o in DEFAULT_OUTCOMES)


@dataclass(frozen=True)
class Words:
    """Wording in one language: fixed texts, dates, times, outcome labels, owners."""

    lang: str = "nl"
    outcomes: tuple[OutcomeInfo, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unsupported language {self.lang!r}; use one of {LANGUAGES}")
        if not self.outcomes:
            object.__setattr__(self, "outcomes", default_outcomes(self.lang))

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    # In the class body `date` and `time` name these methods, so the types are spelled dt.date/dt.time.
    def date(self, value: dt.date | None) -> str:
        return format_date(value, self.lang) if value is not None else EM_DASH

    def date_long(self, value: dt.date) -> str:
        return format_date_long(value, self.lang)

    def time(self, value: dt.time) -> str:
        return format_time(value, self.lang)

    def clock(self, value: dt.time) -> str:
        """'10.25' / '10:25' (no 'uur': for time columns)."""
        return f"{value.hour}.{value.minute:02d}" if self.lang == "nl" else f"{value.hour}:{value.minute:02d}"

    def time_range(self, start: dt.time, end: dt.time) -> str:
        unit = " uur" if self.lang == "nl" else ""
        return f"{self.clock(start)} – {self.clock(end)}{unit}"

    def outcome(self, key: str, fallback: str = "") -> str:
        for info in self.outcomes:
            if info.key == key:
                return info.label
        return fallback or key

    def organisation(self, value: str) -> str:
        try:
            return Organisation(value).label(self.lang)
        except ValueError:
            return value

    def owner(self, action: Action) -> str:
        role = action.owner_role.strip()
        if action.owner_organisation == Organisation.OTHER.value and role:
            return role  # "TIM", not "anders, TIM"
        org = self.organisation(action.owner_organisation)
        return f"{org}, {role}" if role else org

    def responsible(self, decision: Decision) -> str:
        org = decision.responsible_organisation
        parts = [self.organisation(org) if org and org != Organisation.OTHER.value else ""]
        parts.append(decision.responsible)
        return ", ".join(p for p in parts if p and p.strip())

    def action_status(self, action: Action) -> str:
        try:
            return ActionStatus(action.status).label(self.lang)
        except ValueError:
            return action.status

    def attendance(self, value: str) -> str:
        try:
            return Attendance(value).label(self.lang)
        except ValueError:
            return value


# -- document info --------------------------------------------------------------------------------


def record_status(meeting: Meeting) -> tuple[str, date | None, str | None]:
    """(status, adopted_on, fingerprint) of a meeting's record for the page furniture."""
    if meeting.seal is not None:
        adopted = meeting.adopted_at or meeting.seal.sealed_at
        return "vastgesteld", adopted.date(), meeting.seal.fingerprint
    return "concept", None, None


def meeting_line(meeting: Meeting, words: Words) -> str:
    return words.t("meeting_line", number=meeting.number, date=words.date_long(meeting.date))


def meeting_info(
    meeting: Meeting, title: str, words: Words, *, issued: date | None, status: str | None = None
) -> DocumentInfo:
    """DocumentInfo for a document belonging to one meeting's record."""
    record, adopted_on, fingerprint = record_status(meeting)
    status = status or record
    return DocumentInfo(
        title=title,
        meeting=meeting_line(meeting, words),
        marking=meeting.marking or None,
        status=status,
        adopted_on=adopted_on if status == "vastgesteld" else None,
        fingerprint=fingerprint if status == "vastgesteld" else None,
        version=meeting.version,
        issued=issued or meeting.date,
        subject=words.t("subject", number=meeting.number, title=title),
        lang=words.lang,
        audit_head=meeting.seal.audit_head if status == "vastgesteld" and meeting.seal else None,
    )


def content_version(*parts: object) -> str:
    """A short, stable version for documents spanning meetings: changes whenever the content does."""
    digest = hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:8]


def period_text(start: date | None, end: date | None, words: Words, *, full: bool = False) -> str:
    """'2026' for a calendar year (unless `full`), else '1 maart 2026 t/m 30 juni 2026'."""
    if start and end:
        if not full and start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
            return str(start.year)
        return words.t("period.range", start=words.date(start), end=words.date(end))
    if start:
        return words.t("period.from", start=words.date(start))
    if end:
        return words.t("period.until", end=words.date(end))
    return words.t("period.all")


# -- participants ---------------------------------------------------------------------------------


def participant_label(p: Participant, words: Words) -> str:
    org = p.organisation_name if p.organisation == Organisation.OTHER.value else p.organisation
    org = org or words.organisation(p.organisation)
    details = ", ".join(part for part in (org, p.role) if part and part.strip())
    name = p.name if p.name.strip() else EM_DASH
    return f"{name} ({details})" if details else name


def participants_text(people: Iterable[Participant], words: Words) -> str:
    labels = [participant_label(p, words) for p in people]
    return "; ".join(labels)


# -- agenda items ---------------------------------------------------------------------------------


def item_title(kind: str, title: str, case_reference: str, words: Words) -> str:
    if kind == ItemKind.CASE.value:
        return words.t("agenda.case", reference=case_reference or title)
    if words.lang != "nl" and has_standard_title(kind, title):
        return words.t(f"item.{kind}")
    return title


# -- decisions ------------------------------------------------------------------------------------


def deadline_label(outcome: str, words: Words) -> str:
    if outcome == AANGIFTE:
        return words.t("field.deadline.aangifte")
    if outcome == AANHOUDEN:
        return words.t("field.deadline.aanhouden")
    return words.t("field.deadline")


def responsible_label(outcome: str, words: Words) -> str:
    return words.t("field.responsible.aangifte" if outcome == AANGIFTE else "field.responsible")


def confirmation(decision: Decision, words: Words) -> str:
    if decision.disagreement_at is not None:
        return words.t("confirm.disagreement", note=decision.disagreement or EM_DASH)
    ind = _confirmer("IND", decision.ind_confirmed_by) if decision.ind_confirmed_at else None
    om = _confirmer("OM", decision.om_confirmed_by) if decision.om_confirmed_at else None
    if ind is not None and om is not None:
        return words.t("confirm.both", ind=ind, om=om)
    if ind is not None:
        return words.t("confirm.ind", ind=ind)
    if om is not None:
        return words.t("confirm.om", om=om)
    return words.t("confirm.none")


def _confirmer(organisation: str, by: str | None) -> str:
    """ "IND", or "IND (teamleider 1F)" when a person or function was named: the store records the
    organisation itself when nobody was named, which printed as "IND (IND)"."""
    name = single_line(by or "")
    return organisation if not name or name == organisation else f"{organisation} ({name})"


def decision_fields(decision: Decision, words: Words, *, confirm: bool = True) -> list[tuple[str, str]]:
    """(label, value) lines of a decision, leaving out fields that are empty."""
    lines: list[tuple[str, str]] = []
    if decision.text.strip():
        lines.append((words.t("field.text"), decision.text))
    if decision.request.strip():
        lines.append((words.t("field.request"), decision.request))
    responsible = words.responsible(decision)
    if responsible:
        lines.append((responsible_label(decision.outcome, words), responsible))
    if decision.deadline is not None:
        lines.append((deadline_label(decision.outcome, words), words.date(decision.deadline)))
    if decision.reason.strip():
        lines.append((words.t("field.reason"), decision.reason))
    if decision.keep_monitoring:
        lines.append((words.t("field.keep_monitoring"), words.t("yes")))
    if decision.action_numbers:
        lines.append((words.t("field.actions"), ", ".join(decision.action_numbers)))
    if confirm:
        lines.append((words.t("field.confirmation"), confirmation(decision, words)))
    return lines


def decision_cell(decision: Decision, words: Words) -> list[Flowable]:
    """A decision in a table cell: the outcome in bold, then text, request and reason."""
    outcome = words.outcome(decision.outcome, decision.outcome_label)
    head = para(rich("<b>{outcome}</b>", outcome=outcome), STYLES.table_cell)
    details = decision_summary(decision, words)
    return [head, *details]


def decision_summary(decision: Decision, words: Words) -> list[Flowable]:
    """The content of a decision for a table cell: text, request and reason, each labelled."""
    parts: list[Flowable] = []
    for key, value in (
        ("field.text", decision.text),
        ("field.request", decision.request),
        ("field.reason", decision.reason),
    ):
        if value.strip():
            label = words.t(key)
            parts.append(para(rich("{label}: {value}", label=label, value=value), STYLES.table_cell))
    if decision.keep_monitoring:
        parts.append(para(words.t("field.keep_monitoring") + ": " + words.t("yes"), STYLES.table_cell))
    if decision.disagreement_at is not None:
        parts.append(
            para(words.t("confirm.disagreement", note=decision.disagreement or EM_DASH), STYLES.table_cell)
        )
    return parts


def decision_box(decision: Decision, words: Words) -> Flowable:
    """A decision inside the minutes: a tinted box with its number, outcome and fields."""
    head = para(
        rich(
            "<b>{title}</b>",
            title=words.t(
                "verslag.decision",
                number=decision.number,
                outcome=words.outcome(decision.outcome, decision.outcome_label),
            ),
        ),
        STYLES.table_cell,
    )
    rows: list[list[Flowable]] = [[head, ""]]
    for label, value in decision_fields(decision, words):
        rows.append([para(label, STYLES.table_header), para(value, STYLES.table_cell)])
    table = RecordTable(
        rows,
        colWidths=[0.27 * (TEXT_WIDTH - 12), 0.73 * (TEXT_WIDTH - 12)],
        hAlign="LEFT",
        splitInRow=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),
                ("SPAN", (0, 0), (1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), BOX_BACKGROUND),
                ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        ),
    )
    return KeepTogether([table])


def action_line(action: Action, words: Words) -> Markup:
    return rich(
        "<b>{label}</b> · {line}",
        label=words.t("verslag.action", number=action.number),
        line=words.t(
            "verslag.action_line",
            text=single_line(action.text) or EM_DASH,
            owner=words.owner(action),
            deadline=words.date(action.deadline),
        ),
    )


def action_block(action: Action, words: Words) -> Flowable:
    """An action inside the minutes; its text may hold line breaks, so it is not squeezed into
    one line: number and owner first, the text as its own paragraph."""
    head = rich(
        "<b>{label}</b> · {owner_label}: {owner} · {deadline_label}: {deadline}",
        label=words.t("verslag.action", number=action.number),
        owner_label=words.t("actions.col.owner"),
        owner=words.owner(action),
        deadline_label=words.t("actions.col.deadline"),
        deadline=words.date(action.deadline),
    )
    return KeepTogether([para(head, STYLES.bullet, bullet="▸"), para(action.text, _INDENTED)])


_INDENTED = STYLES.bullet.clone("indented", spaceAfter=4)


DECISION_HEADER = (
    "decision.col.nr",
    "decision.col.case",
    "decision.col.decision",
    "decision.col.responsible",
    "decision.col.deadline",
)
DECISION_WIDTHS = (0.16, 0.13, 0.35, 0.2, 0.16)


def decision_row(decision: Decision, words: Words, number: list[Flowable]) -> list[object]:
    return [
        number,
        decision.case_reference,
        decision_cell(decision, words),
        words.responsible(decision),
        words.date(decision.deadline),
    ]


def decisions_table(rows: list[list[object]], words: Words) -> Flowable:
    return data_table([words.t(k) for k in DECISION_HEADER], rows, list(DECISION_WIDTHS))


def outcome_counts(
    decisions: Sequence[Decision], words: Words, counts: Mapping[str, int] | None = None
) -> list[tuple[str, int]]:
    """(label, count) for every configured outcome (zero included), then unknown ones."""
    if counts is None:
        tally: dict[str, int] = {}
        for d in decisions:
            tally[d.outcome] = tally.get(d.outcome, 0) + 1
        counts = tally
    labels = {d.outcome: d.outcome_label for d in decisions}
    order = [o.key for o in words.outcomes]
    order += sorted(k for k in counts if k not in order)
    return [(words.outcome(k, labels.get(k, k)), counts.get(k, 0)) for k in order]


def counts_table(rows: list[tuple[str, int]], words: Words) -> Flowable:
    data = [[label, str(count)] for label, count in rows]
    total = sum(count for _label, count in rows)
    data.append([Markup(rich("<b>{t}</b>", t=words.t("counts.total"))), Markup(rich("<b>{n}</b>", n=total))])
    cells = [[para(label, STYLES.table_cell), para(count, _RIGHT)] for label, count in data]
    table = data_table(
        [words.t("counts.col.outcome"), words.t("counts.col.count")],
        cells,
        [0.5, 0.14],
    )
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]))
    return KeepTogether([para(words.t("counts"), STYLES.h1), table])


_RIGHT = STYLES.table_cell.clone("right", alignment=2)


def key_values(pairs: Sequence[tuple[str, str | Flowable | None]]) -> Flowable:
    from reports.tables import key_value_table

    return key_value_table(list(pairs), label_width=0.24)


_TABLE_HEADING = STYLES.h1.clone("table_heading", keepWithNext=0)


def table_heading(text: str) -> list[Flowable]:
    """A heading over a long table. keepWithNext would glue heading and table together and push
    the whole table to the next page when it does not fit the rest of this one; instead the
    heading only moves on when less than a few rows' room is left below it."""
    return [CondPageBreak(90), para(text, _TABLE_HEADING)]


def rule() -> Flowable:
    from reportlab.platypus import HRFlowable

    return HRFlowable(width="100%", thickness=0.5, color=HAIRLINE, spaceBefore=4, spaceAfter=6)


def gap(height: float = 6) -> Flowable:
    return Spacer(1, height)


def as_datetime_date(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


# -- reading the store ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    """What a document module's ``build`` returns to the registry."""

    pdf: bytes
    info: DocumentInfo
    object_type: str
    object_id: str


def resolve_words(store: Store, lang: str) -> Words:
    """Words with the store's configured outcomes (labels in `lang`)."""
    configured = outcomes(store)
    return Words(lang, tuple(OutcomeInfo(o.key, o.display(lang)) for o in configured))


def record_words(words: Words, meeting: Meeting) -> Words:
    """A sealed record speaks with the outcome list of its adoption (part of its seal), not with
    the outcomes configured today."""
    if not meeting.sealed_outcomes:
        return words
    frozen = tuple(
        OutcomeInfo(key, nl if words.lang == "nl" else en) for key, nl, en in meeting.sealed_outcomes
    )
    return replace(words, outcomes=frozen)


def meeting_for(store: Store, request: DocumentRequest) -> Meeting:
    queries = MeetingQueries(store)
    if request.meeting_id is not None:
        return queries.meeting(request.meeting_id)
    return queries.meeting_by_number(request.meeting_number or "")


def multi_meeting_marking(store: Store) -> str | None:
    """Marking of documents that span meetings (excerpt, register): the store's default marking.

    The chair decides a marking per meeting; a document drawn from several meetings carries the
    store-wide default, which the settings screen shows and changes."""
    value = store.settings.get("default_marking")
    return str(value) if value else None


@dataclass(frozen=True)
class SourceRecord:
    """The sealed record (of one meeting) that a discussion or decision comes from."""

    adopted_on: date
    fingerprint: str


def sources_for(store: Store, meeting_ids: Iterable[int]) -> dict[int, SourceRecord]:
    """Seal facts per meeting id, for the meetings among `meeting_ids` whose record is sealed."""
    queries = MeetingQueries(store)
    found: dict[int, SourceRecord] = {}
    for meeting_id in sorted(set(meeting_ids)):
        seal = queries.seal(meeting_id)
        if seal is not None:
            meeting = queries.meeting(meeting_id)
            adopted = (meeting.adopted_at or seal.sealed_at).date()
            found[meeting_id] = SourceRecord(adopted, seal.fingerprint)
    return found
