"""Statuses, kinds and the frozen read models of the meetings domain (see the package docstring)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from storage.i18n import pick


class MeetingStatus(StrEnum):
    CONCEPT = "concept"
    AGENDA_FIXED = "agenda_vastgesteld"
    IN_PROGRESS = "in_vergadering"
    ENDED = "afgelopen"
    ADOPTED = "vastgesteld"

    def label(self, lang: str | None = None) -> str:
        nl, en = _MEETING_STATUS_LABELS[self]
        return pick(nl, en, lang)


_MEETING_STATUS_LABELS = {
    MeetingStatus.CONCEPT: ("Concept", "Draft"),
    MeetingStatus.AGENDA_FIXED: ("Agenda vastgesteld", "Agenda fixed"),
    MeetingStatus.IN_PROGRESS: ("In vergadering", "In session"),
    MeetingStatus.ENDED: ("Afgelopen (verslag concept)", "Ended (draft minutes)"),
    MeetingStatus.ADOPTED: ("Vastgesteld", "Adopted"),
}


class ItemKind(StrEnum):
    OPENING = "opening"
    PREVIOUS_MINUTES = "previous_minutes"
    ACTIONS = "actions"
    CASE = "case"
    ANY_OTHER_BUSINESS = "any_other_business"
    CLOSING = "closing"
    OTHER = "other"


class Organisation(StrEnum):
    IND = "IND"
    OM = "OM"
    OTHER = "other"

    def label(self, lang: str | None = None) -> str:
        return pick("anders", "other", lang) if self is Organisation.OTHER else self.value


class Attendance(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"  # afwezig met bericht
    ABSENT = "absent"  # afwezig zonder bericht

    def label(self, lang: str | None = None) -> str:
        nl, en = {
            Attendance.PRESENT: ("aanwezig", "present"),
            Attendance.APOLOGIES: ("afwezig met bericht", "apologies"),
            Attendance.ABSENT: ("afwezig", "absent"),
        }[self]
        return pick(nl, en, lang)


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"

    def label(self, lang: str | None = None) -> str:
        nl, en = {
            ActionStatus.OPEN: ("open", "open"),
            ActionStatus.DONE: ("afgehandeld", "done"),
            ActionStatus.CANCELLED: ("vervallen", "cancelled"),
        }[self]
        return pick(nl, en, lang)


# --- inputs -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParticipantInput:
    name: str
    organisation: str  # Organisation value
    role: str = ""
    organisation_name: str = ""  # for organisation "other", e.g. "Politie (TIM)"
    attendance: str = Attendance.PRESENT.value


# --- read models --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """One entry of the configurable outcome list (store setting ``decision_outcomes``)."""

    key: str
    label: str
    label_en: str
    case_status: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    creates_action: bool
    returns_to_agenda: bool
    field_labels: tuple[tuple[str, str], ...] = ()  # (field, Dutch label) for the form

    def display(self, lang: str | None = None) -> str:
        return pick(self.label, self.label_en, lang)

    @property
    def fields(self) -> tuple[str, ...]:
        return self.required + self.optional

    def field_label(self, name: str) -> str:
        return dict(self.field_labels).get(name, name)


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    organisation: str
    organisation_name: str
    role: str
    attendance: str

    @property
    def organisation_label(self) -> str:
        if self.organisation == Organisation.OTHER.value:
            return self.organisation_name or Organisation.OTHER.label()
        return self.organisation


@dataclass(frozen=True)
class SealInfo:
    id: int
    meeting_number: str
    sealed_at: datetime
    sealed_in: str | None  # number of the meeting that adopted the minutes
    with_amendments: bool
    format: str
    fingerprint: str
    redacted_at: datetime | None
    # The audit chain's head right after the seal was logged ("#328 1a2b3c4d5e6f"), printed on the
    # adopted record so that the paper anchors the chain too (storage.anchor).
    audit_head: str | None = None

    @property
    def adoption_label(self) -> str:
        return "vastgesteld (met wijzigingen)" if self.with_amendments else "ongewijzigd vastgesteld"


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    number: str
    date: date
    start_time: time
    place: str
    status: str
    marking: str
    case_items: int
    decisions: int
    sealed: bool


@dataclass(frozen=True)
class Meeting:
    id: int
    number: str
    year: int
    seq: int
    date: date
    start_time: time
    place: str
    chair: str
    secretary: str
    marking: str
    status: str
    participants: tuple[Participant, ...]
    current_item_id: int | None
    started_at: datetime | None
    ended_at: datetime | None
    adopted_at: datetime | None
    adopted_in: str | None
    seal: SealInfo | None
    revision: int
    created_at: datetime
    updated_at: datetime
    # The outcome list as it was at adoption: (key, label, label_en); () before adoption.
    sealed_outcomes: tuple[tuple[str, str, str], ...] = ()

    @property
    def is_sealed(self) -> bool:
        return self.seal is not None

    @property
    def status_label(self) -> str:
        return MeetingStatus(self.status).label()

    @property
    def present(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.attendance == Attendance.PRESENT.value)

    @property
    def apologies(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.attendance == Attendance.APOLOGIES.value)

    @property
    def absent(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.attendance == Attendance.ABSENT.value)

    @property
    def document_status(self) -> str:
        """What a printed record says: "Concept" or "Vastgesteld"."""
        return "Vastgesteld" if self.is_sealed else "Concept"

    @property
    def version(self) -> str:
        """Version for the page footer: ``0.<revision>`` while concept, ``1.0`` once sealed."""
        return "1.0" if self.is_sealed else f"0.{self.revision}"


@dataclass(frozen=True)
class AgendaItem:
    id: int
    meeting_id: int
    number: int  # the agenda number; kept in the record even when taken out of order
    kind: str
    title: str
    case_id: int | None
    case_reference: str
    case_summary: str  # one line, for the agenda and the presentation view
    case_status: str
    planned_minutes: int
    planned_start: time
    planned_end: time
    started_at: datetime | None
    ended_at: datetime | None
    elapsed_seconds: int
    taken_order: int | None  # 1 for the first item actually discussed, …
    has_minutes: bool
    minutes_revision: int


@dataclass(frozen=True)
class Agenda:
    meeting: Meeting
    items: tuple[AgendaItem, ...]
    planned_minutes: int
    planned_end: time


@dataclass(frozen=True)
class DecisionVersion:
    """A replaced version of a decision, as it stood (history of ``Besluit wijzigen``)."""

    decision_id: int
    version: int
    outcome: str
    outcome_label: str
    text: str
    responsible_organisation: str
    responsible: str
    deadline: date | None
    reason: str
    request: str
    keep_monitoring: bool
    ind_confirmed_by: str | None
    ind_confirmed_at: datetime | None
    om_confirmed_by: str | None
    om_confirmed_at: datetime | None
    disagreement: str | None
    disagreement_at: datetime | None
    recorded_at: datetime
    replaced_at: datetime
    replaced_by: str


@dataclass(frozen=True)
class Decision:
    id: int
    number: str
    meeting_id: int
    meeting_number: str
    meeting_date: date
    item_id: int
    item_number: int
    case_id: int
    case_reference: str
    outcome: str
    outcome_label: str
    text: str
    responsible_organisation: str
    responsible: str
    deadline: date | None
    reason: str
    request: str
    keep_monitoring: bool
    ind_confirmed_by: str | None
    ind_confirmed_at: datetime | None
    om_confirmed_by: str | None
    om_confirmed_at: datetime | None
    disagreement: str | None
    disagreement_at: datetime | None
    action_numbers: tuple[str, ...]
    sealed: bool
    created_at: datetime
    updated_at: datetime
    version: int = 1  # one more at every explicit change (``DecisionService.change_decision``)

    @property
    def is_final(self) -> bool:
        return bool(self.ind_confirmed_at and self.om_confirmed_at) or bool(self.disagreement_at)

    @property
    def confirmed_by(self) -> tuple[str, ...]:
        """The organisations whose confirmation stands (``IND``, ``OM``)."""
        return tuple(org for org, at in (("IND", self.ind_confirmed_at), ("OM", self.om_confirmed_at)) if at)

    @property
    def confirmation(self) -> str:
        """``concept``, ``bevestigd`` (IND and OM confirmed) or ``verschil_van_inzicht``."""
        if self.disagreement_at:
            return "verschil_van_inzicht"
        return "bevestigd" if self.is_final else "concept"

    @property
    def responsible_label(self) -> str:
        parts = [self.responsible_organisation if self.responsible_organisation != "other" else ""]
        parts.append(self.responsible)
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Action:
    id: int
    number: str
    meeting_id: int
    meeting_number: str
    meeting_date: date
    item_id: int | None
    item_number: int | None
    decision_id: int | None
    decision_number: str | None
    case_id: int | None
    case_reference: str
    text: str
    owner_organisation: str
    owner_role: str
    deadline: date | None
    status: str
    closed_at: datetime | None
    closed_in: str | None  # meeting number where it was closed, if closed at the table
    close_note: str
    sealed: bool  # its text is part of a sealed record
    created_at: datetime
    closed_since_previous: bool = False  # set by ActionList for the meeting it is built for

    @property
    def is_open(self) -> bool:
        return self.status == ActionStatus.OPEN.value

    @property
    def owner_label(self) -> str:
        org = Organisation(self.owner_organisation).label()
        return f"{org}, {self.owner_role}" if self.owner_role else org

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.deadline is not None and self.deadline < today


@dataclass(frozen=True)
class Amendment:
    """A correction recorded before adoption (``kind="amendment"``) or an addendum to a sealed
    record (``kind="addendum"``, with ``seal_fingerprint`` naming the sealed version)."""

    id: int
    kind: str
    meeting_number: str
    item_number: int | None
    decision_number: str | None
    made_in: str | None
    text: str
    created_at: datetime
    seal_fingerprint: str | None = None
    fingerprint: str | None = None


@dataclass(frozen=True)
class ItemMinutes:
    item: AgendaItem
    text: str
    present: tuple[str, ...]  # names present for this item (partial attendance applied)
    absent: tuple[str, ...]  # meeting attendees who were not there for this item
    decisions: tuple[Decision, ...]
    actions: tuple[Action, ...]  # actions created under this item
    actions_closed: tuple[Action, ...]  # actions closed at the table under this item
    amendments: tuple[Amendment, ...]
    addenda: tuple[Amendment, ...]


@dataclass(frozen=True)
class Minutes:
    meeting: Meeting
    items: tuple[ItemMinutes, ...]
    amendments: tuple[Amendment, ...]  # all, including those not tied to one item
    addenda: tuple[Amendment, ...]
    actions_closed: tuple[Action, ...]  # closed at this meeting

    @property
    def adoption_sentence(self) -> str | None:
        if self.meeting.seal is None:
            return None
        if self.meeting.seal.with_amendments:
            return "Het verslag wordt met wijzigingen vastgesteld."
        return "Het verslag wordt ongewijzigd vastgesteld."


@dataclass(frozen=True)
class DecisionList:
    meeting: Meeting
    decisions: tuple[Decision, ...]  # in agenda order


@dataclass(frozen=True)
class ActionList:
    meeting: Meeting | None  # None: the list across all meetings
    previous_number: str | None
    actions: tuple[Action, ...]  # open first (by deadline), then closed; flags set


@dataclass(frozen=True)
class CaseDiscussion:
    meeting_id: int
    meeting_number: str
    meeting_date: date
    meeting_status: str
    sealed: bool
    item_id: int
    item_number: int
    minutes: str
    decisions: tuple[Decision, ...]
    actions: tuple[Action, ...]
    addenda: tuple[Amendment, ...]


@dataclass(frozen=True)
class CaseHistory:
    case_id: int
    reference: str
    discussions: tuple[CaseDiscussion, ...]  # oldest first
    decisions: tuple[Decision, ...]
    actions: tuple[Action, ...]  # every action about the case, also those not tied to an item

    @property
    def latest_decision(self) -> Decision | None:
        return self.decisions[-1] if self.decisions else None


@dataclass(frozen=True)
class OutcomeCount:
    outcome: str
    label: str
    count: int


@dataclass(frozen=True)
class DecisionRegister:
    start: date | None
    end: date | None
    decisions: tuple[Decision, ...]
    counts: tuple[OutcomeCount, ...]


class SuggestionReason(StrEnum):
    """Why a case is suggested for an agenda; the UI words it in the user's language."""

    DEFERRED = "aanhouden"  # its latest decision deferred it
    AWAITING_INFORMATION = "nadere_informatie"  # its latest decision asked for more information
    RETURNING_OUTCOME = "terugkerend"  # another outcome that returns to the agenda: see ``outcome``
    NOT_DISCUSSED = "niet_behandeld"  # on an earlier agenda, no decision there
    NEW = "nieuw"  # new in the register, never on an agenda
    REGISTER = "register"  # found by a search in the register


@dataclass(frozen=True)
class CaseSuggestion:
    case_id: int
    reference: str
    summary: str
    status: str
    reason: SuggestionReason
    since: date | None  # date of the meeting that deferred it (or where it was left undiscussed)
    since_meeting: str | None
    until: date | None
    decision_number: str | None
    outcome: Outcome | None = None  # the returning outcome of the latest decision


@dataclass(frozen=True)
class AgendaSuggestions:
    cases: tuple[CaseSuggestion, ...]  # returning cases first (oldest first), then new cases
    actions: tuple[Action, ...]  # open actions from earlier meetings


@dataclass(frozen=True)
class MinutesSaved:
    item_id: int
    revision: int
    saved_at: datetime


@dataclass(frozen=True)
class ClosingCheck:
    """What is still open before a meeting can be closed or its minutes adopted."""

    undecided_case_items: tuple[int, ...] = field(default=())  # agenda numbers
    draft_decisions: tuple[str, ...] = field(default=())  # decision numbers not yet final

    @property
    def ok(self) -> bool:
        return not self.undecided_case_items and not self.draft_decisions
