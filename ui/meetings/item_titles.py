"""Agenda item titles as the screens show them (agenda builder, meeting detail, live view).

The store owns each standard item's kind and Dutch title (``storage.meetings.standard_items``);
this is the one map of their translatable labels, chosen by kind while the item still carries its
standard title. A title the user changed is shown as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage.meetings import AgendaItem, ItemKind
from storage.meetings.standard_items import has_standard_title

CONTEXT = "ItemTitles"

STANDARD_LABELS = {
    ItemKind.OPENING.value: QT_TRANSLATE_NOOP("ItemTitles", "Opening and adoption of the agenda"),
    ItemKind.PREVIOUS_MINUTES.value: QT_TRANSLATE_NOOP(
        "ItemTitles", "Minutes and decision list of the previous meeting (adoption)"
    ),
    ItemKind.ACTIONS.value: QT_TRANSLATE_NOOP("ItemTitles", "Action list"),
    ItemKind.ANY_OTHER_BUSINESS.value: QT_TRANSLATE_NOOP("ItemTitles", "Any other business"),
    ItemKind.CLOSING.value: QT_TRANSLATE_NOOP("ItemTitles", "Closing and next meeting"),
}


def display_title(item: AgendaItem) -> str:
    """The item's title in the user's language: a standard item's label, any other as stored."""
    label = STANDARD_LABELS.get(item.kind)
    if label is not None and has_standard_title(item.kind, item.title):
        return QCoreApplication.translate(CONTEXT, str(label))
    return item.title


def item_title(item: AgendaItem) -> str:
    """As ``display_title``; a case item shows its reference and one-line summary."""
    if item.kind == ItemKind.CASE.value:
        summary = f" — {item.case_summary}" if item.case_summary else ""
        return f"{item.case_reference}{summary}"
    return display_title(item)


__all__ = ["STANDARD_LABELS", "display_title", "item_title"]
