"""Detectors for identifiers made of digits: BSN, V-nummer, phone numbers, IBAN.

Checksums (elfproef, IBAN mod-97) come from python-stdnum; where a number has no checksum, a
keyword in front of it (``has_keyword``) is what turns "some digits" into an identifier.
"""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from storage.guard.context import has_keyword, keyword_before
from storage.guard.findings import Finding

_BSN_RE = re.compile(
    r"(?<![\w.,/€$+-])"
    r"(\d{9}|\d{3}([ .])\d{3}\2\d{3}|\d{4}([ .])\d{2}\3\d{3}|\d{2}([ .])\d{3}\4\d{2}\4\d{2})"
    r"(?![\w-]|[.,]\d)"
)
_BSN_KEY = keyword_before(r"\bbsn\b|burgerservicenummer|\bsofi-?nummer|\bsofinr\b|citizen service number")
# Nine-digit numbers that belong to courts, parquets and case files rather than to a person.
_NOT_BSN_KEY = keyword_before(
    r"parketnummer|zaaknummer|\bkenmerk|dossiernummer|rolnummer|registratienummer|\bkvk\b"
    r"|kvk-nummer|referentie|\bref\b\.?|€|\beur\b|euro|\busd\b|\$"
)

_TEN_RE = re.compile(r"(?<![\w.,/€$+-])(\d(?:[ .]?\d){9})(?![\w-]|[ .,]?\d)")
_V_KEY = keyword_before(
    r"\bv-?(?:nummer|nr|number)\b\.?|\bvnr\b\.?|vreemdelingennummer|alien number"
    r"|\bv-?no\b\.?"
)

_PHONE_NL_RE = re.compile(r"(?<![\w+/.,-])(\(?0\d{1,3}\)?(?:(?:\s?[-.]\s?|\s)?\d){6,9})(?![\w]|[.,-]?\d)")
_PHONE_INTL_RE = re.compile(
    r"(?<![\w+/-])((?:\+|00)[1-9]\d{0,2}(?:\s?\(0\))?(?:(?:\s?[-.]\s?|\s)?\d){6,12})(?![\w]|[.-]?\d)"
)
_PHONE_ANY_RE = re.compile(r"(?<![\w/.-])(\d(?:(?:\s?[-.]\s?|\s)?\d){7,13})(?![\w]|[.-]?\d)")
_PHONE_KEY = keyword_before(
    r"\btel\b\.?|telefoon\w*|\bmobiel\w*|\bgsm\b|\bphone\b|\bmobile\b|whats-?app|\bsignal\b"
    r"|\bbel\b|\bgebeld\b|\bbereikbaar\b"
)
_DATE_SHAPE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")

_IBAN_RE = re.compile(r"(?<![\w-])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![\w-])")
_IBAN_KEY = keyword_before(r"\biban\b|rekening\w*|\baccount\b|bankrekening")


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def find_bsn(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _BSN_RE.finditer(text):
        start, end = m.span(1)
        if has_keyword(_BSN_KEY, text, start):
            out.append(Finding("bsn", start, end, "context"))
            continue
        raw = m.group(1)
        if "." in raw or has_keyword(_NOT_BSN_KEY, text, start, 24):
            continue
        if text[end : end + 6].lower().lstrip().startswith(("euro", "eur")):
            continue
        if stdnum_bsn.is_valid(_digits(raw)):
            out.append(Finding("bsn", start, end, "checksum"))
    return out


def find_v_number(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _TEN_RE.finditer(text):
        start, end = m.span(1)
        raw = m.group(1)
        if has_keyword(_V_KEY, text, start):
            out.append(Finding("v_number", start, end, "context"))
        elif raw.isdigit() and raw[0] != "0" and not has_keyword(_NOT_BSN_KEY, text, start, 24):
            out.append(Finding("v_number", start, end, "shape"))
    return out


def find_phone(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _PHONE_INTL_RE.finditer(text):
        digits = _digits(m.group(1))
        if 8 <= len(digits) <= 15:
            out.append(Finding("phone", *m.span(1), "international"))
    for m in _PHONE_NL_RE.finditer(text):
        raw = m.group(1)
        if len(_digits(raw)) == 10 and not _DATE_SHAPE.fullmatch(raw):
            out.append(Finding("phone", *m.span(1), "national"))
    for m in _PHONE_ANY_RE.finditer(text):
        if has_keyword(_PHONE_KEY, text, m.start(1), 32) and not _DATE_SHAPE.fullmatch(m.group(1)):
            out.append(Finding("phone", *m.span(1), "context"))
    return out


def _iban_span(text: str, start: int, end: int) -> int | None:
    """End offset of the longest valid IBAN starting at ``start``; the regex may overshoot."""
    cut = end
    while cut - start >= 15:
        if stdnum_iban.is_valid(text[start:cut]):
            return cut
        cut -= 1
        while cut > start and text[cut - 1] == " ":
            cut -= 1
    return None


def find_iban(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _IBAN_RE.finditer(text):
        start, end = m.span(1)
        valid_end = _iban_span(text, start, end)
        if valid_end is not None:
            out.append(Finding("iban", start, valid_end, "checksum"))
        elif has_keyword(_IBAN_KEY, text, start):
            out.append(Finding("iban", start, end, "context"))
    return out
