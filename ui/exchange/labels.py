"""Display names of roles and of the verdicts of an import preview."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_ROLES = {
    "ind": QT_TRANSLATE_NOOP("ExchangeLabels", "IND case officer"),
    "voorzitter": QT_TRANSLATE_NOOP("ExchangeLabels", "Chair"),
    "secretaris": QT_TRANSLATE_NOOP("ExchangeLabels", "Secretary"),
    "om": QT_TRANSLATE_NOOP("ExchangeLabels", "Public prosecution (OM)"),
}
# The names users usually give (they are names, so Dutch in both languages).
_NAMES = {
    "ind": "IND casusbehandelaar 1F",
    "voorzitter": "Voorzitter",
    "secretaris": "Secretaris",
    "om": "OM",
}
_STATUSES = {
    "new": QT_TRANSLATE_NOOP("ExchangeLabels", "new"),
    "changed": QT_TRANSLATE_NOOP("ExchangeLabels", "changed"),
    "deleted": QT_TRANSLATE_NOOP("ExchangeLabels", "deleted"),
    "unchanged": QT_TRANSLATE_NOOP("ExchangeLabels", "unchanged"),
    "refused": QT_TRANSLATE_NOOP("ExchangeLabels", "refused"),
}
_KINDS = {
    "case": QT_TRANSLATE_NOOP("ExchangeLabels", "case"),
    "meeting": QT_TRANSLATE_NOOP("ExchangeLabels", "meeting"),
    "meeting_record": QT_TRANSLATE_NOOP("ExchangeLabels", "meeting record"),
    "participant": QT_TRANSLATE_NOOP("ExchangeLabels", "participant"),
    "attendance": QT_TRANSLATE_NOOP("ExchangeLabels", "attendance"),
    "agenda_item": QT_TRANSLATE_NOOP("ExchangeLabels", "agenda item"),
    "item_minutes": QT_TRANSLATE_NOOP("ExchangeLabels", "minutes"),
    "decision": QT_TRANSLATE_NOOP("ExchangeLabels", "decision"),
    "action": QT_TRANSLATE_NOOP("ExchangeLabels", "action item"),
    "amendment": QT_TRANSLATE_NOOP("ExchangeLabels", "amendment"),
    "seal": QT_TRANSLATE_NOOP("ExchangeLabels", "seal"),
    "addendum": QT_TRANSLATE_NOOP("ExchangeLabels", "addendum"),
}


def _tr(text: object) -> str:
    # The tables' values come from QT_TRANSLATE_NOOP, typed as object; at run time the source text.
    return QCoreApplication.translate("ExchangeLabels", str(text))


def role_label(role: str) -> str:
    return _tr(_ROLES[role]) if role in _ROLES else role


def role_names() -> dict[str, str]:
    return dict(_NAMES)


def status_label(status: str) -> str:
    return _tr(_STATUSES[status]) if status in _STATUSES else status


def kind_label(kind: str) -> str:
    return _tr(_KINDS[kind]) if kind in _KINDS else kind
