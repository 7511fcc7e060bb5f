"""After a purge: merge the full-text index, VACUUM and truncate the WAL, so that no freed page
and no old WAL frame still holds a purged text."""

from __future__ import annotations

from storage.errors import InternalError
from storage.purge.results import CompactReport
from storage.sqlite_driver import Database
from storage.store import Store


def compact(store: Store) -> CompactReport:
    """Merge the full-text index, VACUUM and checkpoint the WAL (TRUNCATE). Outside a
    transaction; the store must have no other reader (the store lock sees to that)."""
    db = store.db
    if db.conn.in_transaction:
        raise InternalError(detail="compact() inside a transaction")
    if _one(db, "PRAGMA secure_delete") != 1:
        db.execute("PRAGMA secure_delete = ON")
    if _one(db, "PRAGMA temp_store") != 2:
        db.execute("PRAGMA temp_store = MEMORY")  # VACUUM's transient copy stays in memory
    pages_before, free_before = _one(db, "PRAGMA page_count"), _one(db, "PRAGMA freelist_count")
    db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    _checkpoint(db)
    db.execute("VACUUM")
    pages_after, free_after = _one(db, "PRAGMA page_count"), _one(db, "PRAGMA freelist_count")
    fts_secure = _fts_secure_delete(db)
    with db.atomic():
        store.audit.append(
            "store.vacuum",
            "store",
            "",
            detail={
                "reason": "retention",
                "pages_before": pages_before,
                "pages_after": pages_after,
                "free_pages_before": free_before,
                "free_pages_after": free_after,
            },
        )
    complete = _checkpoint(db)
    wal = store.paths.wal
    return CompactReport(
        pages_before=pages_before,
        pages_after=pages_after,
        free_pages_before=free_before,
        free_pages_after=free_after,
        wal_bytes=wal.stat().st_size if wal.exists() else 0,
        checkpoint_complete=complete,
        secure_delete=_one(db, "PRAGMA secure_delete") == 1,
        fts_secure_delete=fts_secure,
    )


def _one(db: Database, sql: str) -> int:
    row = db.execute(sql).fetchone()
    return int(row[0]) if row else 0


def _checkpoint(db: Database) -> bool:
    """``wal_checkpoint(TRUNCATE)``; True when every frame was copied back and the WAL emptied."""
    row = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is not None and int(row[0]) == 0 and int(row[1]) == int(row[2])


def _fts_secure_delete(db: Database) -> bool:
    row = db.execute("SELECT v FROM search_index_config WHERE k = 'secure-delete'").fetchone()
    return row is not None and int(row[0]) == 1
