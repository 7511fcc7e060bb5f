"""sqlite-utils must run on the encrypted connection, including its error-handling paths."""

from __future__ import annotations

from storage.sqlite_driver import Database, OperationalError, dbapi2


def test_alter_and_drop_ignore_on_encrypted_connection(store) -> None:
    db: Database = store.db
    assert isinstance(db.conn, dbapi2.Connection)
    db["scratch"].insert({"id": 1, "a": "x"}, pk="id")
    # alter=True relies on catching the driver's OperationalError for the missing column.
    db["scratch"].insert({"id": 2, "a": "y", "b": "nieuw"}, pk="id", alter=True)
    assert db["scratch"].columns_dict == {"id": int, "a": str, "b": str}
    db["scratch"].drop()
    db["scratch"].drop(ignore=True)  # must not raise although the table is gone
    db["nonexistent"].drop(ignore=True)
    assert "scratch" not in db.table_names()
    assert OperationalError is dbapi2.OperationalError


def test_pragmas_are_set(store) -> None:
    db = store.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("PRAGMA cipher_version").fetchone()[0]
