"""Full-text search of the register: one FTS5 index (``search_index``) for every kind of text that
belongs to a case.

A document is identified by ``(kind, object_id)`` and points at the case it is about. Cases index
their own text as kind ``"case"``; the meetings feature adds minutes the same way::

    from storage.cases import search
    search.index_document(store, "minutes", item_id, minutes_text, case_id=case_id)
    search.remove_document(store, "minutes", item_id)

and the register's search then finds a case by its minutes too. Call both inside the transaction
that writes the text (after the anonymity check). A case document uses ``doc = case id`` as its
rowid, so the usual search reads the index only; other kinds get rowids from 2**32 upwards,
mapped through ``search_docs``.

The index is contentless: it holds tokens, not a second copy of the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable

from storage.sql_lists import marks, slices
from storage.store import Store

CASE_KIND = "case"
_OTHER_DOCS_START = 2**32
_WORD = re.compile(r"\w+", re.UNICODE)


def _doc_for(store: Store, kind: str, object_id: int, case_id: int | None, create: bool) -> int | None:
    if kind == CASE_KIND:
        return int(object_id)
    db = store.db
    row = db.execute(
        "SELECT doc FROM search_docs WHERE kind = ? AND object_id = ?", (kind, object_id)
    ).fetchone()
    if row is not None:
        if create:
            db.execute("UPDATE search_docs SET case_id = ? WHERE doc = ?", (case_id, row[0]))
        return int(row[0])
    if not create:
        return None
    top = db.execute("SELECT max(doc) FROM search_docs").fetchone()[0]
    doc = max(int(top or 0), _OTHER_DOCS_START - 1) + 1
    db.execute(
        "INSERT INTO search_docs(doc, kind, object_id, case_id) VALUES (?,?,?,?)",
        (doc, kind, object_id, case_id),
    )
    return doc


def index_document(store: Store, kind: str, object_id: int, text: str, *, case_id: int | None = None) -> None:
    """Put (or replace) one document in the index. For kind "case", ``object_id`` is the case id."""
    with store.db.atomic():
        doc = _doc_for(store, kind, object_id, case_id, create=True)
        store.db.execute("DELETE FROM search_index WHERE rowid = ?", (doc,))
        if text.strip():
            store.db.execute("INSERT INTO search_index(rowid, body) VALUES (?, ?)", (doc, text))


def index_documents(store: Store, docs: Iterable[tuple[str, int, str, int | None]]) -> None:
    """``index_document`` for several documents (kind, object id, text, case id) in one block:
    FTS5 writes its pending tokens out at every savepoint, so one savepoint per document (as a
    loop over ``index_document`` makes) costs a segment per document."""
    with store.db.atomic():
        for kind, object_id, text, case_id in docs:
            doc = _doc_for(store, kind, object_id, case_id, create=True)
            store.db.execute("DELETE FROM search_index WHERE rowid = ?", (doc,))
            if text.strip():
                store.db.execute("INSERT INTO search_index(rowid, body) VALUES (?, ?)", (doc, text))


def remove_document(store: Store, kind: str, object_id: int) -> None:
    with store.db.atomic():
        doc = _doc_for(store, kind, object_id, None, create=False)
        if doc is None:
            return
        store.db.execute("DELETE FROM search_index WHERE rowid = ?", (doc,))
        if kind != CASE_KIND:
            store.db.execute("DELETE FROM search_docs WHERE doc = ?", (doc,))


def match_expression(user_text: str) -> str | None:
    """A safe FTS5 query for what a user typed: every word must occur (the last one as a prefix);
    a term like ``C-2026-014`` becomes the phrase ``"c 2026 014"``. None when nothing is left."""
    terms = []
    for chunk in unicodedata.normalize("NFKC", user_text).split():
        words = _WORD.findall(chunk)
        if words:
            terms.append(" ".join(words))
    if not terms:
        return None
    parts = [f'"{t}"' for t in terms[:-1]]
    parts.append(f'"{terms[-1]}" *')
    return " AND ".join(parts)


# The case ids whose documents match ``?`` (an expression from match_expression). Used as a
# sub-query by the register; a case document's rowid is the case id itself.
MATCHING_CASES_SQL = (
    "SELECT CASE WHEN rowid < 4294967296 THEN rowid "
    "ELSE (SELECT case_id FROM search_docs WHERE doc = search_index.rowid) END "
    "FROM search_index WHERE search_index MATCH ?"
)


def matching_case_ids(store: Store, user_text: str) -> list[int]:
    """Ids of the cases whose text or related documents match ``user_text`` (unique, unordered).

    This is the register's search, so it is kept as close to the bare FTS5 query as possible: the
    index answers in ascending rowid order, case documents (rowid = case id) first; only documents
    of other kinds at the end need a look-up of their case."""
    expression = match_expression(user_text)
    if expression is None:
        return []
    rows = store.db.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid", (expression,)
    ).fetchall()
    ids = [r[0] for r in rows]
    if ids and ids[-1] >= _OTHER_DOCS_START:
        cut = bisect.bisect_left(ids, _OTHER_DOCS_START)
        docs, ids = ids[cut:], ids[:cut]
        mapped: list[int] = []
        for chunk in slices(docs):
            mapped += [
                r[0]
                for r in store.db.execute(
                    f"SELECT case_id FROM search_docs WHERE doc IN ({marks(chunk)}) AND case_id IS NOT NULL",
                    chunk,
                )
            ]
        seen = set(ids)
        ids += [c for c in dict.fromkeys(mapped) if c not in seen]
    return ids


def search_case_ids(store: Store, user_text: str) -> list[int]:
    """Case ids (sorted, unique) whose text or related documents match ``user_text``."""
    return sorted(matching_case_ids(store, user_text))


def optimise(store: Store) -> None:
    """Merge the index's segments (after a bulk load)."""
    store.db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
