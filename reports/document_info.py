"""What the page layout prints around a record's content (title, marking, status, version…)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reports.dutch import LANGUAGES

STATUSES = ("concept", "vastgesteld", "none")

_SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")

# BCP 47 tags for the PDF catalog and XMP: screen readers and archives pick the language up.
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}


@dataclass(frozen=True)
class DocumentInfo:
    title: str  # "Besluitenlijst"
    meeting: str | None  # "Overlegtafel 1F · OT 2026-03 · 5 juli 2023"; None outside meetings
    marking: str | None  # "DEPARTEMENTAAL VERTROUWELIJK" top and bottom; None or "" = none
    status: str  # "concept" | "vastgesteld" | "none"
    adopted_on: date | None  # printed with VASTGESTELD
    fingerprint: str | None  # sealed SHA-256 hex, printed with VASTGESTELD
    version: str  # "1" → "versie 1"
    issued: date  # the document date; also the PDF creation date (keeps output deterministic)
    author: str = "Overlegtafel"
    subject: str = ""
    lang: str = "nl"
    audit_head: str | None = None  # the audit chain's head at adoption, printed with VASTGESTELD

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {self.status!r}")
        if self.lang not in LANGUAGES:
            raise ValueError(f"lang must be one of {LANGUAGES}, not {self.lang!r}")
        if self.fingerprint is not None and not _SHA256_HEX.fullmatch(self.fingerprint):
            raise ValueError("fingerprint must be a SHA-256 digest in hexadecimal (64 characters)")

    @property
    def language_tag(self) -> str:
        return LANGUAGE_TAGS[self.lang]

    @property
    def has_marking(self) -> bool:
        return bool(self.marking and self.marking.strip())

    @property
    def short_fingerprint(self) -> str | None:
        """'3f2a9c1e…5b7d0e4f': enough to compare by eye, short enough for a footer."""
        if not self.fingerprint:
            return None
        fp = self.fingerprint.lower()
        return f"{fp[:8]}…{fp[-8:]}"
