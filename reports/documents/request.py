"""What a printed record is asked for (:class:`DocumentRequest`) and what comes back
(:class:`RenderedDocument`): the types every document module shares, in their own module so that the
package can import each document's builder without a cycle."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from storage.errors import ValidationError
from storage.i18n import pick


class DocumentKind(StrEnum):
    AGENDA = "agenda"
    VERSLAG = "verslag"
    BESLUITENLIJST = "besluitenlijst"
    ACTIELIJST = "actielijst"
    UITTREKSEL = "uittreksel"
    REGISTER = "register"
    JAAROVERZICHT = "jaaroverzicht"

    @property
    def needs_meeting(self) -> bool:
        return self in MEETING_KINDS

    def label(self, lang: str | None = None) -> str:
        nl, en = _KIND_LABELS[self]
        return pick(nl, en, lang)


MEETING_KINDS = frozenset(
    {DocumentKind.AGENDA, DocumentKind.VERSLAG, DocumentKind.BESLUITENLIJST, DocumentKind.ACTIELIJST}
)

_KIND_LABELS = {
    DocumentKind.AGENDA: ("Agenda", "Agenda"),
    DocumentKind.VERSLAG: ("Verslag", "Minutes"),
    DocumentKind.BESLUITENLIJST: ("Besluitenlijst", "Decision list"),
    DocumentKind.ACTIELIJST: ("Actielijst", "Action list"),
    DocumentKind.UITTREKSEL: ("Uittreksel per casus", "Case excerpt"),
    DocumentKind.REGISTER: ("Besluitenregister", "Decision register"),
    DocumentKind.JAAROVERZICHT: ("Jaaroverzicht", "Annual overview"),
}

MAX_COPIES = 99


@dataclass(frozen=True)
class DocumentRequest:
    """Which document to make. Meeting documents need ``meeting_id`` or ``meeting_number``; the
    excerpt needs ``case_id`` or ``case_reference``; the register takes ``year`` or
    ``start``/``end`` (neither: every decision). ``lang`` None follows ``storage.i18n.language()``;
    ``issued`` None is the meeting date for meeting documents and today for the others."""

    kind: str
    meeting_id: int | None = None
    meeting_number: str | None = None
    case_id: int | None = None
    case_reference: str | None = None
    year: int | None = None
    start: date | None = None
    end: date | None = None
    chair_version: bool = False
    copies: int = 1
    lang: str | None = None
    issued: date | None = None

    def __post_init__(self) -> None:
        try:
            kind = DocumentKind(self.kind)
        except ValueError:
            raise ValidationError(
                detail=pick(
                    f"Onbekend soort document: {self.kind!r}.", f"Unknown kind of document: {self.kind!r}."
                )
            ) from None
        if not 1 <= self.copies <= MAX_COPIES:
            raise ValidationError(
                detail=pick(
                    f"Het aantal exemplaren moet tussen 1 en {MAX_COPIES} liggen.",
                    f"The number of copies must be between 1 and {MAX_COPIES}.",
                )
            )
        if kind.needs_meeting and self.meeting_id is None and not self.meeting_number:
            raise ValidationError(
                detail=pick(
                    f"Voor {kind.label('nl').lower()} is een vergadering nodig.",
                    f"The {kind.label('en').lower()} needs a meeting.",
                )
            )
        if kind is DocumentKind.UITTREKSEL and self.case_id is None and not self.case_reference:
            raise ValidationError(
                detail=pick("Voor een uittreksel is een casus nodig.", "A case excerpt needs a case.")
            )
        if kind is DocumentKind.JAAROVERZICHT and self.year is None:
            raise ValidationError(
                detail=pick("Voor een jaaroverzicht is een jaar nodig.", "An annual overview needs a year.")
            )
        if self.year is not None and (self.start is not None or self.end is not None):
            raise ValidationError(
                detail=pick(
                    "Geef een jaar of een periode, niet allebei.", "Give a year or a period, not both."
                )
            )
        if self.start and self.end and self.start > self.end:
            raise ValidationError(
                detail=pick("Het begin van de periode ligt na het einde.", "The period starts after it ends.")
            )
        if self.lang is not None and self.lang not in ("nl", "en"):
            raise ValidationError(detail=pick("Onbekende taal.", "Unknown language."))

    @property
    def document_kind(self) -> DocumentKind:
        return DocumentKind(self.kind)

    @property
    def period(self) -> tuple[date | None, date | None]:
        if self.year is not None:
            return date(self.year, 1, 1), date(self.year, 12, 31)
        return self.start, self.end

    def with_copies(self, copies: int) -> DocumentRequest:
        return replace(self, copies=copies)


@dataclass(frozen=True)
class RenderedDocument:
    """A finished PDF and what the audit log and the file dialog need to know about it."""

    pdf: bytes
    request: DocumentRequest
    kind: str
    title: str
    version: str
    status: str  # "concept" | "vastgesteld" | "none"
    pages: int  # pages of one copy
    copies: int
    lang: str
    object_type: str  # audit: "meeting" | "case" | "decision_register"
    object_id: str  # audit: "OT 2026-03" | "C-2026-014" | "2026" | "2026-01-01..2026-06-30"

    @property
    def filename(self) -> str:
        """A suggested file name, e.g. ``besluitenlijst-OT-2026-03-v0.4.pdf``."""
        kind = self.kind + ("-voorzitter" if self.request.chair_version else "")
        stem = f"{kind}-{self.object_id}-v{self.version}"
        stem = re.sub(r"[^0-9A-Za-z._-]+", "-", stem).strip("-.")
        return f"{stem}.pdf"

    def audit_detail(self, copies: int | None = None) -> dict[str, object]:
        """Structural facts only: never a title with content, never text from the record."""
        return {
            "kind": self.kind,
            "version": self.version,
            "status": self.status,
            "copies": self.copies if copies is None else copies,
            "pages": self.pages,
            "chair_version": self.request.chair_version,
            "lang": self.lang,
        }
