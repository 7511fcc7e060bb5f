"""Must-show 2 of issue 14: packages that must be refused, each with its own message, and a
receiving store that stays byte-for-byte the same where nothing was accepted."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.errors import StoreError
from storage.exchange import exporting, package
from storage.exchange import identity as ident
from storage.exchange import records as rec
from storage.exchange import service as ex
from storage.exchange.errors import (
    BadSignature,
    ImportConflict,
    NotForThisStore,
    PackageOutdated,
    PackageReplayed,
    SealUnproven,
    UnpairedSender,
)
from storage.store import Store
from tests.helpers.exchange import ROLES, fictitious_case, new_store, receive, send, three_stores
from tests.helpers.meetings import scenario

BSN = "111222333"  # passes the elfproef; fictitious


@pytest.fixture
def st(tmp_path: Path) -> Iterator[dict[str, Store]]:
    with three_stores(tmp_path) as stores:
        ids = [fictitious_case(stores["ind"], n) for n in (21, 22)]
        offered = send(stores["ind"], ["voorzitter", "secretaris"], tmp_path / "aanbod.otpak", case_ids=ids)
        receive(stores["secretaris"], offered)
        receive(stores["voorzitter"], offered)
        stores["ind"].case_ids = ids  # type: ignore[attr-defined]
        yield stores


def files(store: Store) -> str:
    digest = hashlib.sha256()
    for path in (store.paths.database, store.paths.wal):
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


def settled(store: Store) -> str:
    store.checkpoint()
    return files(store)


def forge(sender: Store, to_role: str, records: list[rec.Record], tamper=None) -> bytes:
    """A validly signed package from a paired store whose content the test chooses."""
    me = ident.current_identity(sender)
    target = ident.pair_by_name(sender, ROLES[to_role])
    with sender.db.atomic():
        seq = exporting._next_seq(sender)
    payload = exporting.body(sender, records)
    if tamper is not None:
        payload = json.dumps(tamper(json.loads(payload))).encode()
    return package.build(
        payload,
        sender_fingerprint=me.fingerprint,
        signer=me.signer(),
        recipients=[package.Recipient(target.fingerprint, target.x25519_public)],
        created="2026-02-03T10:00:00+01:00",
        seq=seq,
    )


def refused_whole(store: Store, data: bytes, error: type[StoreError]) -> str:
    before = settled(store)
    with pytest.raises(error) as caught:
        ex.import_package(store, data)
    assert files(store) == before, "the receiving store changed"
    return caught.value.message("nl")


def test_tampered_ciphertext_and_header_wrong_recipient_and_unpaired_sender(st, tmp_path: Path) -> None:
    ind, chair, sec = st["ind"], st["voorzitter"], st["secretaris"]
    fictitious_case(ind, 23)
    good = send(ind, ["secretaris"], tmp_path / "goed.otpak", since=0).read_bytes()
    parsed = package.parse(good)
    body_at = len(good) - package.SIGNATURE_LENGTH - len(parsed.body)
    tampered_body = bytearray(good)
    tampered_body[body_at + 10] ^= 0x01
    header_at = good.index(b'"created":"') + len(b'"created":"')
    tampered_header = bytearray(good)
    tampered_header[header_at + 3] = ord("9") if good[header_at + 3] != ord("9") else ord("8")
    messages = [
        refused_whole(sec, bytes(tampered_body), BadSignature),
        refused_whole(sec, bytes(tampered_header), BadSignature),
    ]
    for_chair = send(ind, ["voorzitter"], tmp_path / "voorzitter.otpak", since=0).read_bytes()
    messages.append(refused_whole(sec, for_chair, NotForThisStore))
    stranger = new_store(tmp_path / "vreemd", "ind")
    try:
        ident.pair(
            stranger, ident.parse_identity(ident.export_identity(sec)), name="Secretaris", role="secretaris"
        )
        fictitious_case(stranger, 40)
        unpaired = send(stranger, ["secretaris"], tmp_path / "vreemd.otpak", since=0).read_bytes()
    finally:
        stranger.close()
    messages.append(refused_whole(sec, unpaired, UnpairedSender))
    ident.unpair(sec, ROLES["ind"])
    messages.append(refused_whole(sec, good, UnpairedSender))
    assert len(set(messages[1:4])) == 3  # bad signature, not for this store, unpaired: three messages
    assert messages[0] == messages[1] and "handtekening" in messages[0]
    # The untouched package still imports once the sender is paired again.
    ident.pair(sec, ident.parse_identity(ident.export_identity(ind)), name=ROLES["ind"], role="ind")
    assert ex.import_package(sec, good).written
    assert chair.is_open


def test_replay_and_older_after_newer_change_nothing(st, tmp_path: Path) -> None:
    ind, sec = st["ind"], st["secretaris"]
    fictitious_case(ind, 24)
    older = send(ind, ["secretaris"], tmp_path / "1.otpak", since=0).read_bytes()
    fictitious_case(ind, 25)
    newer = send(ind, ["secretaris"], tmp_path / "2.otpak", since=0).read_bytes()
    assert ex.import_package(sec, newer).written
    replay = refused_whole(sec, newer, PackageReplayed)
    outdated = refused_whole(sec, older, PackageOutdated)
    assert replay != outdated and "al eerder ingelezen" in replay and "ouder" in outdated


def _only_refusal(store: Store, data: bytes) -> ex.Preview:
    before = settled(store)
    preview = ex.preview_package(store, data)
    result = ex.import_package(store, data)
    assert not result.accepted and not result.written
    assert files(store) == before, "the receiving store changed"
    assert [v.status for v in preview.verdicts if v.status != "unchanged"] == ["refused"] * len(
        preview.refused
    )
    return result


def test_a_change_by_a_store_that_does_not_own_the_record_is_refused(st, tmp_path: Path) -> None:
    ind, chair, sec = st["ind"], st["voorzitter"], st["secretaris"]
    ref = ind.db.execute("SELECT reference FROM cases WHERE id = ?", (ind.case_ids[0],)).fetchone()[0]
    chair_case = chair.db.execute("SELECT id FROM cases WHERE reference = ?", (ref,)).fetchone()[0]
    chair.db.execute(
        "UPDATE cases SET question = 'Andere vraag van de voorzitter.' WHERE id = ?", (chair_case,)
    )
    data = send(chair, ["secretaris"], tmp_path / "niet-eigenaar.otpak", case_ids=[chair_case]).read_bytes()
    result = _only_refusal(sec, data)
    (verdict,) = result.refused
    assert verdict.reason == "not_owner" and "niet de eigenaar" in verdict.message and verdict.label == ref


def test_a_summary_with_a_bsn_is_refused_unless_kept_with_a_reason(st, tmp_path: Path) -> None:
    ind, sec = st["ind"], st["secretaris"]
    # As if the IND officer had kept the number on their own laptop: the receiver checks again.
    ind.db.execute(
        "UPDATE cases SET summary = ? WHERE id = ?", (f"Fictieve casus met BSN {BSN}.", ind.case_ids[1])
    )
    data = send(ind, ["secretaris"], tmp_path / "bsn.otpak", case_ids=[ind.case_ids[1]]).read_bytes()
    result = _only_refusal(sec, data)
    (verdict,) = result.refused
    assert (
        verdict.reason == "personal_data" and "samenvatting" in verdict.message and BSN not in verdict.message
    )
    kept = ex.import_package(sec, data, keep={verdict.uid: "Fictief testnummer, afgestemd met de IND."})
    assert [v.status for v in kept.verdicts] == ["changed"] and kept.written
    entry = sec.audit.entries(action_prefix="exchange.import", limit=1)[0]
    assert entry.detail["kept"] and BSN not in str(entry.detail)


def test_a_package_cannot_change_adopted_minutes(st, tmp_path: Path) -> None:
    chair, sec = st["voorzitter"], st["secretaris"]
    made = scenario(sec)
    m1 = made["m1"]
    arrived = receive(chair, send(sec, ["voorzitter"], tmp_path / "vastgesteld.otpak", meeting_id=m1.id))
    assert not arrived.refused and chair.db.execute("SELECT count(*) FROM seals").fetchone()[0] == 1
    item = made["items"][0]
    uid = rec.uid_of(sec, "item_minutes", item.id)
    (minutes,) = rec.read_many(sec, [uid])
    changed = dataclasses.replace(
        minutes, version=minutes.version + 5, fields={**minutes.fields, "minutes": "Achteraf herschreven."}
    )
    result = _only_refusal(chair, forge(sec, "voorzitter", [changed]))
    (verdict,) = result.refused
    assert verdict.reason == "sealed" and m1.number in verdict.message


def test_each_refusal_has_its_own_message() -> None:
    from storage.exchange.verdicts import REASONS

    texts = [nl for nl, _ in REASONS.values()] + [en for _, en in REASONS.values()]
    assert len(set(texts)) == len(texts)
    errors = [BadSignature, NotForThisStore, UnpairedSender, PackageReplayed, PackageOutdated]
    assert len({e.nl for e in errors}) == len(errors)


def test_a_seal_must_arrive_with_the_sealing_stores_log_entry(st, tmp_path: Path) -> None:
    chair, sec = st["voorzitter"], st["secretaris"]
    made = scenario(sec)
    records = rec.read_many(sec, ex.scope(sec, meeting_id=made["m1"].id))
    assert any(r.kind == "seal" for r in records)

    def without_log(body: dict) -> dict:
        return {**body, "seal_log": {}}

    def other_fingerprint(body: dict) -> dict:
        for entry in body["seal_log"].values():
            detail = json.loads(entry[7])
            entry[7] = json.dumps({**detail, "fingerprint": "0" * 64}, sort_keys=True)
        return body

    first = refused_whole(chair, forge(sec, "voorzitter", records, without_log), SealUnproven)
    second = refused_whole(chair, forge(sec, "voorzitter", records, other_fingerprint), SealUnproven)
    assert first == second and "logboek" in first
    # The genuine package carries the entry; the receiver keeps the chain link in its own log.
    arrived = ex.import_package(chair, forge(sec, "voorzitter", records))
    assert arrived.written and not arrived.refused
    entry = next(
        e for e in chair.audit.entries(action_prefix="exchange.import", limit=200) if e.object_type == "seal"
    )
    assert entry.detail["seal_log"].count(":") == 1


def test_a_package_that_breaks_a_rule_of_the_receiving_schema_imports_nothing(st, tmp_path: Path) -> None:
    chair, sec = st["voorzitter"], st["secretaris"]
    made = scenario(sec)
    m2 = made["m2"]
    assert not receive(chair, send(sec, ["voorzitter"], tmp_path / "m2.otpak", meeting_id=m2.id)).refused
    (item,) = [
        r
        for r in rec.read_many(sec, ex.scope(sec, meeting_id=m2.id))
        if r.kind == "agenda_item" and r.fields["case_id"]
    ]
    twin = dataclasses.replace(
        item, uid="00000000-0000-4000-8000-000000000001", fields={**item.fields, "position": 99}
    )
    message = refused_whole(chair, forge(sec, "voorzitter", [twin]), ImportConflict)
    assert "botst" in message
