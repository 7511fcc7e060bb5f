"""The live meeting screens (issue 4): chair view, secretary view and the projector window.

API for the other screens::

    from ui.live import open_live
    window = open_live(ctx, parent, meeting_id)   # opens or raises the live window of a meeting

``open_live`` returns a :class:`ui.live.window.LiveWindow` (a top-level ``QMainWindow`` with its own
menus and F1 sheet). It flushes and closes itself on a lock and reopens after the next unlock while
the meeting is in session. ``ui.live.view.LiveView`` is the same content as a plain widget (with
``flush()``, ``menu_actions()`` and ``test_states()``) for hosting it elsewhere.

The presentation window (``ui.live.presentation``) only ever receives ``ui.live.public.PublicSlide``
and ``PublicTimer``: title, one-line anonymised summary and timer, never minutes or decisions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import AppContext
    from ui.live.window import LiveWindow


def open_live(ctx: AppContext, parent: QWidget | None, meeting_id: int) -> LiveWindow:
    """Open (or raise) the live meeting window for ``meeting_id``."""
    from ui.live.window import open_live as _open

    return _open(ctx, parent, meeting_id)


__all__ = ["open_live"]
