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

The modules, from the window down (each imports only those below it)::

    window          LiveWindow: menus, F1 sheet, lock and unlock around a LiveView
    view            LiveView: owns the meeting as loaded, the timer, the minutes keeper and the
                    store jobs; answers the panes' signals
    menus           the menu actions, their shortcuts and when they are enabled
    decision_flow   recording, changing, confirming and deleting decisions (dialogs + jobs)
    action_flow     new actions and closing actions at the table
    closing         the question before the meeting closes
    host            what decision_flow and action_flow need of the view (a Protocol)
    chair           ChairView: agenda, item timer, projector controls; shows state, emits intents
    secretary       SecretaryView: minutes, presence, decision, actions; shows state, emits intents
    autosave        MinutesKeeper: drafts, undo per item, saving on the worker
    timing          MeetingTimer and ClockState (no Qt)
    data            LiveData and the worker jobs that read and save the meeting
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
