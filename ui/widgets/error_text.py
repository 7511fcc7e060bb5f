"""Turning exceptions into the one clear sentence a user sees."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from storage.errors import (
    DiskFull,
    ReadOnlyStore,
    StoreError,
    StoreIOError,
    environment_error_from_text,
    error_category,
)
from storage.i18n import language


def specific_error(exc: BaseException) -> BaseException:
    """The typed ``StoreError`` for an environment failure that arrived untyped (an ``OSError``
    or an SQLite message about a full disk, a read-only folder…); anything else unchanged."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        where = str(exc.filename) if exc.filename else "-"
        code = errno.errorcode.get(exc.errno or -1, "")
        if code in ("ENOSPC", "EDQUOT", "EFBIG"):
            return DiskFull(path=where)
        if code in ("EROFS", "EACCES", "EPERM"):
            return ReadOnlyStore(path=where)
        if code in ("EIO", "ENXIO", "EBUSY"):
            return StoreIOError(path=where, detail=code)
    elif error_category(exc) == "environment":  # SQLite's own exceptions
        typed = environment_error_from_text(str(exc), "-", "-")
        if typed is not None:
            return typed
    return exc


def user_message(exc: BaseException) -> str:
    specific = specific_error(exc)
    if isinstance(specific, StoreError):
        return specific.message(language())
    return QCoreApplication.translate(
        "Errors",
        "Internal error ({name}). Nothing that was saved is lost. Please report this to the administrator.",
    ).format(name=type(exc).__name__)
