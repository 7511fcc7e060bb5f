"""Autosave of the minutes: the text of every agenda item, saved on the worker shortly after typing
stops, on item switch and before a lock; undo per item.

What the secretary typed is the truth: it stays in the draft (and in the editor) until a save job
for exactly that text has succeeded, and a failed save is retried. Each item has its own
``QUndoStack``; typing in one stretch is one undo step. The GUI thread only starts jobs and compares
strings; the anonymity review and the write happen on the worker (``save_minutes_text``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from storage.anonymity import Keep
from storage.errors import SealedRecord, StoreClosed, WrongMeetingStatus
from ui.context import AppContext
from ui.live.autosave_policy import save_delay_ms
from ui.live.data import SaveResult, Withheld, save_minutes_text
from ui.widgets.error_text import user_message
from ui.widgets.typing_undo import TypingEdit

RETRY_MS = 3000
MERGE_SECONDS = 2.0  # typing within this pause is one undo step


@dataclass
class Draft:
    item_id: int
    text: str  # what the secretary typed: the truth
    handled: str  # the text whose save succeeded (or that was loaded)
    timer: QTimer
    stack: QUndoStack
    inflight: list[str] = field(default_factory=list)  # texts of queued save jobs, oldest first
    force: bool = False
    withheld: tuple[Withheld, ...] = ()  # spans of ``handled`` left out of the stored copy
    kept: frozenset[str] = frozenset()  # normalised flagged spans kept with a reason
    saved_at: datetime | None = None
    error: str = ""
    unsaved_since: float | None = None  # monotonic moment of the first change not yet sent

    @property
    def dirty(self) -> bool:
        return self.force or self.text != self.handled

    @property
    def busy(self) -> bool:
        return bool(self.inflight)

    def needs_job(self) -> bool:
        """True when the text differs from what the newest queued or finished save holds."""
        latest = self.inflight[-1] if self.inflight else self.handled
        return self.force or self.text != latest


class MinutesKeeper(QObject):
    """Holds the minutes drafts of one live view and saves them."""

    changed = Signal(int)  # item id whose save state changed
    applied = Signal(int, str)  # undo/redo put this text back into an item

    def __init__(self, ctx: AppContext, placeholder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.placeholder = placeholder
        self.drafts: dict[int, Draft] = {}
        self.read_only = False
        self.break_merge = False
        self.on_saved: Callable[[SaveResult], None] | None = None

    def ensure(self, item_id: int, text: str) -> Draft:
        draft = self.drafts.get(item_id)
        if draft is not None:
            return draft
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self.save(item_id))
        draft = Draft(item_id, text, text, timer, QUndoStack(self))
        self.drafts[item_id] = draft
        return draft

    def edited(self, item_id: int, text: str, *, record_undo: bool = True) -> None:
        """The secretary typed: remember the text, record the undo step, save after a pause."""
        draft = self.drafts.get(item_id)
        if draft is None or text == draft.text:
            return
        old, draft.text = draft.text, text
        now = self.ctx.monotonic()
        if record_undo:
            draft.stack.push(
                TypingEdit(
                    QCoreApplication.translate("MinutesKeeper", "typing"),
                    item_id,
                    old,
                    text,
                    now,
                    partial(self.apply, item_id),
                    merge_seconds=MERGE_SECONDS,
                    may_merge=lambda: not self.break_merge,
                )
            )
            self.break_merge = False
        self._schedule(draft, now)
        self.changed.emit(item_id)

    def _schedule(self, draft: Draft, now: float) -> None:
        """Save after a pause in typing (DEBOUNCE_MS), and at the latest MAX_DELAY_MS after the first
        change (ui.live.autosave_policy)."""
        if draft.unsaved_since is None:
            draft.unsaved_since = now
        draft.timer.start(save_delay_ms(draft.unsaved_since, now))

    def apply(self, item_id: int, text: str) -> None:
        """Undo/redo: put ``text`` back and save it."""
        draft = self.drafts.get(item_id)
        if draft is None:
            return
        draft.text = text
        self.applied.emit(item_id, text)
        self._schedule(draft, self.ctx.monotonic())
        self.changed.emit(item_id)

    # -- saving ---------------------------------------------------------------------------------
    def save(
        self,
        item_id: int,
        keep: tuple[Keep, ...] = (),
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        draft = self.drafts.get(item_id)
        if draft is None or self.read_only:
            return
        draft.timer.stop()
        draft.unsaved_since = None
        if not keep and not draft.needs_job():
            return
        text = draft.text
        placeholder = self.placeholder
        draft.inflight.append(text)  # jobs run in order: a later save never overtakes this one
        draft.force = False
        self.ctx.worker.with_store(
            lambda store: save_minutes_text(store, item_id, text, placeholder, keep),
            self._saved,
            lambda exc: self._failed(item_id, exc, on_failure),
            owner=self,
            label="minutes.save",
        )
        self.changed.emit(item_id)

    def _saved(self, result: SaveResult) -> None:
        draft = self.drafts.get(result.item_id)
        if draft is None:
            return
        if draft.inflight:
            draft.inflight.pop(0)
        draft.handled = result.sent
        draft.withheld = result.withheld
        draft.kept = draft.kept | result.kept
        draft.saved_at = result.saved_at
        draft.error = ""
        if self.on_saved is not None:
            self.on_saved(result)
        self.changed.emit(result.item_id)

    def _failed(
        self, item_id: int, exc: BaseException, on_failure: Callable[[BaseException], None] | None = None
    ) -> None:
        draft = self.drafts.get(item_id)
        if on_failure is not None:
            on_failure(exc)
        if draft is None:
            return
        if draft.inflight:
            draft.inflight.pop(0)
        draft.error = user_message(exc)
        if not isinstance(exc, StoreClosed | SealedRecord | WrongMeetingStatus):
            draft.timer.start(RETRY_MS)  # try again; the text stays in the draft meanwhile
        self.changed.emit(item_id)

    def flush(self) -> None:
        """Queue a save of every changed draft now (before a lock, a switch or closing)."""
        for item_id in list(self.drafts):
            self.save(item_id)

    def keep(
        self,
        item_id: int,
        keeps: Sequence[Keep],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Store flagged spans of the current text deliberately: one ``Keep`` (span and reason)
        per finding."""
        draft = self.drafts.get(item_id)
        if draft is None or not keeps:
            return
        self.save(item_id, tuple(keeps), on_failure)

    # -- reading --------------------------------------------------------------------------------
    def pending(self) -> bool:
        return any(d.dirty or d.busy for d in self.drafts.values())

    def draft(self, item_id: int | None) -> Draft | None:
        return None if item_id is None else self.drafts.get(item_id)
