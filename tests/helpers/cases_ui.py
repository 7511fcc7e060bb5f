"""The register (Casussen) over a real store and worker, as the cases UI tests open it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.helpers.common import PASSPHRASE
from tests.helpers.qt import FakeClock, make_context
from ui.cases.area import CasesArea
from ui.context import AppContext


@contextmanager
def unlocked_context(qtbot, store_dir: Path, settings_dir: Path) -> Iterator[AppContext]:
    """The application's context with the store at ``store_dir`` unlocked; its worker is shut
    down afterwards."""
    ctx = make_context(store_dir, settings_dir, FakeClock())
    errors: list[BaseException] = []
    try:
        ctx.session.unlock(PASSPHRASE, errors.append)
        qtbot.waitUntil(lambda: bool(ctx.session.is_unlocked or errors), timeout=20_000)
        assert not errors
        yield ctx
    finally:
        ctx.worker.shutdown()


@contextmanager
def open_cases_area(qtbot, store_dir: Path, settings_dir: Path) -> Iterator[CasesArea]:
    """Unlock the store at ``store_dir``, show the register at laptop size with its first case in the
    editor; afterwards flush the editor, wait for the worker and shut it down."""
    with unlocked_context(qtbot, store_dir, settings_dir) as ctx:
        widget = CasesArea(ctx, None)
        qtbot.addWidget(widget)
        widget.resize(1166, 700)
        widget.show()
        qtbot.waitUntil(lambda: widget.editor.case is not None, timeout=20_000)
        yield widget
        widget.flush()
        ctx.worker.wait_idle()
        widget.close()
