"""A two-pass canvas: pages are held back until the end so "Pagina x van y" can be printed.

Several copies of one record share a PDF; each copy is numbered on its own ("Pagina 1 van 3,
Exemplaar 2 van 3"). A zero-size `CopyStart` flowable at the top of each copy tells the canvas
which copy the page belongs to.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from reports.pdfa import make_pdfa


@dataclass(frozen=True)
class PageNumbers:
    page: int  # within this copy
    pages: int  # in this copy
    copy: int
    copies: int


LateDrawer = Callable[["NumberedCanvas", PageNumbers], None]


class CopyStart(Flowable):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """Invisible marker: the page it lands on is the first page of copy `number`."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.copy_number = self.number


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    def __init__(
        self,
        *args: Any,
        late_drawer: LateDrawer,
        copies: int,
        created: datetime,
        lang: str,
        seed: bytes,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, lang=lang, **kwargs)
        make_pdfa(self._doc, created=created, lang=lang, seed=seed)
        self._held_pages: list[dict[str, Any]] = []
        self._late_drawer = late_drawer
        self._copies = copies
        self.copy_number = 1
        # Where the first page's colophon wants "Exemplaar n van N"; set by the page template.
        self.copy_slot: tuple[float, float] | None = None

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()
        self.copy_slot = None

    def save(self) -> None:
        per_copy = Counter(state["copy_number"] for state in self._held_pages)
        seen: Counter[int] = Counter()
        for state in self._held_pages:
            self.__dict__.update(state)
            seen[self.copy_number] += 1
            numbers = PageNumbers(
                page=seen[self.copy_number],
                pages=per_copy[self.copy_number],
                copy=self.copy_number,
                copies=self._copies,
            )
            self.saveState()
            self._late_drawer(self, numbers)
            self.restoreState()
            # The file identifier should differ whenever the content does.
            self._doc.updateSignature("".join(self._code))
            Canvas.showPage(self)
        Canvas.save(self)
