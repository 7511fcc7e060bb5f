"""What the purge service reports: the chair's list of due cases, the plan of a purge, why a
case cannot be purged, and what a purge and the compaction after it did."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from storage.cases.model import status_label
from storage.errors import EXIT_CHECK_FAILED, UsageError
from storage.i18n import pick
from storage.purge.tombstones import Tombstone


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
