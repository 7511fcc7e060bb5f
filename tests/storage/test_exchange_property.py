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
from tests.helpers.exchange import ROLES, new_store, pair_all

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
        # Each side starts with a case of its own that the other side has too.
        for who in WHO:
            self.create(who)
        self.send("ind")
        self.send("secretaris")

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


MEETING_OPS = st.lists(
    st.one_of(
        st.tuples(
            st.just("plan"),
            st.sampled_from(("voorzitter", "secretaris")),
            st.integers(0, 2),
            st.integers(1, 60),
        ),
        st.tuples(st.just("minutes"), st.sampled_from(("voorzitter", "secretaris")), st.integers(0, 2)),
        st.tuples(st.just("send"), st.sampled_from(("voorzitter", "secretaris"))),
    ),
    max_size=10,
)


class MeetingWorld:
    """Chair and secretary share one meeting: the chair owns the planning, the secretary the record."""

    roles = ("voorzitter", "secretaris")

    def __init__(self, root: Path) -> None:
        from datetime import date

        from storage.meetings import AgendaService, MeetingService

        self.root = root
        self.stores = {who: new_store(root / who, who) for who in self.roles}
        pair_all(self.stores)
        chair = self.stores["voorzitter"]
        cases = [
            CaseService(chair)
            .create({"reference": f"C-2026-{n}", "summary": "Fictief.", "question": "Vraag."})
            .id
            for n in (301, 302, 303)
        ]
        meeting = MeetingService(chair).create_meeting(date(2026, 2, 5), "10:00", place="Den Haag", chair="V")
        for case_id in cases:
            AgendaService(chair).add_case_item(meeting.id, case_id, planned_minutes=10)
        MeetingService(chair).fix_agenda(meeting.id)
        MeetingService(chair).start_meeting(meeting.id)
        self.number = meeting.number
        self.edits = 0
        self.foreign: set[object] = set()
        self.packages = 0
        self.send("voorzitter")

    def items(self, who: str) -> list[tuple[int, str, str]]:
        """(item id, owner of the planning, owner of the minutes) of the case items, in order."""
        store = self.stores[who]
        rows = store.db.execute(
            "SELECT ai.id FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id "
            "WHERE m.number = ? AND ai.case_id IS NOT NULL ORDER BY ai.position",
            (self.number,),
        ).fetchall()
        found = []
        for (item_id,) in rows:
            plan = rec.tracking_of(store, "agenda_item", item_id)
            minutes = rec.tracking_of(store, "item_minutes", item_id)
            found.append((int(item_id), plan.owner if plan else "?", minutes.owner if minutes else "?"))
        return found

    def plan(self, who: str, index: int, value: int) -> None:
        from storage.meetings import AgendaService

        items = self.items(who)
        if not items:
            return
        item_id, plan_owner, _ = items[index % len(items)]
        value = 100 + self.edits * 7 + value  # unique, so a stray value can be traced to its writer
        self.edits += 1
        if plan_owner != "":
            self.foreign.add(("planned", value))
        AgendaService(self.stores[who]).set_planned_minutes(item_id, value)

    def minutes(self, who: str, index: int) -> None:
        from storage.meetings import MinutesService

        items = self.items(who)
        if not items:
            return
        item_id, _, minutes_owner = items[index % len(items)]
        self.edits += 1
        text = f"Verslagtekst nummer {self.edits}."
        if minutes_owner != "":
            self.foreign.add(("minutes", text))
        MinutesService(self.stores[who]).save_minutes(item_id, text)

    def send(self, who: str) -> None:
        other = next(w for w in self.roles if w != who)
        sender = self.stores[who]
        meeting_id = sender.db.execute("SELECT id FROM meetings WHERE number = ?", (self.number,)).fetchone()[
            0
        ]
        self.packages += 1
        path = self.root / f"{self.packages}.otpak"
        ex.export_package(sender, [ROLES[other]], ex.scope(sender, meeting_id=meeting_id), path)
        ex.import_package(self.stores[other], path.read_bytes())

    def state(self, store: Store) -> dict[str, dict]:
        return {r.uid: r.fields for r in rec.read_many(store, rec.scope_all(store)) if r.kind != "case"}

    def close(self) -> None:
        for store in self.stores.values():
            store.close()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(MEETING_OPS)
def test_chair_planning_and_secretary_minutes_converge_per_field_group(steps: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = MeetingWorld(Path(folder))
        try:
            for step in steps:
                getattr(world, step[0])(*step[1:])
            world.send("voorzitter")
            world.send("secretaris")
            chair, sec = (world.state(world.stores[w]) for w in world.roles)
            assert chair == sec
            for fields in chair.values():
                assert ("planned", fields.get("planned_minutes")) not in world.foreign
                assert ("minutes", fields.get("minutes")) not in world.foreign
        finally:
            world.close()
