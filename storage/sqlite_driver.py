"""The single place where sqlite-utils is pointed at sqlcipher3.

sqlite-utils catches the standard library's ``sqlite3.OperationalError``; sqlcipher3's exceptions
are not subclasses of it, so ``alter=True`` and ``drop(ignore=True)`` would break. sqlite-utils
already supports drop-in driver modules (pysqlite3, sqlean) through module globals; we point those
globals at sqlcipher3 before anything in storage uses sqlite-utils.
"""

from __future__ import annotations

import sqlcipher3
import sqlite_utils.db as _su_db
import sqlite_utils.utils as _su_utils
from sqlcipher3 import dbapi2

for _module in (_su_db, _su_utils):
    _module.sqlite3 = sqlcipher3  # type: ignore[attr-defined]
    _module.OperationalError = dbapi2.OperationalError  # type: ignore[attr-defined]
_su_utils.dbapi2 = dbapi2  # type: ignore[attr-defined]

import contextlib  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

from sqlite_utils import Database as _SqliteUtilsDatabase  # noqa: E402  (must follow the wiring above)


class Database(_SqliteUtilsDatabase):
    """sqlite-utils' Database, plus callbacks that run after each outermost ``atomic()`` block has
    committed (the audit checkpoint outside the database follows every committed change)."""

    def __init__(self, conn: dbapi2.Connection, *, execute_plugins: bool = True) -> None:
        super().__init__(conn, execute_plugins=execute_plugins)
        self.after_commit: list[Callable[[], None]] = []

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        outermost = not self.conn.in_transaction
        with super().atomic():
            yield self
        if outermost:
            for callback in list(self.after_commit):
                callback()


Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
OperationalError = dbapi2.OperationalError
IntegrityError = dbapi2.IntegrityError
SQLITE_HEADER = b"SQLite format 3\x00"

__all__ = [
    "SQLITE_HEADER",
    "Connection",
    "Database",
    "DatabaseError",
    "IntegrityError",
    "OperationalError",
    "dbapi2",
]
