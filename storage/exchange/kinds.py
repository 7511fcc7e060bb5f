"""Which rows travel in an exchange package, in which groups, and who owns each group.

A *kind* is one ownership unit. Some tables hold two kinds because two stores write the same row:
the chair plans a meeting and its agenda (``meeting``, ``participant``, ``agenda_item``), the
secretary keeps its record (``meeting_record``, ``attendance``, ``item_minutes``). Each kind lists
the columns it carries; ``refs`` maps a column holding a local row id to the kind it points at (sent
as that row's global id, never as a local number). ``owner`` says whose the kind is when a store
writes a new row: ``"creator"`` (the writing store), ``"planning"`` (the owner of the meeting's
planning) or ``"record"`` (the owner of the meeting's record, by default the paired secretary).

This module is (almost) data only: the migration (``m0007_exchange``) built its triggers from it
(m0009 dropped the update ones: ``storage.exchange.tracking``) and the package code maps rows
with it. Order matters: a kind comes after every kind it refers to, except
``meeting_record.current_item_id`` (applied after the agenda items, hence its place).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    columns: tuple[str, ...]
    refs: dict[str, str] = field(default_factory=dict)
    owner: str = "record"  # creator | planning | record
    texts: tuple[str, ...] = ()  # free text that the anonymity guard checks on arrival
    primary: bool = True  # False: the row is created by the primary kind of the same table
    natural_key: str = ""  # a column that must be unique in the receiving store
    # Columns every store derives itself from the meeting history (a case's status follows its
    # agenda and decisions): they travel with the owner's changes, but a difference in them alone
    # is no change that a non-owner could be refused for.
    derived: tuple[str, ...] = ()
    # Columns that later schema steps add (other features): carried where the store has them.
    optional: tuple[str, ...] = ()


# As storage.cases.model.TEXT_FIELDS: every field a user types.
CASE_TEXTS = (
    "reference",
    "country",
    "role",
    "organisations",
    "ind_status_note",
    "urgency_reason",
    "question",
    "summary",
)

KINDS: tuple[Kind, ...] = (
    Kind(
        "case",
        "cases",
        (
            "reference",
            "status",
            "summary",
            "grounds",
            "country",
            "period_from",
            "period_to",
            "role",
            "organisations",
            "ind_status",
            "ind_status_note",
            "urgent",
            "urgency_reason",
            "question",
            "closed_at",
            "created_at",
            "updated_at",
        ),
        owner="creator",
        texts=CASE_TEXTS,
        natural_key="reference",
        derived=("status", "closed_at", "updated_at"),
    ),
    Kind(
        "meeting",
        "meetings",
        (
            "number",
            "year",
            "seq",
            "date",
            "start_time",
            "place",
            "chair",
            "secretary",
            "marking",
            "created_at",
        ),
        owner="creator",
        natural_key="number",
    ),
    Kind(
        "participant",
        "meeting_participants",
        ("meeting_id", "position", "name", "organisation", "organisation_name", "role"),
        refs={"meeting_id": "meeting"},
        owner="planning",
    ),
    Kind(
        "attendance",
        "meeting_participants",
        ("attendance",),
        owner="record",
        primary=False,
    ),
    Kind(
        "agenda_item",
        "agenda_items",
        ("meeting_id", "position", "kind", "title", "case_id", "case_reference", "planned_minutes"),
        refs={"meeting_id": "meeting", "case_id": "case"},
        owner="planning",
    ),
    Kind(
        "item_minutes",
        "agenda_items",
        (
            "minutes",
            "minutes_revision",
            "minutes_saved_at",
            "started_at",
            "ended_at",
            "elapsed_seconds",
            "taken_order",
        ),
        owner="record",
        texts=("minutes",),
        primary=False,
        optional=("case_summary",),  # the summary a sealed record prints (seal format /2)
    ),
    Kind(
        "meeting_record",
        "meetings",
        (
            "status",
            "current_item_id",
            "started_at",
            "ended_at",
            "adopted_at",
            "adopted_in_meeting_id",
            "revision",
        ),
        refs={"current_item_id": "agenda_item", "adopted_in_meeting_id": "meeting"},
        owner="record",
        primary=False,
        derived=("revision",),  # every store counts its own changes of the concept
        optional=("sealed_outcomes",),  # the outcome labels a sealed record prints
    ),
    Kind(
        "decision",
        "decisions",
        (
            "number",
            "meeting_id",
            "item_id",
            "case_id",
            "outcome",
            "text",
            "responsible_organisation",
            "responsible",
            "deadline",
            "reason",
            "request",
            "keep_monitoring",
            "ind_confirmed_by",
            "ind_confirmed_at",
            "om_confirmed_by",
            "om_confirmed_at",
            "disagreement",
            "disagreement_at",
            "created_at",
            "updated_at",
        ),
        refs={"meeting_id": "meeting", "item_id": "agenda_item", "case_id": "case"},
        texts=("text", "reason", "request", "disagreement", "responsible"),
        natural_key="number",
        optional=("version",),  # decision versions
    ),
    Kind(
        "action",
        "actions",
        (
            "number",
            "meeting_id",
            "item_id",
            "decision_id",
            "case_id",
            "text",
            "owner_organisation",
            "owner_role",
            "deadline",
            "status",
            "closed_at",
            "closed_in_meeting_id",
            "close_note",
            "created_at",
            "updated_at",
        ),
        refs={
            "meeting_id": "meeting",
            "item_id": "agenda_item",
            "decision_id": "decision",
            "case_id": "case",
            "closed_in_meeting_id": "meeting",
        },
        texts=("text", "owner_role", "close_note"),
        natural_key="number",
    ),
    Kind(
        "amendment",
        "amendments",
        ("meeting_id", "item_id", "decision_id", "made_in_meeting_id", "text", "created_at"),
        refs={
            "meeting_id": "meeting",
            "item_id": "agenda_item",
            "decision_id": "decision",
            "made_in_meeting_id": "meeting",
        },
        texts=("text",),
    ),
    Kind(
        "seal",
        "seals",
        (
            "meeting_id",
            "sealed_at",
            "sealed_in_meeting_id",
            "with_amendments",
            "format",
            "algorithm",
            "fingerprint",
        ),
        refs={"meeting_id": "meeting", "sealed_in_meeting_id": "meeting"},
    ),
    Kind(
        "addendum",
        "addenda",
        (
            "seal_id",
            "meeting_id",
            "item_id",
            "decision_id",
            "made_in_meeting_id",
            "text",
            "created_at",
            "fingerprint",
        ),
        refs={
            "seal_id": "seal",
            "meeting_id": "meeting",
            "item_id": "agenda_item",
            "decision_id": "decision",
            "made_in_meeting_id": "meeting",
        },
        texts=("text",),
    ),
)

BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}

# A decision carries its replaced versions (``decision_versions``, m0006) as the field "versions":
# a list of these columns per version, oldest first. They belong to the decision (same owner,
# same seal) and their texts pass the anonymity guard on arrival as the decision's own do.
VERSION_FIELD = "versions"
DECISION_VERSION_COLUMNS: tuple[str, ...] = (
    "version",
    "outcome",
    "text",
    "responsible_organisation",
    "responsible",
    "deadline",
    "reason",
    "request",
    "keep_monitoring",
    "ind_confirmed_by",
    "ind_confirmed_at",
    "om_confirmed_by",
    "om_confirmed_at",
    "disagreement",
    "disagreement_at",
    "recorded_at",
    "replaced_at",
    "replaced_by",
)
# Fields beyond a kind's columns that its records carry: presence per participant, versions.
EXTRA_FIELDS: dict[str, str] = {"item_minutes": "presence", "decision": VERSION_FIELD}
_PRESENT: dict[str, tuple[str, ...]] = {}


def columns(db: Any, kind: Kind) -> tuple[str, ...]:
    """The kind's columns plus the optional ones this schema has. Every store in one process runs
    the same code and so has the same schema once migrated: the answer is kept per kind."""
    if not kind.optional:
        return kind.columns
    found = _PRESENT.get(kind.name)
    if found is None:
        have = {str(r[1]) for r in db.execute(f"PRAGMA table_info({kind.table})").fetchall()}
        found = kind.columns + tuple(c for c in kind.optional if c in have)
        _PRESENT[kind.name] = found
    return found


# Kinds that share a row with a primary kind: the secondary follows the primary's life.
SECONDARY: dict[str, str] = {
    "attendance": "participant",
    "item_minutes": "agenda_item",
    "meeting_record": "meeting",
}
PRIMARY_OF_TABLE: dict[str, str] = {k.table: k.name for k in KINDS if k.primary}

# A kind owned by "planning"/"record" finds its meeting through this column (the meeting row itself
# for the meeting kinds).
MEETING_COLUMN: dict[str, str] = {
    "meetings": "id",
    "meeting_participants": "meeting_id",
    "agenda_items": "meeting_id",
    "decisions": "meeting_id",
    "actions": "meeting_id",
    "amendments": "meeting_id",
    "seals": "meeting_id",
    "addenda": "meeting_id",
}

ROLES: tuple[str, ...] = ("ind", "voorzitter", "secretaris", "om")
