"""One background thread owns the store; the GUI thread never waits on disk or crypto.

Modelled on Anki's CollectionOp: the GUI submits a function that receives the worker's state, the
function runs on the worker thread, and its result or exception comes back to the GUI thread by
signal, where the success or failure callback runs. Jobs run strictly in submission order, so a
"save" submitted before a "lock" is always written before the store closes.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from storage.errors import StoreClosed, error_category

if TYPE_CHECKING:
    from storage.store import Store

log = logging.getLogger(__name__)


class WorkerState:
    """Lives on the worker thread. Only jobs touch it."""

    def __init__(self) -> None:
        self.store: Store | None = None

    def require_store(self) -> Store:
        if self.store is None or not self.store.is_open:
            raise StoreClosed()
        return self.store

    def close_store(self) -> None:
        store, self.store = self.store, None
        if store is not None:
            store.close()


@dataclass
class Job:
    job_id: int
    fn: Callable[[WorkerState], Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    owner: QObject | None
    label: str
    needs_store: bool
    reset: Callable[[], None] | None = None
    result: Any = None
    error: BaseException | None = None
    # The error came from the GUI-thread callback, not from the job: the result was lost there.
    in_callback: bool = False

    @property
    def name(self) -> str:
        return self.label or f"job {self.job_id}"


class _Runner(QObject):
    finished = Signal(object)

    def __init__(self, state: WorkerState) -> None:
        super().__init__()
        self.state = state

    @Slot(object)
    def run(self, job: Job) -> None:
        try:
            if job.needs_store:
                self.state.require_store()
            job.result = job.fn(self.state)
        except BaseException as exc:
            # The exception keeps its traceback for the bug report; its text is never logged.
            job.error = exc
        self.finished.emit(job)


class StoreWorker(QObject):
    """Runs jobs on the store thread. A job that fails without its own ``on_failure`` handler (or
    whose success callback raises) is emitted as ``job_failed``, which the application connects to
    the one central error presenter (ui.error_presenter); its optional ``reset`` runs first, so the
    screen that asked is usable again (busy state cleared, a retry possible)."""

    busy_changed = Signal(bool)
    job_failed = Signal(object)  # Job; unhandled failures, for the central error presenter
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = WorkerState()
        self._thread = QThread()
        self._thread.setObjectName("store-worker")
        self._runner = _Runner(self.state)
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self._deliver)
        self._ids = itertools.count(1)
        self._pending = 0
        self._thread.start()

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        fn: Callable[[WorkerState], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        label: str = "",
        needs_store: bool = True,
        reset: Callable[[], None] | None = None,
    ) -> int:
        job = Job(next(self._ids), fn, on_success, on_failure, owner, label, needs_store, reset)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job)
        return job.job_id

    def with_store(
        self,
        fn: Callable[[Store], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        label: str = "",
        reset: Callable[[], None] | None = None,
    ) -> int:
        return self.run(
            lambda state: fn(state.require_store()),
            on_success,
            on_failure,
            owner=owner,
            label=label,
            reset=reset,
        )

    @Slot(object)
    def _deliver(self, job: Job) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return  # the widget that asked is gone (e.g. after a lock); drop the result
        if job.error is None:
            if job.on_success is not None:
                try:
                    job.on_success(job.result)
                except Exception as exc:  # a bug in the screen's callback must reach the user too
                    job.error, job.in_callback = exc, True
                    self._unhandled(job)
            return
        if job.on_failure is not None:
            job.on_failure(job.error)
        else:
            self._unhandled(job)

    def _unhandled(self, job: Job) -> None:
        error = job.error
        assert error is not None
        if job.reset is not None:
            job.reset()
        # Type and place only: an exception's text may quote case content or a passphrase.
        if isinstance(error, StoreClosed):
            log.info("%s: store closed", job.name)
        elif error_category(error) == "bug":
            log.error("%s failed: %s at %s", job.name, type(error).__name__, _place(error))
        else:
            log.warning("%s failed: %s", job.name, type(error).__name__)
        self.job_failed.emit(job)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """For shutdown and tests: process events until every submitted job has been delivered."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(1)
        return self._pending == 0

    def shutdown(self) -> None:
        """Close the store on its own thread, then stop the thread."""
        if not self._thread.isRunning():
            return
        self.run(lambda state: state.close_store(), needs_store=False, label="shutdown")
        self.wait_idle()
        self._thread.quit()
        self._thread.wait()


def _place(exc: BaseException) -> str:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return "?"
    code = tb.tb_frame.f_code
    return f"{code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno} in {code.co_name}"
