"""A digest of a database's content, to prove that a copy (a backup, a re-keyed database) holds
exactly the rows of its original."""

from __future__ import annotations

import hashlib

from storage.sqlite_driver import Database


def content_digest(db: Database) -> str:
    """A digest of every table's rows, to prove two databases hold the same data."""
    digest = hashlib.sha256()
    tables = [
        (str(r[0]), int(r[1]), bool(r[2]))
        for r in db.execute(
            "SELECT name, ncol, wr FROM pragma_table_list "
            "WHERE schema = 'main' AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for table, ncol, without_rowid in tables:
        digest.update(table.encode())
        # WITHOUT ROWID tables (full-text index shadow tables, for one) have no rowid to order by.
        order = ", ".join(str(i) for i in range(1, ncol + 1)) if without_rowid else "rowid"
        for row in db.execute(f'SELECT * FROM "{table}" ORDER BY {order}'):
            digest.update(repr(tuple(row)).encode("utf-8"))
    return digest.hexdigest()
