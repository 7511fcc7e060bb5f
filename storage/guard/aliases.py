"""Nicknames and aliases: "bijgenaamd 'de Slager'", "bekend als 'de dokter'", "roepnaam Falcon-3".

A nickname identifies a person as well as a name does, yet it is often an ordinary word ("de
Ingenieur") in quotes or with an article. A naming word in front ("alias", "bijnaam") always
vouches for what follows; "bekend als" only does when the sentence is about a person, because
operations and camps are "bekend als" too ("de operatie, bekend als 'Anfal'").
"""

from __future__ import annotations

import re

from storage.guard.findings import Finding

_STRONG = (
    r"alias|aliassen|bijgenaamd|bijnaam|roepnaam|strijdnaam|strijdersnaam|schuilnaam|pseudoniem"
    r"|nom\s+de\s+guerre|kunya|nickname|a\.?k\.?a\.?|codenaam"
)
_WEAK = r"bekend\s+(?:als|onder)|noemden\s+(?:hem|haar)|noemen\s+(?:hem|haar)|known\s+as"
# Linking words between the naming word and the nickname end in a verb: "roepnaam over de radio was";
# without the verb they belong to the sentence ("schuilnaam uit het IND-dossier").
_LINK = r"(?:\s*[:,]?\s*(?:(?:[a-zé]{1,8}\s+){0,4}?(?:was|is|luidde|luidt)\s+)?)"
_QUOTED = r"['\"‘’“”„«‹]([^'\"‘’“”„«»‹›\n]{1,40})['\"’”»›]"
_CAPITALISED = r"(?:(?:de|het|the)\s+)?[A-ZÀ-Þ][\w’'-]*(?:\s+(?:al-|el-)?[A-ZÀ-Þ][\w’'-]*){0,3}"
_ALIAS_RE = re.compile(rf"\b(?P<strong>{_STRONG})|\b(?P<weak>{_WEAK})", re.IGNORECASE)
_VALUE_RE = re.compile(rf"{_LINK}(?:{_QUOTED}|(?P<cap>{_CAPITALISED}))")
_PERSON_WORDS = re.compile(
    r"\b(?:hij|zij|ze|hem|haar|betrokkene|aanvrager|aanvraagster|verdachte|man|vrouw|commandant"
    r"|strijder|officier|verhoorder|bewaker|he|she|him)\b",
    re.IGNORECASE,
)
# A quoted word before "genoemd" in a sentence about a person: "werd hij 'de Arts' genoemd".
_CALLED_RE = re.compile(rf"{_QUOTED}\s+(?:genoemd|gedoopt|called)\b", re.IGNORECASE)
# "noemden de bewaker 'de Wolf'": a person noun between the naming verb and the nickname.
_NAMED_RE = re.compile(
    r"\bnoem\w*\s+(?:de|het|een|zijn|haar)\s+(?:bewaker|commandant|officier|verhoorder|ondervrager|man"
    rf"|vrouw|strijder|chef|leider|soldaat|agent|cipier|arts|chauffeur)\s+{_QUOTED}",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.!?;\n][^.!?;\n]*$")
_QUICK = (
    "alias", "naam", "bijgenaamd", "bekend", "noem", "guerre", "kunya", "known", "a.k.a", "aka", "gedoopt",
    "called",
)  # fmt: skip


def _about_a_person(text: str, start: int) -> bool:
    head = text[max(0, start - 120) : start]
    m = _SENTENCE_START.search(head)
    sentence = head[m.start() + 1 :] if m else head
    return _PERSON_WORDS.search(sentence) is not None


def find_aliases(text: str) -> list[Finding]:
    lowered = text.lower()
    if not any(k in lowered for k in _QUICK):
        return []
    out: list[Finding] = []
    for m in _ALIAS_RE.finditer(text):
        if m.group("weak") and not _about_a_person(text, m.start()):
            continue
        value = _VALUE_RE.match(text, m.end())
        if value is None:
            continue
        span = value.span("cap") if value.group("cap") else value.span(1)
        if span[0] >= 0 and span[1] > span[0]:
            out.append(Finding("person", span[0], span[1], "alias"))
    for m in _CALLED_RE.finditer(text):
        if _about_a_person(text, m.start()):
            out.append(Finding("person", *m.span(1), "alias"))
    out += [Finding("person", *m.span(1), "alias") for m in _NAMED_RE.finditer(text)]
    return out
