"""Detectors for document numbers (residence cards, passports, ID cards) and licence plates."""

from __future__ import annotations

import re

from stdnum.nl import identiteitskaartnummer

from storage.guard.context import has_keyword, keyword_before
from storage.guard.findings import Finding

# Residence documents carry their type in Roman numerals (I–V, EU) or W before the number.
_RESIDENCE_RE = re.compile(r"(?<![\w-])((?:I{1,3}|IV|V|EU|W)\s?-\s?(?=[A-Z0-9]*\d)[A-Z0-9]{7,10})(?![\w-])")
# Dutch passports and ID cards: two letters, six letters or digits, one digit, never the letter O.
_NL_DOC_RE = re.compile(r"(?<![\w-])([A-NP-Z]{2}[A-NP-Z0-9]{6}\d)(?![\w-])")
_DOC_TOKEN_RE = re.compile(r"(?<![\w-])([A-Z0-9](?:[A-Z0-9]|[ /-](?=[A-Z0-9])){5,16})(?![\w-])")
_DOC_KEY = keyword_before(
    r"paspoort\w*|\bpassport\w*|\bpas\b|identiteitskaart\w*|\bid-?kaart\w*|\bid card\b"
    r"|identiteitsbewijs\w*|reisdocument\w*|verblijfsdocument\w*|verblijfspas\w*"
    r"|verblijfsvergunning\w*|\bw-?document\w*|documentnummer\w*|document number"
    r"|tazkira\w*|tazkera\w*|tazkirah|laissez-passer|rijbewijs\w*|driving licence|vergunningnummer"
    r"|kaartnummer|identity card"
)

_SIDECODES = (
    r"[A-Z]{2}-\d{2}-\d{2}",
    r"\d{2}-\d{2}-[A-Z]{2}",
    r"\d{2}-[A-Z]{2}-\d{2}",
    r"[A-Z]{2}-\d{2}-[A-Z]{2}",
    r"[A-Z]{2}-[A-Z]{2}-\d{2}",
    r"\d{2}-[A-Z]{2}-[A-Z]{2}",
    r"\d{2}-[A-Z]{3}-\d",
    r"\d-[A-Z]{3}-\d{2}",
    r"[A-Z]{2}-\d{3}-[A-Z]",
    r"[A-Z]-\d{3}-[A-Z]{2}",
    r"[A-Z]{3}-\d{2}-[A-Z]",
    r"[A-Z]-\d{2}-[A-Z]{3}",
    r"\d-[A-Z]{2}-\d{3}",
    r"\d{3}-[A-Z]{2}-\d",
)
_PLATE_RE = re.compile(r"(?<![\w-])(" + "|".join(_SIDECODES) + r")(?![\w-])")
_PLATE_TOKEN_RE = re.compile(r"(?<![\w-])([A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){0,3})(?![\w-])")
_PLATE_KEY = keyword_before(
    r"kenteken\w*|nummerpla\w+|licen[cs]e plate|registration( number)?|number plate|\bplate\b"
)
_DATE_SHAPE = re.compile(r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|\d{4}-\d{2}(-\d{2})?")
# The app's own references (C-2026-014, B-2026-03-02, OT 2026-03) are not about a person.
_APP_REF = re.compile(r"[A-Z]{1,3}[- ]\d{4}(?:-\d{2,3}){1,2}")


def _mixed(s: str, min_digits: int) -> bool:
    digits = sum(c.isdigit() for c in s)
    return (digits >= min_digits and any(c.isalpha() for c in s)) or digits >= 6


def find_documents(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _RESIDENCE_RE.finditer(text):
        out.append(Finding("document", *m.span(1), "residence"))
    for m in _NL_DOC_RE.finditer(text):
        raw = m.group(1)
        if identiteitskaartnummer.is_valid(raw) and sum(c.isdigit() for c in raw) >= 2:
            out.append(Finding("document", *m.span(1), "nl_passport"))
    for m in _DOC_TOKEN_RE.finditer(text):
        raw = m.group(1).rstrip()
        if _DATE_SHAPE.fullmatch(raw) or _APP_REF.match(raw) or not _mixed(raw, 2):
            continue
        if has_keyword(_DOC_KEY, text, m.start(1)):
            out.append(Finding("document", m.start(1), m.start(1) + len(raw), "context"))
    return out


def find_plates(text: str) -> list[Finding]:
    out: list[Finding] = [Finding("plate", *m.span(1), "sidecode") for m in _PLATE_RE.finditer(text)]
    for m in _PLATE_TOKEN_RE.finditer(text):
        raw = m.group(1)
        if _DATE_SHAPE.fullmatch(raw) or _APP_REF.match(raw) or not _mixed(raw, 1):
            continue
        if len(raw.replace("-", "").replace(" ", "")) < 4:
            continue
        if has_keyword(_PLATE_KEY, text, m.start(1), 32):
            out.append(Finding("plate", *m.span(1), "context"))
    return out
