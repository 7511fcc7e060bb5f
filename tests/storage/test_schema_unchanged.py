"""The migrations build exactly the schema they built before issue 13 split them into parts.

``tests/data/schema_fresh_store.json`` was captured from a fresh store made by the code before the
split, and again when m0009 replaced the exchange's update triggers by digests (the only difference:
those 15 triggers gone, one column added); any other change to a table, index, trigger or view (even
its whitespace) makes this test fail.
"""

from __future__ import annotations

import json
from pathlib import Path

from storage import migrations
from storage.store import Store

FIXTURE = Path(__file__).resolve().parents[2] / "tests" / "data" / "schema_fresh_store.json"


def test_fresh_store_schema_is_exactly_the_captured_one(store: Store) -> None:
    rows = store.db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert [list(r) for r in rows] == expected
    assert store.schema_version == migrations.LATEST
