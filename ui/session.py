"""The session: whether the store is unlocked, and the single place that locks it.

Locking (idle, screen lock, suspend, Ctrl+L) first asks every editor to hand its pending text to
the worker, then closes every dialog, then queues the close of the store behind those saves, and
shows the lock screen at once. Nothing typed is lost, and no dialog can hold a lock up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from storage.clock import Clock, system_clock
from ui.worker import StoreWorker, WorkerState

if TYPE_CHECKING:
    from storage.kdf import KdfParams
    from storage.store import Store

Failure = Callable[[BaseException], None]


log = logging.getLogger(__name__)


class LockReason:
    IDLE = "idle"
    MANUAL = "manual"
    SCREEN = "screen"
    SUSPEND = "suspend"
    QUIT = "quit"


@dataclass(frozen=True)
class SessionInfo:
    store_dir: Path
    store_id: str
    device_mode: str
    is_demo: bool
    actor: str
    stale_lock: bool
    notices: list[str] = field(default_factory=list)
    log_alarms: list[str] = field(default_factory=list)  # the lasting "log damaged" state
    full_disk: bool = False  # opened read-only: the disk is full (storage.full_disk)


def _info(store: Store, is_demo: bool) -> SessionInfo:
    return SessionInfo(
        store_dir=store.paths.root,
        store_id=store.store_id,
        device_mode=store.keyfile.device_mode,
        is_demo=is_demo or bool(store.settings.get("is_demo", False)),
        actor=store.actor(),
        stale_lock=store.stale_lock,
        notices=list(store.keyfile.notices),
        log_alarms=[alarm.message() for alarm in store.alarms],
        full_disk=store.full_disk,
    )


class Session(QObject):
    unlocked = Signal(object)  # SessionInfo
    about_to_lock = Signal(str)
    locked = Signal(str)

    def __init__(
        self,
        worker: StoreWorker,
        store_dir: Path,
        *,
        clock: Clock = system_clock,
        kdf_params: KdfParams | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.store_dir = store_dir
        self.clock = clock
        self.kdf_params = kdf_params
        self.info: SessionInfo | None = None
        self.lock_reason: str | None = None
        self._opening = False

    @property
    def is_unlocked(self) -> bool:
        return self.info is not None

    @property
    def busy(self) -> bool:
        return self._opening

    def _open(
        self,
        fn: Callable[[WorkerState], SessionInfo],
        on_failure: Failure,
        on_success: Callable[[SessionInfo], None] | None = None,
    ) -> None:
        if self._opening or self.info is not None:
            return
        self._opening = True

        def done(info: SessionInfo) -> None:
            self._opening = False
            self.info = info
            self.lock_reason = None
            self.store_dir = info.store_dir
            if on_success is not None:
                on_success(info)
            self.unlocked.emit(info)

        def failed(exc: BaseException) -> None:
            self._opening = False
            on_failure(exc)

        def opening(state: WorkerState) -> SessionInfo:
            from storage.cases.risk import RiskService  # with the store, not with the lock screen

            info = fn(state)
            # While the lock screen still says so: the risk counts' profiles of the whole register
            # (pure Python, tenths of a second at 10,000 cases) would otherwise compete with the
            # first screens for the interpreter lock.
            try:
                RiskService(state.require_store()).prepare()
            except Exception as exc:  # advice only: the editor counts again when it needs the figure
                log.warning("risk profiles not prepared: %s", type(exc).__name__)
            return info

        self.worker.run(opening, done, failed, needs_store=False, label="open")

    def unlock(self, passphrase: str, on_failure: Failure) -> None:
        root, clock = self.store_dir, self.clock

        def job(state: WorkerState) -> SessionInfo:
            from storage import access

            state.store = access.open_store(root, passphrase, clock=clock)
            return _info(state.store, False)

        self._open(job, on_failure)

    def create(
        self,
        root: Path,
        passphrase: str,
        use_keyring: bool,
        actor: str,
        on_created: Callable[[str], None],
        on_failure: Failure,
    ) -> None:
        """Create a store; ``on_created`` gets the recovery code before ``unlocked`` fires."""
        clock, params = self.clock, self.kdf_params
        codes: list[str] = []

        def job(state: WorkerState) -> SessionInfo:
            from storage import access

            state.store, code = access.create_store(
                root, passphrase, use_keyring=use_keyring, kdf_params=params, clock=clock, actor=actor or None
            )
            codes.append(code)
            return _info(state.store, False)

        self._open(job, on_failure, lambda _info: on_created(codes[0]))

    def recover(
        self, root: Path, code: str, new_passphrase: str, use_keyring: bool, on_failure: Failure
    ) -> None:
        clock, params = self.clock, self.kdf_params

        def job(state: WorkerState) -> SessionInfo:
            from storage import access

            state.store = access.recover_store(
                root, code, new_passphrase, use_keyring=use_keyring, kdf_params=params, clock=clock
            )
            return _info(state.store, False)

        self._open(job, on_failure)

    def open_demo(self, root: Path, on_failure: Failure, cases: int = 40) -> None:
        clock, params = self.clock, self.kdf_params

        def job(state: WorkerState) -> SessionInfo:
            from storage import demo

            state.store = demo.open_or_create_demo(root, cases=cases, kdf_params=params, clock=clock)
            return _info(state.store, True)

        self._open(job, on_failure)

    def lock(self, reason: str) -> None:
        if self.info is None:
            return
        self.about_to_lock.emit(reason)  # editors queue their last saves now
        close_all_dialogs()
        self.info = None
        self.lock_reason = reason
        self.worker.run(lambda state: state.close_store(), needs_store=False, label="lock")
        self.locked.emit(reason)


def close_all_dialogs() -> None:
    """Reject every open dialog and message box, innermost first, so no modal loop survives."""
    app = QApplication.instance()
    if app is None:
        return
    for _ in range(10):  # nested dialogs may open their parents' loops again; bounded retries
        open_dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog | QMessageBox) and w.isVisible()
        ]
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        if not open_dialogs:
            return
        for dialog in reversed(open_dialogs):
            _dismiss(dialog)


def _dismiss(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()
