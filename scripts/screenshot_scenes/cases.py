"""Screenshots of the case register (demo store): the register with the editor beside it
(``register.png``), and the editor showing findings of the anonymity guard: two fictitious names
typed into the summary, underlined, with the panel that asks a reason for each (``editor-finding.png``).
(A valid BSN would show that it can only be removed.)

``shoot(window, outdir)`` takes both from an unlocked main window; ``SCENES`` plugs them into
``scripts/screenshots.py`` (``make screenshots``). Nothing typed for the picture is stored: the
guard refuses it, and it is undone afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scripts.screenshots import Shooter

FICTITIOUS_NAMES = "Contact via Ahmed Karimi en Jan de Vries."  # made-up names, flagged as names


def _pump(window: Any, predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the case register did not reach its state")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def _settle(window: Any, ms: int = 400) -> None:
    end = time.monotonic() + ms / 1000
    _pump(window, lambda: time.monotonic() >= end, timeout=ms / 1000 + 5)


def open_register(window: Any) -> Any:
    """Show the cases area with a case open in the editor; returns the area."""
    window.show_area("cases")
    area = window.workspace.areas["cases"]
    _pump(
        window,
        lambda: area.model.rowCount() > 0 and area._editor is not None and area.editor.case is not None,
    )
    # An open case with some history and a meaningful status, near the top of the register.
    for row in range(min(area.model.rowCount(), 12)):
        cached = area.model.cached_row(area.model.case_id_at(row))
        if cached is not None and cached.status in ("on_agenda", "under_discussion") and cached.urgent:
            area._select_row(row)
            area.switch_to(cached.id)
            _pump(window, lambda cid=cached.id: area.editor.case is not None and area.editor.case.id == cid)
            break
    _pump(window, lambda: window.ctx.worker.pending == 0)
    area.table.setFocus()
    _settle(window)
    return area


def show_finding(window: Any) -> Any:
    """Type two fictitious names at the end of the summary and wait for the guard's panel."""
    from PySide6.QtGui import QTextCursor

    area = open_register(window)
    editor = area.editor
    summary = editor.fields["summary"]
    summary.setFocus()
    summary.moveCursor(QTextCursor.MoveOperation.End)
    summary.insertPlainText(f" {FICTITIOUS_NAMES}")
    _pump(window, lambda: editor.guard_panel.isVisible() and bool(editor.guard_panel.fields))
    _pump(window, lambda: any(kind == "wave" for _s, _e, kind in summary.underlined_ranges()))
    editor.form_scroll.ensureWidgetVisible(summary)
    summary.moveCursor(QTextCursor.MoveOperation.End)
    editor.guard_panel.reason.setFocus()
    _settle(window)
    return area


def undo_finding(area: Any) -> None:
    area.editor.undo_stack.undo()
    area.editor.flush()


def shoot(window: Any, outdir: Path) -> list[Path]:
    """Both screenshots from an unlocked main window (demo store) into ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    taken = []
    open_register(window)
    path = outdir / "register.png"
    window.grab().save(str(path))
    taken.append(path)
    area = show_finding(window)
    path = outdir / "editor-finding.png"
    window.grab().save(str(path))
    taken.append(path)
    undo_finding(area)
    return taken


def _ensure_unlocked(s: Shooter) -> Any:
    window = s.window
    if window is None or window.workspace is None:
        s.unlock_demo()
        window = s.window
    return window


def register(s: Shooter) -> None:
    open_register(_ensure_unlocked(s))
    s.shoot("register")


def editor_finding(s: Shooter) -> None:
    area = show_finding(_ensure_unlocked(s))
    s.shoot("editor-finding")
    undo_finding(area)


SCENES = [("register", register), ("editor-finding", editor_finding)]
