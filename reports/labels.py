"""Fixed texts printed by the page layout, in Dutch and English.

Kept apart from the layout code so a translator finds every printed label in one place.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    page_of: str  # "Pagina {page} van {pages}"
    copy_of: str  # "Exemplaar {copy} van {copies}"
    copy_value: str  # "{copy} van {copies}", beside the colophon label "Exemplaar"
    concept: str  # status word, also the watermark
    adopted: str
    adopted_on: str  # "Vastgesteld op {date}"
    version: str  # "versie {version}"
    version_label: str
    date: str
    status: str
    copy: str
    marking: str
    fingerprint: str
    fingerprint_short: str  # colophon label, narrow column
    fingerprint_note: str  # closing colophon of an adopted record
    concept_note: str


LABELS = {
    "nl": Labels(
        page_of="Pagina {page} van {pages}",
        copy_of="Exemplaar {copy} van {copies}",
        copy_value="{copy} van {copies}",
        concept="CONCEPT",
        adopted="VASTGESTELD",
        adopted_on="Vastgesteld op {date}",
        version="versie {version}",
        version_label="Versie",
        date="Datum",
        status="Status",
        copy="Exemplaar",
        marking="Rubricering",
        fingerprint="Vingerafdruk (SHA-256)",
        fingerprint_short="SHA-256",
        fingerprint_note=(
            "Dit document is vastgesteld op {date} (versie {version}). De vingerafdruk hieronder "
            "hoort bij de vastgestelde inhoud; een afwijkende vingerafdruk betekent dat de inhoud "
            "na vaststelling is gewijzigd."
        ),
        concept_note="Concept: de inhoud kan nog wijzigen tot de vaststelling.",
    ),
    "en": Labels(
        page_of="Page {page} of {pages}",
        copy_of="Copy {copy} of {copies}",
        copy_value="{copy} of {copies}",
        concept="DRAFT",
        adopted="ADOPTED",
        adopted_on="Adopted on {date}",
        version="version {version}",
        version_label="Version",
        date="Date",
        status="Status",
        copy="Copy",
        marking="Classification",
        fingerprint="Fingerprint (SHA-256)",
        fingerprint_short="SHA-256",
        fingerprint_note=(
            "This document was adopted on {date} (version {version}). The fingerprint below "
            "belongs to the adopted content; a different fingerprint means the content was "
            "changed after adoption."
        ),
        concept_note="Draft: the content may still change until it is adopted.",
    ),
}


def labels(lang: str) -> Labels:
    try:
        return LABELS[lang]
    except KeyError:
        raise ValueError(f"unsupported language {lang!r}; use one of {tuple(LABELS)}") from None
