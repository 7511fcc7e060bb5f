"""Removing one case's content everywhere: its texts replaced by the tombstone sentence, its
full-text documents deleted, the guard's kept-finding hashes dropped, its tombstone written.

Seals and the audit log are the service's part (``storage.purge.service``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.anonymity import AnonymityPolicy
from storage.cases.history import record_event
from storage.guard import scan
from storage.purge.scope import LastDecision, Scope, last_decision
from storage.purge.tombstones import write_tombstone
from storage.retention_rules import computed_until
from storage.sql_lists import marks, slices
from storage.sqlite_driver import Database
from storage.store import Store


@dataclass(frozen=True)
class PurgedFacts:
    """What the audit entry and the plan need to know from before the content went."""

    kept: int  # kept-finding hashes dropped
    until: str | None  # the retention date as the rules gave it
    last: LastDecision


def purge_content(
    store: Store, scope: Scope, now: datetime, sentence: str, current: dict[str, int]
) -> PurgedFacts:
    """Replace one case's content everywhere and write its tombstone (no seals, no audit), inside
    the caller's transaction. ``current`` are the retention rules (years per closing status)."""
    case = scope.case
    case_id, reference = int(case["id"]), str(case["reference"])
    now_iso = now.isoformat(timespec="seconds")
    last = last_decision(store, case_id)
    until = computed_until(store, case_id)
    kept = _forget_findings(store, scope)
    _empty_meeting_texts(store.db, scope, sentence, now_iso)
    _reindex(store.db, case_id, reference, scope.docs)
    write_tombstone(store, case, last, until=until, rule_years=current.get(case["status"]), purged_at=now_iso)
    record_event(store, case_id, "purged", {"on": now.date().isoformat()})
    store.db.execute(
        "UPDATE cases SET grounds = '', country = '', period_from = '', period_to = '', role = '', "
        "organisations = '', ind_status = '', ind_status_note = '', urgent = 0, urgency_reason = '', "
        "question = '', summary = ?, retention_until = NULL, updated_at = ?, purged_at = ? WHERE id = ?",
        (sentence, now_iso, now_iso, case_id),
    )
    return PurgedFacts(kept=kept, until=until, last=last)


def _empty_meeting_texts(db: Database, scope: Scope, sentence: str, now_iso: str) -> None:
    """Minutes, decisions (and their versions), actions, amendments, addenda and the aangifte
    follow-up of the case: their texts become ``sentence``."""
    case_id, reference = int(scope.case["id"]), str(scope.case["reference"])
    db.execute(
        "UPDATE agenda_items SET minutes = CASE WHEN minutes != '' THEN ? ELSE '' END, case_summary = '', "
        "title = CASE WHEN kind = 'case' AND case_reference != '' THEN case_reference "
        "WHEN kind = 'case' THEN ? ELSE title END WHERE case_id = ?",
        (sentence, reference, case_id),
    )
    db.execute(
        "UPDATE decisions SET text = ?, responsible = '', reason = '', request = '', "
        "disagreement = CASE WHEN coalesce(disagreement, '') = '' THEN disagreement ELSE ? END "
        "WHERE case_id = ?",
        (sentence, sentence, case_id),
    )
    db.execute(
        "UPDATE decision_versions SET text = ?, responsible = '', reason = '', request = '', "
        "disagreement = CASE WHEN coalesce(disagreement, '') = '' THEN disagreement ELSE ? END "
        "WHERE decision_id IN (SELECT id FROM decisions WHERE case_id = ?)",
        (sentence, sentence, case_id),
    )
    for chunk in slices([a["id"] for a in scope.actions]):
        db.execute(
            f"UPDATE actions SET text = ?, owner_role = '', close_note = '' WHERE id IN ({marks(chunk)})",
            (sentence, *chunk),
        )
    for chunk in slices([a["id"] for a in scope.amendments]):
        db.execute(f"UPDATE amendments SET text = ? WHERE id IN ({marks(chunk)})", (sentence, *chunk))
    # The aangifte follow-up track keeps its dates and feedback kind (the figures count them).
    db.execute(
        "UPDATE aangifte_followups SET not_filed_reason = CASE WHEN not_filed_reason != '' THEN ? "
        "ELSE '' END, note = CASE WHEN note != '' THEN ? ELSE '' END WHERE case_id = ?",
        (sentence, sentence, case_id),
    )
    for chunk in slices([a["id"] for a in scope.addenda]):
        db.execute(
            f"UPDATE addenda SET text = ?, redacted_at = ? WHERE id IN ({marks(chunk)})",
            (sentence, now_iso, *chunk),
        )


def _reindex(db: Database, case_id: int, reference: str, docs: list[int]) -> None:
    """Every document about the case leaves the index (secure-delete also clears the tokens from
    the index b-tree); the case comes back under its reference only."""
    db.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
    for doc in [case_id, *docs]:
        db.execute("DELETE FROM search_index WHERE rowid = ?", (doc,))
    for chunk in slices(docs):
        db.execute(f"DELETE FROM search_docs WHERE doc IN ({marks(chunk)})", chunk)
    db.execute("INSERT INTO search_index(rowid, body) VALUES (?, ?)", (case_id, reference))


def _forget_findings(store: Store, scope: Scope) -> int:
    """Drop the guard's kept-finding hashes of everything this purge empties."""
    policy = AnonymityPolicy(store)
    count = policy.forget("case", scope.case["id"])
    for item in scope.items:
        count += policy.forget("minutes", item["id"]) + policy.forget("agenda_item", item["id"])
    for decision in scope.decisions:
        count += policy.forget("decision", decision["number"]) + policy.forget("followup", decision["number"])
    for action in scope.actions:
        count += policy.forget("action", action["number"])
    # Amendments and addenda are kept per meeting: only the hashes of the purged texts' spans.
    for kind, rows in (("amendment", scope.amendments), ("addendum", scope.addenda)):
        for row in rows:
            count += _forget_spans(store, policy, kind, row["meeting_number"], row["text"])
    return count


def _forget_spans(store: Store, policy: AnonymityPolicy, kind: str, object_id: str, text: str) -> int:
    if not policy.kept_count(kind, object_id):
        return 0
    count = 0
    for finding in scan(text):
        digest = policy.span_hash(kind, object_id, "text", text[finding.start : finding.end])
        cursor = store.db.execute(
            "DELETE FROM guard_accepted WHERE object_type = ? AND object_id = ? AND field = 'text' "
            "AND span_hash = ?",
            (kind, object_id, digest),
        )
        count += int(cursor.rowcount or 0)
    return count
