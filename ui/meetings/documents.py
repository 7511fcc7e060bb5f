"""The printed records of a meeting, through the documents feature (``ui.reports``).

``ui.reports.show_document(ctx, parent, request)`` previews, prints or saves a document; this module
only says which document of which meeting is wanted.
"""

from __future__ import annotations

from typing import Any

from storage.meetings import Meeting


def document_request(kind: str, meeting: Meeting, *, chair_version: bool = False) -> Any:
    """``reports.documents.DocumentRequest`` for ``kind`` ("agenda", "verslag", "besluitenlijst",
    "actielijst") of ``meeting``."""
    from reports.documents import DocumentRequest

    return DocumentRequest(kind, meeting_id=meeting.id, chair_version=chair_version)


def register_request(year: int | None) -> Any:
    """The decision register (every decision, or those of one year)."""
    from reports.documents import DocumentRequest

    return DocumentRequest("register", year=year)
