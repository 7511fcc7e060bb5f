"""Exchange identity, fingerprint and pairing (issue 14, step 1) and the global record ids (step 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.access import create_store
from storage.exchange import identity as ident
from storage.exchange import tracking
from storage.exchange.errors import IdentityInvalid, OwnIdentity, PairNameTaken, PairNotFound, UnknownRole
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE
from tests.helpers.meetings import Services, make_cases, scenario


@pytest.fixture
def other(tmp_path: Path):
    st, _ = create_store(tmp_path / "ander", PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    yield st
    st.close()


def test_identity_is_created_once_logged_and_private_keys_stay_in_the_encrypted_db(store) -> None:
    first = ident.ensure_identity(store)
    again = ident.ensure_identity(store)
    assert first == again
    assert len(first.x25519_public) == 32 and len(first.ed25519_public) == 32
    assert [e.action for e in store.audit.entries(action_prefix="exchange.")] == ["exchange.identity.create"]
    store.checkpoint()
    raw = store.paths.database.read_bytes()
    assert first.x25519_private not in raw and first.ed25519_private not in raw


def test_fingerprint_is_twelve_groups_of_five_digits_and_depends_on_both_keys(store) -> None:
    me = ident.ensure_identity(store)
    fp = me.fingerprint
    assert len(fp) == 60 and fp.isdigit()
    shown = ident.show_fingerprint(fp)
    assert [len(g) for g in shown.split()] == [5] * 12 and shown.count("\n") == 2
    other_x = bytes(32 - 1) + b"\x01"
    assert ident.fingerprint(me.store_id, other_x, me.ed25519_public) != fp
    assert ident.fingerprint(me.store_id, me.x25519_public, other_x) != fp
    assert ident.fingerprint("x" + me.store_id, me.x25519_public, me.ed25519_public) != fp


def test_public_identity_round_trips_and_carries_no_private_key(store) -> None:
    text = ident.export_identity(store)
    me = ident.current_identity(store)
    assert me is not None
    assert text.startswith(ident.BEGIN) and text.rstrip().endswith(ident.END)
    parsed = ident.parse_identity("Van de voorzitter:\n" + text + "\ngroet")
    assert parsed == me.public()
    assert me.x25519_private.hex() not in text and me.ed25519_private.hex() not in text


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_damaged_identity_text_is_refused(store, damage: str) -> None:
    text = ident.export_identity(store)
    lines = text.splitlines()
    if damage == "flip":
        body = lines[1]
        lines[1] = body[:10] + ("A" if body[10] != "A" else "B") + body[11:]
    elif damage == "truncate":
        lines = [lines[0], lines[1], lines[-1]]
    else:
        lines = [lines[0], "!!!", lines[-1]]
    with pytest.raises(IdentityInvalid):
        ident.parse_identity("\n".join(lines))


def test_pair_list_unpair_and_rotation_are_audited(store, other) -> None:
    theirs = ident.parse_identity(ident.export_identity(other))
    paired = ident.pair(store, theirs, name="Secretaris", role="secretaris")
    assert paired.fingerprint == ident.current_identity(other).fingerprint
    assert paired.role == "secretaris" and paired.paired_at and paired.active
    assert [p.name for p in ident.pairs(store)] == ["Secretaris"]
    with pytest.raises(UnknownRole):
        ident.pair(store, theirs, name="X", role="baas")
    with pytest.raises(OwnIdentity):
        ident.pair(store, ident.parse_identity(ident.export_identity(store)), name="Ik", role="om")
    # The other side rotates its keys: pairing again updates the keys and logs the old fingerprint.
    ident.rotate_keys(other)
    rotated = ident.parse_identity(ident.export_identity(other))
    assert rotated.fingerprint != paired.fingerprint
    updated = ident.pair(store, rotated, name="Secretaris", role="secretaris")
    assert updated.fingerprint == rotated.fingerprint
    assert len(ident.decryption_identities(other)) == 2
    ident.unpair(store, "Secretaris")
    assert ident.pairs(store) == []
    with pytest.raises(PairNotFound):
        ident.unpair(store, "Secretaris")
    actions = [e.action for e in store.audit.entries(action_prefix="exchange.", newest_first=False)]
    assert actions == ["exchange.identity.create", "exchange.pair", "exchange.pair.update", "exchange.unpair"]
    update = store.audit.entries(action_prefix="exchange.pair.update")[0]
    assert update.detail["previous"] == paired.fingerprint
    assert [e.action for e in other.audit.entries(action_prefix="exchange.identity")] == [
        "exchange.identity.rotate",
        "exchange.identity.create",
    ]


def test_two_pairs_cannot_share_a_name(store, other, tmp_path: Path) -> None:
    third, _ = create_store(tmp_path / "derde", PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    try:
        ident.pair(store, ident.parse_identity(ident.export_identity(other)), name="OM", role="om")
        with pytest.raises(PairNameTaken):
            ident.pair(store, ident.parse_identity(ident.export_identity(third)), name="OM", role="om")
    finally:
        third.close()


# --- step 2: global ids, owners, versions ------------------------------------------------------------
def _records(store, kind: str) -> list[tuple]:
    return store.db.execute(
        "SELECT uid, local_id, owner, version, deleted FROM exchange_records WHERE kind = ? ORDER BY local_id",
        (kind,),
    ).fetchall()


def test_every_written_row_gets_a_uuid_and_a_version_that_follows_changes(store) -> None:
    made = scenario(store)
    for kind in (
        "case",
        "meeting",
        "meeting_record",
        "participant",
        "attendance",
        "agenda_item",
        "item_minutes",
    ):
        assert _records(store, kind), kind
    for kind in ("decision", "action", "amendment", "seal"):
        assert _records(store, kind), kind
    uids = [r[0] for r in store.db.execute("SELECT uid FROM exchange_records").fetchall()]
    assert len(uids) == len(set(uids)) and all(len(u) == 36 and u[14] == "4" for u in uids)
    s: Services = made["s"]
    item = made["items"][0]
    tracking.reconcile(store.db)  # the exchange looks (as a package would): the versions it knows
    before = dict((r[1], r[3]) for r in _records(store, "item_minutes"))[item.id]
    planning_before = dict((r[1], r[3]) for r in _records(store, "agenda_item"))[item.id]
    m2_items = s.q.agenda(made["m2"].id).items
    case_item = next(i for i in m2_items if i.case_id)
    s.minutes.save_minutes(case_item.id, "Het OM beraadt zich nog.")
    tracking.reconcile(store.db)  # since m0009 a change gets its version at the next look
    after = dict((r[1], r[3]) for r in _records(store, "item_minutes"))
    assert after[case_item.id] > 1
    # Writing the minutes of one item changes neither its planning kind nor other items.
    assert dict((r[1], r[3]) for r in _records(store, "item_minutes"))[item.id] == before
    assert dict((r[1], r[3]) for r in _records(store, "agenda_item"))[item.id] == planning_before


def test_deleting_a_row_leaves_a_tombstone_and_frees_the_local_id(store) -> None:
    (case_id,) = make_cases(store, 1)
    s = Services(store)
    from datetime import date

    meeting = s.meetings.create_meeting(date(2026, 4, 2), "10:00", place="Den Haag", chair="V")
    item = s.agenda.add_case_item(meeting.id, case_id)
    uid = store.db.execute(
        "SELECT uid FROM exchange_records WHERE kind = 'agenda_item' AND local_id = ?", (item.id,)
    ).fetchone()[0]
    s.agenda.remove_item(item.id)
    row = store.db.execute(
        "SELECT local_id, deleted, version FROM exchange_records WHERE uid = ?", (uid,)
    ).fetchone()
    assert row[0] is None and row[1] == 1 and row[2] >= 2
    again = s.agenda.add_case_item(meeting.id, case_id)
    assert (
        store.db.execute(
            "SELECT count(*) FROM exchange_records WHERE kind = 'agenda_item' AND local_id = ?", (again.id,)
        ).fetchone()[0]
        == 1
    )


def test_a_case_on_an_agenda_belongs_to_the_secretary(store, other) -> None:
    ident.pair(
        store, ident.parse_identity(ident.export_identity(other)), name="Secretaris", role="secretaris"
    )
    ident.set_role(store, "voorzitter")
    (case_id,) = make_cases(store, 1)
    owner = "SELECT owner FROM exchange_records WHERE kind = ? AND local_id = ?"
    assert store.db.execute(owner, ("case", case_id)).fetchone()[0] == ""
    s = Services(store)
    from datetime import date

    meeting = s.meetings.create_meeting(date(2026, 4, 2), "10:00", place="Den Haag", chair="V")
    assert store.db.execute(owner, ("meeting", meeting.id)).fetchone()[0] == ""
    assert store.db.execute(owner, ("meeting_record", meeting.id)).fetchone()[0] == other.store_id
    item = s.agenda.add_case_item(meeting.id, case_id)
    assert store.db.execute(owner, ("agenda_item", item.id)).fetchone()[0] == ""
    assert store.db.execute(owner, ("item_minutes", item.id)).fetchone()[0] == other.store_id
    assert store.db.execute(owner, ("case", case_id)).fetchone()[0] == other.store_id
