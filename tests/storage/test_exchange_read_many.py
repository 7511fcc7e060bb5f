"""The bulk reader of a package (``records.read_many``) gives exactly the records the one-by-one
reader (``records.read``) gives, for any choice of records: dense ids are read as one range (which
brings rows in between that were not asked for), sparse ids as ``IN`` lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.exchange import records as rec
from storage.sql_lists import id_filters
from tests.helpers.exchange import fictitious_case, new_store
from tests.helpers.meetings import scenario


def _one_by_one(store, uids: list[str]) -> dict[str, rec.Record]:
    found = {}
    for uid in uids:
        t = rec.tracking(store, uid)
        assert t is not None
        found[uid] = rec.read(store, t)
    return found


@pytest.mark.parametrize(
    "choose",
    [
        pytest.param(lambda uids: uids, id="all"),
        pytest.param(lambda uids: uids[::2], id="every-other"),
        pytest.param(lambda uids: uids[1::3], id="every-third"),
        pytest.param(lambda uids: [uids[0], uids[-1]], id="first-and-last"),
        pytest.param(lambda uids: uids[-1:], id="one"),
    ],
)
def test_the_bulk_reader_gives_what_the_one_by_one_reader_gives(tmp_path: Path, choose) -> None:
    store = new_store(tmp_path / "s", "secretaris")
    try:
        scenario(store)
        for n in range(40):
            fictitious_case(store, n)
        for kind in ("case", "agenda_item", "item_minutes", "decision", "action", "participant"):
            uids = [
                str(r[0])
                for r in store.db.execute(
                    "SELECT uid FROM exchange_records WHERE kind = ? ORDER BY local_id", (kind,)
                ).fetchall()
            ]
            assert uids, kind
            chosen = choose(uids)
            got = {r.uid: r for r in rec.read_many(store, chosen)}
            assert got == _one_by_one(store, chosen), kind
    finally:
        store.close()


def test_dense_ids_are_one_range_and_sparse_ones_in_lists() -> None:
    assert list(id_filters("id", [5, 3, 4, 9])) == [("id BETWEEN ? AND ?", [3, 9])]
    assert list(id_filters("id", [1, 10_000])) == [("id IN (?,?)", [1, 10_000])]
    many = list(range(0, 4000, 2))  # every other id: at most half of what the range reads is waste
    assert list(id_filters("item_id", many)) == [("item_id BETWEEN ? AND ?", [0, 3998])]
    sparse = list(range(0, 100_000, 50))  # 2,000 ids, one in fifty: IN lists of at most 400
    parts = list(id_filters("id", sparse))
    assert len(parts) == 5 and sum(len(args) for _, args in parts) == 2000
    assert list(id_filters("id", [])) == []
