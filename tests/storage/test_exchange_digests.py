"""Issue 14, open item 2: change tracking by digest (m0009) instead of update triggers.

A store made before m0009 (its versions kept by the triggers) migrates, and its edits still reach
the paired store; an ordinary write no longer touches ``exchange_records``; nothing that did not
change gets a new version; a preview still sees a local edit without writing anything.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from storage import migrations
from storage.access import open_store
from storage.cases import search
from storage.exchange import service as ex
from storage.store import Store
from tests.helpers.common import PASSPHRASE
from tests.helpers.exchange import fictitious_case, new_store, pair_all, receive, send
from tests.helpers.meetings import Services


def _update_triggers(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'exchange%' "
            "AND (name LIKE '%update' OR name LIKE 'exchange_presence%')"
        ).fetchall()
    ]


def _version(store: Store, kind: str, local_id: int) -> int:
    return int(
        store.db.execute(
            "SELECT version FROM exchange_records WHERE kind = ? AND local_id = ?", (kind, local_id)
        ).fetchone()[0]
    )


def _reopen(store: Store, folder: Path) -> Store:
    clock = store.clock
    store.close()
    again = open_store(folder, PASSPHRASE)
    again.on_close = None
    again.clock = clock
    return again


def test_a_store_from_before_m0009_migrates_and_keeps_exchanging(tmp_path: Path) -> None:
    real = migrations.STEPS
    try:
        migrations.STEPS = real[:8]
        migrations.LATEST = 8
        sec, chair = new_store(tmp_path / "s", "secretaris"), new_store(tmp_path / "v", "voorzitter")
    finally:
        migrations.STEPS = real
        migrations.LATEST = len(real)
    try:
        assert sec.schema_version == 8 and _update_triggers(sec)
        pair_all({"secretaris": sec, "voorzitter": chair})
        s = Services(sec)
        case_id = fictitious_case(sec, 41)
        meeting = s.meetings.create_meeting(date(2026, 2, 5), "10:00", place="Den Haag", chair="V")
        item = s.agenda.add_case_item(meeting.id, case_id)
        s.meetings.fix_agenda(meeting.id)
        s.meetings.start_meeting(meeting.id)
        s.minutes.save_minutes(item.id, "Eerste versie van het verslag.")
        s.minutes.save_minutes(item.id, "Tweede versie, voor de upgrade.")
        before = _version(sec, "item_minutes", item.id)
        assert before > 1  # the triggers kept the versions until now
        sec, chair = _reopen(sec, tmp_path / "s"), _reopen(chair, tmp_path / "v")
        assert sec.schema_version == migrations.LATEST and not _update_triggers(sec)
        assert _version(sec, "item_minutes", item.id) == before  # the upgrade itself changes no version
        got = receive(chair, send(sec, ["voorzitter"], tmp_path / "2.otpak", meeting_id=meeting.id))
        assert got.written and not got.refused
        uid = sec.db.execute(
            "SELECT uid FROM exchange_records WHERE kind = 'item_minutes' AND local_id = ?", (item.id,)
        ).fetchone()[0]
        at_chair = "SELECT version FROM exchange_records WHERE uid = ?"
        assert chair.db.execute(at_chair, (uid,)).fetchone()[0] == before
        # After the upgrade: edits without triggers still travel, one new version per package.
        Services(sec).minutes.save_minutes(item.id, "Derde versie, na de upgrade.")
        Services(sec).minutes.save_minutes(item.id, "Vierde versie, na de upgrade.")
        got = receive(chair, send(sec, ["voorzitter"], tmp_path / "3.otpak", meeting_id=meeting.id))
        moved = {(v.kind, v.status) for v in got.verdicts if v.status != "unchanged"}
        assert moved == {("item_minutes", "changed"), ("meeting_record", "changed")}  # its revision counts
        assert _version(sec, "item_minutes", item.id) == before + 1
        assert chair.db.execute(at_chair, (uid,)).fetchone()[0] == before + 1
        chair_item = chair.db.execute("SELECT minutes FROM agenda_items WHERE case_id IS NOT NULL").fetchone()
        assert chair_item[0] == "Vierde versie, na de upgrade."
        # Nothing changed: nothing gets a new version, the package changes nothing.
        again = receive(chair, send(sec, ["voorzitter"], tmp_path / "4.otpak", meeting_id=meeting.id))
        assert {v.status for v in again.verdicts} == {"unchanged"}
        assert _version(sec, "item_minutes", item.id) == before + 1
    finally:
        sec.close()
        chair.close()


def test_an_ordinary_write_leaves_the_tracking_alone_and_a_preview_writes_nothing(tmp_path: Path) -> None:
    sec, chair = new_store(tmp_path / "s", "secretaris"), new_store(tmp_path / "v", "voorzitter")
    try:
        pair_all({"secretaris": sec, "voorzitter": chair})
        case_id = fictitious_case(chair, 42)
        receive(sec, send(chair, ["secretaris"], tmp_path / "1.otpak", case_ids=[case_id]))
        tracked = (
            "SELECT uid, kind, local_id, owner, version, changed_seq, deleted, digest FROM exchange_records"
        )
        rows = chair.db.execute(tracked).fetchall()
        chair.db.execute("UPDATE cases SET question = 'Is uitlevering aan de orde?' WHERE id = ?", (case_id,))
        assert chair.db.execute(tracked).fetchall() == rows
        # The secretary (not the owner) offers its older copy back: refused, and the chair's
        # preview, which sees the local edit, writes nothing.
        sec_case = int(sec.db.execute("SELECT id FROM cases").fetchone()[0])
        package = send(sec, ["voorzitter"], tmp_path / "2.otpak", case_ids=[sec_case])
        preview = ex.preview_package(chair, package.read_bytes())
        assert [v.status for v in preview.verdicts] == ["refused"]
        assert chair.db.execute(tracked).fetchall() == rows
        # "--since 1" (after the chair's first package) finds the edit: it gets its version now.
        uids = ex.scope(chair, since=1)
        assert chair.db.execute(tracked).fetchall() != rows and len(uids) == 1
        assert _version(chair, "case", case_id) == 2
    finally:
        sec.close()
        chair.close()


def test_imported_cases_and_minutes_are_found_by_the_register_search(tmp_path: Path) -> None:
    sec, chair = new_store(tmp_path / "s", "secretaris"), new_store(tmp_path / "v", "voorzitter")
    try:
        pair_all({"secretaris": sec, "voorzitter": chair})
        s = Services(sec)
        case_ids = [fictitious_case(sec, n) for n in (51, 52)]
        meeting = s.meetings.create_meeting(date(2026, 2, 5), "10:00", place="Den Haag", chair="V")
        items = [s.agenda.add_case_item(meeting.id, c) for c in case_ids]
        s.meetings.fix_agenda(meeting.id)
        s.meetings.start_meeting(meeting.id)
        s.minutes.save_minutes(items[1].id, "De kustwachtbrigade wordt nader onderzocht.")
        got = receive(chair, send(sec, ["voorzitter"], tmp_path / "1.otpak", meeting_id=meeting.id))
        assert got.written and not got.refused
        refs = dict(chair.db.execute("SELECT reference, id FROM cases").fetchall())
        assert search.search_case_ids(chair, "kustwachtbrigade") == [refs["C-2026-052"]]
        assert sorted(search.search_case_ids(chair, "militie")) == sorted(refs.values())
        # Minutes emptied at the owner leave the index at the receiver too.
        Services(sec).minutes.save_minutes(items[1].id, "")
        receive(chair, send(sec, ["voorzitter"], tmp_path / "2.otpak", meeting_id=meeting.id))
        assert search.search_case_ids(chair, "kustwachtbrigade") == []
    finally:
        sec.close()
        chair.close()
