"""Autosave for forms of guarded text fields: no Save button, changes durable within a second.

The form reports which field changed (``changed``); after a short pause, and at the latest
``max_delay_ms`` after the first unsaved change, the changed fields go to the store worker in one
job, ``save(store, values, keep)``. The typed text stays in the widgets: a field counts as saved
only when the worker confirmed that exact value. When the anonymity policy refuses a field
(``PersonalDataFound``), the field is *blocked*: the other fields are saved at once, and the
blocked one waits until its text changes or the user keeps the findings with a reason (``keep``).

``flush()`` queues everything pending now (called before a lock); ``when_saved`` runs a callback
once everything is stored (e.g. before the form switches to another record).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from storage.anonymity import FieldFinding, Keep, PersonalDataFound
from storage.errors import StoreError
from storage.store import Store
from ui.context import AppContext

SaveFunction = Callable[[Store, dict[str, object], list[Keep]], Any]


class FieldAutosaver(QObject):
    state_changed = Signal(str)  # "saved", "pending", "saving", "blocked", "error"
    saved = Signal(object)  # what ``save`` returned
    blocked_changed = Signal()
    failed = Signal(object)  # the exception of a save that did not go through

    def __init__(
        self,
        ctx: AppContext,
        owner: QObject,
        save: SaveFunction,
        value_of: Callable[[str], object],
        *,
        is_valid: Callable[[str], bool] | None = None,
        debounce_ms: int = 400,
        max_delay_ms: int = 900,
        label: str = "autosave",
    ) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self._save = save
        self._value_of = value_of
        self._is_valid = is_valid or (lambda _field: True)
        self._label = label
        self._dirty: set[str] = set()
        self._blocked: dict[str, tuple[object, tuple[FieldFinding, ...]]] = {}
        self._failed: dict[str, object] = {}
        self._in_flight = 0
        self._waiters: list[tuple[Callable[[], None], Callable[[], None]]] = []
        self.last_error: BaseException | None = None
        self._state = "saved"
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._submit)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_delay_ms)
        self._deadline.timeout.connect(self._submit)

    # -- queries --------------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def blocked(self) -> dict[str, tuple[FieldFinding, ...]]:
        return {name: findings for name, (_value, findings) in self._blocked.items()}

    def has_unsaved(self) -> bool:
        return bool(self._dirty or self._blocked or self._failed or self._in_flight)

    def _sendable(self, name: str) -> bool:
        value = self._value_of(name)
        if name in self._blocked and self._blocked[name][0] == value:
            return False
        if name in self._failed and self._failed[name] == value:
            return False
        return self._is_valid(name)

    # -- input ----------------------------------------------------------------------------------------
    def retarget(self, save: SaveFunction, value_of: Callable[[str], object] | None = None) -> None:
        """Save to another record from now on (only when nothing is unsaved)."""
        self._save = save
        if value_of is not None:
            self._value_of = value_of
        self._dirty.clear()
        self._blocked.clear()
        self._failed.clear()
        self.last_error = None
        self.blocked_changed.emit()
        self._set_state()

    def changed(self, name: str) -> None:
        self._dirty.add(name)
        if name in self._failed and self._failed[name] != self._value_of(name):
            del self._failed[name]
        self._debounce.start()
        if not self._deadline.isActive():
            self._deadline.start()
        self._set_state()

    def flush(self) -> None:
        self._submit()

    def keep(self, keeps: Sequence[Keep], on_saved: Callable[[], None] | None = None) -> None:
        """Save the blocked fields again, keeping the findings ``keeps`` covers (with its reason);
        ``on_saved`` runs when the store accepted them."""
        self._submit(list(keeps), force=set(self._blocked), on_saved=on_saved)

    def when_saved(self, done: Callable[[], None], not_saved: Callable[[], None]) -> None:
        """Call ``done`` once every change is stored; ``not_saved`` if something was refused."""
        self._waiters.append((done, not_saved))
        self._submit()
        self._settle()

    # -- the job --------------------------------------------------------------------------------------
    def _submit(
        self,
        keeps: list[Keep] | None = None,
        force: set[str] | None = None,
        on_saved: Callable[[], None] | None = None,
    ) -> None:
        self._debounce.stop()
        self._deadline.stop()
        names = {n for n in self._dirty if self._sendable(n)} | set(force or ())
        if not names:
            self._set_state()
            return
        values: dict[str, object] = {n: self._value_of(n) for n in sorted(names)}
        self._dirty -= names
        self._in_flight += 1
        save, keep_list = self._save, list(keeps or [])
        self.ctx.worker.with_store(
            lambda store: save(store, dict(values), keep_list),
            lambda result: self._done(values, result, on_saved),
            lambda exc: self._refused(values, exc),
            owner=self.owner,
            label=self._label,
        )
        self._set_state()

    def _done(
        self, values: Mapping[str, object], result: Any, on_saved: Callable[[], None] | None = None
    ) -> None:
        self._in_flight -= 1
        if on_saved is not None:
            on_saved()
        self.last_error = None
        for name, value in values.items():
            self._blocked.pop(name, None)
            self._failed.pop(name, None)
            if self._value_of(name) != value:
                self._dirty.add(name)
        self.blocked_changed.emit()
        self.saved.emit(result)
        if self._dirty:
            self._debounce.start()
        self._set_state()
        self._settle()

    def _refused(self, values: Mapping[str, object], exc: BaseException) -> None:
        self._in_flight -= 1
        self.last_error = exc
        if isinstance(exc, PersonalDataFound):
            refused = set(exc.fields)
            for name in refused & set(values):
                findings = tuple(f for f in exc.findings if f.field == name)
                self._blocked[name] = (values[name], findings)
            # The other fields of the job were rolled back with it: send them again at once.
            self._dirty |= set(values) - refused
            self.blocked_changed.emit()
            self._set_state()
            if self._dirty:
                self._submit()
        else:
            for name, value in values.items():
                self._dirty.add(name)
                if isinstance(exc, StoreError) and exc.category == "usage":
                    self._failed[name] = value
            self._set_state()
        self.failed.emit(exc)
        self._settle()

    def _settle(self) -> None:
        if self._in_flight or not self._waiters:
            return
        waiters, self._waiters = self._waiters, []
        ok = not (self._dirty or self._blocked or self._failed)
        for done, not_saved in waiters:
            (done if ok else not_saved)()

    def _set_state(self) -> None:
        if self._in_flight:
            state = "saving"
        elif self._blocked:
            state = "blocked"
        elif self._failed:
            state = "error"
        elif self._dirty:
            state = "pending"
        else:
            state = "saved"
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
