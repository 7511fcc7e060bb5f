"""Addresses abroad and PO boxes: "Karte Seh, straat 4, huis 17", "avenue Kasa-Vubu 112", "Postbus 220".

Addresses in Kabul, Damascus or Asmara rarely follow the Dutch "street + number" pattern. They
are built from numbered parts (district, lane, building, floor, apartment), foreign street words
("avenue", "rue", "ulitsa", "jaddet") or a description ("het huis naast de moskee"). One such
part may be a room or a unit, so it takes two parts, a foreign street with a number, or one part
in a sentence about living somewhere. Addresses of institutions are left alone (``official``).
"""

from __future__ import annotations

import re

from storage.guard.findings import Finding
from storage.guard.official import official_address

_NUMBERED = re.compile(
    r"\b(?:huis(?:nummer|nr\.?)?|appartement|app\.|apt\.?|flat|gebouw|blok|block|building|house"
    r"|straat|street|st\.|road|lane|plot|steeg|mahall?a|mahalle|mahallah|zuqaq|kuche|koocheh|kucha"
    r"|guzar|nahia|nahiya|kv\.|kvartira|kebele|villa)\s*(?:nr\.?|no\.?|nummer)?\s*\d{1,5}[a-z]?(?:-\d{1,4})?\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"\b(?:\d{1,2}(?:e|ste|de)|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste)"
    r"\s+(?:verdieping|etage|steeg|straat|laan|gang)\b",
    re.IGNORECASE,
)
_NAME = r"(?:[a-z]{1,3}-)?[A-ZÀ-Þ][\w'’.-]*"
_STREET_WORD = re.compile(
    rf"\b(?:avenue|av\.|rue|boulevard|ulitsa|ul\.|prospekt|pereulok|jaddet|jadet|shari'?a?|calle|chaussée)"
    rf"\s+(?:(?:de\s+la|de|du|des|la|le|al|el)\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}\s+\d{{1,5}}[a-z]?\b",
    re.IGNORECASE,
)
_NAMED_STREET = re.compile(r"\b[A-Z][\w'-]+\s+(?:Street|Road|Avenue|Lane|Drive)\b(?:\s+\d{1,5})?")
_DESCRIBED = re.compile(
    r"\b(?:huis|woning|appartement|flat|kamer)\s+(?:naast|tegenover|achter|boven|schuin\s+tegenover)\s",
    re.IGNORECASE,
)
_LIVING = re.compile(
    r"\b(?:woon\w*|woont|woonde|woning|adres\w*|verble\w*|verblijf\w*|huurde|huurt|gezin|familie"
    r"|ingeschreven|verstuurd\s+naar|address|lived|lives)\b",
    re.IGNORECASE,
)
_PO_BOX = re.compile(
    r"\b(?:postbus|p\.\s?o\.\s?box|po\s?box|b\.\s?p\.|bo[iî]te\s+postale)\s*(?:nr\.?\s*)?\d{1,6}(?:-\d{1,6})?"
    r"(?:,?\s+[1-9]\d{3}\s?[A-Z]{2}(?![\w-]))?",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-Z])|[;\n]")
# Cheap first pass: only sentences holding one of these words are looked at closely.
_HINT_WORDS = frozenset(
    [
        "huis",
        "huisnummer",
        "huisnr",
        "appartement",
        "app",
        "apt",
        "flat",
        "gebouw",
        "blok",
        "block",
        "building",
        "house",
        "straat",
        "street",
        "st",
        "road",
        "lane",
        "plot",
        "steeg",
        "mahalla",
        "mahala",
        "mahalle",
        "mahallah",
        "zuqaq",
        "kuche",
        "koocheh",
        "kucha",
        "guzar",
        "nahia",
        "nahiya",
        "kv",
        "kvartira",
        "kebele",
        "villa",
        "verdieping",
        "etage",
        "gang",
        "avenue",
        "av",
        "rue",
        "boulevard",
        "ulitsa",
        "ul",
        "prospekt",
        "pereulok",
        "jaddet",
        "jadet",
        "shari",
        "sharia",
        "calle",
        "chaussée",
        "naast",
        "tegenover",
        "drive",
    ]
)
_WORDS = re.compile(r"\w+")


def _has_hint(text: str) -> bool:
    return not _HINT_WORDS.isdisjoint(_WORDS.findall(text.lower()))


def _sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _parts(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], bool]:
    """Address parts in text[lo:hi], and whether one of them is a foreign street with a number."""
    parts: list[tuple[int, int]] = []
    for pattern in (_NUMBERED, _ORDINAL, _NAMED_STREET, _DESCRIBED):
        parts += [m.span() for m in pattern.finditer(text, lo, hi)]
    streets = [m.span() for m in _STREET_WORD.finditer(text, lo, hi)]
    return sorted(parts + streets), bool(streets)


def find_foreign_addresses(text: str) -> list[Finding]:
    if not _has_hint(text):
        return []
    out: list[Finding] = []
    for lo, hi in _sentences(text):
        if not _has_hint(text[lo:hi]):
            continue
        parts, street = _parts(text, lo, hi)
        if not parts:
            continue
        enough = len(parts) >= 2 or street or _LIVING.search(text, lo, hi) is not None
        if enough and not official_address(text, parts[0][0]):
            out.append(Finding("address", parts[0][0], parts[-1][1], "abroad"))
    return out


def find_po_boxes(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _PO_BOX.finditer(text):
        if not official_address(text, m.start()):
            out.append(Finding("address", m.start(), m.end(), "po_box"))
    return out
