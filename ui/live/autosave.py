"""Autosave of the minutes: one document per agenda item, saved on the worker shortly after typing
stops, on item switch and before a lock.

The editor's document is the truth: text stays in it until a save job for exactly that text has
succeeded, and a failed save is retried on the next change or flush. Each item has its own
``QTextDocument`` with its own undo history, so switching items keeps undo per item. The GUI
thread only starts jobs and compares strings; scanning and writing happen on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from storage.errors import SealedRecord, StoreClosed, WrongMeetingStatus
from ui.context import AppContext
from ui.live.data import SaveResult, Withheld, normalise, save_minutes_text
from ui.widgets.error_text import user_message

DEBOUNCE_MS = 500  # a pause in typing this long saves; the write itself takes a few ms
RETRY_MS = 3000


@dataclass
class Draft:
    item_id: int
    doc: QTextDocument
    timer: QTimer
    handled: str  # the text whose save succeeded (or that was loaded)
    inflight: list[str] = field(default_factory=list)  # texts of queued save jobs, oldest first
    force: bool = False
    withheld: tuple[Withheld, ...] = ()
    kept: dict[str, str] = field(default_factory=dict)
    saved_at: datetime | None = None
    error: str = ""

    def text(self) -> str:
        return self.doc.toPlainText()

    @property
    def dirty(self) -> bool:
        return self.force or self.text() != self.handled

    @property
    def busy(self) -> bool:
        return bool(self.inflight)

    def needs_job(self) -> bool:
        """True when the text differs from what the newest queued or finished save holds."""
        latest = self.inflight[-1] if self.inflight else self.handled
        return self.force or self.text() != latest


class MinutesKeeper(QObject):
    """Holds the minutes documents of one live view and saves them."""

    changed = Signal(int)  # item id whose save state changed
    saved = Signal(object)  # SaveResult

    def __init__(self, ctx: AppContext, placeholder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.placeholder = placeholder
        self.drafts: dict[int, Draft] = {}
        self.read_only = False

    def ensure(self, item_id: int, text: str) -> Draft:
        draft = self.drafts.get(item_id)
        if draft is not None:
            return draft
        doc = QTextDocument(self)
        doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
        doc.setPlainText(text)
        doc.clearUndoRedoStacks()
        doc.setModified(False)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(DEBOUNCE_MS)
        draft = Draft(item_id, doc, timer, text)
        timer.timeout.connect(lambda: self.save(item_id))
        doc.contentsChanged.connect(lambda: self._typed(item_id))
        self.drafts[item_id] = draft
        return draft

    def _typed(self, item_id: int) -> None:
        draft = self.drafts[item_id]
        draft.timer.start(DEBOUNCE_MS)
        if not draft.error:
            self.changed.emit(item_id)

    # -- saving ---------------------------------------------------------------------------------
    def save(self, item_id: int) -> None:
        draft = self.drafts.get(item_id)
        if draft is None or self.read_only:
            return
        draft.timer.stop()
        if not draft.needs_job():
            return
        text = draft.text()
        kept = dict(draft.kept)
        placeholder = self.placeholder
        draft.inflight.append(text)  # jobs run in order: a later save never overtakes this one
        draft.force = False
        self.ctx.worker.with_store(
            lambda store: save_minutes_text(store, item_id, text, kept, placeholder),
            self._saved,
            lambda exc: self._failed(item_id, exc),
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
        draft.saved_at = result.saved_at
        draft.error = ""
        self.saved.emit(result)
        self.changed.emit(result.item_id)

    def _failed(self, item_id: int, exc: BaseException) -> None:
        draft = self.drafts.get(item_id)
        if draft is None:
            return
        if draft.inflight:
            draft.inflight.pop(0)
        draft.error = user_message(exc)
        if not isinstance(exc, StoreClosed | SealedRecord | WrongMeetingStatus):
            draft.timer.start(RETRY_MS)  # try again; the text stays in the editor meanwhile
        self.changed.emit(item_id)

    def flush(self) -> None:
        """Queue a save of every changed document now (before a lock, a switch or closing)."""
        for item_id in list(self.drafts):
            self.save(item_id)

    def keep(self, item_id: int, reason: str) -> int:
        """Store the currently withheld spans of this item deliberately, for ``reason``."""
        draft = self.drafts.get(item_id)
        if draft is None or not draft.withheld:
            return 0
        text = draft.handled
        for w in draft.withheld:
            draft.kept[normalise(text[w.start : w.end])] = reason
        count = len(draft.withheld)
        draft.force = True
        self.save(item_id)
        return count

    # -- reading --------------------------------------------------------------------------------
    def pending(self) -> bool:
        return any(d.dirty or d.busy for d in self.drafts.values())

    def draft(self, item_id: int | None) -> Draft | None:
        return None if item_id is None else self.drafts.get(item_id)
