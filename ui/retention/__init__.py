"""Bewaartermijnen: the chair's screens for retention periods and purging (issue 6).

* ``create_settings_section(ctx, parent)`` (module ``ui.retention.settings_section``, listed in
  ``ui.shell.settings_area.EXTRA_SECTIONS``): the period per closing status, and a button to the
  due cases.
* ``show_due_cases(ctx, parent)``: the cases whose retention period has passed and the tombstones
  of purged cases; the chair selects cases and confirms the purge in a dialog that shows what goes
  and asks to type the reference (or the number of cases) first. The Casussen area can call it.

Storage work runs on the worker (``storage.purge.PurgeService``); no SQL here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ui.context import AppContext


def show_due_cases(ctx: AppContext, parent: QWidget | None = None) -> QDialog:
    """Open the Bewaartermijnen dialog (window-modal, ``open()``); returns it."""
    from ui.retention.dialogs import RetentionDialog

    dialog = RetentionDialog(ctx, parent)
    dialog.open()
    return dialog


__all__ = ["show_due_cases"]
