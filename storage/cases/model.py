"""What a case is: its fields, the fixed lists (1F grounds, IND procedural status, case status),
their labels, the case's name in the audit log and the validation of each field.

Validation is a pure function per field so that the editor can show the same message inline that
the service would raise. Messages never quote case content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from storage.cases.status import CaseStatus
from storage.guard import scan
from storage.i18n import pick

GROUNDS: tuple[str, ...] = ("a", "b", "c")

_GROUND_LABELS: dict[str, tuple[str, str]] = {
    "a": (
        "1F(a): misdrijf tegen de vrede, oorlogsmisdrijf of misdrijf tegen de menselijkheid",
        "1F(a): crime against peace, war crime or crime against humanity",
    ),
    "b": ("1F(b): ernstig niet-politiek misdrijf", "1F(b): serious non-political crime"),
    "c": (
        "1F(c): handelingen in strijd met de doelstellingen en beginselen van de VN",
        "1F(c): acts contrary to the purposes and principles of the UN",
    ),
}

# Procedural status at the IND (not the status at the table).
IND_STATUSES: tuple[str, ...] = (
    "asylum_refused_1f",
    "residence_permit",
    "naturalisation_pending",
    "departure_imminent",
    "not_removable_art3",
    "other",
)
_IND_LABELS: dict[str, tuple[str, str]] = {
    "": ("(niet ingevuld)", "(not set)"),
    "asylum_refused_1f": ("Asiel afgewezen met 1F", "Asylum refused with 1F"),
    "residence_permit": ("Verblijfsvergunning", "Residence permit"),
    "naturalisation_pending": ("Naturalisatieverzoek in behandeling", "Naturalisation request pending"),
    "departure_imminent": ("Vertrek aanstaande", "Departure imminent"),
    "not_removable_art3": ("Niet verwijderbaar (art. 3 EVRM)", "Not removable (art. 3 ECHR)"),
    "other": ("Anders", "Other"),
}

_STATUS_LABELS: dict[str, tuple[str, str]] = {
    "new": ("Nieuw", "New"),
    "on_agenda": ("Geagendeerd", "On agenda"),
    "under_discussion": ("In bespreking", "Under discussion"),
    "awaiting_information": ("Wacht op informatie", "Awaiting information"),
    "deferred": ("Aangehouden", "Deferred"),
    "aangifte": ("Aangifte", "Aangifte"),
    "geen_aangifte": ("Geen aangifte", "No aangifte"),
    "closed": ("Afgesloten", "Closed"),
}

# A case is open while it can still come to the table; these end it (and start its retention).
CLOSED_STATUSES: frozenset[str] = frozenset({"aangifte", "geen_aangifte", "closed"})
OPEN_STATUSES: tuple[str, ...] = tuple(s.value for s in CaseStatus if s.value not in CLOSED_STATUSES)
# The IND has put the question to the OM and awaits its view.
AWAITING_OM_STATUSES: tuple[str, ...] = ("on_agenda", "under_discussion", "deferred")

# Fields a user types; every one of them passes the anonymity guard before it is stored.
TEXT_FIELDS: tuple[str, ...] = (
    "reference",
    "country",
    "role",
    "organisations",
    "ind_status_note",
    "urgency_reason",
    "question",
    "summary",
)
OTHER_FIELDS: tuple[str, ...] = ("grounds", "period_from", "period_to", "ind_status", "urgent")
EDITABLE_FIELDS: tuple[str, ...] = TEXT_FIELDS + OTHER_FIELDS

MAX_LENGTH: dict[str, int] = {
    "reference": 40,
    "country": 200,
    "role": 500,
    "organisations": 500,
    "ind_status_note": 2000,
    "urgency_reason": 2000,
    "question": 4000,
    "summary": 20000,
}

_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "reference": ("referentie", "reference"),
    "grounds": ("1F-grond", "1F ground"),
    "country": ("land of conflict", "country or conflict"),
    "period_from": ("periode vanaf", "period from"),
    "period_to": ("periode tot en met", "period to"),
    "role": ("vermeende rol", "alleged role"),
    "organisations": ("organisatie(s)", "organisation(s)"),
    "ind_status": ("procedurele status IND", "IND procedural status"),
    "ind_status_note": ("toelichting status", "status note"),
    "urgent": ("spoed", "urgent"),
    "urgency_reason": ("reden van spoed", "reason for urgency"),
    "question": ("vraag aan het OM", "question to the OM"),
    "summary": ("samenvatting", "summary"),
    "status": ("status", "status"),
}

REFERENCE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._/\-]*")
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def ground_label(ground: str, lang: str | None = None) -> str:
    nl, en = _GROUND_LABELS.get(ground, (ground, ground))
    return pick(nl, en, lang)


def ind_status_label(code: str, lang: str | None = None) -> str:
    nl, en = _IND_LABELS.get(code, (code, code))
    return pick(nl, en, lang)


def status_label(code: str, lang: str | None = None) -> str:
    nl, en = _STATUS_LABELS.get(code, (code, code))
    return pick(nl, en, lang)


def audit_label(case_id: int, reference: str) -> str:
    """The case's reference for the audit log, unless the reference itself looks like personal data
    (then the internal number, so a kept finding never reaches the log)."""
    return f"#{case_id}" if scan(reference) else reference


def field_label(name: str, lang: str | None = None) -> str:
    nl, en = _FIELD_LABELS.get(name, (name, name))
    return pick(nl, en, lang)


def field_labels(lang: str | None = None) -> dict[str, str]:
    return {name: field_label(name, lang) for name in _FIELD_LABELS}


def format_grounds(grounds: tuple[str, ...]) -> str:
    return ", ".join(f"1F({g})" for g in grounds)


def format_period(start: str, end: str) -> str:
    if start and end:
        return start if start == end else f"{start} – {end}"
    if start:
        return pick(f"vanaf {start}", f"from {start}")
    if end:
        return pick(f"tot en met {end}", f"until {end}")
    return ""


@dataclass(frozen=True)
class Case:
    id: int
    reference: str
    status: str
    grounds: tuple[str, ...]
    country: str
    period_from: str
    period_to: str
    role: str
    organisations: str
    ind_status: str
    ind_status_note: str
    urgent: bool
    urgency_reason: str
    question: str
    summary: str
    created_at: str
    updated_at: str
    closed_at: str | None
    retention_until: str | None

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    def value(self, name: str) -> object:
        return getattr(self, name)

    def texts(self) -> dict[str, str]:
        return {name: str(getattr(self, name)) for name in TEXT_FIELDS}

    def retention_due(self, today: date) -> bool:
        return self.retention_until is not None and self.retention_until <= today.isoformat()


class CaseRow(NamedTuple):
    """One line of the register: what the table shows, without the long texts.

    A named tuple of plain values: small and without a ``__dict__``. (The garbage collector still
    tracks it: it stops tracking exact tuples only, not subclasses; the few thousand lines the
    register holds cost a full collection about a millisecond, measured in issue 17.)"""

    id: int
    reference: str
    status: str
    grounds: tuple[str, ...]
    country: str
    period_from: str
    period_to: str
    role: str
    ind_status: str
    urgent: bool
    updated_at: str
    retention_until: str | None


# --- validation -----------------------------------------------------------------------------------
def parse_grounds(value: object) -> tuple[str, ...]:
    """'a, b', 'ab', '1F(a) 1F(c)', ['a'] -> ('a', 'b') …; unknown letters raise ValueError."""
    if isinstance(value, list | tuple | set | frozenset):
        items = [str(v) for v in value]
    else:
        text = str(value or "").lower().replace("1f", " ")
        items = re.findall(r"[a-z]", text)
    found = set()
    for item in items:
        letter = item.strip().lower().removeprefix("1f").strip("() ")
        if not letter:
            continue
        if letter not in GROUNDS:
            raise ValueError(letter)
        found.add(letter)
    return tuple(g for g in GROUNDS if g in found)


def normalise_period(value: str) -> str:
    return value.strip()


def period_error(value: str, lang: str | None = None) -> str | None:
    """None when ``value`` is empty or a year, year-month or date (YYYY, YYYY-MM, YYYY-MM-DD)."""
    value = value.strip()
    if not value:
        return None
    match = _PERIOD.fullmatch(value)
    if match is None:
        return pick(
            "gebruik een jaar (1994), jaar en maand (1994-04) of datum (1994-04-07)",
            "use a year (1994), year and month (1994-04) or a date (1994-04-07)",
            lang,
        )
    year, month, day = (int(g) if g else None for g in match.groups())
    if not 1900 <= (year or 0) <= 2100:
        return pick("het jaar ligt buiten 1900–2100", "the year is outside 1900–2100", lang)
    if month is not None and not 1 <= month <= 12:
        return pick("de maand bestaat niet", "the month does not exist", lang)
    if day is not None and month is not None:
        try:
            date(year or 1900, month, day)
        except ValueError:
            return pick("de datum bestaat niet", "the date does not exist", lang)
    return None


def field_error(name: str, value: object, lang: str | None = None) -> str | None:
    """The inline message for one field's value, or None when it may be stored."""
    if name == "reference":
        text = str(value).strip()
        if not text:
            return pick("een referentie is verplicht", "a reference is required", lang)
        if len(text) > MAX_LENGTH["reference"]:
            return pick(
                f"hoogstens {MAX_LENGTH['reference']} tekens",
                f"at most {MAX_LENGTH['reference']} characters",
                lang,
            )
        if not REFERENCE_PATTERN.fullmatch(text):
            return pick(
                "alleen letters, cijfers, spatie en . _ / -",
                "only letters, digits, space and . _ / -",
                lang,
            )
        return None
    if name in MAX_LENGTH:
        if len(str(value)) > MAX_LENGTH[name]:
            return pick(
                f"hoogstens {MAX_LENGTH[name]} tekens", f"at most {MAX_LENGTH[name]} characters", lang
            )
        return None
    if name in ("period_from", "period_to"):
        return period_error(str(value), lang)
    if name == "grounds":
        try:
            parse_grounds(value)
        except ValueError:
            return pick("kies uit 1F(a), 1F(b) en 1F(c)", "choose from 1F(a), 1F(b) and 1F(c)", lang)
        return None
    if name == "ind_status":
        if value and value not in IND_STATUSES:
            return pick("onbekende procedurele status", "unknown procedural status", lang)
        return None
    if name == "urgent":
        return None
    if name == "status":
        return None if value in _STATUS_LABELS else pick("onbekende status", "unknown status", lang)
    return pick("onbekend veld", "unknown field", lang)


def period_order_error(start: str, end: str, lang: str | None = None) -> str | None:
    if (
        start
        and end
        and period_error(start) is None
        and period_error(end) is None
        and start[: len(end)] > end
    ):
        return pick(
            "het begin van de periode ligt na het einde",
            "the period starts after it ends",
            lang,
        )
    return None


def warnings(case: Case, lang: str | None = None) -> dict[str, str]:
    """Soft hints that do not stop a save (the editor shows them next to the field)."""
    out: dict[str, str] = {}
    if not case.grounds:
        out["grounds"] = pick("nog geen 1F-grond gekozen", "no 1F ground chosen yet", lang)
    if case.urgent and not case.urgency_reason.strip():
        out["urgency_reason"] = pick("geef de reden van de spoed", "give the reason for the urgency", lang)
    if not case.question.strip():
        out["question"] = pick("wat vraagt de IND aan het OM?", "what does the IND ask of the OM?", lang)
    return out
