"""The printed records of a meeting, a case and a period, as PDF/A-2b.

    build_document(store, DocumentRequest(kind="besluitenlijst", meeting_number="OT 2026-03"))
        -> RenderedDocument(pdf=b"%PDF…", title="Besluitenlijst", version="0.4", …)

One module per document (``agenda``, ``verslag``, ``besluitenlijst``, ``actielijst``,
``uittreksel``, ``besluitenregister``, ``jaaroverzicht``); each has a pure
``render(read model, …) -> bytes`` and a ``build(store, request, …)`` that reads the read models of ``storage.meetings``. Exports and
prints are recorded with ``record_output`` (``report.export`` / ``report.print``): kind, meeting or
case, version, copies; never content.
"""

from __future__ import annotations

from collections.abc import Callable

from reports.documents import (
    actielijst,
    agenda,
    besluitenlijst,
    besluitenregister,
    jaaroverzicht,
    uittreksel,
    verslag,
)
from reports.documents._common import Built, Words, resolve_words
from reports.documents.request import (
    MAX_COPIES,
    MEETING_KINDS,
    DocumentKind,
    DocumentRequest,
    RenderedDocument,
)
from storage.i18n import language
from storage.store import Store

__all__ = [
    "MAX_COPIES",
    "MEETING_KINDS",
    "DocumentKind",
    "DocumentRequest",
    "RenderedDocument",
    "build_document",
    "record_output",
]


Builder = Callable[[Store, DocumentRequest, Words, Callable[[int], None] | None], Built]


# The builder of each kind.
BUILDERS: dict[DocumentKind, Builder] = {
    DocumentKind.AGENDA: agenda.build,
    DocumentKind.VERSLAG: verslag.build,
    DocumentKind.BESLUITENLIJST: besluitenlijst.build,
    DocumentKind.ACTIELIJST: actielijst.build,
    DocumentKind.UITTREKSEL: uittreksel.build,
    DocumentKind.REGISTER: besluitenregister.build,
    DocumentKind.JAAROVERZICHT: jaaroverzicht.build,
}


def build_document(
    store: Store, request: DocumentRequest, progress: Callable[[int], None] | None = None
) -> RenderedDocument:
    """Read what the document needs from the store and render it. ``progress(pages_done)`` is
    called after each page is laid out (all copies counted). Run on the store's thread."""
    lang = request.lang or language()
    words = resolve_words(store, lang)
    pages = 0

    def count(page: int) -> None:
        nonlocal pages
        pages += 1
        if progress is not None:
            progress(pages)

    built = BUILDERS[request.document_kind](store, request, words, count)
    return RenderedDocument(
        pdf=built.pdf,
        request=request,
        kind=request.kind,
        title=built.info.title,
        version=built.info.version,
        status=built.info.status,
        pages=max(1, pages // request.copies),
        copies=request.copies,
        lang=lang,
        object_type=built.object_type,
        object_id=built.object_id,
    )


def record_output(store: Store, document: RenderedDocument, action: str, copies: int | None = None) -> None:
    """Append ``report.export`` or ``report.print`` to the audit log (kind, version, copies…)."""
    if action not in ("report.export", "report.print"):
        raise ValueError(f"not a report action: {action!r}")
    with store.db.atomic():
        store.audit.append(
            action, document.object_type, document.object_id, detail=document.audit_detail(copies)
        )
