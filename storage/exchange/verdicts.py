"""What an import would do with each record, and why a record is refused (the preview)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.i18n import pick

# code → (Dutch, English); {placeholders} filled per record. Messages never quote content.
REASONS: dict[str, tuple[str, str]] = {
    "older": (
        "ouder dan wat hier staat (versie {version}, hier versie {local})",
        "older than what is here (version {version}, here version {local})",
    ),
    "not_owner": (
        "de afzender is niet de eigenaar van dit gegeven (eigenaar: {owner})",
        "the sender does not own this record (owner: {owner})",
    ),
    "sealed": (
        "hoort bij het vastgestelde verslag {meeting}; een pakket verandert dat niet",
        "belongs to the adopted minutes {meeting}; a package does not change them",
    ),
    "personal_data": (
        "mogelijk persoonsgegeven ({kinds}) in {fields}; inlezen kan alleen met een reden",
        "possible personal data ({kinds}) in {fields}; it can only be imported with a reason",
    ),
    "missing": (
        "verwijst naar een gegeven dat hier ontbreekt of niet wordt ingelezen ({what})",
        "refers to a record that is missing here or is not imported ({what})",
    ),
    "conflict": (
        "hier bestaat al een ander gegeven met nummer {label}",
        "a different record numbered {label} exists here already",
    ),
    "invalid": ("onvolledig of ongeldig gegeven ({what})", "incomplete or invalid record ({what})"),
}

STATUS_LABELS: dict[str, tuple[str, str]] = {
    "new": ("nieuw", "new"),
    "changed": ("gewijzigd", "changed"),
    "deleted": ("verwijderd", "deleted"),
    "unchanged": ("ongewijzigd", "unchanged"),
    "refused": ("geweigerd", "refused"),
}

ACCEPTED = ("new", "changed", "deleted")


def reason_text(code: str, lang: str | None = None, **params: object) -> str:
    nl, en = REASONS[code]
    template = pick(nl, en, lang)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Verdict:
    uid: str
    kind: str
    label: str
    status: str  # new | changed | deleted | unchanged | refused
    reason: str = ""  # a code of REASONS when refused
    message: str = ""
    changes: tuple[FieldChange, ...] = ()
    handover: bool = False  # the owner changes with this record
    kept: str = ""  # the receiver's reason to keep flagged text

    @property
    def accepted(self) -> bool:
        return self.status in ACCEPTED

    def to_json(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "kind": self.kind,
            "label": self.label,
            "status": self.status,
            "reason": self.reason,
            "message": self.message,
            "fields": [c.field for c in self.changes],
            "handover": self.handover,
        }


@dataclass(frozen=True)
class Preview:
    sender: str  # pair name
    sender_fingerprint: str
    seq: int
    created: str
    verdicts: tuple[Verdict, ...]
    written: bool = False

    @property
    def accepted(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.accepted]

    @property
    def refused(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.status == "refused"]

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for v in self.verdicts:
            found[v.status] = found.get(v.status, 0) + 1
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "sender": self.sender,
            "sender_fingerprint": self.sender_fingerprint,
            "seq": self.seq,
            "created": self.created,
            "written": self.written,
            "counts": self.counts(),
            "records": [v.to_json() for v in self.verdicts],
        }
