"""Names typed in lower case: "navraag bij rahimi", "getuige hamid popalzai".

Hurried minutes drop capitals, which blinds the capitalisation rules of ``names``. A lower-case
word can still be a name when it is a known name and no Dutch word, when it follows a title or
family word ("kolonel wardak", "schoonzoon (idris mahamat)"), or when it is no Dutch word at all
and ends like a name ("nabeshi", "ismoilov").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from storage.guard.findings import Finding
from storage.guard.lexicon import lexicon
from storage.guard.name_grammar import ADJECTIVE_ENDINGS
from storage.guard.name_words import is_compound, is_name_key
from storage.guard.tokens import Token, fold, tokenize

# Endings that mark a surname in the languages of the 1F files and hardly ever a Dutch word.
_NAME_ENDINGS = (
    "i", "zai", "zay", "zada", "zadeh", "ullah", "ov", "ova", "ev", "eva", "enko", "yan",
    "shvili", "dze", "ovic", "evic",
)  # fmt: skip
# Between a title or family word and the name: "schoonzoon (idris", "mw. noorzai", "neef salim".
_LEAD_GAPS = frozenset({" ", ". ", " (", ", ", ": ", ".", " '", ' "'})


@lru_cache(maxsize=32768)
def _word_class(word: str) -> str:
    """Class of one word: "n" known name, "u" unknown, "p" place, "t" title or context word, or ""."""
    lex = lexicon()
    if not word.islower() or len(word) < 3:
        key = fold(word)
        return "t" if word[:1].islower() and (key in lex.titles or key in lex.triggers) else ""
    key = fold(word)
    if key in lex.titles or key in lex.triggers:
        return "t"
    if key in lex.common or key in lex.particles:
        return ""
    if key in lex.places or key in lex.non_names:
        return "p"  # "kolonel wardak": only a title or family word makes it a name
    if is_name_key(key, lex.first_names) or is_name_key(key, lex.surnames):
        return "n"
    parts = [p for p in key.split("-") if len(p) > 2]
    if any(p in lex.common for p in parts) or (len(key) >= 10 and is_compound(key, lex.common)):
        return ""
    if key.endswith(ADJECTIVE_ENDINGS) or (not key.isalpha() and "-" not in key):
        return ""
    return "u"


def _begins_a_dutch_word(key: str) -> bool:
    """Whether ``key`` is the start of a common Dutch word ("toelichti" of "toelichting")."""
    words = lexicon().common_sorted
    at = bisect_left(words, key)
    return at < len(words) and words[at].startswith(key) and words[at] != key


def _still_being_typed(text: str, tok: Token) -> bool:
    """The last word of the text, with nothing after it, that begins a Dutch word: the autosave
    caught the secretary mid-word ("toelichti"), which is no name; the next save sees the word whole."""
    return tok.end == len(text) and _begins_a_dutch_word(fold(tok.text))


def _runs(text: str, toks: tuple[Token, ...], classes: list[str]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if classes[i] not in ("n", "u", "p"):
            i += 1
            continue
        j = i + 1
        while (
            j < len(toks) and classes[j] in ("n", "u", "p") and text[toks[j - 1].end : toks[j].start] == " "
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def find_lowercase_names(text: str) -> list[Finding]:
    toks = tokenize(text)
    classes = [_word_class(t.text) for t in toks]
    if not {"n", "u", "p"} & set(classes):
        return []
    out: list[Finding] = []
    for i, j in _runs(text, toks, classes):
        known = "n" in classes[i:j] and "p" not in classes[i:j]
        led = i > 0 and classes[i - 1] == "t" and text[toks[i - 1].end : toks[i].start] in _LEAD_GAPS
        shaped = (
            classes[i] == "u"
            and j - i == 1
            and len(toks[i].text) >= 5
            and fold(toks[i].text).endswith(_NAME_ENDINGS)
            and not _still_being_typed(text, toks[i])
        )
        if known or led or shaped:
            out.append(Finding("person", toks[i].start, toks[j - 1].end, "lowercase"))
    return out
