"""Cijfers (issue 15): the figures of a year or quarter as tables and charts, protected against
small numbers; the chair can switch to the unprotected view (marked, and recorded in the audit
log). Everything is computed on the worker; the GUI only draws.

``warm_up_in_background()`` imports the area's modules (QtCharts, the statistics package: tens of
milliseconds of class creation) on a background thread once the application is up, so that the
first click on "Cijfers" does not pay for them on the GUI thread. This module stays light.
"""

from __future__ import annotations

import threading


def _import_all() -> None:
    # Plain imports on the warm-up thread; the names are used only to load the modules.
    import storage.statistics  # noqa: F401
    import ui.figures.area  # noqa: F401


def warm_up_in_background() -> threading.Thread:
    thread = threading.Thread(target=_import_all, name="figures-warm-up", daemon=True)
    thread.start()
    return thread
