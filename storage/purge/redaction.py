"""Sealed records a purge changed: each is marked redacted, keeping its original fingerprint and
logging the new one (``meeting.redact``), so ``overlegtafel verify`` reports it redacted, not broken."""

from __future__ import annotations

from collections.abc import Sequence

from storage.cases.model import audit_label
from storage.meetings import snapshot as snap
from storage.purge.scope import Scope, SealState
from storage.store import Store


def redact_changed_seals(
    store: Store, scopes: Sequence[Scope], states: dict[int, SealState], now_iso: str
) -> dict[int, str]:
    """Mark the seals whose record this purge changed (each fingerprinted once more) inside the
    caller's transaction; returns their meeting numbers by meeting id."""
    redacted: dict[int, str] = {}
    for meeting_id, state in states.items():
        after = snap.fingerprint(store, meeting_id)
        if after == state.current:
            continue
        touching = [s for s in scopes if meeting_id in s.record_meetings]
        labels = [audit_label(int(s.case["id"]), str(s.case["reference"])) for s in touching]
        notes = [state.note] if state.note else []
        notes += [f"casus {s.case['reference']} verwijderd wegens bewaartermijn" for s in touching]
        store.db.execute(
            "UPDATE seals SET redacted_at = ?, redacted_fingerprint = ?, redaction_note = ? WHERE id = ?",
            (now_iso, after, "; ".join(notes), state.seal_id),
        )
        store.audit.append(
            "meeting.redact",
            "meeting",
            state.number,
            detail={
                "fingerprint": state.original,
                "redacted_fingerprint": after,
                "cases": labels,
                "reason": "retention",
            },
        )
        redacted[meeting_id] = state.number
    return redacted
