"""Turn overlapping findings into one non-overlapping, sorted list.

Overlapping spans are joined rather than cut, so no part of an identifier is left unmarked; the
joined span takes the most specific kind among its parts (an e-mail address wins over the name
inside it, an address over the postcode inside it).
"""

from __future__ import annotations

from storage.guard.findings import Finding

# Most specific first: a checksum or a fixed format says more than capitalisation does.
_PRIORITY: dict[str, int] = {
    kind: rank
    for rank, kind in enumerate(
        (
            "email",
            "iban",
            "bsn",
            "document",
            "v_number",
            "phone",
            "date_of_birth",
            "plate",
            "address",
            "postcode",
            "person",
        )
    )
}


def _better(a: Finding, b: Finding) -> Finding:
    return a if _PRIORITY.get(a.kind, 99) <= _PRIORITY.get(b.kind, 99) else b


def merge(findings: list[Finding]) -> list[Finding]:
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    for f in ordered:
        if f.end <= f.start:
            continue
        if out and f.start < out[-1].end:
            last = out[-1]
            best = _better(last, f)
            out[-1] = Finding(best.kind, last.start, max(last.end, f.end), best.basis)
        else:
            out.append(f)
    return out
