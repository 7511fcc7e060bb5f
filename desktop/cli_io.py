"""Reading secrets and printing results for the CLI.

Passphrases come from a prompt, ``--passphrase-file`` or ``OVERLEGTAFEL_PASSPHRASE_FILE``, never
from a plain argument (it would end up in shell history and process listings), as restic and borg do.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from storage.errors import PassphraseMismatch, UsageError
from storage.i18n import pick

PASSPHRASE_ENV = "OVERLEGTAFEL_PASSPHRASE_FILE"


class CliUsage(UsageError):
    nl = "{detail}"
    en = "{detail}"


def read_secret_file(path: str | os.PathLike[str], what: str) -> str:
    try:
        # utf-8-sig: a byte order mark (Notepad) must not become part of the secret.
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CliUsage(
            detail=pick(f"{what}: bestand {path} bestaat niet.", f"{what}: file {path} does not exist.")
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CliUsage(
            detail=pick(f"{what}: bestand {path} is onleesbaar.", f"{what}: file {path} is unreadable.")
        ) from exc
    # Only the line ending is stripped: spaces can be part of a passphrase.
    first_line = text.splitlines()[0] if text else ""
    if not first_line:
        raise CliUsage(detail=pick(f"{what}: bestand {path} is leeg.", f"{what}: file {path} is empty."))
    return first_line


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliUsage(
            detail=pick(
                f"Geen terminal om naar het {label} te vragen; gebruik --passphrase-file of {PASSPHRASE_ENV}.",
                f"No terminal to ask for the {label}; use --passphrase-file or {PASSPHRASE_ENV}.",
            )
        )
    try:
        return getpass.getpass(f"{label.capitalize()}: ")
    except (EOFError, KeyboardInterrupt) as exc:
        raise CliUsage(detail=pick("Afgebroken.", "Cancelled.")) from exc


def passphrase(file_arg: str | None, *, label: str | None = None) -> str:
    file_path = file_arg or os.environ.get(PASSPHRASE_ENV)
    if file_path:
        return read_secret_file(file_path, pick("wachtwoord", "passphrase"))
    return _prompt(label or pick("wachtwoord", "passphrase"))


def new_passphrase(file_arg: str | None) -> str:
    """A new passphrase: from a file, or typed twice."""
    if file_arg:
        return read_secret_file(file_arg, pick("nieuw wachtwoord", "new passphrase"))
    first = _prompt(pick("nieuw wachtwoord", "new passphrase"))
    second = _prompt(pick("herhaal het nieuwe wachtwoord", "repeat the new passphrase"))
    if first != second:
        raise PassphraseMismatch()
    return first


def recovery_code(file_arg: str | None) -> str:
    if file_arg:
        return read_secret_file(file_arg, pick("herstelcode", "recovery code"))
    return _prompt(pick("herstelcode", "recovery code"))


def out(text: str = "") -> None:
    print(text, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def out_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str), flush=True)


def table(rows: list[tuple[str, str]]) -> None:
    width = max((len(k) for k, _ in rows), default=0)
    for key, value in rows:
        out(f"{key + ':':<{width + 2}}{value}")
