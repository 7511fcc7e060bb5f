"""Recovery codes: 8 groups of 5 characters from an alphabet without look-alikes (≈196 bits)."""

from __future__ import annotations

import secrets

from storage.errors import RecoveryCodeInvalid
from storage.i18n import pick

# No 0/O, 1/I/L or U/V confusion when read aloud or written by hand.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
GROUPS = 8
GROUP_LEN = 5


def generate() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN))
    return format_code(chars)


def format_code(chars: str) -> str:
    return "-".join(chars[i : i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN))


def normalise(text: str) -> str:
    """Accept the code as typed: any case, spaces or dashes between groups."""
    chars = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    bad = sorted({ch for ch in chars if ch not in ALPHABET})
    if bad:
        raise RecoveryCodeInvalid(
            detail=pick(
                f"de tekens {' '.join(bad)} komen in een herstelcode niet voor",
                f"the characters {' '.join(bad)} never occur in a recovery code",
            )
        )
    if len(chars) != GROUPS * GROUP_LEN:
        raise RecoveryCodeInvalid(
            detail=pick(
                f"een herstelcode heeft {GROUPS * GROUP_LEN} tekens, hier staan er {len(chars)}",
                f"a recovery code has {GROUPS * GROUP_LEN} characters, this has {len(chars)}",
            )
        )
    return format_code(chars)
