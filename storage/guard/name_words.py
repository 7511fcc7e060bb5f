"""Text to labelled words: shape, lexicon class, sentence starts and known multi-word phrases."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from storage.guard.lexicon import Lexicon, lexicon
from storage.guard.name_grammar import (
    ABBREVIATIONS,
    ADJECTIVE_ENDINGS,
    CAPITALISED_PARTICLES,
    MULTI_LETTER_INITIALS,
    SENTENCE_END,
    WRAPPERS,
)
from storage.guard.tokens import Token, fold, tokenize


@dataclass(slots=True)
class Word:
    tok: Token
    key: str
    shape: str  # "cap", "caps", "initial", "letter", "particle", "low"
    # "N" name, "W" name that is also a word or place, "A" name that is also a nationality or
    # language, "U" unknown, "I" initial, "P" particle, "T" title, "R" context word,
    # "C" common word, "X" place/organisation/non-name, "K" acronym, "L" lower-case word
    label: str
    sentence_start: bool


def _shape(text: str, tok: Token, lex: Lexicon) -> str:
    word = tok.text
    first = word[0]
    if len(word) == 1:
        if first.isupper():
            return "initial" if text[tok.end : tok.end + 1] == "." else "letter"
        return "low"
    if first.isupper():
        if word.isupper():
            return "caps"
        if fold(word) in MULTI_LETTER_INITIALS and text[tok.end : tok.end + 1] == ".":
            return "initial"
        return "cap"
    head, _, rest = word.partition("-")
    if rest and rest[:1].isupper() and fold(head) in lex.particles:
        return "cap"  # "al-Hakim", "bin-Laden", "ould-Abdallah"
    if fold(word) in lex.particles:
        return "particle"
    return "low"


def is_name_key(key: str, names: frozenset[str]) -> bool:
    if key in names:
        return True
    if "-" in key:
        parts = [p for p in key.split("-") if len(p) > 2]
        return any(p in names for p in parts)
    return False


def is_compound(key: str, common: frozenset[str]) -> bool:
    for cut in range(4, len(key) - 3):
        if key[:cut] not in common:
            continue
        rest = key[cut:]
        if rest in common:
            return True
        for link in ("s", "en", "e"):
            if rest.startswith(link) and len(rest) - len(link) >= 4 and rest[len(link) :] in common:
                return True
    return False


def _is_known_name(key: str, lex: Lexicon) -> bool:
    return is_name_key(key, lex.first_names) or is_name_key(key, lex.surnames)


def _genitive_of_name(key: str, lex: Lexicon) -> bool:
    """True for the Dutch possessive without apostrophe of a known name: "Omars", "Kamals"."""
    if len(key) < 5 or not key.endswith("s") or "-" in key or key in lex.common:
        return False
    stem = key[:-1]
    if stem in lex.common or stem in lex.places or stem in lex.non_names:
        return False
    return stem in lex.first_names or stem in lex.surnames


@lru_cache(maxsize=32768)
def cached_label(word: str, shape: str) -> str:
    return _label(word, fold(word), shape, False, lexicon())


def _label(word: str, key: str, shape: str, blocked: bool, lex: Lexicon) -> str:
    if shape == "initial":
        return "I"
    if key in lex.titles:
        return "T"
    if key in lex.triggers:
        return "R"
    if shape == "particle":
        return "P"
    if shape in ("low", "letter"):
        return "L"
    if blocked:
        return "X"
    base = key[:-2] if key.endswith("'s") else key
    named = _is_known_name(key, lex) or (base != key and _is_known_name(base, lex))
    if not named and _genitive_of_name(key, lex):
        base, named = key[:-1], True  # "Omars verklaring", "Yusufs moeder"
    if "-" in key:
        parts = key.split("-")
        last = parts[-1]
        exact = key in lex.first_names or key in lex.surnames
        if len(parts[0]) == 1 or (
            not exact
            and len(last) > 2
            and last in lex.common
            and last not in lex.first_names
            and last not in lex.surnames
        ):
            return "C"  # "V-nummer", "E-mail", "Karuna-groep", "Baath-partij"
    if base in lex.non_names and base not in lex.places:
        return "A" if named else "X"  # "Frans" the language or Frans the person
    common = key in lex.common or base in lex.common
    if shape == "caps":
        # Official documents write surnames in capitals: "Rahim SADEQI", "SADEQI, Rahim".
        if named and base not in lex.non_names:
            return "W" if common else "N"
        return "K"
    if named:
        return "W" if common or base in lex.places else "N"
    if base in lex.places:
        return "X"
    if common:
        return "C"
    if "-" in key and any(len(p) > 2 and p in lex.common for p in key.split("-")):
        return "C"  # "Srebrenica-genocide", "Anfal-campagne"
    if len(key) >= 10 and is_compound(key, lex.common):
        return "C"  # "Correspondentieadres", "Rapportagebrief": Dutch glues nouns together
    if len(key) > 6 and key.endswith(ADJECTIVE_ENDINGS):
        return "C"  # nationality and language adjectives the lists do not know yet
    if word[:1].isupper() and key in CAPITALISED_PARTICLES:
        return "P"
    return "U"


def _sentence_starts(text: str, toks: tuple[Token, ...]) -> list[bool]:
    out: list[bool] = []
    prev: Token | None = None
    for tok in toks:
        if prev is None:
            out.append(True)
            prev = tok
            continue
        gap = text[prev.end : tok.start]
        core = gap.strip(WRAPPERS)
        if "\n" in gap or "\t" in gap:
            out.append(True)
        elif not core:
            out.append(False)
        elif core[-1] in SENTENCE_END:
            abbreviation = core == "." and (
                fold(prev.text) in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())
            )
            out.append(not abbreviation)
        else:
            out.append(False)
        prev = tok
    return out


def _blocked(toks: tuple[Token, ...], text: str, lex: Lexicon) -> list[bool]:
    """Mark words inside known multi-word places and organisations ("Den Haag", "Raad van State")."""
    n = len(toks)
    blocked = [False] * n
    i = 0
    while i < n:
        candidates = lex.phrases.get(fold(toks[i].text))
        matched = 0
        if candidates:
            for key in candidates:
                k = len(key)
                if k < 2 or i + k > n:
                    continue
                if all(
                    fold(toks[i + j].text) == key[j]
                    and text[toks[i + j - 1].end : toks[i + j].start].strip(" -") == ""
                    for j in range(1, k)
                ):
                    matched = k
                    break
        if matched:
            for j in range(i, i + matched):
                blocked[j] = True
            i += matched
        else:
            i += 1
    return blocked


def joined(text: str, a: Word, b: Word) -> bool:
    gap = text[a.tok.end : b.tok.start]
    if a.shape == "initial":
        return gap in (".", ". ", ".\u00a0", ".-")
    return gap in (" ", "\u00a0") or (gap == "  ")


def label_words(text: str, lex: Lexicon) -> list[Word]:
    toks = tokenize(text)
    starts = _sentence_starts(text, toks)
    blocked = _blocked(toks, text, lex)
    out: list[Word] = []
    for tok, start, block in zip(toks, starts, blocked, strict=True):
        key = fold(tok.text)
        shape = _shape(text, tok, lex)
        label = _label(tok.text, key, shape, True, lex) if block else cached_label(tok.text, shape)
        out.append(Word(tok, key, shape, label, start))
    return out
