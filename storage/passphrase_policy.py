"""The hard minimum every passphrase must meet (the UI adds strength feedback on top)."""

from __future__ import annotations

from storage.errors import WeakPassphrase
from storage.i18n import pick

MIN_PASSPHRASE_LENGTH = 10


def check_passphrase_minimum(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            detail=pick(
                f"gebruik minstens {MIN_PASSPHRASE_LENGTH} tekens, bij voorkeur een zin van "
                "vier of meer woorden.",
                f"use at least {MIN_PASSPHRASE_LENGTH} characters, preferably a sentence of four "
                "or more words.",
            )
        )
