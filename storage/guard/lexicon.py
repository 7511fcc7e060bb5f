"""Word lists behind the guard, read once from ``data/`` on first use.

The lists are plain text so that non-programmers can review and extend them; loading is lazy
because the app imports the guard at start-up but may only scan minutes later, and it is
guarded by a lock because the first scans can come from several threads at once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from storage.guard.tokens import fold, phrase_key

DATA_DIR = Path(__file__).with_name("data")


@dataclass(frozen=True, slots=True)
class Lexicon:
    common: frozenset[str]
    # The same words in sorted order, for prefix look-ups ("toelichti" begins "toelichting"). The
    # file is kept sorted (tests/storage/test_guard_data.py), so this costs no sort: sorting 280,000
    # words at the first look-up held the interpreter lock for 100-150 ms and froze the window.
    common_sorted: tuple[str, ...]
    first_names: frozenset[str]
    surnames: frozenset[str]
    particles: frozenset[str]
    titles: frozenset[str]
    triggers: frozenset[str]
    non_names: frozenset[str]
    places: frozenset[str]
    # First folded word -> every known multi-word place/organisation/non-name starting with it,
    # longest first so that "Dienst Terugkeer en Vertrek" wins over "Dienst".
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    street_suffixes: tuple[str, ...]


def _lines(name: str) -> list[str]:
    path = DATA_DIR / name
    out: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _folded(name: str) -> frozenset[str]:
    return frozenset(fold(line) for line in _lines(name))


def _names(name: str) -> frozenset[str]:
    # A hyphenated entry such as "Jean-Baptiste" also vouches for its parts.
    out: set[str] = set()
    for line in _lines(name):
        for word in line.split():
            key = fold(word)
            out.add(key)
    return frozenset(out)


def _load() -> Lexicon:
    places: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    entries = [(f, line) for f in ("places.txt", "organisations.txt") for line in _lines(f)]
    # non_names.txt holds many words per line; "Sierra_Leoner" spells a multi-word entry.
    entries += [
        ("non_names.txt", word.replace("_", " ")) for line in _lines("non_names.txt") for word in line.split()
    ]
    for file, line in entries:
        key = phrase_key(line)
        if not key:
            continue
        if file == "places.txt" and len(key) == 1:
            places.add(key[0])
        phrases.setdefault(key[0], []).append(key)
    ordered = {first: tuple(sorted(set(keys), key=len, reverse=True)) for first, keys in phrases.items()}
    common_words = (DATA_DIR / "common_words.txt").read_text(encoding="utf-8").split()
    return Lexicon(
        common=frozenset(common_words),
        common_sorted=tuple(common_words),
        first_names=_names("first_names.txt"),
        surnames=_names("surnames.txt"),
        particles=_folded("particles.txt"),
        titles=_folded("titles.txt"),
        triggers=_folded("triggers.txt"),
        non_names=frozenset(k[0] for ks in ordered.values() for k in ks if len(k) == 1),
        places=frozenset(places),
        phrases=ordered,
        street_suffixes=tuple(sorted({fold(s) for s in _lines("street_suffixes.txt")}, key=len)),
    )


_lock = threading.Lock()
_lexicon: Lexicon | None = None


def lexicon() -> Lexicon:
    global _lexicon
    current = _lexicon
    if current is not None:
        return current
    with _lock:
        if _lexicon is None:
            _lexicon = _load()
        return _lexicon
