"""Person-name detector: evidence from lexicons, titles, context words and capitalisation.

Dutch capitalises proper nouns only, so a capitalised word in mid-sentence that is neither a
dictionary word nor a known place, organisation or nationality is most likely part of a name.
That rule covers names the lexicons do not know; the lexicons and context words (titles,
"genaamd", "zijn zus,") cover the cases where capitalisation alone is ambiguous, such as the
start of a sentence or a surname that is also a Dutch noun ("Bakker", "Visser").
"""

from __future__ import annotations

from storage.guard.addresses import is_street_with_number
from storage.guard.findings import Finding
from storage.guard.lexicon import Lexicon, lexicon
from storage.guard.name_grammar import (
    ABBREVIATIONS,
    CONTEXT_FILLERS,
    PLACE_NOUNS,
    THING_BEFORE,
    WEAK_THING_BEFORE,
)
from storage.guard.name_words import Word, joined, label_words


def _context_before(text: str, words: list[Word], i: int, lex: Lexicon) -> str:
    """What stands before word ``i``: "title", "trigger", "thing" or "weak" (see name_grammar), or ""."""
    if i == 0 or words[i].sentence_start:
        return ""
    prev = words[i - 1]
    gap = text[prev.tok.end : words[i].tok.start]
    if prev.label == "T" and gap.strip(" .\u00a0") == "":
        return "title"
    j = i - 1
    hops = 0
    while j >= 0 and hops < 4:
        w = words[j]
        gap = text[w.tok.end : words[j + 1].tok.start]
        if any(c in gap for c in ".!?;\n") and not (gap.strip() == "." and w.key in ABBREVIATIONS):
            return ""
        if w.label in ("R", "T") or w.key in lex.triggers:
            return "trigger"
        if w.key not in CONTEXT_FILLERS:
            break
        j -= 1
        hops += 1
    if text[prev.tok.end : words[i].tok.start].strip() == "":
        if prev.key in THING_BEFORE or (prev.label == "L" and prev.key.endswith(PLACE_NOUNS)):
            return "thing"
        if prev.key in WEAK_THING_BEFORE:
            return "weak"
    return ""


def _segments(words: list[Word], text: str) -> list[tuple[int, int]]:
    """Runs of words joined by single spaces (or an initial's full stop) in one sentence."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(words)
    while i < n:
        if words[i].label in ("L",):
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and words[j].label != "L"
            and not words[j].sentence_start
            and joined(text, words[j - 1], words[j])
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _continues_phrase(prev: Word) -> bool:
    """True for "Washington Post": the name word continues a capitalised non-name."""
    return prev.label in ("C", "X", "K") and prev.shape in ("cap", "caps") and not (prev.sentence_start)


def _thing_run(text: str, words: list[Word], lo: int, k: int) -> bool:
    """True for "in Adi Abeito": capitalised non-names after "in" carry the place reading on."""
    if any(w.label not in ("C", "X", "K") for w in words[lo:k]):
        return False
    if lo == 0 or words[lo].sentence_start:
        return False
    prev = words[lo - 1]
    return prev.key in THING_BEFORE and text[prev.tok.end : words[lo].tok.start].strip() == ""


_NAME_LABELS = frozenset({"N", "W", "U", "I", "P", "A"})


def _promote(words: list[Word], lo: int, hi: int, lex: Lexicon) -> None:
    """Re-read words that only make sense as part of the name they follow.

    A common noun after a name, initial or title is a surname ("Jan Kok", "de heer Bakker",
    "Anneke Zwaan"); a place or honorific after a name belongs to it ("Rebwar Hama Karim",
    "Eline van Oosterhout", "Gul Agha Sherzai").
    """
    for k in range(lo + 1, hi):
        w = words[k]
        if w.shape != "cap":
            continue
        j = k - 1
        while j > lo and words[j].label == "P":
            j -= 1  # look through "van der" to the name before it
        prev = words[j]
        before = prev.label if j == k - 1 or prev.label in ("N", "W", "U", "I") else ""
        after = words[k + 1].label if k + 1 < hi else ""
        after_unknown = before == "U" and not prev.sentence_start
        # "bijlage A. Daarna": a lone letter before a common word is no initial of a name.
        vouched = before != "I" or (j > lo and words[j - 1].label in ("I", "T", "N", "W"))
        surname = w.label == "C" and vouched and (before in ("N", "W", "I", "T") or after_unknown)
        inner_place = w.label == "X" and before in ("N", "W", "U") and w.key in lex.places
        inner_title = w.label == "T" and before in ("N", "W", "U") and after in ("N", "W", "U")
        if surname or inner_place or inner_title:
            w.label = "W"


def _judge(words: list[Word], lo: int, hi: int, context: str) -> str:
    """Which rule makes words[lo:hi] a name, or "" when the evidence is too thin."""
    labels = [w.label for w in words[lo:hi]]
    starts_sentence = words[lo].sentence_start
    if context in ("title", "trigger"):
        return "title" if context == "title" else "context"
    if "N" in labels:
        return "lexicon"
    if "I" in labels and any(lab in "NWUA" for lab in labels[labels.index("I") :]):
        return "initials"
    weak = labels.count("W") + labels.count("A")
    unknown = labels.count("U")
    if context == "thing":
        return ""  # "de Saraya al-Salam", "in Mohammad Agha": an article or place word wins
    if weak and weak + unknown >= 2:
        return "lexicon"
    if labels.count("W") and not starts_sentence and context not in ("thing", "phrase"):
        return "lexicon"
    if context == "thing" or weak:
        return ""
    if unknown >= 2:
        return "capitalised"
    if unknown == 1 and not starts_sentence and context not in ("weak", "phrase"):
        return "single"
    return ""


def find_persons(text: str) -> list[Finding]:
    lex = lexicon()
    words = label_words(text, lex)
    out: list[Finding] = []
    for lo, hi in _segments(words, text):
        _promote(words, lo, hi, lex)
        k = lo
        while k < hi:
            if words[k].label not in _NAME_LABELS:
                k += 1
                continue
            m = k
            while m < hi and words[m].label in _NAME_LABELS:
                m += 1
            a, b = k, m
            while a < b and words[a].label == "P":
                a += 1
            while b > a and words[b - 1].label in ("P", "I"):
                b -= 1
            if a < b:
                context = _context_before(text, words, k, lex)
                if not context and a != k and words[a - 1].key in THING_BEFORE:
                    context = "thing"
                elif not context and a != k and words[a - 1].key in WEAK_THING_BEFORE:
                    context = "weak"
                if not context and k > lo and _thing_run(text, words, lo, k):
                    context = "thing"
                elif not context and k > lo and _continues_phrase(words[k - 1]):
                    context = "phrase"
                basis = _judge(words, a, b, context)
                last = words[b - 1].tok
                if basis and not is_street_with_number(text, last.text, last.end):
                    out.append(Finding("person", words[a].tok.start, words[b - 1].tok.end, basis))
            k = m
    return out
