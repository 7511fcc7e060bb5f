"""``PurgeService``: the chair's list of due cases, the plan of a purge (a dry run of the real
purge, rolled back) and the purge itself with its audit entries (overview: ``storage.purge``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from storage import set_aside
from storage.cases.model import audit_label
from storage.errors import NotFound, StoreError
from storage.i18n import pick
from storage.meetings import _base as b
from storage.purge import compaction
from storage.purge.content import PurgedFacts, purge_content
from storage.purge.plan import build_plan, find_blockers
from storage.purge.redaction import redact_changed_seals
from storage.purge.results import (
    CompactReport,
    DueCase,
    PurgeBlocked,
    PurgeListChanged,
    PurgePlan,
    PurgeReport,
)
from storage.purge.scope import Scope, SealState, find_mentions, last_decision, load_scope, seal_states
from storage.purge.texts import outcome_label, tombstone_sentence
from storage.purge.tombstones import Tombstone, read_tombstone, read_tombstones
from storage.retention_rules import BASIS_SQL, RULE_STATUSES, computed_until, rules
from storage.sql_lists import marks
from storage.store import Store


class _DryRun(Exception):
    def __init__(self, report: PurgeReport) -> None:
        super().__init__("dry run")
        self.report = report


class PurgeService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading ----------------------------------------------------------------------------------
    def today(self) -> date:
        return self.store.now().date()

    def rules(self) -> dict[str, int]:
        return rules(self.store)

    def due(self, on: date | None = None) -> list[DueCase]:
        """Closed, not yet purged cases whose retention date (as the rules give it now) has
        passed on ``on`` (today by the store's clock), oldest date first."""
        day = (on or self.today()).isoformat()
        current = self.rules()
        until = "CASE status " + " ".join(
            "WHEN ? THEN date(basis, '+' || ? || ' years')" for _ in RULE_STATUSES
        )
        until += " END"
        args: list[object] = []
        for status in RULE_STATUSES:
            args += [status, current[status]]
        rows = self.store.db.execute(
            f"SELECT id, reference, status, closed_at, until FROM (SELECT id, reference, status, closed_at, "
            f"{until} AS until FROM (SELECT id, reference, status, closed_at, {BASIS_SQL} AS basis FROM cases "
            f"WHERE purged_at IS NULL AND closed_at IS NOT NULL AND status IN ({marks(RULE_STATUSES)}))) "
            "WHERE until <= ? ORDER BY until, reference",
            [*args, *RULE_STATUSES, day],
        ).fetchall()
        out = []
        for case_id, reference, status, closed_at, until_day in rows:
            last = last_decision(self.store, case_id)
            out.append(
                DueCase(
                    case_id=case_id,
                    reference=reference,
                    status=status,
                    closed_at=closed_at,
                    retention_until=until_day,
                    rule_years=current[status],
                    last_decision=last.number,
                    last_decision_date=last.date,
                    outcome=last.outcome,
                    outcome_label=outcome_label(self.store, last.outcome, None),
                )
            )
        return out

    def tombstones(self) -> list[Tombstone]:
        return read_tombstones(self.store)

    def tombstone(self, case_id: int) -> Tombstone | None:
        return read_tombstone(self.store, case_id)

    def case_id(self, reference: str) -> int:
        row = self.store.db.execute(
            "SELECT id FROM cases WHERE reference = ?", (reference.strip(),)
        ).fetchone()
        if row is None:
            raise NotFound(what=pick(f"Casus {reference}", f"Case {reference}"))
        return int(row[0])

    # -- plans ------------------------------------------------------------------------------------
    def plan(self, case_ids: Sequence[int], *, on: date | None = None) -> list[PurgePlan]:
        """What purging these cases together would do: the real purge, run and rolled back
        (nothing is written). Blocked cases get their blockers instead."""
        store, day = self.store, on or self.today()
        scopes = [load_scope(store, case_id) for case_id in dict.fromkeys(case_ids)]
        states = seal_states(store, scopes)
        mentions = find_mentions(store, scopes)
        plans: dict[int, PurgePlan] = {}
        runnable = []
        for scope in scopes:
            blockers = find_blockers(store, scope, day, states)
            if blockers:
                case_id = scope.case["id"]
                plans[case_id] = build_plan(
                    store,
                    scope,
                    until=computed_until(store, case_id),
                    blockers=blockers,
                    sealed=(),
                    kept=0,
                    mentions=mentions[case_id],
                )
            else:
                runnable.append(scope)
        if runnable:
            try:
                with store.db.atomic():
                    raise _DryRun(self._run(runnable, states, mentions))
            except _DryRun as dry:
                plans.update((p.case_id, p) for p in dry.report.plans)
        return [plans[scope.case["id"]] for scope in scopes]

    # -- purging ----------------------------------------------------------------------------------
    def purge(self, case_ids: Sequence[int], *, on: date | None = None, compact: bool = True) -> PurgeReport:
        """Purge these cases (all or nothing, one transaction), then compact the store.

        Raises ``PurgeBlocked`` (nothing changed) when any of them cannot be purged."""
        if not case_ids:
            return PurgeReport((), (), (), None)
        store, day = self.store, on or self.today()
        with store.db.atomic():
            scopes = [load_scope(store, case_id) for case_id in dict.fromkeys(case_ids)]
            states = seal_states(store, scopes)
            blocked = [
                (s.case["reference"], bl) for s in scopes for bl in find_blockers(store, s, day, states)
            ]
            if blocked:
                raise PurgeBlocked(blocked)
            report = self._run(scopes, states, find_mentions(store, scopes))
            # Merge the full-text index in the same transaction: its old segments still hold the
            # purged terms, and a kill before compact() must not leave them readable.
            store.db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        report = replace(report, set_aside_removed=self._remove_set_aside_copies())
        if compact:
            try:
                report = replace(report, compact=self.compact())
            except StoreError as exc:
                report = replace(report, compact_error=exc.message())
        return report

    def _remove_set_aside_copies(self) -> int:
        """Copies beside the store were made before this purge and still hold the case: they go."""
        removed = set_aside.remove_all(self.store.paths)
        if removed:
            self.store.audit.append(
                "store.set_aside_removed",
                "store",
                self.store.store_id,
                detail={"count": len(removed), "reason": "purge"},
            )
        return len(removed)

    def purge_references(
        self, references: Sequence[str], *, on: date | None = None, compact: bool = True
    ) -> PurgeReport:
        return self.purge([self.case_id(r) for r in references], on=on, compact=compact)

    def purge_confirmed(
        self, references: Sequence[str], *, on: date | None = None, compact: bool = True
    ) -> PurgeReport:
        """Purge exactly the cases the chair confirmed: refuses (``PurgeListChanged``) when the
        references no longer match cases that are due, e.g. after a rule change in between."""
        due = {c.reference for c in self.due(on)}
        if not references or not set(references) <= due:
            raise PurgeListChanged()
        return self.purge_references(references, on=on, compact=compact)

    def _run(
        self, scopes: Sequence[Scope], states: dict[int, SealState], mentions: dict[int, tuple[str, ...]]
    ) -> PurgeReport:
        """Purge these (checked) cases inside the caller's transaction: their content first, then
        the seals of the records that changed (each fingerprinted once), then one audit entry per
        case."""
        store = self.store
        now = store.now()
        sentence = tombstone_sentence(now.date())
        current = self.rules()
        facts = [purge_content(store, scope, now, sentence, current) for scope in scopes]
        redacted = redact_changed_seals(store, scopes, states, now.isoformat(timespec="seconds"))
        concept = {i["meeting_id"] for s in scopes for i in s.items} - set(states)
        for meeting_id in sorted(concept):
            b.touch(store, meeting_id)  # concept records: a new version to print

        plans, tombstones = [], []
        for scope, fact in zip(scopes, facts, strict=True):
            case_id = int(scope.case["id"])
            sealed = [redacted[mid] for mid in sorted(scope.record_meetings) if mid in redacted]
            plan = build_plan(
                store,
                scope,
                until=fact.until,
                blockers=(),
                sealed=sealed,
                kept=fact.kept,
                mentions=mentions.get(case_id, ()),
            )
            self._audit_purge(scope, fact, plan, current)
            tombstone = self.tombstone(case_id)
            assert tombstone is not None
            plans.append(plan)
            tombstones.append(tombstone)
        return PurgeReport(tuple(plans), tuple(tombstones), tuple(redacted.values()), None)

    def _audit_purge(self, scope: Scope, fact: PurgedFacts, plan: PurgePlan, current: dict[str, int]) -> None:
        """The ``case.purge`` entry: reference, counts and redacted meetings, never content."""
        self.store.audit.append(
            "case.purge",
            "case",
            audit_label(int(scope.case["id"]), str(scope.case["reference"])),
            detail={
                "status": scope.case["status"],
                "retention_until": fact.until,
                "rule_years": current.get(scope.case["status"]),
                "last_decision": fact.last.number,
                "minutes": plan.minutes,
                "decisions": len(plan.decisions),
                "actions": len(plan.actions),
                "amendments": plan.amendments,
                "addenda": plan.addenda,
                "kept_findings": fact.kept,
                "search_documents": plan.search_documents,
                "redacted": list(plan.sealed),
            },
        )

    # -- compaction -------------------------------------------------------------------------------
    def compact(self) -> CompactReport:
        """Merge the full-text index, VACUUM and checkpoint the WAL (``storage.purge.compaction``)."""
        return compaction.compact(self.store)
