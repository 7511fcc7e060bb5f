"""Passphrase strength feedback (pure Python, shared by the wizard and the CLI).

zxcvbn estimates guessing cost; its English feedback is replaced by short Dutch or English hints.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.i18n import pick
from storage.passphrase_policy import MIN_PASSPHRASE_LENGTH

MIN_SCORE = 3


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    label: str
    hint: str
    acceptable: bool


def _labels() -> list[str]:
    return [
        pick("zeer zwak", "very weak"),
        pick("zwak", "weak"),
        pick("matig", "fair"),
        pick("sterk", "strong"),
        pick("zeer sterk", "very strong"),
    ]


def assess(passphrase: str, context: list[str] | None = None) -> Strength:
    if not passphrase:
        return Strength(0, _labels()[0], pick("Kies een wachtwoord.", "Choose a passphrase."), False)
    from zxcvbn import zxcvbn  # its dictionaries take a while to load; only when really needed

    result = zxcvbn(passphrase[:100], user_inputs=context or ["overlegtafel", "ind", "om"])
    score = int(result["score"])
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        hint = pick(
            f"Gebruik minstens {MIN_PASSPHRASE_LENGTH} tekens; een zin van vier woorden is sterk en goed te onthouden.",
            f"Use at least {MIN_PASSPHRASE_LENGTH} characters; a four-word sentence is strong and memorable.",
        )
        return Strength(min(score, 1), _labels()[min(score, 1)], hint, False)
    if score < MIN_SCORE:
        hint = pick(
            "Te makkelijk te raden. Voeg woorden toe die niet bij elkaar horen.",
            "Too easy to guess. Add words that do not belong together.",
        )
        return Strength(score, _labels()[score], hint, False)
    return Strength(score, _labels()[score], pick("Goed.", "Good."), True)
