"""Decisions as read models: one, a selection, a meeting's decision list, the register, history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from storage.errors import NotFound
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings.model import Decision, DecisionList, DecisionRegister, DecisionVersion, OutcomeCount
from storage.meetings.outcomes import DEFAULT_OUTCOMES, outcomes
from storage.meetings.queries.common import MEETING_ORDER, chunks, sealed_outcomes
from storage.meetings.queries.meetings import meeting
from storage.store import Store

_DECISION_SQL = (
    "SELECT d.*, m.number AS meeting_number, m.date AS meeting_date, ai.position AS item_number, "
    "CASE WHEN s.id IS NOT NULL AND ai.case_reference != '' THEN ai.case_reference "
    "ELSE c.reference END AS case_reference, s.id AS seal_id, m.sealed_outcomes "
    "FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
    "JOIN agenda_items ai ON ai.id = d.item_id JOIN cases c ON c.id = d.case_id "
    "LEFT JOIN seals s ON s.meeting_id = d.meeting_id"
)


def select_decisions(
    store: Store, where: str = "", args: Sequence[object] = (), order: str = ""
) -> tuple[Decision, ...]:
    found = b.rows(
        store,
        f"{_DECISION_SQL} {where} {order or f'ORDER BY {MEETING_ORDER}, ai.position, d.id'}",
        args,
    )
    if not found:
        return ()
    labels = {o.key: o.label for o in outcomes(store)}
    for entry in DEFAULT_OUTCOMES:
        labels.setdefault(entry["key"], entry["label"])
    numbers = _action_numbers(store, [r["id"] for r in found])
    return tuple(_decision(r, _label(r, labels), numbers.get(r["id"], ())) for r in found)


def _action_numbers(store: Store, ids: list[int]) -> dict[int, list[str]]:
    numbers: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(ids):
        for decision_id, number in store.db.execute(
            f"SELECT decision_id, number FROM actions WHERE decision_id IN ({','.join('?' * len(chunk))}) "
            "ORDER BY id",
            chunk,
        ):
            numbers[decision_id].append(number)
    return numbers


def _decision(r: b.Row, label: str, action_numbers: Sequence[str]) -> Decision:
    return Decision(
        id=r["id"],
        number=r["number"],
        meeting_id=r["meeting_id"],
        meeting_number=r["meeting_number"],
        meeting_date=date.fromisoformat(r["meeting_date"]),
        item_id=r["item_id"],
        item_number=r["item_number"],
        case_id=r["case_id"],
        case_reference=r["case_reference"],
        outcome=r["outcome"],
        outcome_label=label,
        text=r["text"],
        responsible_organisation=r["responsible_organisation"],
        responsible=r["responsible"],
        deadline=b.to_date(r["deadline"]),
        reason=r["reason"],
        request=r["request"],
        keep_monitoring=bool(r["keep_monitoring"]),
        ind_confirmed_by=r["ind_confirmed_by"],
        ind_confirmed_at=b.to_dt(r["ind_confirmed_at"]),
        om_confirmed_by=r["om_confirmed_by"],
        om_confirmed_at=b.to_dt(r["om_confirmed_at"]),
        disagreement=r["disagreement"],
        disagreement_at=b.to_dt(r["disagreement_at"]),
        action_numbers=tuple(action_numbers),
        sealed=r["seal_id"] is not None,
        created_at=datetime.fromisoformat(r["created_at"]),
        updated_at=datetime.fromisoformat(r["updated_at"]),
        version=r["version"],
    )


def _label(row: b.Row, labels: dict[str, str]) -> str:
    """A sealed decision keeps the label its outcome had at adoption."""
    if row["seal_id"] is not None and row["sealed_outcomes"]:
        frozen = {key: nl for key, nl, _en in sealed_outcomes(row["sealed_outcomes"])}
        if row["outcome"] in frozen:
            return frozen[row["outcome"]]
    key = str(row["outcome"])
    return labels.get(key, key)


def decision_history(store: Store, decision_id: int) -> tuple[DecisionVersion, ...]:
    """The replaced versions of a decision, oldest first (the current one is ``decision``)."""
    labels = {o.key: o.label for o in outcomes(store)}

    def label(key: str) -> str:
        return labels.get(key, key)

    return tuple(
        DecisionVersion(
            decision_id=r["decision_id"],
            version=r["version"],
            outcome=r["outcome"],
            outcome_label=label(str(r["outcome"])),
            text=r["text"],
            responsible_organisation=r["responsible_organisation"],
            responsible=r["responsible"],
            deadline=b.to_date(r["deadline"]),
            reason=r["reason"],
            request=r["request"],
            keep_monitoring=bool(r["keep_monitoring"]),
            ind_confirmed_by=r["ind_confirmed_by"],
            ind_confirmed_at=b.to_dt(r["ind_confirmed_at"]),
            om_confirmed_by=r["om_confirmed_by"],
            om_confirmed_at=b.to_dt(r["om_confirmed_at"]),
            disagreement=r["disagreement"],
            disagreement_at=b.to_dt(r["disagreement_at"]),
            recorded_at=datetime.fromisoformat(r["recorded_at"]),
            replaced_at=datetime.fromisoformat(r["replaced_at"]),
            replaced_by=r["replaced_by"],
        )
        for r in b.rows(
            store,
            "SELECT * FROM decision_versions WHERE decision_id = ? ORDER BY version",
            (decision_id,),
        )
    )


def decision(store: Store, decision_id: int) -> Decision:
    found = select_decisions(store, "WHERE d.id = ?", (decision_id,))
    if not found:
        raise NotFound(what=pick(f"Besluit {decision_id}", f"Decision {decision_id}"))
    return found[0]


def decision_by_number(store: Store, number: str) -> Decision:
    found = select_decisions(store, "WHERE d.number = ?", (number,))
    if not found:
        raise NotFound(what=number)
    return found[0]


def decisions(
    store: Store,
    *,
    outcome: str | None = None,
    year: int | None = None,
    meeting_id: int | None = None,
    case_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> tuple[Decision, ...]:
    """Decisions in meeting order, then agenda order. ``year`` is the meeting's year."""
    where, args = [], []
    for clause, value in (
        ("d.outcome = ?", outcome),
        ("m.year = ?", year),
        ("d.meeting_id = ?", meeting_id),
        ("d.case_id = ?", case_id),
        ("m.date >= ?", start.isoformat() if start else None),
        ("m.date <= ?", end.isoformat() if end else None),
    ):
        if value is not None:
            where.append(clause)
            args.append(value)
    return select_decisions(store, ("WHERE " + " AND ".join(where)) if where else "", args)


def decision_list(store: Store, meeting_id: int) -> DecisionList:
    return DecisionList(meeting=meeting(store, meeting_id), decisions=decisions(store, meeting_id=meeting_id))


def decision_register(
    store: Store, *, start: date | None = None, end: date | None = None, outcome: str | None = None
) -> DecisionRegister:
    found = decisions(store, start=start, end=end, outcome=outcome)
    counted: dict[str, int] = defaultdict(int)
    for d in found:
        counted[d.outcome] += 1
    order = [o.key for o in outcomes(store)]
    order += sorted(k for k in counted if k not in order)
    labels = {d.outcome: d.outcome_label for d in found}
    labels.update({o.key: o.label for o in outcomes(store)})
    counts = tuple(OutcomeCount(k, labels.get(k, k), counted.get(k, 0)) for k in order)
    return DecisionRegister(start=start, end=end, decisions=found, counts=counts)
