"""Must-show 4 of issue 14 (Hypothesis): random interleavings of edits on two paired stores and
packages in both directions converge to the same state for every record, and a change made by a
store that does not own the record is never applied elsewhere."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.cases.service import CaseService
from storage.exchange import records as rec
from storage.exchange import service as ex
from storage.store import Store
from tests.test_exchange_support import ROLES, new_store, pair_all

WHO = ("ind", "secretaris")
ops = st.lists(
    st.one_of(
        st.tuples(st.just("create"), st.sampled_from(WHO)),
        st.tuples(st.just("edit"), st.sampled_from(WHO), st.integers(0, 5)),
        st.tuples(st.just("send"), st.sampled_from(WHO)),
    ),
    max_size=10,
)


class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.stores = {who: new_store(root / who, who) for who in WHO}
        pair_all(self.stores)
        self.made = {who: 0 for who in WHO}
        self.edits = 0
        self.foreign: set[str] = set()  # texts typed by a store that did not own the case
        self.packages = 0

    def create(self, who: str) -> None:
        self.made[who] += 1
        number = (100 if who == "ind" else 200) + self.made[who]
        CaseService(self.stores[who]).create(
            {"reference": f"C-2026-{number}", "summary": "Fictieve casus.", "question": "Eerste vraag."}
        )

    def edit(self, who: str, index: int) -> None:
        store = self.stores[who]
        ids = [int(r[0]) for r in store.db.execute("SELECT id FROM cases ORDER BY reference").fetchall()]
        if not ids:
            return
        case_id = ids[index % len(ids)]
        self.edits += 1
        text = f"Vraag nummer {self.edits}."
        owner = rec.tracking_of(store, "case", case_id)
        if owner is not None and owner.owner != "":
            self.foreign.add(text)
        CaseService(store).update(case_id, {"question": text})

    def send(self, who: str) -> None:
        other = next(w for w in WHO if w != who)
        sender = self.stores[who]
        uids = ex.scope(sender)
        if not uids:
            return
        self.packages += 1
        path = self.root / f"{self.packages}.otpak"
        ex.export_package(sender, [ROLES[other]], uids, path)
        ex.import_package(self.stores[other], path.read_bytes())

    def state(self, store: Store) -> dict[str, dict]:
        return {r.uid: r.fields for r in rec.read_many(store, rec.scope_all(store))}

    def close(self) -> None:
        for store in self.stores.values():
            store.close()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops)
def test_two_stores_converge_and_only_owners_changes_travel(steps: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder))
        try:
            for step in steps:
                getattr(world, step[0])(*step[1:])
            world.send("ind")
            world.send("secretaris")
            a, b = (world.state(world.stores[w]) for w in WHO)
            assert a == b
            for who in WHO:
                store = world.stores[who]
                for uid, fields in world.state(store).items():
                    t = rec.tracking(store, uid)
                    assert t is not None
                    owner = rec.owner_id(store, t.owner)
                    owner_store = next(s for s in world.stores.values() if s.store_id == owner)
                    assert rec.read_many(owner_store, [uid])[0].fields == fields
                    assert fields["question"] not in world.foreign
        finally:
            world.close()
