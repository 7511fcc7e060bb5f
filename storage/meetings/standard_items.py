"""The standard agenda items every new meeting gets: kind, Dutch title and planned minutes.

The one source of these titles. The UI and the English documents show a translation chosen by
kind while an item still carries its standard title; a title the user changed is shown as typed.
"""

from __future__ import annotations

from typing import NamedTuple

from storage.meetings.model import ItemKind


class StandardItem(NamedTuple):
    kind: str
    title: str  # Dutch, as stored
    minutes: int


# Case items go between "Actielijst" and "Rondvraag".
STANDARD_ITEMS: tuple[StandardItem, ...] = (
    StandardItem(ItemKind.OPENING.value, "Opening en vaststelling agenda", 5),
    StandardItem(
        ItemKind.PREVIOUS_MINUTES.value, "Verslag en besluitenlijst vorige vergadering (vaststellen)", 10
    ),
    StandardItem(ItemKind.ACTIONS.value, "Actielijst", 10),
    StandardItem(ItemKind.ANY_OTHER_BUSINESS.value, "Rondvraag", 5),
    StandardItem(ItemKind.CLOSING.value, "Sluiting en volgende vergadering", 5),
)

# kind → the Dutch title the store gives that standard item
STANDARD_TITLES: dict[str, str] = {item.kind: item.title for item in STANDARD_ITEMS}


def has_standard_title(kind: str, title: str) -> bool:
    """True while a standard item still carries the title the store gave it."""
    return STANDARD_TITLES.get(kind) == title


__all__ = ["STANDARD_ITEMS", "STANDARD_TITLES", "StandardItem", "has_standard_title"]
