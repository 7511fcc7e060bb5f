"""Names written in scripts without capitals: Arabic, Persian, Ge'ez, Tamil, Hebrew, CJK, …

These scripts have no upper case, so the capitalisation rules of ``names`` never fire. In Dutch
minutes a run of such words is nearly always a name copied from a document; the exceptions are
organisations, offices and places, recognised by a word list (``data/script_non_names.txt``),
by what stands before the run ("het stempel van …", "de tekst …") or by a Dutch gloss behind it
("… (Republikeinse Garde)"). Cyrillic and Greek have capitals and go through ``names``.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache

from storage.guard.findings import Finding
from storage.guard.lexicon import DATA_DIR, lexicon
from storage.guard.name_words import label_words
from storage.guard.tokens import fold, tokenize

_LETTERS = (
    "\u0600-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"  # Arabic
    "\u0591-\u05f4"  # Hebrew
    "\u1200-\u135f\u1380-\u139f\u2d80-\u2ddf"  # Ethiopic
    "\u0900-\u0963\u0966-\u0dff"  # Devanagari … Sinhala, Tamil included
    "\u0e00-\u0e7f\u10a0-\u10ff\u0531-\u0587\u4e00-\u9fff\uac00-\ud7af"  # Thai Georgian Armenian CJK Hangul
)
_WORD = rf"[{_LETTERS}](?:[{_LETTERS}\u200c\u200d])*"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # Compiled on the first non-ASCII text: the large character classes take tens of milliseconds,
    # which the guard's start-up should not pay for texts that never need them.
    return re.compile(rf"[{_LETTERS}]"), re.compile(rf"{_WORD}(?:[ \u00a0]{_WORD})*")


_GLOSS_RE = re.compile(r"\s*\(([^()]{1,80})\)")
# Nouns before a run that make it a text on a thing rather than a person's name.
_THING_NOUNS = frozenset(
    {
        "tekst", "stempel", "embleem", "briefhoofd", "pamflet", "logo", "opschrift", "titel",
        "slogan", "leus", "spandoek", "vlag", "organisatie", "beweging", "partij", "ministerie",
        "stad", "dorp", "plaats", "provincie", "wijk", "eenheid", "dienst", "groep", "militie",
    }
)  # fmt: skip
_SENTENCE_BREAK = re.compile(r"[.!?;\n]")
_ARABIC_UNIFY = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ي": "ی", "ى": "ی", "ك": "ک", "ـ": None}
)

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")

_lock = threading.Lock()
_vetoes: frozenset[str] | None = None


def _normal(word: str) -> str:
    # Arabic vowel marks are optional in writing; other scripts' marks are part of the letter.
    kept = "".join(c for c in unicodedata.normalize("NFC", word) if not _ARABIC_MARKS.match(c))
    return kept.translate(_ARABIC_UNIFY)


def _veto_words() -> frozenset[str]:
    global _vetoes
    if _vetoes is None:
        with _lock:
            if _vetoes is None:
                lines = (DATA_DIR / "script_non_names.txt").read_text(encoding="utf-8").splitlines()
                _vetoes = frozenset(_normal(w) for line in lines if (w := line.split("#", 1)[0].strip()))
    return _vetoes


def _thing_before(text: str, start: int) -> bool:
    """True when a thing noun ("stempel", "tekst") is nearer before the run than a person word."""
    window = text[max(0, start - 60) : start]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window)), default=0)
    lex = lexicon()
    for tok in reversed(tokenize(window[cut:])):
        key = fold(tok.text)
        if key in lex.triggers or key in lex.titles:
            return False
        if key in _THING_NOUNS:
            return True
    return False


def _glossed_as_thing(text: str, end: int) -> bool:
    """True for "… (Republikeinse Garde)", "… (het ministerie van …)": a Dutch gloss of a thing."""
    m = _GLOSS_RE.match(text, end)
    if m is None:
        return False
    gloss = m.group(1).strip()
    if gloss.lower().startswith(("het ", "de ", "the ")):
        return True
    return any(w.label in ("X", "K") for w in label_words(gloss, lexicon()))


def find_script_names(text: str) -> list[Finding]:
    if text.isascii():
        return []
    any_letter, runs = _patterns()
    if any_letter.search(text) is None:
        return []
    vetoes = _veto_words()
    out: list[Finding] = []
    for m in runs.finditer(text):
        if any(_normal(w) in vetoes for w in m.group().split()):
            continue
        if _thing_before(text, m.start()) or _glossed_as_thing(text, m.end()):
            continue
        out.append(Finding("person", m.start(), m.end(), "script"))
    return out
