"""Language selection for messages produced outside Qt (storage errors, CLI output, reports).

The Qt layer has its own translator; this module keeps the non-Qt layers free of Qt while still
answering in the user's language.
"""

from __future__ import annotations

import os

SUPPORTED = ("nl", "en")
_language = (
    os.environ.get("OVERLEGTAFEL_LANG", "nl")
    if os.environ.get("OVERLEGTAFEL_LANG", "nl") in SUPPORTED
    else "nl"
)


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in SUPPORTED else "nl"


def language() -> str:
    return _language


def pick(nl: str, en: str, lang: str | None = None) -> str:
    return en if (lang or _language) == "en" else nl
