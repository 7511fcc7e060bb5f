"""Whether a case may be purged now (its blockers) and the plan of what its purge removes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from storage.cases.model import CLOSED_STATUSES, status_label
from storage.meetings import _base as b
from storage.purge.results import Blocker, PurgePlan
from storage.purge.scope import Scope, SealState, last_decision
from storage.purge.texts import outcome_label
from storage.retention_rules import computed_until, rules
from storage.store import Store


def find_blockers(store: Store, scope: Scope, on: date, states: dict[int, SealState]) -> list[Blocker]:
    """Why the case of ``scope`` cannot be purged on ``on``; empty when it can."""
    case = scope.case
    if case["purged_at"]:
        day = str(case["purged_at"])[:10]
        return [Blocker("purged", f"al verwijderd op {day}", f"already purged on {day}")]
    if case["status"] not in CLOSED_STATUSES:
        label_nl, label_en = status_label(case["status"], "nl"), status_label(case["status"], "en")
        return [
            Blocker(
                "open",
                f"de casus is niet afgesloten (status {label_nl.lower()}); open casussen worden nooit verwijderd",
                f"the case is not closed (status {label_en.lower()}); open cases are never purged",
            )
        ]
    found: list[Blocker] = []
    until = computed_until(store, case["id"])
    if until is None or until > on.isoformat():
        found.append(
            Blocker(
                "not_due",
                f"de bewaartermijn loopt nog tot {until or '-'}",
                f"the retention period runs until {until or '-'}",
            )
        )
    pending = sorted({i["meeting_number"] for i in scope.items if i["meeting_status"] in b.OPEN_STATUSES})
    if pending:
        found.append(
            Blocker(
                "on_agenda",
                f"staat op de agenda van {', '.join(pending)}; haal de casus daar eerst af",
                f"on the agenda of {', '.join(pending)}; take the case off that agenda first",
            )
        )
    broken = [
        states[mid].number for mid in sorted(scope.record_meetings) if mid in states and not states[mid].ok
    ]
    if broken:
        names = ", ".join(broken)
        found.append(
            Blocker(
                "seal_broken",
                f"het zegel van {names} klopt niet (zie 'overlegtafel verify'); verwijderen zou dat verhullen",
                f"the seal of {names} does not verify (see 'overlegtafel verify'); a purge would hide that",
            )
        )
    return found


def build_plan(
    store: Store,
    scope: Scope,
    *,
    until: str | None,
    blockers: Sequence[Blocker],
    sealed: Sequence[str],
    kept: int,
    mentions: Sequence[str] = (),
) -> PurgePlan:
    """The plan of ``scope``'s purge; the counts that only the (dry) run knows are passed in."""
    case = scope.case
    last = last_decision(store, case["id"])
    return PurgePlan(
        case_id=case["id"],
        reference=case["reference"],
        status=case["status"],
        created_at=case["created_at"],
        closed_at=case["closed_at"],
        retention_until=until,
        rule_years=rules(store).get(case["status"]),
        last_decision=last.number,
        last_decision_date=last.date,
        outcome=last.outcome,
        outcome_label=outcome_label(store, last.outcome, None),
        meetings=tuple(dict.fromkeys(i["meeting_number"] for i in scope.items)),
        minutes=sum(1 for i in scope.items if i["minutes"]),
        decisions=tuple(d["number"] for d in scope.decisions),
        actions=tuple(a["number"] for a in scope.actions),
        open_actions=tuple(a["number"] for a in scope.actions if a["status"] == "open"),
        amendments=len(scope.amendments),
        addenda=len(scope.addenda),
        kept_findings=kept,
        search_documents=1 + len(scope.docs),
        sealed=tuple(sealed),
        mentions=tuple(mentions),
        blockers=tuple(blockers),
    )
