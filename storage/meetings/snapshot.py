"""The canonical content of a meeting's record and its SHA-256 fingerprint.

The snapshot holds everything the adopted minutes and decision list say: meeting details,
participants and presence per item, agenda items with their minutes and timings, decisions with
their confirmations, the text/owner/deadline of actions made at the meeting, actions closed at the
meeting, and the amendments made before adoption. It leaves out what keeps living after adoption
(meeting status, the status of actions, addenda). Canonical JSON: keys sorted, no whitespace,
UTF-8, lists in a fixed order. Case references and summaries come from the agenda item (copied
when sealing), so a later change in the case register neither breaks a seal nor changes what the
sealed record prints: everything a sealed record prints is in this snapshot.

Formats: ``/1`` (the first seals) left out the case summary line the record prints and the text
of actions closed at the meeting; ``/2`` holds both. A seal is checked in its own format.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from storage.meetings import _base as b
from storage.store import Store

FORMAT_V1 = "overlegtafel-verslag/1"
FORMAT = "overlegtafel-verslag/2"
FORMATS = (FORMAT_V1, FORMAT)
ADDENDUM_FORMAT = "overlegtafel-addendum/1"


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def seal_format(store: Store, meeting_id: int) -> str:
    """The format of the meeting's seal, or the current format for a record not sealed yet."""
    row = store.db.execute("SELECT format FROM seals WHERE meeting_id = ?", (meeting_id,)).fetchone()
    return FORMAT if row is None else str(row[0])


def snapshot(store: Store, meeting_id: int, fmt: str | None = None) -> dict[str, Any]:
    fmt = fmt or seal_format(store, meeting_id)
    v1 = fmt == FORMAT_V1
    m = b.meeting_row(store, meeting_id)
    participants = b.rows(
        store,
        "SELECT id, name, organisation, organisation_name, role, attendance FROM meeting_participants "
        "WHERE meeting_id = ? ORDER BY position, id",
        (meeting_id,),
    )
    items = b.rows(
        store,
        "SELECT id, position, kind, title, case_reference, case_summary, planned_minutes, minutes, started_at, "
        "ended_at, elapsed_seconds, taken_order FROM agenda_items WHERE meeting_id = ? ORDER BY position",
        (meeting_id,),
    )
    positions = {i["id"]: i["position"] for i in items}
    extra: dict[str, Any] = {}
    if not v1:
        extra["outcomes"] = json.loads(m["sealed_outcomes"]) if m["sealed_outcomes"] else None
    return {
        **extra,
        "format": fmt,
        "meeting": {key: m[key] for key in _MEETING_FACTS},
        "participants": [
            [p["name"], p["organisation"], p["organisation_name"], p["role"], p["attendance"]]
            for p in participants
        ],
        "items": [_item(i, v1) for i in items],
        "presence": _presence(store, meeting_id, positions, {p["id"]: p["name"] for p in participants}),
        **_what_was_decided(store, meeting_id, positions, v1),
    }


# The meeting's own facts in the record (its status keeps living after adoption: left out).
_MEETING_FACTS = (
    "number",
    "date",
    "start_time",
    "place",
    "chair",
    "secretary",
    "marking",
    "started_at",
    "ended_at",
)


def _item(i: dict[str, Any], v1: bool) -> dict[str, Any]:
    return {
        "number": i["position"],
        "kind": i["kind"],
        "title": i["title"],
        "case": i["case_reference"],
        "planned_minutes": i["planned_minutes"],
        "minutes": i["minutes"],
        "started_at": i["started_at"],
        "ended_at": i["ended_at"],
        "elapsed_seconds": i["elapsed_seconds"],
        "taken_order": i["taken_order"],
        **({} if v1 else {"case_summary": i["case_summary"]}),
    }


def _presence(
    store: Store, meeting_id: int, positions: dict[int, int], names: dict[int, str]
) -> list[list[Any]]:
    """[item number, participant name, present] per item and participant."""
    presence = b.rows(
        store,
        "SELECT p.item_id, p.participant_id, p.present FROM item_presence p JOIN agenda_items ai "
        "ON ai.id = p.item_id WHERE ai.meeting_id = ? ORDER BY ai.position, p.participant_id",
        (meeting_id,),
    )
    return [
        [positions.get(p["item_id"]), names.get(p["participant_id"]), bool(p["present"])] for p in presence
    ]


def _by_item_number(rows: list[dict[str, Any]], positions: dict[int, int]) -> list[dict[str, Any]]:
    """Rows that name their agenda item by its number in the meeting, not by its row id."""
    return [
        {**{k: v for k, v in r.items() if k != "item_id"}, "item": positions.get(r["item_id"])} for r in rows
    ]


def _what_was_decided(store: Store, meeting_id: int, positions: dict[int, int], v1: bool) -> dict[str, Any]:
    """Decisions, actions made and closed, and amendments of the meeting."""
    decisions = b.rows(
        store,
        "SELECT d.number, d.item_id, d.outcome, d.text, d.responsible_organisation, d.responsible, d.deadline, "
        "d.reason, d.request, d.keep_monitoring, d.ind_confirmed_by, d.ind_confirmed_at, d.om_confirmed_by, "
        "d.om_confirmed_at, d.disagreement, d.disagreement_at FROM decisions d WHERE d.meeting_id = ? "
        "ORDER BY d.number",
        (meeting_id,),
    )
    actions = b.rows(
        store,
        "SELECT a.number, a.item_id, d.number AS decision, a.text, a.owner_organisation, a.owner_role, "
        "a.deadline FROM actions a LEFT JOIN decisions d ON d.id = a.decision_id WHERE a.meeting_id = ? "
        "ORDER BY a.number",
        (meeting_id,),
    )
    closed = b.rows(
        store,
        "SELECT number, status, closed_at, close_note FROM actions WHERE closed_in_meeting_id = ? ORDER BY number"
        if v1
        else "SELECT number, status, closed_at, close_note, text FROM actions WHERE closed_in_meeting_id = ? "
        "ORDER BY number",
        (meeting_id,),
    )
    amendments = b.rows(
        store,
        "SELECT am.item_id, d.number AS decision, mm.number AS made_in, am.text, am.created_at FROM amendments am "
        "LEFT JOIN decisions d ON d.id = am.decision_id LEFT JOIN meetings mm ON mm.id = am.made_in_meeting_id "
        "WHERE am.meeting_id = ? ORDER BY am.id",
        (meeting_id,),
    )
    return {
        "decisions": _by_item_number(decisions, positions),
        "actions": _by_item_number(actions, positions),
        "actions_closed": closed,
        "amendments": _by_item_number(amendments, positions),
    }


def fingerprint(store: Store, meeting_id: int, fmt: str | None = None) -> str:
    return sha256(snapshot(store, meeting_id, fmt))


def addendum_content(
    *,
    seal_fingerprint: str,
    meeting_number: str,
    item_number: int | None,
    decision_number: str | None,
    made_in: str | None,
    text: str,
    created_at: str,
) -> dict[str, Any]:
    return {
        "format": ADDENDUM_FORMAT,
        "seal": seal_fingerprint,
        "meeting": meeting_number,
        "item": item_number,
        "decision": decision_number,
        "made_in": made_in,
        "text": text,
        "created_at": created_at,
    }


def addendum_fingerprint_from_row(store: Store, addendum_id: int) -> str | None:
    row = b.one(
        store,
        "SELECT ad.text, ad.created_at, s.fingerprint AS seal, m.number AS meeting, ai.position AS item, "
        "d.number AS decision, mm.number AS made_in FROM addenda ad JOIN seals s ON s.id = ad.seal_id "
        "JOIN meetings m ON m.id = ad.meeting_id LEFT JOIN agenda_items ai ON ai.id = ad.item_id "
        "LEFT JOIN decisions d ON d.id = ad.decision_id LEFT JOIN meetings mm ON mm.id = ad.made_in_meeting_id "
        "WHERE ad.id = ?",
        (addendum_id,),
    )
    if row is None:
        return None
    return sha256(
        addendum_content(
            seal_fingerprint=row["seal"],
            meeting_number=row["meeting"],
            item_number=row["item"],
            decision_number=row["decision"],
            made_in=row["made_in"],
            text=row["text"],
            created_at=row["created_at"],
        )
    )
