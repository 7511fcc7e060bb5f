"""The case register's service: create, read, change, list and search cases.

Every write of free text passes the anonymity policy (``storage.anonymity``) inside the same
transaction as the write; a finding nobody kept makes the write fail with ``PersonalDataFound``
and nothing is stored. The audit log gets references, field names and counts, never case text.

The register is read in two steps so that 10,000 cases stay instant: ``ids(query)`` returns the
ordered ids that match (cheap), ``rows(ids)`` the register lines for a window of them.
"""

from __future__ import annotations

import bisect
import builtins
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from storage.anonymity import AnonymityPolicy, FieldFinding, Keep, normalise_span
from storage.cases import search
from storage.cases.history import HistoryEvent, record_event
from storage.cases.model import (
    AWAITING_OM_STATUSES,
    EDITABLE_FIELDS,
    OPEN_STATUSES,
    TEXT_FIELDS,
    Case,
    CaseRow,
    audit_label,
    field_error,
    field_label,
    field_labels,
    parse_grounds,
    period_order_error,
)
from storage.cases.retention import retention_years, set_retention_years
from storage.cases.status import CaseStatus
from storage.cases.status_change import set_case_status
from storage.cases.timeline import case_history
from storage.errors import NotFound, ValidationError
from storage.i18n import pick
from storage.retention_rules import require_not_purged
from storage.sql_lists import marks, slices
from storage.store import Store

OBJECT_TYPE = "case"

VIEWS: tuple[str, ...] = ("all", "open", "urgent", "awaiting_om", "aangifte", "retention_due")

_STATUS_RANK = (
    "CASE status " + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(CaseStatus)) + " ELSE 99 END"
)
SORT_KEYS: dict[str, str] = {
    "reference": "reference",
    "status": _STATUS_RANK,
    "grounds": "grounds",
    "country": "country COLLATE NOCASE",
    "period": "period_from",
    "role": "role COLLATE NOCASE",
    "ind_status": "ind_status",
    "urgent": "urgent",
    "updated": "updated_at",
    "retention": "retention_until IS NULL, retention_until",
}

_COLUMNS = (
    "id, reference, status, grounds, country, period_from, period_to, role, organisations, "
    "ind_status, ind_status_note, urgent, urgency_reason, question, summary, created_at, "
    "updated_at, closed_at, retention_until"
)
_ROW_COLUMNS = (
    "id, reference, status, grounds, country, period_from, period_to, role, ind_status, urgent, "
    "updated_at, retention_until"
)
# Successive autosaves of the same fields by the same person are one edit in the audit log.
AUDIT_COALESCE = timedelta(minutes=10)


@dataclass(frozen=True)
class CaseQuery:
    view: str = "all"  # one of VIEWS: the saved filters of the register
    status: str = ""  # one CaseStatus value, or "" for any
    search: str = ""  # what the user typed in the search box (FTS5, case text and minutes)
    sort: str = "reference"  # one of SORT_KEYS
    descending: bool = False
    today: date | None = None  # for "retention_due"; the store's clock when None


def _grounds_text(grounds: tuple[str, ...]) -> str:
    return ",".join(grounds)


def _case(row: Sequence[Any]) -> Case:
    return Case(
        id=int(row[0]),
        reference=row[1],
        status=row[2],
        grounds=tuple(g for g in row[3].split(",") if g),
        country=row[4],
        period_from=row[5],
        period_to=row[6],
        role=row[7],
        organisations=row[8],
        ind_status=row[9],
        ind_status_note=row[10],
        urgent=bool(row[11]),
        urgency_reason=row[12],
        question=row[13],
        summary=row[14],
        created_at=row[15],
        updated_at=row[16],
        closed_at=row[17],
        retention_until=row[18],
    )


def _row(row: Sequence[Any]) -> CaseRow:
    return CaseRow(
        id=int(row[0]),
        reference=row[1],
        status=row[2],
        grounds=tuple(g for g in row[3].split(",") if g),
        country=row[4],
        period_from=row[5],
        period_to=row[6],
        role=row[7],
        ind_status=row[8],
        urgent=bool(row[9]),
        updated_at=row[10],
        retention_until=row[11],
    )


def _column_value(name: str, value: object) -> object:
    """A normalised field value as its column in ``cases`` holds it."""
    if name == "grounds" and isinstance(value, tuple):
        return _grounds_text(value)
    if name == "urgent":
        return int(bool(value))
    return value


def _draft(clean: Mapping[str, object], now: str) -> Case:
    """A new case (id 0, status new) from validated, normalised values."""
    grounds = clean.get("grounds", ())
    return Case(
        id=0,
        reference=str(clean["reference"]),
        status=CaseStatus.NEW.value,
        grounds=tuple(grounds) if isinstance(grounds, tuple) else (),
        country=str(clean.get("country", "")),
        period_from=str(clean.get("period_from", "")),
        period_to=str(clean.get("period_to", "")),
        role=str(clean.get("role", "")),
        organisations=str(clean.get("organisations", "")),
        ind_status=str(clean.get("ind_status", "")),
        ind_status_note=str(clean.get("ind_status_note", "")),
        urgent=bool(clean.get("urgent", False)),
        urgency_reason=str(clean.get("urgency_reason", "")),
        question=str(clean.get("question", "")),
        summary=str(clean.get("summary", "")),
        created_at=now,
        updated_at=now,
        closed_at=None,
        retention_until=None,
    )


def document_text(case: Case) -> str:
    """What the full-text index holds for a case."""
    parts = [case.reference, case.country, case.period_from, case.period_to, case.role]
    parts += [case.organisations, case.ind_status_note, case.urgency_reason, case.question, case.summary]
    return "\n".join(p for p in parts if p)


def normalise_value(name: str, value: object) -> object:
    """The stored form of a field value (validation happens separately)."""
    if name == "grounds":
        return parse_grounds(value)
    if name == "urgent":
        if isinstance(value, str):
            return value.strip().lower() in {"1", "ja", "yes", "true", "waar", "j", "y", "x", "spoed"}
        return bool(value)
    if name in ("reference", "period_from", "period_to", "ind_status"):
        return str(value or "").strip()
    return str(value or "")


class Ranking:
    """Positions of case ids in one register order. The register fetches the sorted ids of its
    view once; a search then only asks the full-text index which cases match and orders the hits
    here, so a search costs about as much as the bare FTS5 query (see bench/bench_cases.py)."""

    _ABSENT = 1 << 62  # sorts after every position: ids outside the view

    def __init__(self, ordered_ids: Sequence[int]) -> None:
        size = (max(ordered_ids) + 1) if ordered_ids else 0
        rank = [self._ABSENT] * size
        for position, case_id in enumerate(ordered_ids):
            rank[case_id] = position
        self._rank = rank

    def order(self, ids: Iterable[int]) -> list[int]:
        """The ``ids`` that are in this order (others are left out), in this order."""
        key = self._rank.__getitem__
        ids = ids if isinstance(ids, list) else list(ids)
        try:
            hits = sorted(ids, key=key)
        except IndexError:  # a case newer than the view
            size = len(self._rank)
            hits = sorted([i for i in ids if 0 <= i < size], key=key)
        return hits[: bisect.bisect_left(hits, self._ABSENT, key=key)]


class CaseService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.policy = AnonymityPolicy(store)

    # -- reading ----------------------------------------------------------------------------------
    def get(self, case_id: int) -> Case:
        row = self.store.db.execute(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound(what=pick(f"Casus {case_id}", f"Case {case_id}"))
        return _case(row)

    def get_by_reference(self, reference: str) -> Case:
        row = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM cases WHERE reference = ?", (reference.strip(),)
        ).fetchone()
        if row is None:
            raise NotFound(what=pick(f"Casus {reference}", f"Case {reference}"))
        return _case(row)

    def _where(self, query: CaseQuery) -> tuple[list[str], list[object]]:
        where: list[str] = []
        args: list[object] = []
        open_list = ",".join(f"'{s}'" for s in OPEN_STATUSES)
        if query.view == "open":
            where.append(f"status IN ({open_list})")
        elif query.view == "urgent":
            where.append(f"urgent = 1 AND status IN ({open_list})")
        elif query.view == "awaiting_om":
            where.append("status IN ({})".format(",".join(f"'{s}'" for s in AWAITING_OM_STATUSES)))
        elif query.view == "aangifte":
            where.append("status = 'aangifte'")
        elif query.view == "retention_due":
            day = (query.today or self.store.now().date()).isoformat()
            where.append("retention_until IS NOT NULL AND retention_until <= ?")
            args.append(day)
        elif query.view != "all":
            raise ValidationError(
                detail=pick(f"onbekend filter {query.view!r}", f"unknown filter {query.view!r}")
            )
        if query.status:
            try:
                CaseStatus(query.status)
            except ValueError as exc:
                raise ValidationError(
                    detail=pick(f"onbekende status {query.status!r}", f"unknown status {query.status!r}")
                ) from exc
            where.append("status = ?")
            args.append(query.status)
        if query.search.strip():
            expression = search.match_expression(query.search)
            if expression is None:
                where.append("0")
            else:
                where.append(f"id IN ({search.MATCHING_CASES_SQL})")
                args.append(expression)
        return where, args

    def ids(self, query: CaseQuery = CaseQuery()) -> list[int]:
        """The ids of the matching cases in register order."""
        key = SORT_KEYS.get(query.sort)
        if key is None:
            raise ValidationError(
                detail=pick(f"onbekende sortering {query.sort!r}", f"unknown sort {query.sort!r}")
            )
        where, args = self._where(query)
        direction = "DESC" if query.descending else "ASC"
        order = ", ".join(f"{part.strip()} {direction}" for part in key.split(","))
        sql = "SELECT id FROM cases"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order}, id {direction}"
        return [r[0] for r in self.store.db.execute(sql, args).fetchall()]

    def search_ids(self, text: str) -> list[int]:
        """The ids of the cases whose text (or minutes) match ``text``, unordered; order them with
        a :class:`Ranking` of the register's view."""
        return search.matching_case_ids(self.store, text)

    def rows(self, ids: Sequence[int]) -> list[CaseRow]:
        """Register lines for ``ids``, in that order (ids that no longer exist are left out)."""
        found: dict[int, CaseRow] = {}
        for chunk in slices(ids):
            for row in self.store.db.execute(
                f"SELECT {_ROW_COLUMNS} FROM cases WHERE id IN ({marks(chunk)})", chunk
            ):
                found[int(row[0])] = _row(row)
        return [found[i] for i in ids if i in found]

    def list(self, query: CaseQuery = CaseQuery()) -> list[Case]:
        """Complete cases in register order (CLI, export)."""
        return self.cases(self.ids(query))

    def cases(self, ids: Sequence[int]) -> builtins.list[Case]:
        """Complete cases for ``ids``, in that order."""
        found: dict[int, Case] = {}
        for chunk in slices(ids):
            for row in self.store.db.execute(
                f"SELECT {_COLUMNS} FROM cases WHERE id IN ({marks(chunk)})", chunk
            ):
                found[int(row[0])] = _case(row)
        return [found[i] for i in ids if i in found]

    def count(self, query: CaseQuery = CaseQuery()) -> int:
        """How many cases ``query`` shows (SQLite counts: no ids, no order)."""
        where, args = self._where(query)
        sql = "SELECT count(*) FROM cases"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return int(self.store.db.execute(sql, args).fetchone()[0])

    def view_counts(self) -> dict[str, int]:
        """How many cases each saved filter shows (for the filter menu). Counted by SQLite: reading
        10,000 ids per filter to count them took 70 ms of Python on the worker, row by row, with
        the interpreter lock changing hands at each row while the user scrolled (issue 17)."""
        return {view: self.count(CaseQuery(view=view)) for view in VIEWS}

    def history(self, case_id: int) -> builtins.list[HistoryEvent]:
        self.get(case_id)
        return case_history(self.store, case_id)

    def kept_spans(self, case_id: int) -> dict[str, set[str]]:
        """Per text field, the flagged spans (normalised) a user kept before; cheap when none."""
        if not self.policy.kept_count(OBJECT_TYPE, case_id):
            return {}
        case = self.get(case_id)
        texts = case.texts()
        out: dict[str, set[str]] = {}
        for finding in self.policy.review(OBJECT_TYPE, case_id, texts):
            if finding.accepted:
                out.setdefault(finding.field, set()).add(
                    normalise_span(texts[finding.field][finding.start : finding.end])
                )
        return out

    def review(self, case_id: int) -> builtins.list[FieldFinding]:
        """The guard's findings in the stored texts, each marked when it was kept with a reason."""
        case = self.get(case_id)
        return self.policy.review(OBJECT_TYPE, case_id, case.texts())

    # -- references -------------------------------------------------------------------------------
    def next_reference(self, year: int | None = None) -> str:
        """The next free ``C-YYYY-NNN``; numbers come from the counters table and are never reused."""
        year = year or self.store.now().year
        name = f"case-reference-{year}"
        db = self.store.db
        with db.atomic():
            while True:
                db.execute(
                    "INSERT INTO counters(name, value) VALUES (?, 1) "
                    "ON CONFLICT(name) DO UPDATE SET value = value + 1",
                    (name,),
                )
                value = int(db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0])
                reference = f"C-{year}-{value:03d}"
                if db.execute("SELECT 1 FROM cases WHERE reference = ?", (reference,)).fetchone() is None:
                    return reference

    # -- validation -------------------------------------------------------------------------------
    def _validated(self, values: Mapping[str, object], case_id: int | None) -> dict[str, object]:
        clean: dict[str, object] = {}
        problems: list[str] = []
        for name, raw in values.items():
            if name not in EDITABLE_FIELDS:
                problems.append(pick(f"onbekend veld {name!r}", f"unknown field {name!r}"))
                continue
            error = field_error(name, raw)
            if error is None:
                value = normalise_value(name, raw)
                error = field_error(name, value)
                clean[name] = value
            if error is not None:
                problems.append(f"{field_label(name)}: {error}")
        if problems:
            raise ValidationError(detail="; ".join(problems) + ".")
        reference = clean.get("reference")
        if reference is not None:
            row = self.store.db.execute("SELECT id FROM cases WHERE reference = ?", (reference,)).fetchone()
            if row is not None and row[0] != case_id:
                raise ValidationError(
                    detail=pick(
                        f"de referentie {reference} is al in gebruik.",
                        f"the reference {reference} is already in use.",
                    )
                )
        return clean

    def _check_period(self, case: Case) -> None:
        error = period_order_error(case.period_from, case.period_to)
        if error is not None:
            raise ValidationError(detail=f"{field_label('period_from')}: {error}.")

    # -- writing ----------------------------------------------------------------------------------
    def create(
        self,
        values: Mapping[str, object] | None = None,
        keep: Sequence[Keep] = (),
        *,
        source: str = "manual",
    ) -> Case:
        """Create a case; without a reference it gets the next ``C-YYYY-NNN``. Text fields pass the
        guard; ``keep`` holds the user's decisions to keep flagged text (with reasons)."""
        values = dict(values or {})
        status = str(values.pop("status", "") or CaseStatus.NEW.value)
        store, db = self.store, self.store.db
        with db.atomic():
            if not str(values.get("reference") or "").strip():
                values["reference"] = self.next_reference()
            clean = self._validated(values, None)
            now = store.now().isoformat(timespec="seconds")
            draft = _draft(clean, now)
            self._check_period(draft)
            case_id = self._insert(draft)
            label = audit_label(case_id, draft.reference)
            texts = {k: v for k, v in replace(draft, id=case_id).texts().items() if v}
            self.policy.check(OBJECT_TYPE, case_id, texts, keep, label=label, labels=field_labels())
            case = replace(draft, id=case_id)
            search.index_document(store, search.CASE_KIND, case_id, document_text(case))
            record_event(store, case_id, "imported" if source == "import" else "created")
            store.audit.append(
                "case.create",
                OBJECT_TYPE,
                label,
                detail={
                    "source": source,
                    "fields": sorted(k for k, v in values.items() if v not in ("", None)),
                },
            )
            if status != CaseStatus.NEW.value:
                set_case_status(store, case_id, status, cause=source)
            return self.get(case_id)

    def _insert(self, draft: Case) -> int:
        """Store a new case's row; returns its id."""
        cursor = self.store.db.execute(
            "INSERT INTO cases (reference, status, grounds, country, period_from, period_to, role, "
            "organisations, ind_status, ind_status_note, urgent, urgency_reason, question, summary, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                draft.reference,
                draft.status,
                _grounds_text(draft.grounds),
                draft.country,
                draft.period_from,
                draft.period_to,
                draft.role,
                draft.organisations,
                draft.ind_status,
                draft.ind_status_note,
                int(draft.urgent),
                draft.urgency_reason,
                draft.question,
                draft.summary,
                draft.created_at,
                draft.updated_at,
            ),
        )
        return int(cursor.lastrowid or 0)

    def update(
        self,
        case_id: int,
        changes: Mapping[str, object],
        keep: Sequence[Keep] = (),
    ) -> Case:
        """Change fields of a case. Changed text passes the guard (findings kept before pass; ``keep``
        keeps new ones with a reason). ``status`` may be among the changes. All or nothing."""
        store, db = self.store, self.store.db
        changes = dict(changes)
        new_status = changes.pop("status", None)
        with db.atomic():
            require_not_purged(store, case_id)
            before = self.get(case_id)
            clean = self._validated(changes, case_id)
            changed = {k: v for k, v in clean.items() if before.value(k) != v}
            after = replace(before, **changed) if changed else before  # type: ignore[arg-type]
            if changed:
                self._check_period(after)
                label = audit_label(case_id, after.reference)
                texts = {k: str(v) for k, v in changed.items() if k in TEXT_FIELDS}
                if texts:
                    self.policy.check(OBJECT_TYPE, case_id, texts, keep, label=label, labels=field_labels())
                now = store.now().isoformat(timespec="seconds")
                assignments = ", ".join(f"{k} = ?" for k in changed)
                params = [_column_value(k, v) for k, v in changed.items()]
                db.execute(
                    f"UPDATE cases SET {assignments}, updated_at = ? WHERE id = ?", (*params, now, case_id)
                )
                if texts or "period_from" in changed or "period_to" in changed:
                    search.index_document(store, search.CASE_KIND, case_id, document_text(after))
                self._audit_update(case_id, label, sorted(changed), before.reference, after.reference)
            if new_status is not None and new_status != before.status:
                set_case_status(store, case_id, str(new_status), cause="")
            return self.get(case_id)

    def _audit_update(
        self, case_id: int, label: str, fields: builtins.list[str], old_ref: str, new_ref: str
    ) -> None:
        detail: dict[str, object] = {"fields": fields}
        if old_ref != new_ref:
            detail["previous"] = audit_label(case_id, old_ref)
        else:
            last = self.store.audit.entries(limit=1)
            if last:
                entry = last[0]
                try:
                    age = self.store.now() - datetime.fromisoformat(entry.at)
                except ValueError:
                    age = AUDIT_COALESCE
                if (
                    entry.action == "case.update"
                    and entry.object_id == label
                    and entry.actor == self.store.actor()
                    and entry.detail.get("fields") == fields
                    and age < AUDIT_COALESCE
                ):
                    return
        self.store.audit.append("case.update", OBJECT_TYPE, label, detail=detail)

    def set_status(self, case_id: int, status: str, *, cause: str = "") -> Case:
        require_not_purged(self.store, case_id)
        set_case_status(self.store, case_id, status, cause=cause)
        return self.get(case_id)

    # -- retention --------------------------------------------------------------------------------
    def retention_years(self) -> int:
        return retention_years(self.store)

    def set_retention_years(self, years: int) -> int:
        return set_retention_years(self.store, years)
