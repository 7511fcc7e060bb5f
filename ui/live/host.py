"""What the parts of the live meeting (decisions, closing) need of the live view that hosts them:
the meeting as last loaded, store jobs, dialogs and the message line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QDialog

from storage.meetings import ItemMinutes
from storage.store import Store
from ui.live.data import LiveData

T = TypeVar("T")


class LiveHost(Protocol):
    data: LiveData | None

    @property
    def status(self) -> str: ...

    def selected_item(self) -> ItemMinutes | None: ...

    def run(
        self,
        fn: Callable[[Store], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        label: str = "live",
    ) -> None:
        """Run ``fn`` on the worker, then reload the meeting in the same job."""

    def open_dialog(self, dialog: QDialog) -> None: ...

    def show_message(self, text: str) -> None: ...
