"""Detectors for street addresses, Dutch postcodes and e-mail addresses."""

from __future__ import annotations

import re

from stdnum.nl import postcode as stdnum_postcode

from storage.guard.context import has_keyword, keyword_before
from storage.guard.findings import Finding
from storage.guard.lexicon import lexicon
from storage.guard.official import official_address
from storage.guard.tokens import WORD_RE, fold

_POSTCODE_RE = re.compile(r"(?<![\w-])([1-9]\d{3}) ?([A-Za-z]{2})(?![\w-])")
_POSTCODE_KEY = keyword_before(r"postcode|post code|zip|adres\w*|woonachtig|address")
# Two capitals after a year are far more often an acronym ("in 2016 IS-strijders", "2023 EU")
# than a postcode; such pairs need a keyword or a city behind them.
_ACRONYM_PAIRS = frozenset(
    {
        "EU",
        "VN",
        "UN",
        "IS",
        "OM",
        "NL",
        "TK",
        "EK",
        "AI",
        "VS",
        "US",
        "UK",
        "HR",
        "ID",
        "IT",
        "OK",
        "NA",
        "PM",
        "AM",
        "BV",
        "NV",
        "CV",
        "EZ",
        "JZ",
        "BZ",
        "RA",
        "AO",
    }
)
_CITY_AFTER = re.compile(r"\s{1,3}(?:'s-)?[A-Z][^\W\d_]+")

_HOUSE_NUMBER = re.compile(
    r"\s{1,3}(\d{1,5}(?:\s?[a-zA-Z](?![\w.])|[-/]\d{1,4}|\s?-?(?:hs|bis|huis|I{1,3}|[A-Z])(?![\w]))?)(?![\w,.]?\d)"
)
_AFTER_NUMBER = re.compile(
    r"(?:,?\s{1,3}[1-9]\d{3}\s?[A-Z]{2}(?![\w-]))?"
    r"(?:,?\s{1,3}(?:'s-)?[A-Z][^\W\d_]+(?:[ -](?:aan|den|de|op|[A-Z])[^\W\d_]*){0,3})?"
)
_NOT_STREETS = frozenset({"gerechtshof", "binnenhof", "antwoord", "woord", "akkoord", "verdrag", "einde"})
_DIRECTION = re.compile(r"-(?:oost|west|noord|zuid|zijde|centrum)$")
_STREET_PREFIXES = frozenset({"laan", "plein", "kade", "weg", "hof", "markt", "dam"})
_STREET_LINKS = frozenset({"van", "de", "der", "den", "het", "'t", "t", "la", "le", "von", "ter"})

# After "adres:" or "woont aan de" any capitalised name + number is an address, whatever its
# ending ("Mariaplaats 12", "Rapenburg 4").
_KEYED_STREET_RE = re.compile(
    r"(?<![\w'-])((?:'s-)?[A-Z][^\W\d_]*(?:['-][^\W\d_]+)*"
    r"(?:[ ](?:van|de|der|den|het|'t|[A-Z][^\W\d_]*(?:-[^\W\d_]+)*)){0,4})"
    r"\s(\d{1,5}(?:\s?[a-zA-Z](?![\w.])|[-/]\d{1,4})?)(?![\w,.]?\d)"
)
_ADDRESS_KEY = keyword_before(
    r"\w*adres|\baddress|\bwoont\s+(?:aan|op|in)(?:\s+de|\s+het)?|woonachtig(?:\s+(?:aan|op))?"
    r"(?:\s+de)?|verblijft\s+(?:aan|op)(?:\s+de)?|ingeschreven\s+(?:aan|op)(?:\s+de)?|\blives at"
)
_EMAIL_RE = re.compile(
    r"(?<![\w.+%-])([\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[^\W\d_]{2,24})(?![\w-])"
)


def find_postcodes(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _POSTCODE_RE.finditer(text):
        letters = m.group(2)
        keyed = has_keyword(_POSTCODE_KEY, text, m.start(1), 40)
        if not letters.isupper() and not keyed:
            continue
        if not stdnum_postcode.is_valid(m.group(1) + letters.upper()):
            continue
        if letters in _ACRONYM_PAIRS and not keyed:
            city = _CITY_AFTER.match(text, m.end(2))
            if city is None or fold(city.group().strip()) not in lexicon().places:
                continue
        if official_address(text, m.start(1)):
            continue
        out.append(Finding("postcode", m.start(1), m.end(2), "postcode"))
    return out


def _is_street(word: str) -> bool:
    if not word[:1].isupper():
        return False
    key = _DIRECTION.sub("", fold(word))  # "Stationsweg-Oost", "Noordeinde-Zuid"
    if key in _NOT_STREETS or key in lexicon().places:
        return False
    return key.endswith(lexicon().street_suffixes)


def is_street_with_number(text: str, word: str, end: int) -> bool:
    """True for "Clausplein" in "Prins Clausplein 60": a street name, never a person's name."""
    return _is_street(word) and _HOUSE_NUMBER.match(text, end) is not None


_NAME_PARTS = frozenset(
    {
        "eerste",
        "tweede",
        "derde",
        "oude",
        "nieuwe",
        "korte",
        "lange",
        "burgemeester",
        "president",
        "koningin",
        "koning",
        "prins",
        "prinses",
        "generaal",
        "dokter",
        "pastoor",
        "sint",
        "hoge",
        "lage",
        "grote",
        "kleine",
        "laan",
        "van",
        "admiraal",
        "professor",
        "graaf",
    }
)


def _name_like(word: str, common: frozenset[str]) -> bool:
    return word[:1].isupper() and (fold(word) not in common or fold(word) in _NAME_PARTS)


def _street_start(text: str, words: list[re.Match[str]], i: int) -> int:
    """Walk back over "Eerste", "Burgemeester de", "Laan van" and similar parts of the name."""
    start = words[i].start()
    common = lexicon().common
    j = i - 1
    while j >= 0 and i - j <= 4:
        w = words[j]
        if text[w.end() : start] not in (" ", "\u00a0"):
            break
        word = w.group()
        key = fold(word)
        capital = word[:1].isupper()
        name_part = capital and (key not in common or key in _NAME_PARTS)
        if key.endswith(("adres", "address")):
            break
        link = key in _STREET_LINKS and j > 0 and _name_like(words[j - 1].group(), common)
        if not (name_part or link):
            break
        start = w.start()
        j -= 1
    return start


def _is_prefix_street(words: list[re.Match[str]], i: int) -> bool:
    word = words[i].group()
    return (
        word[:1].isupper()
        and fold(word) in _STREET_PREFIXES
        and i + 2 < len(words)
        and fold(words[i + 1].group()) in _STREET_LINKS
        and words[i + 2].group()[:1].isupper()
    )


def find_addresses(text: str) -> list[Finding]:
    out: list[Finding] = []
    words = list(WORD_RE.finditer(text))
    for i, w in enumerate(words):
        if not w.group()[:1].isupper():
            continue
        street_end = w.end()
        # Only a number close behind (house number or postcode) can make this an address.
        if not any(c.isdigit() for c in text[street_end : street_end + 4]) and not (
            _is_prefix_street(words, i)
        ):
            continue
        number = _HOUSE_NUMBER.match(text, street_end) if _is_street(w.group()) else None
        if number is None and _is_prefix_street(words, i):
            # "Laan van Meerdervoort 12": the street word comes first and the name after it.
            street_end = words[i + 2].end()
            number = _HOUSE_NUMBER.match(text, street_end)
        elif not _is_street(w.group()):
            continue
        end = number.end(1) if number else street_end
        tail = _AFTER_NUMBER.match(text, end)
        has_postcode = bool(tail and re.search(r"\d{4}\s?[A-Z]{2}", tail.group()))
        if number is None and not has_postcode:
            continue
        if tail and (has_postcode or number is not None) and tail.group().strip(" ,"):
            end = tail.end()
        start = _street_start(text, words, i)
        if not official_address(text, start):
            out.append(Finding("address", start, end, "street"))
    for m in _KEYED_STREET_RE.finditer(text):
        if has_keyword(_ADDRESS_KEY, text, m.start(1), 40):
            tail = _AFTER_NUMBER.match(text, m.end(2))
            end = tail.end() if tail and tail.group().strip(" ,") else m.end(2)
            if not official_address(text, m.start(1)):
                out.append(Finding("address", m.start(1), end, "street"))
    return out


_LOCAL_CHARS = frozenset("._%+-")


def find_emails(text: str) -> list[Finding]:
    if "@" not in text:
        return []
    out: list[Finding] = []
    n = len(text)
    # Anchor on each "@" and match once from the start of its local part, so that long runs of
    # "@" or word characters cannot make the search quadratic.
    at = text.find("@")
    while at != -1:
        lo = at
        while lo > 0 and at - lo < 64 and (text[lo - 1].isalnum() or text[lo - 1] in _LOCAL_CHARS):
            lo -= 1
        m = _EMAIL_RE.match(text, lo, min(n, at + 300)) if lo < at else None
        if m is not None and m.end(1) > at:
            out.append(Finding("email", *m.span(1), "email"))
            at = text.find("@", m.end(1))
        else:
            at = text.find("@", at + 1)
    return out
