"""Read models of the meetings domain for the UI and the reports (no SQL needed above storage)."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from storage.anchor import Head
from storage.calendar_words import long_date
from storage.errors import NotFound
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings.model import (
    Action,
    ActionList,
    ActionStatus,
    Agenda,
    AgendaItem,
    AgendaSuggestions,
    Amendment,
    Attendance,
    CaseDiscussion,
    CaseHistory,
    CaseSuggestion,
    ClosingCheck,
    Decision,
    DecisionList,
    DecisionRegister,
    DecisionVersion,
    ItemKind,
    ItemMinutes,
    Meeting,
    MeetingSummary,
    Minutes,
    OutcomeCount,
    Participant,
    SealInfo,
)
from storage.meetings.numbering import parse_meeting_number
from storage.meetings.outcomes import DEFAULT_OUTCOMES, outcomes
from storage.store import Store

MEETING_ORDER = "m.date, m.start_time, m.id"


def dutch_date(value: date) -> str:
    """``5 maart 2026`` (the reports have their own, richer formatting)."""
    return long_date(value, "nl")


def one_line(text: str, limit: int = 300) -> str:
    """The summary as one line for the agenda, the minutes and the projector; a very long one is
    cut at the last word that fits, never inside a word (the screens cut further only where their
    space runs out)."""
    line = " ".join((text or "").split())
    if len(line) <= limit:
        return line
    head = line[: limit - 1]
    if line[limit - 1] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-–") + "…"


def _end_of_day(value: date, like: datetime) -> datetime:
    return datetime.combine(value, time(23, 59, 59), tzinfo=like.tzinfo)


_DECISION_SQL = (
    "SELECT d.*, m.number AS meeting_number, m.date AS meeting_date, ai.position AS item_number, "
    "CASE WHEN s.id IS NOT NULL AND ai.case_reference != '' THEN ai.case_reference "
    "ELSE c.reference END AS case_reference, s.id AS seal_id, m.sealed_outcomes "
    "FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
    "JOIN agenda_items ai ON ai.id = d.item_id JOIN cases c ON c.id = d.case_id "
    "LEFT JOIN seals s ON s.meeting_id = d.meeting_id"
)
_ACTION_SQL = (
    "SELECT a.*, m.number AS meeting_number, m.date AS meeting_date, ai.position AS item_number, "
    "d.number AS decision_number, cm.number AS closed_in_number, s.id AS seal_id, "
    "COALESCE(CASE WHEN s.id IS NOT NULL AND ai.case_id = a.case_id AND ai.case_reference != '' "
    "THEN ai.case_reference END, c.reference, '') AS case_reference "
    "FROM actions a JOIN meetings m ON m.id = a.meeting_id "
    "LEFT JOIN agenda_items ai ON ai.id = a.item_id LEFT JOIN decisions d ON d.id = a.decision_id "
    "LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN meetings cm ON cm.id = a.closed_in_meeting_id "
    "LEFT JOIN seals s ON s.meeting_id = a.meeting_id"
)


class MeetingQueries:
    """Everything the agenda builder, chair and secretary views, registers and reports read."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- meetings -------------------------------------------------------------------------------
    def list_meetings(
        self, *, year: int | None = None, status: str | None = None
    ) -> tuple[MeetingSummary, ...]:
        where, args = [], []
        if year is not None:
            where.append("m.year = ?")
            args.append(year)
        if status:
            where.append("m.status = ?")
            args.append(status)
        sql = (
            "SELECT m.*, (SELECT count(*) FROM agenda_items ai WHERE ai.meeting_id = m.id "
            "AND ai.kind = 'case') AS case_items, (SELECT count(*) FROM decisions d "
            "WHERE d.meeting_id = m.id) AS decisions, (SELECT count(*) FROM seals s "
            "WHERE s.meeting_id = m.id) AS sealed FROM meetings m"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {MEETING_ORDER}"
        return tuple(
            MeetingSummary(
                id=r["id"],
                number=r["number"],
                date=date.fromisoformat(r["date"]),
                start_time=time.fromisoformat(r["start_time"]),
                place=r["place"],
                status=r["status"],
                marking=r["marking"],
                case_items=r["case_items"],
                decisions=r["decisions"],
                sealed=bool(r["sealed"]),
            )
            for r in b.rows(self.store, sql, args)
        )

    def meeting(self, meeting_id: int) -> Meeting:
        return self._meeting(b.meeting_row(self.store, meeting_id))

    def meeting_by_number(self, number: str) -> Meeting:
        parse_meeting_number(number)
        return self.meeting(b.meeting_id_for(self.store, number))

    def previous_meeting(self, meeting_id: int) -> Meeting | None:
        """The meeting before this one (by date and time): the one whose minutes item 2 adopts."""
        row = b.meeting_row(self.store, meeting_id)
        prev = b.one(
            self.store,
            "SELECT * FROM meetings m WHERE (m.date, m.start_time, m.id) < (?, ?, ?) "
            "ORDER BY m.date DESC, m.start_time DESC, m.id DESC LIMIT 1",
            (row["date"], row["start_time"], row["id"]),
        )
        return None if prev is None else self._meeting(prev)

    def upcoming_meeting(self) -> Meeting | None:
        """The first meeting that has not ended (the one to prepare or run)."""
        row = b.one(
            self.store,
            f"SELECT * FROM meetings m WHERE m.status IN (?, ?, ?) ORDER BY {MEETING_ORDER} LIMIT 1",
            b.OPEN_STATUSES,
        )
        return None if row is None else self._meeting(row)

    def _meeting(self, row: dict[str, Any]) -> Meeting:
        participants = tuple(
            Participant(
                id=p["id"],
                name=p["name"],
                organisation=p["organisation"],
                organisation_name=p["organisation_name"],
                role=p["role"],
                attendance=p["attendance"],
            )
            for p in b.rows(
                self.store,
                "SELECT * FROM meeting_participants WHERE meeting_id = ? ORDER BY position, id",
                (row["id"],),
            )
        )
        adopted_in = None
        if row["adopted_in_meeting_id"] is not None:
            adopted_in = self._number(row["adopted_in_meeting_id"])
        return Meeting(
            id=row["id"],
            number=row["number"],
            year=row["year"],
            seq=row["seq"],
            date=date.fromisoformat(row["date"]),
            start_time=time.fromisoformat(row["start_time"]),
            place=row["place"],
            chair=row["chair"],
            secretary=row["secretary"],
            marking=row["marking"],
            status=row["status"],
            participants=participants,
            current_item_id=row["current_item_id"],
            started_at=b.to_dt(row["started_at"]),
            ended_at=b.to_dt(row["ended_at"]),
            adopted_at=b.to_dt(row["adopted_at"]),
            adopted_in=adopted_in,
            seal=self.seal(row["id"]),
            revision=row["revision"],
            created_at=datetime.fromisoformat(row["created_at"]),
            updated_at=datetime.fromisoformat(row["updated_at"]),
            sealed_outcomes=_sealed_outcomes(row["sealed_outcomes"]),
        )

    def _number(self, meeting_id: int) -> str | None:
        found = self.store.db.execute("SELECT number FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        return None if found is None else str(found[0])

    def seal(self, meeting_id: int) -> SealInfo | None:
        row = b.one(
            self.store,
            "SELECT s.*, m.number AS meeting_number, im.number AS sealed_in FROM seals s "
            "JOIN meetings m ON m.id = s.meeting_id "
            "LEFT JOIN meetings im ON im.id = s.sealed_in_meeting_id WHERE s.meeting_id = ?",
            (meeting_id,),
        )
        if row is None:
            return None
        logged = self.store.db.execute(
            "SELECT seq, hash FROM audit_log WHERE action = 'meeting.seal' AND object_id = ? "
            "ORDER BY seq DESC LIMIT 1",
            (row["meeting_number"],),
        ).fetchone()
        return SealInfo(
            audit_head=Head(int(logged[0]), str(logged[1])).short() if logged else None,
            id=row["id"],
            meeting_number=row["meeting_number"],
            sealed_at=datetime.fromisoformat(row["sealed_at"]),
            sealed_in=row["sealed_in"],
            with_amendments=bool(row["with_amendments"]),
            format=row["format"],
            fingerprint=row["fingerprint"],
            redacted_at=b.to_dt(row["redacted_at"]),
        )

    # -- agenda ---------------------------------------------------------------------------------
    def agenda(self, meeting_id: int) -> Agenda:
        meeting = self.meeting(meeting_id)
        items = self._meeting_items(meeting)
        total = sum(i.planned_minutes for i in items)
        return Agenda(meeting=meeting, items=items, planned_minutes=total, planned_end=_add(meeting, total))

    def item(self, item_id: int) -> AgendaItem:
        """One agenda item (cheap: does not build the whole agenda)."""
        row = b.one(
            self.store,
            "SELECT m.id, m.date, m.start_time, (SELECT count(*) FROM seals s WHERE s.meeting_id = m.id) AS sealed, "
            "(SELECT coalesce(sum(o.planned_minutes), 0) FROM agenda_items o WHERE o.meeting_id = m.id "
            "AND o.position < ai.position) AS offset FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id "
            "WHERE ai.id = ?",
            (item_id,),
        )
        if row is None:
            b.item_row(self.store, item_id)  # raises NotFound
        assert row is not None
        start = datetime.combine(date.fromisoformat(row["date"]), time.fromisoformat(row["start_time"]))
        found = self._items(row["id"], start, bool(row["sealed"]), only=item_id, offset=row["offset"])
        return found[0]

    def _items(
        self, meeting_id: int, start: datetime, sealed: bool, *, only: int | None = None, offset: int = 0
    ) -> tuple[AgendaItem, ...]:
        found = b.rows(
            self.store,
            "SELECT ai.id, ai.meeting_id, ai.position, ai.kind, ai.title, ai.case_id, ai.case_reference, "
            "ai.planned_minutes, ai.started_at, ai.ended_at, ai.elapsed_seconds, ai.taken_order, "
            "ai.minutes != '' AS has_minutes, ai.minutes_revision, c.reference AS live_reference, "
            "c.summary AS live_summary, ai.case_summary AS sealed_summary, c.status AS case_status "
            "FROM agenda_items ai LEFT JOIN cases c ON c.id = ai.case_id "
            f"WHERE {'ai.id' if only is not None else 'ai.meeting_id'} = ? ORDER BY ai.position",
            (only if only is not None else meeting_id,),
        )
        items = []
        for r in found:
            reference = r["case_reference"] if sealed and r["case_reference"] else r["live_reference"]
            # A sealed record shows the summary copied at adoption (part of its fingerprint).
            summary = r["sealed_summary"] if sealed else r["live_summary"]
            items.append(
                AgendaItem(
                    id=r["id"],
                    meeting_id=r["meeting_id"],
                    number=r["position"],
                    kind=r["kind"],
                    title=r["title"],
                    case_id=r["case_id"],
                    case_reference=reference or "",
                    case_summary=one_line(summary or ""),
                    case_status=r["case_status"] or "",
                    planned_minutes=r["planned_minutes"],
                    planned_start=(start + timedelta(minutes=offset)).time(),
                    planned_end=(start + timedelta(minutes=offset + r["planned_minutes"])).time(),
                    started_at=b.to_dt(r["started_at"]),
                    ended_at=b.to_dt(r["ended_at"]),
                    elapsed_seconds=r["elapsed_seconds"],
                    taken_order=r["taken_order"],
                    has_minutes=bool(r["has_minutes"]),
                    minutes_revision=r["minutes_revision"],
                )
            )
            offset += r["planned_minutes"]
        return tuple(items)

    def _meeting_items(self, meeting: Meeting) -> tuple[AgendaItem, ...]:
        return self._items(meeting.id, _start(meeting), meeting.is_sealed)

    def agenda_suggestions(self, meeting_id: int, *, new_cases_limit: int = 50) -> AgendaSuggestions:
        """Cases to put on this agenda and open actions to discuss.

        Returning cases come first, oldest first: those whose latest decision before this meeting
        has a returning outcome (aanhouden, nadere informatie, …) and cases that were on an earlier
        agenda but got no decision there. Then new cases from the register (status ``new``, never on
        an agenda), oldest first, at most ``new_cases_limit``. Cases already on this agenda are left
        out.
        """
        meeting = b.meeting_row(self.store, meeting_id)
        key = (meeting["date"], meeting["start_time"], meeting["id"])
        returning_keys = {o.key for o in outcomes(self.store) if o.returns_to_agenda}
        # Latest decision per case before this meeting.
        latest = b.rows(
            self.store,
            "SELECT d.case_id, d.outcome, d.number, d.deadline, m.date, m.number AS meeting_number, "
            "c.reference, c.summary, c.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
            "JOIN cases c ON c.id = d.case_id "
            "WHERE (m.date, m.start_time, m.id) < (?, ?, ?) ORDER BY m.date, m.start_time, m.id, d.id",
            key,
        )
        last: dict[int, dict[str, Any]] = {}
        for r in latest:
            last[r["case_id"]] = r
        on_agenda = {
            r[0]
            for r in self.store.db.execute(
                "SELECT case_id FROM agenda_items WHERE meeting_id = ? AND case_id IS NOT NULL", (meeting_id,)
            )
        }
        # Discussed or scheduled later than their latest decision (or without any decision).
        undecided = b.rows(
            self.store,
            "SELECT ai.case_id, m.date, m.number AS meeting_number, c.reference, c.summary, c.status "
            "FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id JOIN cases c ON c.id = ai.case_id "
            "WHERE ai.case_id IS NOT NULL AND (m.date, m.start_time, m.id) < (?, ?, ?) "
            "AND m.status IN ('afgelopen', 'vastgesteld') "
            "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = ai.id) ORDER BY m.date, m.id",
            key,
        )
        labels = {o.key: o.label.lower() for o in outcomes(self.store)}
        suggestions: list[CaseSuggestion] = []
        seen: set[int] = set(on_agenda)
        returning: list[CaseSuggestion] = []
        for case_id, r in last.items():
            if case_id in seen or r["outcome"] not in returning_keys:
                continue
            since = date.fromisoformat(r["date"])
            verb = "aangehouden" if r["outcome"] == "aanhouden" else labels.get(r["outcome"], r["outcome"])
            note = f"{verb} sinds {dutch_date(since)} ({r['meeting_number']})"
            returning.append(
                CaseSuggestion(
                    case_id=case_id,
                    reference=r["reference"],
                    summary=one_line(r["summary"]),
                    status=r["status"],
                    reason=r["outcome"],
                    since=since,
                    since_meeting=r["meeting_number"],
                    until=b.to_date(r["deadline"]),
                    decision_number=r["number"],
                    note=note,
                )
            )
        for r in undecided:
            case_id = r["case_id"]
            if case_id in seen or any(s.case_id == case_id for s in returning):
                continue
            decided_after = last.get(case_id)
            if decided_after is not None and decided_after["date"] >= r["date"]:
                continue
            since = date.fromisoformat(r["date"])
            returning.append(
                CaseSuggestion(
                    case_id=case_id,
                    reference=r["reference"],
                    summary=one_line(r["summary"]),
                    status=r["status"],
                    reason="niet_behandeld",
                    since=since,
                    since_meeting=r["meeting_number"],
                    until=None,
                    decision_number=None,
                    note=f"niet behandeld op {dutch_date(since)} ({r['meeting_number']})",
                )
            )
        returning.sort(key=lambda s: (s.since or date.max, s.reference))
        suggestions.extend(returning)
        seen.update(s.case_id for s in returning)
        new = b.rows(
            self.store,
            "SELECT c.id, c.reference, c.summary, c.status FROM cases c WHERE c.status = 'new' "
            "AND NOT EXISTS (SELECT 1 FROM agenda_items ai WHERE ai.case_id = c.id) "
            "ORDER BY c.created_at, c.id LIMIT ?",
            (new_cases_limit + len(seen),),
        )
        added = 0
        for r in new:
            if r["id"] in seen or added >= new_cases_limit:
                continue
            added += 1
            suggestions.append(
                CaseSuggestion(
                    case_id=r["id"],
                    reference=r["reference"],
                    summary=one_line(r["summary"]),
                    status=r["status"],
                    reason="nieuw",
                    since=None,
                    since_meeting=None,
                    until=None,
                    decision_number=None,
                    note="nieuw",
                )
            )
        actions = tuple(
            a
            for a in self._actions(
                "WHERE a.status = 'open' AND (m.date, m.start_time, m.id) < (?, ?, ?)", key
            )
        )
        return AgendaSuggestions(cases=tuple(suggestions), actions=actions)

    # -- decisions ------------------------------------------------------------------------------
    def _decisions(
        self, where: str = "", args: Sequence[object] = (), order: str = ""
    ) -> tuple[Decision, ...]:
        found = b.rows(
            self.store,
            f"{_DECISION_SQL} {where} {order or f'ORDER BY {MEETING_ORDER}, ai.position, d.id'}",
            args,
        )
        if not found:
            return ()
        labels = {o.key: o.label for o in outcomes(self.store)}
        for entry in DEFAULT_OUTCOMES:
            labels.setdefault(entry["key"], entry["label"])
        ids = [r["id"] for r in found]
        numbers: dict[int, list[str]] = defaultdict(list)
        for chunk in _chunks(ids):
            for decision_id, number in self.store.db.execute(
                f"SELECT decision_id, number FROM actions WHERE decision_id IN ({','.join('?' * len(chunk))}) "
                "ORDER BY id",
                chunk,
            ):
                numbers[decision_id].append(number)
        return tuple(
            Decision(
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
                outcome_label=_label(r, labels),
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
                action_numbers=tuple(numbers.get(r["id"], ())),
                sealed=r["seal_id"] is not None,
                created_at=datetime.fromisoformat(r["created_at"]),
                updated_at=datetime.fromisoformat(r["updated_at"]),
                version=r["version"],
            )
            for r in found
        )

    def decision_history(self, decision_id: int) -> tuple[DecisionVersion, ...]:
        """The replaced versions of a decision, oldest first (the current one is ``decision``)."""
        labels = {o.key: o.label for o in outcomes(self.store)}
        return tuple(
            DecisionVersion(
                decision_id=r["decision_id"],
                version=r["version"],
                outcome=r["outcome"],
                outcome_label=labels.get(r["outcome"], r["outcome"]),
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
                self.store,
                "SELECT * FROM decision_versions WHERE decision_id = ? ORDER BY version",
                (decision_id,),
            )
        )

    def decision(self, decision_id: int) -> Decision:
        found = self._decisions("WHERE d.id = ?", (decision_id,))
        if not found:
            raise NotFound(what=pick(f"Besluit {decision_id}", f"Decision {decision_id}"))
        return found[0]

    def decision_by_number(self, number: str) -> Decision:
        found = self._decisions("WHERE d.number = ?", (number,))
        if not found:
            raise NotFound(what=number)
        return found[0]

    def decisions(
        self,
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
        return self._decisions(("WHERE " + " AND ".join(where)) if where else "", args)

    def decision_list(self, meeting_id: int) -> DecisionList:
        return DecisionList(meeting=self.meeting(meeting_id), decisions=self.decisions(meeting_id=meeting_id))

    def decision_register(
        self, *, start: date | None = None, end: date | None = None, outcome: str | None = None
    ) -> DecisionRegister:
        found = self.decisions(start=start, end=end, outcome=outcome)
        counted: dict[str, int] = defaultdict(int)
        for d in found:
            counted[d.outcome] += 1
        order = [o.key for o in outcomes(self.store)]
        order += sorted(k for k in counted if k not in order)
        labels = {d.outcome: d.outcome_label for d in found}
        labels.update({o.key: o.label for o in outcomes(self.store)})
        counts = tuple(OutcomeCount(k, labels.get(k, k), counted.get(k, 0)) for k in order)
        return DecisionRegister(start=start, end=end, decisions=found, counts=counts)

    # -- actions --------------------------------------------------------------------------------
    def _actions(self, where: str = "", args: Sequence[object] = ()) -> tuple[Action, ...]:
        found = b.rows(self.store, f"{_ACTION_SQL} {where} ORDER BY {MEETING_ORDER}, a.id", args)
        return tuple(
            Action(
                id=r["id"],
                number=r["number"],
                meeting_id=r["meeting_id"],
                meeting_number=r["meeting_number"],
                meeting_date=date.fromisoformat(r["meeting_date"]),
                item_id=r["item_id"],
                item_number=r["item_number"],
                decision_id=r["decision_id"],
                decision_number=r["decision_number"],
                case_id=r["case_id"],
                case_reference=r["case_reference"] or "",
                text=r["text"],
                owner_organisation=r["owner_organisation"],
                owner_role=r["owner_role"],
                deadline=b.to_date(r["deadline"]),
                status=r["status"],
                closed_at=b.to_dt(r["closed_at"]),
                closed_in=r["closed_in_number"],
                close_note=r["close_note"],
                sealed=r["seal_id"] is not None,
                created_at=datetime.fromisoformat(r["created_at"]),
            )
            for r in found
        )

    def action(self, action_id: int) -> Action:
        found = self._actions("WHERE a.id = ?", (action_id,))
        if not found:
            raise NotFound(what=pick(f"Actiepunt {action_id}", f"Action {action_id}"))
        return found[0]

    def action_by_number(self, number: str) -> Action:
        found = self._actions("WHERE a.number = ?", (number,))
        if not found:
            raise NotFound(what=number)
        return found[0]

    def actions(
        self,
        *,
        open_only: bool = False,
        status: str | None = None,
        meeting_id: int | None = None,
        case_id: int | None = None,
        year: int | None = None,
    ) -> tuple[Action, ...]:
        """Actions in order of origin meeting; ``meeting_id`` is the meeting they came from."""
        where, args = [], []
        if open_only:
            status = ActionStatus.OPEN.value
        for clause, value in (
            ("a.status = ?", status),
            ("a.meeting_id = ?", meeting_id),
            ("a.case_id = ?", case_id),
            ("m.year = ?", year),
        ):
            if value is not None:
                where.append(clause)
                args.append(value)
        return self._actions(("WHERE " + " AND ".join(where)) if where else "", args)

    def action_list(self, meeting_id: int | None = None) -> ActionList:
        """The action list as it stands for a meeting (item "Actielijst").

        Holds the actions from earlier meetings and this one that were open when the meeting took
        place, plus those closed since the previous meeting (``closed_since_previous``, to be struck
        through). For a meeting that has ended, actions closed after it are shown as they stood then
        (open). Without a meeting: every open action, then every closed one.
        """
        if meeting_id is None:
            every = self._actions()
            ordered = [a for a in every if a.is_open] + [a for a in every if not a.is_open]
            return ActionList(meeting=None, previous_number=None, actions=tuple(ordered))
        meeting = self.meeting(meeting_id)
        previous = self.previous_meeting(meeting_id)
        candidates = self._actions(
            "WHERE (m.date, m.start_time, m.id) <= (?, ?, ?)",
            (meeting.date.isoformat(), meeting.start_time.strftime("%H:%M"), meeting.id),
        )
        listed: list[Action] = []
        for action in candidates:
            if action.is_open:
                listed.append(action)
                continue
            closed_at = action.closed_at
            assert closed_at is not None
            if action.closed_in == meeting.number:
                listed.append(dataclasses.replace(action, closed_since_previous=True))
                continue
            if meeting.ended_at is not None and closed_at > meeting.ended_at:
                # Closed after this meeting: as it stood then, it was open.
                listed.append(
                    dataclasses.replace(
                        action, status=ActionStatus.OPEN.value, closed_at=None, closed_in=None, close_note=""
                    )
                )
                continue
            if previous is None:
                continue
            cutoff = previous.ended_at or _end_of_day(previous.date, closed_at)
            closed_at_previous = action.closed_in == previous.number
            if closed_at > cutoff and not closed_at_previous:
                listed.append(dataclasses.replace(action, closed_since_previous=True))
        ordered = sorted(
            listed,
            key=lambda a: (not a.is_open, (a.deadline or date.max) if a.is_open else date.max, a.number),
        )
        return ActionList(
            meeting=meeting,
            previous_number=previous.number if previous else None,
            actions=tuple(ordered),
        )

    # -- minutes --------------------------------------------------------------------------------
    def minutes(self, meeting_id: int) -> Minutes:
        meeting = self.meeting(meeting_id)
        items = self._meeting_items(meeting)
        texts = dict(
            self.store.db.execute("SELECT id, minutes FROM agenda_items WHERE meeting_id = ?", (meeting_id,))
        )
        decisions = self.decisions(meeting_id=meeting_id)
        actions = self.actions(meeting_id=meeting_id)
        closed = self._actions("WHERE a.closed_in_meeting_id = ?", (meeting_id,))
        amendments = self._amendments(meeting_id)
        addenda = self._addenda(meeting_id)
        presence = self._presence(meeting_id)
        attendees = [p for p in meeting.participants if p.attendance == Attendance.PRESENT.value]
        by_id = {p.id: p for p in meeting.participants}
        result = []
        for item in items:
            exceptions = presence.get(item.id, {})
            present = [p.name for p in attendees if exceptions.get(p.id, True)]
            present += [
                by_id[pid].name for pid, here in exceptions.items() if here and by_id[pid] not in attendees
            ]
            absent = [p.name for p in attendees if not exceptions.get(p.id, True)]
            result.append(
                ItemMinutes(
                    item=item,
                    text=texts.get(item.id, ""),
                    present=tuple(present),
                    absent=tuple(absent),
                    decisions=tuple(d for d in decisions if d.item_id == item.id),
                    actions=tuple(a for a in actions if a.item_id == item.id),
                    actions_closed=tuple(
                        a
                        for a in closed
                        if (item.kind == ItemKind.ACTIONS.value)
                        or (a.case_id is not None and a.case_id == item.case_id)
                    ),
                    amendments=tuple(a for a in amendments if a.item_number == item.number),
                    addenda=tuple(a for a in addenda if a.item_number == item.number),
                )
            )
        return Minutes(
            meeting=meeting,
            items=tuple(result),
            amendments=amendments,
            addenda=addenda,
            actions_closed=closed,
        )

    def item_minutes(self, item_id: int) -> ItemMinutes:
        row = b.item_row(self.store, item_id)
        for found in self.minutes(row["meeting_id"]).items:
            if found.item.id == item_id:
                return found
        raise AssertionError("item vanished")  # pragma: no cover

    def minutes_text(self, item_id: int) -> str:
        """Only the text of one item (cheap, for the secretary's editor)."""
        return str(b.item_row(self.store, item_id)["minutes"])

    def _presence(self, meeting_id: int) -> dict[int, dict[int, bool]]:
        found: dict[int, dict[int, bool]] = defaultdict(dict)
        for item_id, participant_id, present in self.store.db.execute(
            "SELECT p.item_id, p.participant_id, p.present FROM item_presence p "
            "JOIN agenda_items ai ON ai.id = p.item_id WHERE ai.meeting_id = ?",
            (meeting_id,),
        ):
            found[item_id][participant_id] = bool(present)
        return found

    def _amendments(self, meeting_id: int) -> tuple[Amendment, ...]:
        return tuple(
            Amendment(
                id=r["id"],
                kind="amendment",
                meeting_number=r["meeting_number"],
                item_number=r["item_number"],
                decision_number=r["decision_number"],
                made_in=r["made_in"],
                text=r["text"],
                created_at=datetime.fromisoformat(r["created_at"]),
            )
            for r in b.rows(
                self.store,
                "SELECT am.*, m.number AS meeting_number, ai.position AS item_number, "
                "d.number AS decision_number, mm.number AS made_in FROM amendments am "
                "JOIN meetings m ON m.id = am.meeting_id LEFT JOIN agenda_items ai ON ai.id = am.item_id "
                "LEFT JOIN decisions d ON d.id = am.decision_id "
                "LEFT JOIN meetings mm ON mm.id = am.made_in_meeting_id WHERE am.meeting_id = ? ORDER BY am.id",
                (meeting_id,),
            )
        )

    def _addenda(self, meeting_id: int) -> tuple[Amendment, ...]:
        return tuple(
            Amendment(
                id=r["id"],
                kind="addendum",
                meeting_number=r["meeting_number"],
                item_number=r["item_number"],
                decision_number=r["decision_number"],
                made_in=r["made_in"],
                text=r["text"],
                created_at=datetime.fromisoformat(r["created_at"]),
                seal_fingerprint=r["seal_fingerprint"],
                fingerprint=r["fingerprint"],
            )
            for r in b.rows(
                self.store,
                "SELECT ad.*, m.number AS meeting_number, ai.position AS item_number, "
                "d.number AS decision_number, mm.number AS made_in, s.fingerprint AS seal_fingerprint "
                "FROM addenda ad JOIN meetings m ON m.id = ad.meeting_id JOIN seals s ON s.id = ad.seal_id "
                "LEFT JOIN agenda_items ai ON ai.id = ad.item_id LEFT JOIN decisions d ON d.id = ad.decision_id "
                "LEFT JOIN meetings mm ON mm.id = ad.made_in_meeting_id WHERE ad.meeting_id = ? ORDER BY ad.id",
                (meeting_id,),
            )
        )

    def amendments(self, meeting_id: int) -> tuple[Amendment, ...]:
        return self._amendments(meeting_id)

    def addenda(self, meeting_id: int) -> tuple[Amendment, ...]:
        return self._addenda(meeting_id)

    def closing_check(self, meeting_id: int) -> ClosingCheck:
        """Case items without a decision and decisions not yet final."""
        undecided = tuple(
            r[0]
            for r in self.store.db.execute(
                "SELECT ai.position FROM agenda_items ai WHERE ai.meeting_id = ? AND ai.kind = 'case' "
                "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = ai.id) ORDER BY ai.position",
                (meeting_id,),
            )
        )
        drafts = tuple(d.number for d in self.decisions(meeting_id=meeting_id) if not d.is_final)
        return ClosingCheck(undecided_case_items=undecided, draft_decisions=drafts)

    # -- cases ----------------------------------------------------------------------------------
    def case_history(self, case_id: int) -> CaseHistory:
        """Everything the meetings say about one case, oldest first (history panel, excerpt PDF)."""
        case = b.case_row(self.store, case_id)
        decisions = self.decisions(case_id=case_id)
        actions = self.actions(case_id=case_id)
        discussions = []
        for r in b.rows(
            self.store,
            "SELECT ai.id, ai.position, ai.minutes, m.id AS meeting_id, m.number, m.date, m.status, "
            "(SELECT count(*) FROM seals s WHERE s.meeting_id = m.id) AS sealed "
            f"FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id WHERE ai.case_id = ? "
            f"ORDER BY {MEETING_ORDER}",
            (case_id,),
        ):
            addenda = tuple(a for a in self._addenda(r["meeting_id"]) if a.item_number == r["position"])
            discussions.append(
                CaseDiscussion(
                    meeting_id=r["meeting_id"],
                    meeting_number=r["number"],
                    meeting_date=date.fromisoformat(r["date"]),
                    meeting_status=r["status"],
                    sealed=bool(r["sealed"]),
                    item_id=r["id"],
                    item_number=r["position"],
                    minutes=r["minutes"],
                    decisions=tuple(d for d in decisions if d.item_id == r["id"]),
                    actions=tuple(a for a in actions if a.item_id == r["id"]),
                    addenda=addenda,
                )
            )
        return CaseHistory(
            case_id=case_id,
            reference=case["reference"],
            discussions=tuple(discussions),
            decisions=decisions,
            actions=actions,
        )


def _label(row: dict[str, Any], labels: dict[str, str]) -> str:
    """A sealed decision keeps the label its outcome had at adoption."""
    if row["seal_id"] is not None and row["sealed_outcomes"]:
        frozen = {key: nl for key, nl, _en in _sealed_outcomes(row["sealed_outcomes"])}
        if row["outcome"] in frozen:
            return frozen[row["outcome"]]
    return labels.get(row["outcome"], row["outcome"])


def _sealed_outcomes(value: str | None) -> tuple[tuple[str, str, str], ...]:
    if not value:
        return ()
    return tuple((str(k), str(nl), str(en)) for k, nl, en in json.loads(value))


def _start(meeting: Meeting) -> datetime:
    return datetime.combine(meeting.date, meeting.start_time)


def _add(meeting: Meeting, minutes: int) -> time:
    return (datetime.combine(meeting.date, meeting.start_time) + timedelta(minutes=minutes)).time()


def _chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


__all__ = ["MeetingQueries", "dutch_date", "one_line"]
