"""Undo steps for typed text: consecutive typing in one field within a short pause is one step."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtGui import QUndoCommand


class TypingEdit(QUndoCommand):
    """One change of one field's value. The widget already shows ``new`` when the step is pushed,
    so the first ``redo()`` (which QUndoStack.push calls) changes nothing."""

    def __init__(
        self,
        title: str,
        field: Hashable,
        old: object,
        new: object,
        at: float,
        apply: Callable[[object], None],
        *,
        merge_seconds: float,
        may_merge: Callable[[], bool],
        typing: bool = True,
    ) -> None:
        super().__init__(title)
        self.field = field
        self.old = old
        self.new = new
        self.at = at
        self.typing = typing
        self._apply = apply
        self._merge_seconds = merge_seconds
        self._may_merge = may_merge
        self._applied = True

    def id(self) -> int:
        return 1 if self.typing else -1  # -1: never merged (a choice, not typing)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TypingEdit) or other.field != self.field or not other.typing:
            return False
        if other.at - self.at > self._merge_seconds or not self._may_merge():
            return False
        self.new = other.new
        self.at = other.at
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
