"""Turning exceptions into the one clear sentence a user sees."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.errors import StoreError
from storage.i18n import language


def user_message(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return exc.message(language())
    return QCoreApplication.translate(
        "Errors",
        "Internal error ({name}). Nothing that was saved is lost. Please report this to the administrator.",
    ).format(name=type(exc).__name__)
