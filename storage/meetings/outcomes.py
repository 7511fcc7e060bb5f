"""The outcomes a decision can have, configurable through the store setting ``decision_outcomes``.

A setting value is a list of objects with the keys of ``DEFAULT_OUTCOMES`` below. Fields a decision
can carry: ``text`` (the wording of the decision), ``responsible_organisation`` (IND/OM/other),
``responsible`` (who files / from whom, a role), ``deadline`` (by when / until when), ``reason``,
``request`` (what information) and ``keep_monitoring``. ``case_status`` is the status the case gets
(``storage.cases.status.CaseStatus``); ``creates_action`` makes an action item from the decision;
``returns_to_agenda`` puts the case among the suggestions for a later agenda.
"""

from __future__ import annotations

from typing import Any

from storage.cases.status import CaseStatus
from storage.errors import ValidationError
from storage.i18n import pick
from storage.meetings.model import Outcome
from storage.store import Store

SETTING = "decision_outcomes"
FIELDS = (
    "text",
    "responsible_organisation",
    "responsible",
    "deadline",
    "reason",
    "request",
    "keep_monitoring",
)

AANGIFTE = "aangifte"
NADERE_INFORMATIE = "nadere_informatie"
AANHOUDEN = "aanhouden"
GEEN_AANGIFTE = "geen_aangifte"
AFGESLOTEN = "afgesloten"

DEFAULT_OUTCOMES: list[dict[str, Any]] = [
    {
        "key": AANGIFTE,
        "label": "Aangifte",
        "label_en": "Criminal complaint",
        "case_status": CaseStatus.AANGIFTE.value,
        "required": ["responsible", "deadline"],
        "optional": ["responsible_organisation", "text"],
        "creates_action": False,
        "returns_to_agenda": False,
        "field_labels": {"responsible": "Wie doet aangifte", "deadline": "Uiterlijk op"},
    },
    {
        "key": NADERE_INFORMATIE,
        "label": "Nadere informatie",
        "label_en": "Further information",
        "case_status": CaseStatus.AWAITING_INFORMATION.value,
        "required": ["request", "responsible_organisation", "deadline"],
        "optional": ["responsible", "text"],
        "creates_action": True,
        "returns_to_agenda": True,
        "field_labels": {
            "request": "Welke informatie",
            "responsible_organisation": "Van wie (organisatie)",
            "responsible": "Van wie (rol)",
            "deadline": "Uiterlijk op",
        },
    },
    {
        "key": AANHOUDEN,
        "label": "Aanhouden",
        "label_en": "Deferred",
        "case_status": CaseStatus.DEFERRED.value,
        "required": ["reason"],
        "optional": ["deadline", "text"],
        "creates_action": False,
        "returns_to_agenda": True,
        "field_labels": {"reason": "Waarom", "deadline": "Aangehouden tot"},
    },
    {
        "key": GEEN_AANGIFTE,
        "label": "Geen aangifte",
        "label_en": "No complaint",
        "case_status": CaseStatus.GEEN_AANGIFTE.value,
        "required": ["reason"],
        "optional": ["keep_monitoring", "text"],
        "creates_action": False,
        "returns_to_agenda": False,
        "field_labels": {"reason": "Reden", "keep_monitoring": "Blijven volgen"},
    },
    {
        "key": AFGESLOTEN,
        "label": "Afgesloten / ingetrokken",
        "label_en": "Closed / withdrawn",
        "case_status": CaseStatus.CLOSED.value,
        "required": [],
        "optional": ["reason", "text"],
        "creates_action": False,
        "returns_to_agenda": False,
        "field_labels": {"reason": "Toelichting"},
    },
]


def _parse(entry: dict[str, Any]) -> Outcome:
    try:
        key = str(entry["key"])
        case_status = CaseStatus(str(entry["case_status"])).value
        required = tuple(str(f) for f in entry.get("required", ()))
        optional = tuple(str(f) for f in entry.get("optional", ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            detail=pick(
                "De instelling met uitkomsten van besluiten is ongeldig.",
                "The decision outcome setting is invalid.",
            )
        ) from exc
    unknown = [f for f in required + optional if f not in FIELDS]
    if unknown or not key:
        raise ValidationError(
            detail=pick(
                f"Uitkomst {key!r}: onbekende velden {', '.join(unknown)}.",
                f"Outcome {key!r}: unknown fields {', '.join(unknown)}.",
            )
        )
    labels = entry.get("field_labels") or {}
    return Outcome(
        key=key,
        label=str(entry.get("label") or key),
        label_en=str(entry.get("label_en") or entry.get("label") or key),
        case_status=case_status,
        required=required,
        optional=optional,
        creates_action=bool(entry.get("creates_action", False)),
        returns_to_agenda=bool(entry.get("returns_to_agenda", False)),
        field_labels=tuple((str(k), str(v)) for k, v in dict(labels).items()),
    )


_DEFAULTS_PARSED: tuple[Outcome, ...] | None = None


def outcomes(store: Store) -> tuple[Outcome, ...]:
    """The configured outcomes in button order (the defaults when nothing is configured)."""
    global _DEFAULTS_PARSED
    configured = store.settings.get(SETTING, None)
    if isinstance(configured, list) and configured:
        return tuple(_parse(e) for e in configured)
    if _DEFAULTS_PARSED is None:
        _DEFAULTS_PARSED = tuple(_parse(e) for e in DEFAULT_OUTCOMES)
    return _DEFAULTS_PARSED


def outcome(store: Store, key: str) -> Outcome:
    for item in outcomes(store):
        if item.key == key:
            return item
    raise ValidationError(
        detail=pick(f"Onbekende uitkomst {key!r}.", f"Unknown outcome {key!r}."),
    )


def outcome_or_none(store: Store, key: str) -> Outcome | None:
    for item in outcomes(store):
        if item.key == key:
            return item
    return None


def label_for(store: Store, key: str) -> str:
    """Label of an outcome, also for keys that were later removed from the setting."""
    found = outcome_or_none(store, key)
    if found is not None:
        return found.label
    for entry in DEFAULT_OUTCOMES:
        if entry["key"] == key:
            return str(entry["label"])
    return key


def set_outcomes(store: Store, entries: list[dict[str, Any]]) -> tuple[Outcome, ...]:
    """Validate and store a new outcome list (Instellingen)."""
    parsed = tuple(_parse(e) for e in entries)
    keys = [o.key for o in parsed]
    if len(set(keys)) != len(keys) or not parsed:
        raise ValidationError(
            detail=pick(
                "Uitkomsten moeten elk een eigen sleutel hebben.", "Each outcome needs a key of its own."
            )
        )
    store.settings.set(SETTING, entries)
    return parsed
