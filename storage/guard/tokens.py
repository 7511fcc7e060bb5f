"""Word tokens with offsets, shared by the lexicon loader and the name detector.

Both must split text the same way, otherwise a multi-word place such as "Mazar-e Sharif" in the
gazetteer would never line up with the same words in a scanned text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Letters joined by hyphens or apostrophes stay one word ("Jean-Baptiste", "al-Hakim", "Kata'ib").
WORD_RE = re.compile(r"[^\W\d_]+(?:['’`\-][^\W\d_]+)*")


class Token(NamedTuple):
    text: str
    start: int
    end: int


@lru_cache(maxsize=8)
def tokenize(text: str) -> tuple[Token, ...]:
    # Cached: several detectors split the same text in one scan.
    return tuple(Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case and strip diacritics, so "Mladić", "Mladic" and "MLADIC" meet in one key."""
    if word.isascii():
        return word.lower().replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.lower().replace("’", "'").replace("`", "'")


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(fold(t.text) for t in tokenize(phrase))
