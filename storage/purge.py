"""Purging cases whose retention period has passed (issue 6, "Bewaartermijnen").

The chair sees the due cases (``PurgeService.due``), looks at what a purge would remove
(``plan``: a dry run of the real purge, rolled back) and confirms it (``purge``). A purge removes the
case's content everywhere and leaves a tombstone:

* the case record: every text field, the 1F ground, period, IND status and urgency are cleared; the
  summary becomes "Verwijderd wegens bewaartermijn op <datum>."; reference, status and dates stay,
  and ``case_tombstones`` keeps reference, dates, the latest decision and its outcome type;
* the minutes of every agenda item about the case, the texts of its decisions (text, responsible,
  reason, information asked, disagreement), of its actions (text, owner role, closing note) and of
  amendments and addenda tied to those items or decisions: replaced by the same sentence;
* the full-text index: the case's documents (its own and its minutes) are deleted with FTS5
  ``secure-delete`` on, so their tokens leave the index b-tree too; the case is indexed again under
  its reference only (the register still finds the tombstone);
* the anonymity guard's kept-finding hashes of the case, its items, decisions and actions, and
  those of the purged amendment and addendum texts;
* sealed records whose content changed are marked redacted: the original fingerprint stays, the
  fingerprint of the redacted record is stored next to it and logged (``meeting.redact``), and
  ``overlegtafel verify`` reports them as redacted, not broken.

Everything for one batch of cases is one transaction with its audit entries (``case.purge``:
reference, counts, redacted meetings; never content). Afterwards ``compact`` merges the index,
vacuums the store (``temp_store = MEMORY``, so the transient copy stays in memory) and
checkpoints the WAL with TRUNCATE, so that no freed page and no old WAL frame still holds the text.
``secure_delete`` is on for every connection (``storage.connection``).

What a purge cannot reach: backups made before it (they age out with the backup rotation), PDFs
or CSV files saved outside the store, and other minutes that mention the case's reference (the plan
lists them as ``mentions`` so the chair can check them).

A case can be purged when it is closed, its retention date (``storage.retention_rules``) has passed,
it is not on the agenda of a meeting that has not ended, and every sealed record it touches still
verifies; otherwise the plan lists the blockers and ``purge`` raises ``PurgeBlocked``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property
from typing import Any

from storage import set_aside
from storage.anonymity import AnonymityPolicy
from storage.calendar_words import long_date
from storage.cases.history import record_event
from storage.cases.model import CLOSED_STATUSES, audit_label, status_label
from storage.errors import EXIT_CHECK_FAILED, InternalError, NotFound, StoreError, UsageError
from storage.guard import scan
from storage.i18n import language, pick
from storage.meetings import _base as b
from storage.meetings import snapshot as snap
from storage.meetings.outcomes import DEFAULT_OUTCOMES, outcome_or_none
from storage.retention_rules import BASIS_SQL, RULE_STATUSES, computed_until, rules
from storage.sql_lists import marks as _marks
from storage.sql_lists import slices as _chunks
from storage.store import Store

TOMBSTONE_SENTENCE = "Verwijderd wegens bewaartermijn op {date}."


def tombstone_sentence(day: date) -> str:
    """What replaces every purged text: always Dutch, as the records themselves are."""
    return TOMBSTONE_SENTENCE.format(date=long_date(day, "nl"))


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _outcome_label(store: Store, key: str, lang: str | None) -> str:
    if not key:
        return ""
    found = outcome_or_none(store, key)
    if found is not None:
        return found.display(lang)
    for entry in DEFAULT_OUTCOMES:
        if entry["key"] == key:
            return str(entry["label_en"] if (lang or language()) == "en" else entry["label"])
    return key


# --- results -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Blocker:
    """Why a case cannot be purged now; ``code`` for programs, text in both languages."""

    code: str
    nl: str
    en: str

    def text(self, lang: str | None = None) -> str:
        return pick(self.nl, self.en, lang)


class PurgeBlocked(UsageError):
    exit_code = EXIT_CHECK_FAILED
    nl = "Niet verwijderd: {reasons}"
    en = "Not purged: {reasons}"

    def __init__(self, blockers: Sequence[tuple[str, Blocker]]) -> None:
        self.blockers = tuple(blockers)
        super().__init__(reasons="")

    def message(self, lang: str | None = None) -> str:
        self.params["reasons"] = "; ".join(f"{ref}: {b.text(lang)}" for ref, b in self.blockers) + "."
        return super().message(lang)


class PurgeListChanged(UsageError):
    nl = "De lijst van te verwijderen casussen is gewijzigd; bekijk hem opnieuw en bevestig dan."
    en = "The list of cases to purge has changed; review it again and then confirm."


@dataclass(frozen=True)
class DueCase:
    """A closed case whose retention date has passed (one line of the chair's list)."""

    case_id: int
    reference: str
    status: str
    closed_at: str | None
    retention_until: str
    rule_years: int
    last_decision: str  # "B-2026-03-02", or "" when the case never got a decision
    last_decision_date: str | None
    outcome: str  # outcome key of the latest decision, or ""
    outcome_label: str

    def status_label(self, lang: str | None = None) -> str:
        return status_label(self.status, lang)


@dataclass(frozen=True)
class Tombstone:
    """What stays of a purged case: reference, dates, outcome type, the day of the purge."""

    case_id: int
    reference: str
    status: str
    created_at: str
    closed_at: str | None
    last_decision: str
    last_decision_date: str | None
    outcome: str
    outcome_label: str
    retention_until: str | None
    rule_years: int | None
    purged_at: str
    purged_by: str

    @property
    def purged_on(self) -> date:
        found = _day(self.purged_at)
        assert found is not None
        return found

    def sentence(self, lang: str | None = None) -> str:
        when = long_date(self.purged_on, lang)
        return pick(
            f"verwijderd wegens bewaartermijn op {when}", f"purged under the retention rules on {when}", lang
        )

    def text(self, lang: str | None = None) -> str:
        """One line: ``C-2026-014 · aangemaakt … · afgesloten … · laatste besluit … · verwijderd …``."""
        parts = [self.reference]
        created = _day(self.created_at)
        if created is not None:
            parts.append(
                pick(f"aangemaakt {long_date(created, 'nl')}", f"created {long_date(created, 'en')}", lang)
            )
        closed = _day(self.closed_at)
        if closed is not None:
            parts.append(
                pick(
                    f"afgesloten {long_date(closed, 'nl')} ({status_label(self.status, 'nl').lower()})",
                    f"closed {long_date(closed, 'en')} ({status_label(self.status, 'en').lower()})",
                    lang,
                )
            )
        decided = _day(self.last_decision_date)
        if self.last_decision and decided is not None:
            parts.append(
                pick(
                    f"laatste besluit {self.last_decision} van {long_date(decided, 'nl')}: {self.outcome_label}",
                    f"latest decision {self.last_decision} of {long_date(decided, 'en')}: {self.outcome_label}",
                    lang,
                )
            )
        parts.append(self.sentence(lang))
        return " · ".join(parts)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["text"] = self.text(lang)
        return data


@dataclass(frozen=True)
class PurgePlan:
    """What purging one case removes (from a dry run of the real purge) and what stops it."""

    case_id: int
    reference: str
    status: str
    created_at: str
    closed_at: str | None
    retention_until: str | None  # as the rules give it now
    rule_years: int | None
    last_decision: str
    last_decision_date: str | None
    outcome: str
    outcome_label: str
    meetings: tuple[str, ...]  # meetings whose agenda held the case
    minutes: int  # agenda items whose minutes text goes
    decisions: tuple[str, ...]
    actions: tuple[str, ...]
    open_actions: tuple[str, ...]  # stay open, with the tombstone sentence as their text
    amendments: int
    addenda: int
    kept_findings: int  # kept-finding hashes of the guard that go
    search_documents: int  # full-text documents that go (the case's own and its minutes)
    sealed: tuple[str, ...]  # sealed records that will be marked redacted
    mentions: tuple[str, ...]  # other minutes that name the reference (not changed)
    blockers: tuple[Blocker, ...] = field(default=())

    @property
    def can_purge(self) -> bool:
        return not self.blockers

    def summary(self, lang: str | None = None) -> list[str]:
        """Lines for the chair's confirmation (CLI and dialog), without any case content."""
        out = [
            pick(
                f"{self.reference} ({status_label(self.status, 'nl').lower()}), bewaren tot "
                f"{self.retention_until or '-'} ({self.rule_years or '-'} jaar na het laatste besluit)",
                f"{self.reference} ({status_label(self.status, 'en').lower()}), keep until "
                f"{self.retention_until or '-'} ({self.rule_years or '-'} years after the latest decision)",
                lang,
            ),
            pick(
                f"casusgegevens en samenvatting; verslag bij {self.minutes} agendapunt(en)"
                f"{' (' + ', '.join(self.meetings) + ')' if self.meetings else ''}",
                f"case particulars and summary; minutes of {self.minutes} agenda item(s)"
                f"{' (' + ', '.join(self.meetings) + ')' if self.meetings else ''}",
                lang,
            ),
            pick(
                f"{len(self.decisions)} besluit(en), {len(self.actions)} actiepunt(en), "
                f"{self.amendments} wijziging(en), {self.addenda} addendum/addenda: tekst vervangen",
                f"{len(self.decisions)} decision(s), {len(self.actions)} action(s), "
                f"{self.amendments} amendment(s), {self.addenda} addendum/addenda: text replaced",
                lang,
            ),
            pick(
                f"zoekindex: {self.search_documents} document(en); bewaarde bevindingen: {self.kept_findings}",
                f"search index: {self.search_documents} document(s); kept findings: {self.kept_findings}",
                lang,
            ),
        ]
        if self.sealed:
            out.append(
                pick(
                    f"vastgestelde verslagen die als geschoond worden gemarkeerd: {', '.join(self.sealed)}",
                    f"adopted minutes that will be marked redacted: {', '.join(self.sealed)}",
                    lang,
                )
            )
        if self.open_actions:
            out.append(
                pick(
                    f"open actiepunten blijven open (met verwijderde tekst): {', '.join(self.open_actions)}",
                    f"open actions stay open (with their text removed): {', '.join(self.open_actions)}",
                    lang,
                )
            )
        if self.mentions:
            out.append(
                pick(
                    f"let op, de referentie staat ook in (niet gewijzigd): {', '.join(self.mentions)}",
                    f"note, the reference also appears in (not changed): {', '.join(self.mentions)}",
                    lang,
                )
            )
        out.extend(pick("KAN NIET: ", "CANNOT: ", lang) + b.text(lang) for b in self.blockers)
        return out

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "blockers"}
        data["blockers"] = [{"code": b.code, "message": b.text(lang)} for b in self.blockers]
        data["can_purge"] = self.can_purge
        return data


@dataclass(frozen=True)
class CompactReport:
    """What ``compact`` did: page counts before/after VACUUM and the WAL after the checkpoint."""

    pages_before: int
    pages_after: int
    free_pages_before: int
    free_pages_after: int
    wal_bytes: int
    checkpoint_complete: bool
    secure_delete: bool
    fts_secure_delete: bool

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class PurgeReport:
    plans: tuple[PurgePlan, ...]
    tombstones: tuple[Tombstone, ...]
    redacted: tuple[str, ...]  # meeting numbers whose seal was marked redacted
    compact: CompactReport | None
    # The purge itself is committed; when compacting failed (e.g. a full disk: VACUUM needs room
    # for a copy), this is the message, and ``compact()`` can be run again later.
    compact_error: str | None = None
    # Set-aside copies of the store (vervangen/, beschadigd/) removed because they held the case.
    set_aside_removed: int = 0


# --- the scope of one case -----------------------------------------------------------------------
@dataclass
class _Scope:
    case: dict[str, Any]
    items: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    actions: list[dict[str, Any]]
    amendments: list[dict[str, Any]]
    addenda: list[dict[str, Any]]
    docs: list[int]

    @cached_property
    def record_meetings(self) -> set[int]:
        """Meetings whose sealed snapshot can hold this case's content."""
        ids = {i["meeting_id"] for i in self.items} | {d["meeting_id"] for d in self.decisions}
        ids |= {a["meeting_id"] for a in self.actions}
        ids |= {a["closed_in_meeting_id"] for a in self.actions if a["closed_in_meeting_id"] is not None}
        ids |= {a["meeting_id"] for a in self.amendments}
        return ids


@dataclass(frozen=True)
class _SealState:
    seal_id: int
    number: str
    original: str  # the fingerprint made when the minutes were adopted (kept for ever)
    note: str
    current: str  # the fingerprint of the record as it is before this purge
    ok: bool  # the record still verifies (against the original or the last redaction)


class _DryRun(Exception):
    def __init__(self, report: PurgeReport) -> None:
        super().__init__("dry run")
        self.report = report


_ITEMS_SQL = (
    "SELECT ai.id, ai.meeting_id, ai.position, ai.kind, ai.minutes, m.number AS meeting_number, "
    "m.status AS meeting_status FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id "
    "WHERE ai.case_id = ? ORDER BY m.date, m.start_time, m.id"
)
_DECISIONS_SQL = (
    "SELECT d.id, d.number, d.meeting_id, d.outcome, m.date AS meeting_date FROM decisions d "
    "JOIN meetings m ON m.id = d.meeting_id WHERE d.case_id = ? "
    "ORDER BY m.date, m.start_time, m.id, d.id"
)
_ACTIONS_SQL = (
    "SELECT a.id, a.number, a.meeting_id, a.closed_in_meeting_id, a.status FROM actions a "
    "WHERE a.case_id = ? OR a.decision_id IN (SELECT id FROM decisions WHERE case_id = ?) "
    "OR a.item_id IN (SELECT id FROM agenda_items WHERE case_id = ?) ORDER BY a.id"
)
_CORRECTIONS_SQL = (
    "SELECT x.id, x.meeting_id, x.text, m.number AS meeting_number FROM {table} x "
    "JOIN meetings m ON m.id = x.meeting_id "
    "WHERE x.item_id IN (SELECT id FROM agenda_items WHERE case_id = ?) "
    "OR x.decision_id IN (SELECT id FROM decisions WHERE case_id = ?) ORDER BY x.id"
)


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
        cases = ",".join("?" * len(RULE_STATUSES))
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
            f"WHERE purged_at IS NULL AND closed_at IS NOT NULL AND status IN ({cases}))) "
            "WHERE until <= ? ORDER BY until, reference",
            [*args, *RULE_STATUSES, day],
        ).fetchall()
        out = []
        for case_id, reference, status, closed_at, until_day in rows:
            number, decided, outcome = self._last_decision(case_id)
            out.append(
                DueCase(
                    case_id=case_id,
                    reference=reference,
                    status=status,
                    closed_at=closed_at,
                    retention_until=until_day,
                    rule_years=current[status],
                    last_decision=number,
                    last_decision_date=decided,
                    outcome=outcome,
                    outcome_label=_outcome_label(self.store, outcome, None),
                )
            )
        return out

    def tombstones(self) -> list[Tombstone]:
        rows = self.store.db.execute(
            "SELECT case_id, reference, status, created_at, closed_at, last_decision, last_decision_date, "
            "outcome, retention_until, rule_years, purged_at, purged_by FROM case_tombstones "
            "ORDER BY purged_at DESC, reference"
        ).fetchall()
        return [self._tombstone(r) for r in rows]

    def tombstone(self, case_id: int) -> Tombstone | None:
        row = self.store.db.execute(
            "SELECT case_id, reference, status, created_at, closed_at, last_decision, last_decision_date, "
            "outcome, retention_until, rule_years, purged_at, purged_by FROM case_tombstones WHERE case_id = ?",
            (case_id,),
        ).fetchone()
        return None if row is None else self._tombstone(row)

    def _tombstone(self, r: Sequence[Any]) -> Tombstone:
        return Tombstone(
            case_id=r[0],
            reference=r[1],
            status=r[2],
            created_at=r[3],
            closed_at=r[4],
            last_decision=r[5],
            last_decision_date=r[6],
            outcome=r[7],
            outcome_label=_outcome_label(self.store, r[7], None),
            retention_until=r[8],
            rule_years=r[9],
            purged_at=r[10],
            purged_by=r[11],
        )

    def case_id(self, reference: str) -> int:
        row = self.store.db.execute(
            "SELECT id FROM cases WHERE reference = ?", (reference.strip(),)
        ).fetchone()
        if row is None:
            raise NotFound(what=pick(f"Casus {reference}", f"Case {reference}"))
        return int(row[0])

    def _last_decision(self, case_id: int) -> tuple[str, str | None, str]:
        row = self.store.db.execute(
            "SELECT d.number, m.date, d.outcome FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
            "WHERE d.case_id = ? ORDER BY m.date DESC, m.start_time DESC, m.id DESC, d.id DESC LIMIT 1",
            (case_id,),
        ).fetchone()
        return ("", None, "") if row is None else (str(row[0]), str(row[1]), str(row[2]))

    # -- plans ------------------------------------------------------------------------------------
    def plan(self, case_ids: Sequence[int], *, on: date | None = None) -> list[PurgePlan]:
        """What purging these cases together would do: the real purge, run and rolled back
        (nothing is written). Blocked cases get their blockers instead."""
        day = on or self.today()
        scopes = [self._scope(case_id) for case_id in dict.fromkeys(case_ids)]
        states = self._seal_states(scopes)
        mentions = self._mentions(scopes)
        plans: dict[int, PurgePlan] = {}
        runnable = []
        for scope in scopes:
            blockers = self._blockers(scope, day, states)
            if blockers:
                case_id = scope.case["id"]
                plans[case_id] = self._plan(
                    scope,
                    until=computed_until(self.store, case_id),
                    blockers=blockers,
                    sealed=(),
                    kept=0,
                    mentions=mentions[case_id],
                )
            else:
                runnable.append(scope)
        if runnable:
            try:
                with self.store.db.atomic():
                    raise _DryRun(self._run(runnable, states, mentions))
            except _DryRun as dry:
                plans.update((p.case_id, p) for p in dry.report.plans)
        return [plans[scope.case["id"]] for scope in scopes]

    def _scope(self, case_id: int) -> _Scope:
        store = self.store
        case = b.one(
            store,
            "SELECT id, reference, status, created_at, closed_at, purged_at FROM cases WHERE id = ?",
            (case_id,),
        )
        if case is None:
            raise NotFound(what=pick(f"Casus {case_id}", f"Case {case_id}"))
        docs = [
            int(r[0])
            for r in store.db.execute(
                "SELECT doc FROM search_docs WHERE case_id = ? OR (kind = 'minutes' AND object_id IN "
                "(SELECT id FROM agenda_items WHERE case_id = ?))",
                (case_id, case_id),
            ).fetchall()
        ]
        return _Scope(
            case=case,
            items=b.rows(store, _ITEMS_SQL, (case_id,)),
            decisions=b.rows(store, _DECISIONS_SQL, (case_id,)),
            actions=b.rows(store, _ACTIONS_SQL, (case_id, case_id, case_id)),
            amendments=b.rows(store, _CORRECTIONS_SQL.format(table="amendments"), (case_id, case_id)),
            addenda=b.rows(store, _CORRECTIONS_SQL.format(table="addenda"), (case_id, case_id)),
            docs=docs,
        )

    def _blockers(self, scope: _Scope, on: date, states: dict[int, _SealState]) -> list[Blocker]:
        store, case = self.store, scope.case
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
            states[mid].number
            for mid in sorted(scope.record_meetings)
            if mid in states and not states[mid].ok
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

    def _seal_states(self, scopes: Sequence[_Scope]) -> dict[int, _SealState]:
        """The sealed meetings these cases' content is part of, each fingerprinted once."""
        meeting_ids = sorted(set().union(*(s.record_meetings for s in scopes))) if scopes else []
        out: dict[int, _SealState] = {}
        for meeting_id in meeting_ids:
            seal = b.one(
                self.store,
                "SELECT s.id, s.fingerprint, s.redacted_at, s.redacted_fingerprint, s.redaction_note, m.number "
                "FROM seals s JOIN meetings m ON m.id = s.meeting_id WHERE s.meeting_id = ?",
                (meeting_id,),
            )
            if seal is None:
                continue
            current = snap.fingerprint(self.store, meeting_id)
            if seal["redacted_at"] and not seal["redacted_fingerprint"]:
                ok = True  # redacted before redaction fingerprints existed: nothing to compare
            else:
                ok = current == (seal["redacted_fingerprint"] if seal["redacted_at"] else seal["fingerprint"])
            out[meeting_id] = _SealState(
                seal_id=seal["id"],
                number=seal["number"],
                original=seal["fingerprint"],
                note=seal["redaction_note"],
                current=current,
                ok=ok,
            )
        return out

    def _mentions(self, scopes: Sequence[_Scope]) -> dict[int, tuple[str, ...]]:
        """Per case: other agenda items whose minutes or title name its reference (one pass)."""
        refs = {str(s.case["reference"]): int(s.case["id"]) for s in scopes}
        out: dict[int, list[str]] = {case_id: [] for case_id in refs.values()}
        if not refs:
            return {}
        alternatives = "|".join(re.escape(r) for r in sorted(refs, key=len, reverse=True))
        pattern = re.compile(f"(?<![0-9A-Za-z])(?:{alternatives})(?![0-9A-Za-z])")
        for number, position, case_id, minutes, title in self.store.db.execute(
            "SELECT m.number, ai.position, ai.case_id, ai.minutes, ai.title FROM agenda_items ai "
            "JOIN meetings m ON m.id = ai.meeting_id ORDER BY m.date, m.start_time, m.id, ai.position"
        ).fetchall():
            for reference in dict.fromkeys(pattern.findall(minutes) + pattern.findall(title)):
                if refs[reference] != case_id:
                    out[refs[reference]].append(
                        pick(f"{number} punt {position}", f"{number} item {position}")
                    )
        return {case_id: tuple(found) for case_id, found in out.items()}

    def _plan(
        self,
        scope: _Scope,
        *,
        until: str | None,
        blockers: Sequence[Blocker],
        sealed: Sequence[str],
        kept: int,
        mentions: Sequence[str] = (),
    ) -> PurgePlan:
        case = scope.case
        number, decided, outcome = self._last_decision(case["id"])
        current = self.rules()
        return PurgePlan(
            case_id=case["id"],
            reference=case["reference"],
            status=case["status"],
            created_at=case["created_at"],
            closed_at=case["closed_at"],
            retention_until=until,
            rule_years=current.get(case["status"]),
            last_decision=number,
            last_decision_date=decided,
            outcome=outcome,
            outcome_label=_outcome_label(self.store, outcome, None),
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

    # -- purging ----------------------------------------------------------------------------------
    def purge(self, case_ids: Sequence[int], *, on: date | None = None, compact: bool = True) -> PurgeReport:
        """Purge these cases (all or nothing, one transaction), then compact the store.

        Raises ``PurgeBlocked`` (nothing changed) when any of them cannot be purged."""
        if not case_ids:
            return PurgeReport((), (), (), None)
        day = on or self.today()
        with self.store.db.atomic():
            scopes = [self._scope(case_id) for case_id in dict.fromkeys(case_ids)]
            states = self._seal_states(scopes)
            blocked = [(s.case["reference"], bl) for s in scopes for bl in self._blockers(s, day, states)]
            if blocked:
                raise PurgeBlocked(blocked)
            report = self._run(scopes, states, self._mentions(scopes))
            # Merge the full-text index in the same transaction: its old segments still hold the
            # purged terms, and a kill before compact() must not leave them readable.
            self.store.db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
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
        self, scopes: Sequence[_Scope], states: dict[int, _SealState], mentions: dict[int, tuple[str, ...]]
    ) -> PurgeReport:
        """Purge these (checked) cases inside the caller's transaction: their content first, then
        the seals of the records that changed (each fingerprinted once), then one audit entry per
        case."""
        store = self.store
        now = store.now()
        now_iso = now.isoformat(timespec="seconds")
        sentence = tombstone_sentence(now.date())
        current = self.rules()
        facts = [self._purge_content(scope, now, sentence, current) for scope in scopes]

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
        concept = {i["meeting_id"] for s in scopes for i in s.items} - set(states)
        for meeting_id in sorted(concept):
            b.touch(store, meeting_id)  # concept records: a new version to print

        plans, tombstones = [], []
        for scope, fact in zip(scopes, facts, strict=True):
            case_id, reference = int(scope.case["id"]), str(scope.case["reference"])
            sealed = [redacted[mid] for mid in sorted(scope.record_meetings) if mid in redacted]
            plan = self._plan(
                scope,
                until=fact["until"],
                blockers=(),
                sealed=sealed,
                kept=fact["kept"],
                mentions=mentions.get(case_id, ()),
            )
            store.audit.append(
                "case.purge",
                "case",
                audit_label(case_id, reference),
                detail={
                    "status": scope.case["status"],
                    "retention_until": fact["until"],
                    "rule_years": current.get(scope.case["status"]),
                    "last_decision": fact["last_decision"],
                    "minutes": plan.minutes,
                    "decisions": len(plan.decisions),
                    "actions": len(plan.actions),
                    "amendments": plan.amendments,
                    "addenda": plan.addenda,
                    "kept_findings": fact["kept"],
                    "search_documents": plan.search_documents,
                    "redacted": sealed,
                },
            )
            tombstone = self.tombstone(case_id)
            assert tombstone is not None
            plans.append(plan)
            tombstones.append(tombstone)
        return PurgeReport(tuple(plans), tuple(tombstones), tuple(redacted.values()), None)

    def _purge_content(
        self, scope: _Scope, now: datetime, sentence: str, current: dict[str, int]
    ) -> dict[str, Any]:
        """Replace one case's content everywhere and write its tombstone (no seals, no audit)."""
        store, db = self.store, self.store.db
        case = scope.case
        case_id, reference = int(case["id"]), str(case["reference"])
        now_iso = now.isoformat(timespec="seconds")
        number, decided, outcome = self._last_decision(case_id)
        until = computed_until(store, case_id)
        kept = self._forget_findings(scope)
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
        for chunk in _chunks([a["id"] for a in scope.actions]):
            db.execute(
                f"UPDATE actions SET text = ?, owner_role = '', close_note = '' WHERE id IN ({_marks(chunk)})",
                (sentence, *chunk),
            )
        for chunk in _chunks([a["id"] for a in scope.amendments]):
            db.execute(f"UPDATE amendments SET text = ? WHERE id IN ({_marks(chunk)})", (sentence, *chunk))
        # The aangifte follow-up track keeps its dates and feedback kind (the figures count them).
        db.execute(
            "UPDATE aangifte_followups SET not_filed_reason = CASE WHEN not_filed_reason != '' THEN ? "
            "ELSE '' END, note = CASE WHEN note != '' THEN ? ELSE '' END WHERE case_id = ?",
            (sentence, sentence, case_id),
        )
        for chunk in _chunks([a["id"] for a in scope.addenda]):
            db.execute(
                f"UPDATE addenda SET text = ?, redacted_at = ? WHERE id IN ({_marks(chunk)})",
                (sentence, now_iso, *chunk),
            )

        # The index: every document about the case goes (secure-delete also clears the tokens from
        # the index b-tree); the case comes back under its reference only.
        db.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
        for doc in [case_id, *scope.docs]:
            db.execute("DELETE FROM search_index WHERE rowid = ?", (doc,))
        for chunk in _chunks(scope.docs):
            db.execute(f"DELETE FROM search_docs WHERE doc IN ({_marks(chunk)})", chunk)
        db.execute("INSERT INTO search_index(rowid, body) VALUES (?, ?)", (case_id, reference))

        db.execute(
            "INSERT INTO case_tombstones (case_id, reference, status, created_at, closed_at, last_decision, "
            "last_decision_date, outcome, retention_until, rule_years, purged_at, purged_by) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                case_id,
                reference,
                case["status"],
                case["created_at"],
                case["closed_at"],
                number,
                decided,
                outcome,
                until,
                current.get(case["status"]),
                now_iso,
                store.actor(),
            ),
        )
        record_event(store, case_id, "purged", {"on": now.date().isoformat()})
        db.execute(
            "UPDATE cases SET grounds = '', country = '', period_from = '', period_to = '', role = '', "
            "organisations = '', ind_status = '', ind_status_note = '', urgent = 0, urgency_reason = '', "
            "question = '', summary = ?, retention_until = NULL, updated_at = ?, purged_at = ? WHERE id = ?",
            (sentence, now_iso, now_iso, case_id),
        )
        return {"kept": kept, "until": until, "last_decision": number}

    def _forget_findings(self, scope: _Scope) -> int:
        """Drop the guard's kept-finding hashes of everything this purge empties."""
        policy = AnonymityPolicy(self.store)
        count = policy.forget("case", scope.case["id"])
        for item in scope.items:
            count += policy.forget("minutes", item["id"]) + policy.forget("agenda_item", item["id"])
        for decision in scope.decisions:
            count += policy.forget("decision", decision["number"]) + policy.forget(
                "followup", decision["number"]
            )
        for action in scope.actions:
            count += policy.forget("action", action["number"])
        # Amendments and addenda are kept per meeting: only the hashes of the purged texts' spans.
        for kind, rows in (("amendment", scope.amendments), ("addendum", scope.addenda)):
            for row in rows:
                count += self._forget_spans(policy, kind, row["meeting_number"], row["text"])
        return count

    def _forget_spans(self, policy: AnonymityPolicy, kind: str, object_id: str, text: str) -> int:
        if not policy.kept_count(kind, object_id):
            return 0
        count = 0
        for finding in scan(text):
            digest = policy.span_hash(kind, object_id, "text", text[finding.start : finding.end])
            cursor = self.store.db.execute(
                "DELETE FROM guard_accepted WHERE object_type = ? AND object_id = ? AND field = 'text' "
                "AND span_hash = ?",
                (kind, object_id, digest),
            )
            count += int(cursor.rowcount or 0)
        return count

    # -- compaction -------------------------------------------------------------------------------
    def compact(self) -> CompactReport:
        """Merge the full-text index, VACUUM and checkpoint the WAL (TRUNCATE). Outside a
        transaction; the store must have no other reader (the store lock sees to that)."""
        store, db = self.store, self.store.db
        if db.conn.in_transaction:
            raise InternalError(detail="compact() inside a transaction")
        if _one(db, "PRAGMA secure_delete") != 1:
            db.execute("PRAGMA secure_delete = ON")
        if _one(db, "PRAGMA temp_store") != 2:
            db.execute("PRAGMA temp_store = MEMORY")  # VACUUM's transient copy stays in memory
        pages_before, free_before = _one(db, "PRAGMA page_count"), _one(db, "PRAGMA freelist_count")
        db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        _checkpoint(db)
        db.execute("VACUUM")
        pages_after, free_after = _one(db, "PRAGMA page_count"), _one(db, "PRAGMA freelist_count")
        fts_secure = _fts_secure_delete(db)
        with db.atomic():
            store.audit.append(
                "store.vacuum",
                "store",
                "",
                detail={
                    "reason": "retention",
                    "pages_before": pages_before,
                    "pages_after": pages_after,
                    "free_pages_before": free_before,
                    "free_pages_after": free_after,
                },
            )
        complete = _checkpoint(db)
        wal = store.paths.wal
        return CompactReport(
            pages_before=pages_before,
            pages_after=pages_after,
            free_pages_before=free_before,
            free_pages_after=free_after,
            wal_bytes=wal.stat().st_size if wal.exists() else 0,
            checkpoint_complete=complete,
            secure_delete=_one(db, "PRAGMA secure_delete") == 1,
            fts_secure_delete=fts_secure,
        )


# --- helpers -------------------------------------------------------------------------------------
def _one(db: Any, sql: str) -> int:
    row = db.execute(sql).fetchone()
    return int(row[0]) if row else 0


def _checkpoint(db: Any) -> bool:
    """``wal_checkpoint(TRUNCATE)``; True when every frame was copied back and the WAL emptied."""
    row = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is not None and int(row[0]) == 0 and int(row[1]) == int(row[2])


def _fts_secure_delete(db: Any) -> bool:
    row = db.execute("SELECT v FROM search_index_config WHERE k = 'secure-delete'").fetchone()
    return row is not None and int(row[0]) == 1
