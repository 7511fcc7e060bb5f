"""Translated labels of the case register (statuses, procedural statuses, grounds, saved filters,
fields, columns), marked for lupdate with QT_TRANSLATE_NOOP and translated when shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CaseLabels"


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


STATUS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("CaseLabels", "New"),
    "on_agenda": QT_TRANSLATE_NOOP("CaseLabels", "On agenda"),
    "under_discussion": QT_TRANSLATE_NOOP("CaseLabels", "Under discussion"),
    "awaiting_information": QT_TRANSLATE_NOOP("CaseLabels", "Awaiting information"),
    "deferred": QT_TRANSLATE_NOOP("CaseLabels", "Deferred"),
    "aangifte": QT_TRANSLATE_NOOP("CaseLabels", "Criminal complaint (aangifte)"),
    "geen_aangifte": QT_TRANSLATE_NOOP("CaseLabels", "No criminal complaint"),
    "closed": QT_TRANSLATE_NOOP("CaseLabels", "Closed"),
}

IND_STATUS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("CaseLabels", "(not set)"),
    "asylum_refused_1f": QT_TRANSLATE_NOOP("CaseLabels", "Asylum refused with 1F"),
    "residence_permit": QT_TRANSLATE_NOOP("CaseLabels", "Residence permit"),
    "naturalisation_pending": QT_TRANSLATE_NOOP("CaseLabels", "Naturalisation request pending"),
    "departure_imminent": QT_TRANSLATE_NOOP("CaseLabels", "Departure imminent"),
    "not_removable_art3": QT_TRANSLATE_NOOP("CaseLabels", "Not removable (art. 3 ECHR)"),
    "other": QT_TRANSLATE_NOOP("CaseLabels", "Other"),
}

GROUND: dict[str, str] = {
    "a": QT_TRANSLATE_NOOP("CaseLabels", "1F(a): crime against peace, war crime, crime against humanity"),
    "b": QT_TRANSLATE_NOOP("CaseLabels", "1F(b): serious non-political crime"),
    "c": QT_TRANSLATE_NOOP("CaseLabels", "1F(c): acts contrary to the purposes of the UN"),
}

VIEW: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("CaseLabels", "All cases"),
    "open": QT_TRANSLATE_NOOP("CaseLabels", "Open"),
    "urgent": QT_TRANSLATE_NOOP("CaseLabels", "Urgent"),
    "awaiting_om": QT_TRANSLATE_NOOP("CaseLabels", "Awaiting the OM"),
    "aangifte": QT_TRANSLATE_NOOP("CaseLabels", "Aangifte"),
    "retention_due": QT_TRANSLATE_NOOP("CaseLabels", "Retention date passed"),
}

FIELD: dict[str, str] = {
    "reference": QT_TRANSLATE_NOOP("CaseLabels", "Reference"),
    "status": QT_TRANSLATE_NOOP("CaseLabels", "Status"),
    "grounds": QT_TRANSLATE_NOOP("CaseLabels", "1F ground"),
    "country": QT_TRANSLATE_NOOP("CaseLabels", "Country or conflict"),
    "period_from": QT_TRANSLATE_NOOP("CaseLabels", "Period from"),
    "period_to": QT_TRANSLATE_NOOP("CaseLabels", "Period to"),
    "role": QT_TRANSLATE_NOOP("CaseLabels", "Alleged role"),
    "organisations": QT_TRANSLATE_NOOP("CaseLabels", "Organisation(s)"),
    "ind_status": QT_TRANSLATE_NOOP("CaseLabels", "Procedural status at the IND"),
    "ind_status_note": QT_TRANSLATE_NOOP("CaseLabels", "Status note"),
    "urgent": QT_TRANSLATE_NOOP("CaseLabels", "Urgent"),
    "urgency_reason": QT_TRANSLATE_NOOP("CaseLabels", "Reason for urgency"),
    "question": QT_TRANSLATE_NOOP("CaseLabels", "Question to the OM"),
    "summary": QT_TRANSLATE_NOOP("CaseLabels", "Summary"),
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
