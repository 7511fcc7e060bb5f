"""The small-number protection settings: threshold and rule. Only the chair changes them (the
application has no user roles inside one store, so the change is the chair's act in the UI and the
audit log records who made it, the old and the new values)."""

from __future__ import annotations

from dataclasses import dataclass

from storage.errors import ValidationError
from storage.i18n import pick
from storage.statistics.suppression import Rule
from storage.store import Store

SETTING = "statistics_protection"
DEFAULT_THRESHOLD = 5
MIN_THRESHOLD, MAX_THRESHOLD = 3, 20


@dataclass(frozen=True)
class Protection:
    threshold: int = DEFAULT_THRESHOLD
    rule: Rule = Rule.SECONDARY

    def to_dict(self) -> dict[str, object]:
        return {"threshold": self.threshold, "rule": self.rule.value}


def protection(store: Store) -> Protection:
    value = store.settings.get(SETTING, {})
    if not isinstance(value, dict):
        return Protection()
    threshold = value.get("threshold", DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, int):
        threshold = DEFAULT_THRESHOLD
    threshold = min(max(threshold, MIN_THRESHOLD), MAX_THRESHOLD)  # a tampered value never weakens it
    try:
        rule = Rule(str(value.get("rule", Rule.SECONDARY.value)))
    except ValueError:
        rule = Rule.SECONDARY
    return Protection(threshold, rule)


def set_protection(store: Store, threshold: int, rule: str) -> Protection:
    """The chair sets the threshold (counts below it are hidden) and the rule (``primary``: only
    small cells; ``secondary``: also what totals would give away). Audited as
    ``statistics.protection`` with the old and new values."""
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, int)
        or not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD
    ):
        raise ValidationError(
            detail=pick(
                f"Drempel voor kleine aantallen: kies {MIN_THRESHOLD} tot en met {MAX_THRESHOLD}.",
                f"Small-number threshold: choose {MIN_THRESHOLD} to {MAX_THRESHOLD}.",
            )
        )
    try:
        chosen = Rule(rule)
    except ValueError as exc:
        raise ValidationError(
            detail=pick(
                "Regel: kies 'primary' (alleen kleine cellen) of 'secondary' (ook via totalen).",
                "Rule: choose 'primary' (small cells only) or 'secondary' (also through totals).",
            )
        ) from exc
    new = Protection(threshold, chosen)
    with store.db.atomic():
        old = protection(store)
        store.settings.set(SETTING, new.to_dict())
        store.audit.append(
            "statistics.protection", "setting", SETTING, detail={"from": old.to_dict(), "to": new.to_dict()}
        )
    return new
