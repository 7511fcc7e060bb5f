"""Fragments of identifiers: "de laatste vier cijfers van het BSN zijn 4821", "V-nummer begint met 2904".

A part of a BSN or V-nummer has no checksum and no fixed length, but together with other details
it narrows the search to a handful of people, so it counts as the identifier it belongs to. The
kind comes from the identifier named in the same sentence before the fragment.
"""

from __future__ import annotations

import re

from storage.guard.findings import Finding

# (kind, keyword) in order of precedence; "nummer" alone means a phone number only when the
# fragment looks like one (+93…, 06…).
_KINDS: tuple[tuple[str, str], ...] = (
    ("bsn", r"\bbsn\b|burgerservicenummer|sofinummer"),
    ("v_number", r"\bv-?(?:nummer|nr)\b\.?|\bvnr\b|vreemdelingennummer"),
    ("iban", r"\biban\b|rekeningnummer|bankrekening"),
    (
        "document",
        r"paspoort\w*|documentnummer|verblijfsdocument\w*|verblijfspas\w*|identiteitskaart\w*|id-kaart"
        r"|tazkira\w*|rijbewijs\w*|kaartnummer",
    ),
    ("phone", r"telefoon\w*|\bmobiel\w*|\bgsm\b|\btel\b\.?|whatsapp"),
)
_KEY_RE = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _KINDS}
_NUMBER_WORD = re.compile(r"\bnummer\b", re.IGNORECASE)
# Digits, possibly grouped, with letters (passports) or masked positions ("30.11.xx.xx").
_VALUE = r"(?:\.{2,3}|…)?\+?[0-9A-Z](?:[0-9A-Z]|[ .-](?=[0-9A-Zx*])|[x*?](?=[x*?.\s-]|$)){0,14}"
_FRAGMENT_RE = re.compile(
    rf"\b(?:eindigt|eindigend|eindigen|begint|beginnend|beginnen|start)\s+(?:op|met)\s+(?P<a>{_VALUE})"
    rf"|\b(?:laatste|eerste)\s+(?:\w+\s+)?(?:cijfers|tekens|posities)\b[^.;\n]{{0,50}}?"
    rf"(?:\bzijn|\bis|\bluiden|:)\s*(?=(?:\.{{2,3}}|…)?\+?\d)(?P<b>{_VALUE})"
    rf"|:\s*(?P<c>(?:\.{{2,3}}|…)[0-9]{{2,8}})"
    rf"|\s(?P<d>\d{{2}}[.\s-]?\d{{2}}(?:[.\s-]?(?:xx|XX|\*\*|\?\?)){{1,4}})",
)
_SENTENCE_START = re.compile(r"[.!?](?=\s+[A-Z])|[;\n]")
_QUICK = ("eindig", "begint", "beginnen", "beginnend", "start", "cijfers", "tekens", "posities", "...", "…")
_MASKED = ("xx", "**", "??")


def _kind_for(text: str, start: int, value: str) -> str | None:
    """The identifier named before ``start`` in the same sentence, nearest first."""
    lo = max(0, start - 90)
    head = text[lo:start]
    cuts = [m.end() for m in _SENTENCE_START.finditer(head)]
    head = head[cuts[-1] :] if cuts else head
    best: tuple[int, str] | None = None
    for kind, key in _KEY_RE.items():
        for m in key.finditer(head):
            if best is None or m.start() > best[0]:
                best = (m.start(), kind)
    if best is not None:
        return best[1]
    if _NUMBER_WORD.search(head) and value.lstrip(".…").startswith(("+", "0")):
        return "phone"
    return None


def find_fragments(text: str) -> list[Finding]:
    lowered = text.lower()
    if not any(k in lowered for k in _QUICK) and not any(k in lowered for k in _MASKED):
        return []
    out: list[Finding] = []
    for m in _FRAGMENT_RE.finditer(text):
        group = next(g for g in ("a", "b", "c", "d") if m.group(g))
        start = m.start(group)
        value = m.group(group).rstrip(" .-")
        if not any(c.isdigit() for c in value):
            continue
        kind = _kind_for(text, start, value)
        if kind is not None:
            out.append(Finding(kind, start, start + len(value), "fragment"))
    return out
