"""Translated labels of the case register (statuses, procedural statuses, grounds, saved filters,
fields, columns), marked for lupdate with QT_TRANSLATE_NOOP and translated when shown.

``str(QT_TRANSLATE_NOOP(…))``: the marker gives its text back unchanged, but PySide's stub types it
as ``object``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CaseLabels"


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


STATUS: dict[str, str] = {
    "new": str(QT_TRANSLATE_NOOP("CaseLabels", "New")),
    "on_agenda": str(QT_TRANSLATE_NOOP("CaseLabels", "On agenda")),
    "under_discussion": str(QT_TRANSLATE_NOOP("CaseLabels", "Under discussion")),
    "awaiting_information": str(QT_TRANSLATE_NOOP("CaseLabels", "Awaiting information")),
    "deferred": str(QT_TRANSLATE_NOOP("CaseLabels", "Deferred")),
    "aangifte": str(QT_TRANSLATE_NOOP("CaseLabels", "Criminal complaint (aangifte)")),
    "geen_aangifte": str(QT_TRANSLATE_NOOP("CaseLabels", "No criminal complaint")),
    "closed": str(QT_TRANSLATE_NOOP("CaseLabels", "Closed")),
}

IND_STATUS: dict[str, str] = {
    "": str(QT_TRANSLATE_NOOP("CaseLabels", "(not set)")),
    "asylum_refused_1f": str(QT_TRANSLATE_NOOP("CaseLabels", "Asylum refused with 1F")),
    "residence_permit": str(QT_TRANSLATE_NOOP("CaseLabels", "Residence permit")),
    "naturalisation_pending": str(QT_TRANSLATE_NOOP("CaseLabels", "Naturalisation request pending")),
    "departure_imminent": str(QT_TRANSLATE_NOOP("CaseLabels", "Departure imminent")),
    "not_removable_art3": str(QT_TRANSLATE_NOOP("CaseLabels", "Not removable (art. 3 ECHR)")),
    "other": str(QT_TRANSLATE_NOOP("CaseLabels", "Other")),
}

GROUND: dict[str, str] = {
    "a": str(
        QT_TRANSLATE_NOOP("CaseLabels", "1F(a): crime against peace, war crime, crime against humanity")
    ),
    "b": str(QT_TRANSLATE_NOOP("CaseLabels", "1F(b): serious non-political crime")),
    "c": str(QT_TRANSLATE_NOOP("CaseLabels", "1F(c): acts contrary to the purposes of the UN")),
}

VIEW: dict[str, str] = {
    "all": str(QT_TRANSLATE_NOOP("CaseLabels", "All cases")),
    "open": str(QT_TRANSLATE_NOOP("CaseLabels", "Open")),
    "urgent": str(QT_TRANSLATE_NOOP("CaseLabels", "Urgent")),
    "awaiting_om": str(QT_TRANSLATE_NOOP("CaseLabels", "Awaiting the OM")),
    "aangifte": str(QT_TRANSLATE_NOOP("CaseLabels", "Aangifte")),
    "retention_due": str(QT_TRANSLATE_NOOP("CaseLabels", "Retention date passed")),
}

FIELD: dict[str, str] = {
    "reference": str(QT_TRANSLATE_NOOP("CaseLabels", "Reference")),
    "status": str(QT_TRANSLATE_NOOP("CaseLabels", "Status")),
    "grounds": str(QT_TRANSLATE_NOOP("CaseLabels", "1F ground")),
    "country": str(QT_TRANSLATE_NOOP("CaseLabels", "Country or conflict")),
    "period_from": str(QT_TRANSLATE_NOOP("CaseLabels", "Period from")),
    "period_to": str(QT_TRANSLATE_NOOP("CaseLabels", "Period to")),
    "role": str(QT_TRANSLATE_NOOP("CaseLabels", "Alleged role")),
    "organisations": str(QT_TRANSLATE_NOOP("CaseLabels", "Organisation(s)")),
    "ind_status": str(QT_TRANSLATE_NOOP("CaseLabels", "Procedural status at the IND")),
    "ind_status_note": str(QT_TRANSLATE_NOOP("CaseLabels", "Status note")),
    "urgent": str(QT_TRANSLATE_NOOP("CaseLabels", "Urgent")),
    "urgency_reason": str(QT_TRANSLATE_NOOP("CaseLabels", "Reason for urgency")),
    "question": str(QT_TRANSLATE_NOOP("CaseLabels", "Question to the OM")),
    "summary": str(QT_TRANSLATE_NOOP("CaseLabels", "Summary")),
}


def status(code: str) -> str:
    return t(STATUS.get(code, code))


def ind_status(code: str) -> str:
    return t(IND_STATUS.get(code, code))


def view(code: str) -> str:
    return t(VIEW.get(code, code))


def field(name: str) -> str:
    return t(FIELD.get(name, name))


def grounds_short(grounds: tuple[str, ...]) -> str:
    """Compact, for the register's "1F" column: "a, b"."""
    return ", ".join(grounds)
