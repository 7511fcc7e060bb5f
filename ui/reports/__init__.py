"""Printed records in the application: preview, print, save as; and the "Documents" dialog.

Public API (for the meetings, cases and decisions screens)::

    from reports.documents import DocumentRequest
    from ui.reports import show_document, show_documents_dialog, documents_action

    show_document(ctx, parent, DocumentRequest("besluitenlijst", meeting_id=meeting.id))
    show_document(ctx, parent, DocumentRequest("agenda", meeting_id=m.id, chair_version=True))
    show_document(ctx, parent, DocumentRequest("uittreksel", case_id=case.id))
    show_document(ctx, parent, DocumentRequest("register", year=2026))
    show_documents_dialog(ctx, parent, meeting_id=m.id)   # pick any document
    area_menu_actions.append(documents_action(ctx, parent))

``show_document`` opens a non-modal preview at once and makes the PDF on the worker (progress
shown for long documents); the preview offers Print (QPrintDialog; the copies chosen there are
numbered "Exemplaar n van N" in the PDF) and Save as (atomic write). Both are recorded in the
audit log (``report.print`` / ``report.export``). A lock closes the preview and drops the PDF.
Documents follow the UI language (``storage.i18n.language()``) unless the request sets ``lang``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reports.documents import DocumentRequest
    from ui.context import AppContext
    from ui.reports.documents_dialog import DocumentsDialog
    from ui.reports.preview import DocumentPreview

__all__ = ["documents_action", "show_document", "show_documents_dialog"]


def show_document(ctx: AppContext, parent: QWidget, request: DocumentRequest) -> DocumentPreview:
    """Open the preview of `request` (non-modal) and start making the PDF; returns the dialog."""
    # The preview and the documents dialog bring reportlab with them: imported when a document is
    # first asked for, not with the screens that offer one (issue 17).
    from ui.reports.preview import show_document as show

    return show(ctx, parent, request)


def show_documents_dialog(
    ctx: AppContext,
    parent: QWidget,
    *,
    kind: str | None = None,
    meeting_id: int | None = None,
    case_id: int | None = None,
    year: int | None = None,
) -> DocumentsDialog:
    """Open the "Documents" dialog (pick a document for a meeting, a case or a year)."""
    from ui.reports.documents_dialog import DocumentsDialog

    dialog = DocumentsDialog(ctx, parent, kind=kind, meeting_id=meeting_id, case_id=case_id, year=year)
    dialog.open()
    return dialog


def documents_action(ctx: AppContext, parent: QWidget) -> QAction:
    """A "Documents…" action for a menu or an area's ``menu_actions()``."""
    action = QAction(QCoreApplication.translate("Reports", "&Documents…"), parent)
    action.setToolTip(
        QCoreApplication.translate(
            "Reports", "Agenda, minutes, decision list, action list, case excerpt or decision register"
        )
    )
    action.triggered.connect(lambda _checked=False: show_documents_dialog(ctx, parent))
    return action
