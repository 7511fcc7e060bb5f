"""Person-name detector: evidence from lexicons, titles, context words and capitalisation.

Dutch capitalises proper nouns only, so a capitalised word in mid-sentence that is neither a
dictionary word nor a known place, organisation or nationality is most likely part of a name.
That rule covers names the lexicons do not know; the lexicons and context words (titles,
"genaamd", "zijn zus,") cover the cases where capitalisation alone is ambiguous, such as the
start of a sentence or a surname that is also a Dutch noun ("Bakker", "Visser").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from storage.guard.findings import Finding
from storage.guard.lexicon import Lexicon, lexicon
from storage.guard.tokens import Token, fold, tokenize

# A word right before a run of capitalised words that makes it a place or a thing rather than a
# person: "in Kunduz", "de Interahamwe", "tussen Goma en Bukavu".
_THING_BEFORE = frozenset(
    {
        "de",
        "het",
        "een",
        "the",
        "a",
        "an",
        "des",
        "dit",
        "deze",
        "this",
        "in",
        "uit",
        "naar",
        "te",
        "nabij",
        "bij",
        "rond",
        "richting",
        "via",
        "vanuit",
        "from",
        "to",
        "at",
        "near",
        "around",
        "into",
        "tussen",
        "within",
        "across",
        "binnen",
        "buiten",
        "langs",
        "voorbij",
        "provincie",
        "district",
        "dorp",
        "stad",
        "regio",
        "vallei",
        "kamp",
        "gevangenis",
        "province",
        "city",
        "village",
        "camp",
        "prison",
        "region",
        "gemeente",
        "wijk",
        "grens",
        "omgeving",
        "buurt",
        "hoofdstad",
        "streek",
        "gebied",
        "regering",
        "partij",
        "beweging",
        "militie",
        "operatie",
        "operation",
    }
)
# Endings of lower-case nouns that name a kind of place: "vluchtelingenkamp Shagarab".
_PLACE_NOUNS = (
    "kamp", "basis", "stad", "dorp", "gevangenis", "provincie", "district", "regio", "gebied",
    "wijk", "vallei", "rivier", "kazerne", "vliegveld", "luchthaven", "haven", "grensovergang",
    "gouvernement", "prefectuur", "commune", "sector", "airport", "airfield", "base", "prison",
)  # fmt: skip
# Words that often precede an organisation or a thing but just as often a person ("samen met",
# "werkte voor"): they only veto the weakest rule, a single unknown capitalised word.
_WEAK_THING_BEFORE = frozenset(
    {
        "van",
        "over",
        "op",
        "aan",
        "zijn",
        "haar",
        "hun",
        "ons",
        "onze",
        "mijn",
        "per",
        "pro",
        "anti",
        "ex",
        "oud",
        "voormalig",
        "voormalige",
        "toenmalige",
        "zogenaamde",
        "zogeheten",
        "met",
        "zonder",
        "tegen",
        "voor",
        "sinds",
        "na",
        "vóór",
        "tot",
        "for",
        "with",
        "against",
        "on",
        "his",
        "her",
        "their",
        "its",
        "our",
        "whose",
        "wiens",
        "wier",
        "en",
        "and",
        "of",
        "or",
    }
)
# Words that may sit between a context word and the name: "broer van Ahmad", "heette Ahmad".
_CONTEXT_FILLERS = frozenset(
    {
        "van",
        "is",
        "was",
        "heet",
        "heette",
        "genaamd",
        "named",
        "called",
        "de",
        "het",
        "the",
        "of",
        "zijn",
        "haar",
        "his",
        "her",
        "een",
        "a",
        "an",
        "luidt",
        "luidde",
        "zou",
        "als",
    }
)
# Abbreviations after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    {
        "dhr",
        "mw",
        "mevr",
        "mr",
        "dr",
        "drs",
        "ir",
        "ing",
        "prof",
        "ds",
        "st",
        "nr",
        "art",
        "jl",
        "bijv",
        "ca",
        "geb",
        "vs",
        "resp",
        "lt",
        "gen",
        "kol",
        "maj",
        "kpt",
        "sgt",
        "mej",
        "mrs",
        "ms",
        "sr",
        "jr",
        "th",
        "chr",
        "ph",
        "joh",
        "wm",
        "jac",
        "mgr",
        "lt-kol",
        "brig",
        "cdt",
        "mullah",
        "sj",
        "vgl",
        "zgn",
        "o",
        "a",
        "e",
        "i",
    }
)
_MULTI_LETTER_INITIALS = frozenset({"th", "chr", "ph", "joh", "wm", "jac", "sj", "ch"})
_CAPITALISED_PARTICLES = frozenset(
    {
        "van",
        "de",
        "den",
        "der",
        "ter",
        "ten",
        "al",
        "el",
        "abu",
        "abou",
        "bin",
        "ben",
        "ibn",
        "ould",
        "bint",
        "umm",
        "um",
        "di",
        "da",
        "du",
        "le",
        "la",
        "von",
        "mac",
        "o",
    }
)
_ADJECTIVE_ENDINGS = ("ische", "aanse", "iaanse", "sche", "isch", "aans", "ese", "ees", "aanse")
_SENTENCE_END = ".!?:;…"
_WRAPPERS = " \t\"'“”‘’([{«»–—-*•·>"


@dataclass(slots=True)
class _Word:
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
        if fold(word) in _MULTI_LETTER_INITIALS and text[tok.end : tok.end + 1] == ".":
            return "initial"
        return "cap"
    head, _, rest = word.partition("-")
    if rest and rest[:1].isupper() and fold(head) in lex.particles:
        return "cap"  # "al-Hakim", "bin-Laden", "ould-Abdallah"
    if fold(word) in lex.particles:
        return "particle"
    return "low"


def _is_name_key(key: str, names: frozenset[str]) -> bool:
    if key in names:
        return True
    if "-" in key:
        parts = [p for p in key.split("-") if len(p) > 2]
        return any(p in names for p in parts)
    return False


def _is_compound(key: str, common: frozenset[str]) -> bool:
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


@lru_cache(maxsize=32768)
def _cached_label(word: str, shape: str) -> str:
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
    named = _is_name_key(key, lex.first_names) or _is_name_key(key, lex.surnames)
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
    if len(key) >= 10 and _is_compound(key, lex.common):
        return "C"  # "Correspondentieadres", "Rapportagebrief": Dutch glues nouns together
    if len(key) > 6 and key.endswith(_ADJECTIVE_ENDINGS):
        return "C"  # nationality and language adjectives the lists do not know yet
    if word[:1].isupper() and key in _CAPITALISED_PARTICLES:
        return "P"
    return "U"


def _sentence_starts(text: str, toks: list[Token]) -> list[bool]:
    out: list[bool] = []
    prev: Token | None = None
    for tok in toks:
        if prev is None:
            out.append(True)
            prev = tok
            continue
        gap = text[prev.end : tok.start]
        core = gap.strip(_WRAPPERS)
        if "\n" in gap or "\t" in gap:
            out.append(True)
        elif not core:
            out.append(False)
        elif core[-1] in _SENTENCE_END:
            abbreviation = core == "." and (
                fold(prev.text) in _ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())
            )
            out.append(not abbreviation)
        else:
            out.append(False)
        prev = tok
    return out


def _blocked(toks: list[Token], text: str, lex: Lexicon) -> list[bool]:
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


def _joined(text: str, a: _Word, b: _Word) -> bool:
    gap = text[a.tok.end : b.tok.start]
    if a.shape == "initial":
        return gap in (".", ". ", ".\u00a0", ".-")
    return gap in (" ", "\u00a0") or (gap == "  ")


def _words(text: str, lex: Lexicon) -> list[_Word]:
    toks = tokenize(text)
    starts = _sentence_starts(text, toks)
    blocked = _blocked(toks, text, lex)
    out: list[_Word] = []
    for tok, start, block in zip(toks, starts, blocked, strict=True):
        key = fold(tok.text)
        shape = _shape(text, tok, lex)
        label = _label(tok.text, key, shape, True, lex) if block else _cached_label(tok.text, shape)
        out.append(_Word(tok, key, shape, label, start))
    return out


def _context_before(text: str, words: list[_Word], i: int, lex: Lexicon) -> str:
    """What stands before word ``i``: "title", "trigger", "thing" or "weak" (see above), or ""."""
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
        if any(c in gap for c in ".!?;\n") and not (gap.strip() == "." and w.key in _ABBREVIATIONS):
            return ""
        if w.label in ("R", "T") or w.key in lex.triggers:
            return "trigger"
        if w.key not in _CONTEXT_FILLERS:
            break
        j -= 1
        hops += 1
    if text[prev.tok.end : words[i].tok.start].strip() == "":
        if prev.key in _THING_BEFORE or (prev.label == "L" and prev.key.endswith(_PLACE_NOUNS)):
            return "thing"
        if prev.key in _WEAK_THING_BEFORE:
            return "weak"
    return ""


def _segments(words: list[_Word], text: str) -> list[tuple[int, int]]:
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
            and _joined(text, words[j - 1], words[j])
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _continues_phrase(prev: _Word) -> bool:
    """True for "Washington Post": the name word continues a capitalised non-name."""
    return prev.label in ("C", "X", "K") and prev.shape in ("cap", "caps") and not (prev.sentence_start)


def _thing_run(text: str, words: list[_Word], lo: int, k: int) -> bool:
    """True for "in Adi Abeito": capitalised non-names after "in" carry the place reading on."""
    if any(w.label not in ("C", "X", "K") for w in words[lo:k]):
        return False
    if lo == 0 or words[lo].sentence_start:
        return False
    prev = words[lo - 1]
    return prev.key in _THING_BEFORE and text[prev.tok.end : words[lo].tok.start].strip() == ""


_NAME_LABELS = frozenset({"N", "W", "U", "I", "P", "A"})


def _promote(words: list[_Word], lo: int, hi: int, lex: Lexicon) -> None:
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


def _judge(words: list[_Word], lo: int, hi: int, context: str) -> str:
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
    words = _words(text, lex)
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
                if not context and a != k and words[a - 1].key in _THING_BEFORE:
                    context = "thing"
                elif not context and a != k and words[a - 1].key in _WEAK_THING_BEFORE:
                    context = "weak"
                if not context and k > lo and _thing_run(text, words, lo, k):
                    context = "thing"
                elif not context and k > lo and _continues_phrase(words[k - 1]):
                    context = "phrase"
                basis = _judge(words, a, b, context)
                if basis:
                    out.append(Finding("person", words[a].tok.start, words[b - 1].tok.end, basis))
            k = m
    return out
