"""Cijfers (issue 15): the figures of a year or quarter as tables and charts, protected against
small numbers; the chair can switch to the unprotected view (marked, and recorded in the audit
log). Everything is computed on the worker; the GUI only draws.

``warm_up_in_background()`` imports the area's modules (QtCharts, the statistics package: tens of
milliseconds of class creation) on a background thread once the application is up, so that the
first click on "Cijfers" does not pay for them on the GUI thread. This module stays light.
"""

from __future__ import annotations

import importlib
import threading

_MODULES = ("storage.statistics", "ui.figures.area")


def _import_all() -> None:
    for name in _MODULES:
        importlib.import_module(name)


def warm_up_in_background() -> threading.Thread:
    thread = threading.Thread(target=_import_all, name="figures-warm-up", daemon=True)
    thread.start()
    return thread
