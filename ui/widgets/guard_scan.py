"""Running the anonymity guard off the GUI thread, debounced, latest text only.

Scans run on a small thread pool of their own (never on the store worker's queue, so typing never
waits behind a save, and a save never waits behind a scan). The guard's word lists are loaded on
that thread too: by ``warm_up_in_background`` (call it once the screen that needs the guard is up;
the case register does) or else by the first scan, so loading them never delays a window.

Python runs one thread at a time; by default a busy background thread keeps the interpreter lock
for up to 5 ms before the GUI thread gets it back, and a GUI turn that needs it several times then
waits tens of milliseconds. Importing this module lowers that interval to 1 ms for the process
(``GUI_SWITCH_INTERVAL``): measured in bench/bench_cases.py, the register's longest GUI stall went
from about 55 to about 25 ms with the store worker and the scan thread busy. The setting belongs
with the application's start-up (``ui.app``); it is here because this module starts the thread.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from storage.guard import UNCHECKED, Finding, scan, warm_up
from ui.runtime import freeze_long_lived_objects, tune_interpreter_for_gui

log = logging.getLogger(__name__)

tune_interpreter_for_gui()  # scans run on pool threads next to the GUI thread

DEBOUNCE_MS = 200


class _Relay(QObject):
    """Lives on the GUI thread for the whole run; carries results back from the pool threads. It
    holds no text: only request numbers and findings (kinds and offsets)."""

    done = Signal(int, object)


_relay: _Relay | None = None
_pool: QThreadPool | None = None
_warmed = False
_ids = itertools.count(1)


def _shared() -> tuple[_Relay, QThreadPool]:
    global _relay, _pool
    if _relay is None or _pool is None:
        _relay = _Relay()
        _pool = QThreadPool()
        _pool.setObjectName("guard-scan")
        _pool.setMaxThreadCount(1)  # scans are short; one thread keeps the other core free
        _pool.setExpiryTimeout(-1)
    return _relay, _pool


class _ScanJob(QRunnable):
    def __init__(self, request: int, text: str, relay: _Relay) -> None:
        super().__init__()
        self.request = request
        self.text = text
        self.relay = relay

    def run(self) -> None:
        try:
            findings = scan(self.text)
        except Exception as exc:  # the guard never raises, but a scan must never kill the pool thread
            log.error("guard scan failed (%s); the text is marked not checked", type(exc).__name__)
            findings = [Finding(UNCHECKED, 0, len(self.text), "detector_error")]  # fail closed
        self.text = ""
        self.relay.done.emit(self.request, findings)


class _WarmUp(QRunnable):
    def run(self) -> None:
        try:
            warm_up()
        except Exception:
            log.exception("guard warm-up failed")
            return
        # The word lists (some 280,000 strings) live as long as the process: keep them, and all else
        # alive by now, out of full garbage collections, which would otherwise stall the GUI thread
        # for tens of milliseconds in the middle of typing.
        freeze_long_lived_objects()


def warm_up_in_background() -> None:
    """Load the guard's word lists on the scan thread (once per run)."""
    global _warmed
    if _warmed:
        return
    _warmed = True
    _relay, pool = _shared()
    pool.start(_WarmUp())


def wait_for_scans(timeout_ms: int = 5000) -> bool:
    """For shutdown and tests."""
    if _pool is None:
        return True
    return _pool.waitForDone(timeout_ms)


class GuardScanner(QObject):
    """Scans the latest text given to ``request`` after a short pause, one scan at a time.
    ``findings_ready(text, findings)`` carries the text that was scanned, so a receiver can tell
    whether the findings still fit what is on screen."""

    findings_ready = Signal(str, object)

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._relay, self._pool = _shared()
        self._relay.done.connect(self._done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start)
        self._wanted: str | None = None
        self._in_flight: tuple[int, str] | None = None
        self._last: tuple[str, list[Finding]] | None = None

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self._in_flight is not None or self._wanted is not None

    def request(self, text: str, *, immediately: bool = False) -> None:
        if self._last is not None and self._last[0] == text and self._in_flight is None:
            self._wanted = None
            self._timer.stop()
            self.findings_ready.emit(text, list(self._last[1]))
            return
        self._wanted = text
        if immediately:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def _start(self) -> None:
        if self._in_flight is not None or self._wanted is None:
            return
        text, self._wanted = self._wanted, None
        if not text.strip():
            self._last = (text, [])
            self.findings_ready.emit(text, [])
            return
        request = next(_ids)
        self._in_flight = (request, text)
        self._pool.start(_ScanJob(request, text, self._relay))

    @Slot(int, object)
    def _done(self, request: int, findings: list[Finding]) -> None:
        if self._in_flight is None or self._in_flight[0] != request:
            return
        text = self._in_flight[1]
        self._in_flight = None
        self._last = (text, findings)
        if self._wanted is None or self._wanted == text:
            self._wanted = None
            self.findings_ready.emit(text, list(findings))
        else:
            self._start()

    def stop(self) -> None:
        self._timer.stop()
        self._wanted = None
        self._last = None
