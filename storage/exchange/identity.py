"""A store's long-term exchange identity, its fingerprint, and the list of paired stores.

Keys: an X25519 pair (packages are encrypted to it) and an Ed25519 pair (packages are signed with
it), both from ``cryptography``. The private halves live in ``exchange_keys`` inside the SQLCipher
database (see migration m0005 for why they are not wrapped a second time).

Fingerprint (read aloud when pairing, like Signal's safety numbers): SHA-512 over a version tag,
the store id and both public keys, then 5,200 more rounds of SHA-512(digest || keys) so that
searching for a look-alike identity is costly; the first 60 bytes give 12 chunks of 5 bytes, each
read as a big-endian number modulo 100,000 and written as 5 digits. One store has one fingerprint
(its own keys); both sides compare the other side's 12 groups with what the other screen shows.

Public identity: a text block (``-----BEGIN OVERLEGTAFEL IDENTITEIT-----`` … base64 JSON …) holding
the store id, both public keys, the creation date and an Ed25519 self-signature, which proves that
whoever made the block holds the signing key. It carries nothing secret and no content.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from storage.exchange.errors import (
    IdentityInvalid,
    OwnIdentity,
    PairNameTaken,
    PairNotFound,
    UnknownRole,
)
from storage.exchange.kinds import ROLES
from storage.i18n import pick
from storage.store import Store

FORMAT = "overlegtafel-identiteit/1"
BEGIN = "-----BEGIN OVERLEGTAFEL IDENTITEIT-----"
END = "-----END OVERLEGTAFEL IDENTITEIT-----"
FINGERPRINT_ROUNDS = 5200
_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_NO_ENC = serialization.NoEncryption()


@functools.lru_cache(maxsize=64)  # deliberately slow to compute; the inputs are public
def fingerprint(store_id: str, x25519_public: bytes, ed25519_public: bytes) -> str:
    """60 digits (12 groups of 5 when shown); see the module docstring."""
    keys = x25519_public + ed25519_public
    digest = hashlib.sha512(b"\x00\x01" + store_id.encode() + b"\x00" + keys).digest()
    for _ in range(FINGERPRINT_ROUNDS):
        digest = hashlib.sha512(digest + keys).digest()
    return "".join(f"{int.from_bytes(digest[i : i + 5], 'big') % 100000:05d}" for i in range(0, 60, 5))


def show_fingerprint(digits: str) -> str:
    """``12345 67890 …`` in three lines of four groups."""
    groups = [digits[i : i + 5] for i in range(0, len(digits), 5)]
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


@dataclass(frozen=True)
class PublicIdentity:
    store_id: str
    x25519_public: bytes
    ed25519_public: bytes
    created_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.store_id, self.x25519_public, self.ed25519_public)


@dataclass(frozen=True)
class Identity(PublicIdentity):
    role: str
    x25519_private: bytes
    ed25519_private: bytes

    def public(self) -> PublicIdentity:
        return PublicIdentity(self.store_id, self.x25519_public, self.ed25519_public, self.created_at)

    def signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.ed25519_private)


@dataclass(frozen=True)
class Pair:
    store_id: str
    name: str
    role: str
    x25519_public: bytes
    ed25519_public: bytes
    fingerprint: str
    paired_at: str
    unpaired_at: str | None
    last_seq: int

    @property
    def active(self) -> bool:
        return self.unpaired_at is None


def _now(store: Store) -> str:
    return store.now().isoformat(timespec="seconds")


def _new_keys(store: Store) -> None:
    x = X25519PrivateKey.generate()
    e = Ed25519PrivateKey.generate()
    store.db.execute(
        "INSERT INTO exchange_keys(created_at, x25519_private, x25519_public, ed25519_private, ed25519_public) "
        "VALUES (?,?,?,?,?)",
        (
            _now(store),
            x.private_bytes(_RAW, _RAW_PRIV, _NO_ENC),
            x.public_key().public_bytes(_RAW, _RAW_PUB),
            e.private_bytes(_RAW, _RAW_PRIV, _NO_ENC),
            e.public_key().public_bytes(_RAW, _RAW_PUB),
        ),
    )


def _load(store: Store, *, retired: bool = False) -> list[Identity]:
    role = str(store.db.execute("SELECT role FROM exchange_self WHERE id = 1").fetchone()[0])
    where = "retired_at IS NOT NULL" if retired else "retired_at IS NULL"
    rows = store.db.execute(
        "SELECT created_at, x25519_private, x25519_public, ed25519_private, ed25519_public "
        f"FROM exchange_keys WHERE {where} ORDER BY id DESC"
    ).fetchall()
    return [
        Identity(store.store_id, bytes(r[2]), bytes(r[4]), str(r[0]), role, bytes(r[1]), bytes(r[3]))
        for r in rows
    ]


def current_identity(store: Store) -> Identity | None:
    found = _load(store)
    return found[0] if found else None


def decryption_identities(store: Store) -> list[Identity]:
    """The current identity first, then retired ones (packages made before a rotation)."""
    return _load(store) + _load(store, retired=True)


def ensure_identity(store: Store) -> Identity:
    """This store's identity, created (and logged) on first use."""
    with store.db.atomic():
        found = current_identity(store)
        if found is not None:
            return found
        _new_keys(store)
        created = current_identity(store)
        assert created is not None
        store.audit.append(
            "exchange.identity.create", "store", store.store_id, detail={"fingerprint": created.fingerprint}
        )
        return created


def rotate_keys(store: Store) -> Identity:
    """New key pairs; the old ones stay for reading older packages. Paired stores must import the
    new public identity (and compare the new fingerprint) before they can send to this store."""
    with store.db.atomic():
        old = ensure_identity(store)
        store.db.execute("UPDATE exchange_keys SET retired_at = ? WHERE retired_at IS NULL", (_now(store),))
        _new_keys(store)
        new = current_identity(store)
        assert new is not None
        store.audit.append(
            "exchange.identity.rotate",
            "store",
            store.store_id,
            detail={"previous": old.fingerprint, "fingerprint": new.fingerprint},
        )
        return new


def check_role(role: str) -> str:
    cleaned = role.strip().lower()
    if cleaned not in ROLES:
        raise UnknownRole(role=role)
    return cleaned


def set_role(store: Store, role: str) -> str:
    role = check_role(role)
    with store.db.atomic():
        store.db.execute("UPDATE exchange_self SET role = ? WHERE id = 1", (role,))
        store.audit.append("exchange.role", "store", store.store_id, detail={"role": role})
    return role


# --- the public identity as text ------------------------------------------------------------------
def _signed_part(store_id: str, x_pub: bytes, e_pub: bytes, created_at: str) -> bytes:
    return json.dumps(
        [FORMAT, store_id, x_pub.hex(), e_pub.hex(), created_at], separators=(",", ":")
    ).encode()


def export_identity(store: Store) -> str:
    me = ensure_identity(store)
    signature = me.signer().sign(
        _signed_part(me.store_id, me.x25519_public, me.ed25519_public, me.created_at)
    )
    body = {
        "format": FORMAT,
        "store": me.store_id,
        "x25519": me.x25519_public.hex(),
        "ed25519": me.ed25519_public.hex(),
        "created": me.created_at,
        "signature": signature.hex(),
    }
    encoded = base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()
    lines = [encoded[i : i + 64] for i in range(0, len(encoded), 64)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


def _invalid(nl: str, en: str) -> IdentityInvalid:
    return IdentityInvalid(detail=pick(nl, en))


def parse_identity(text: str) -> PublicIdentity:
    if len(text) > 20_000 or BEGIN not in text or END not in text:
        raise _invalid("begin- of eindregel ontbreekt.", "begin or end line missing.")
    inner = text.split(BEGIN, 1)[1].split(END, 1)[0]
    try:
        body = json.loads(base64.b64decode("".join(inner.split()), validate=True))
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise _invalid("onbekend formaat.", "unknown format.")
        store_id, created = str(body["store"]), str(body["created"])
        x_pub, e_pub = bytes.fromhex(body["x25519"]), bytes.fromhex(body["ed25519"])
        signature = bytes.fromhex(body["signature"])
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise _invalid("de tekst is beschadigd.", "the text is damaged.") from exc
    if len(x_pub) != 32 or len(e_pub) != 32 or not store_id or len(store_id) > 100:
        raise _invalid(
            "sleutels of opslag-id hebben een verkeerde lengte.", "keys or store id have a wrong length."
        )
    try:
        Ed25519PublicKey.from_public_bytes(e_pub).verify(
            signature, _signed_part(store_id, x_pub, e_pub, created)
        )
    except InvalidSignature as exc:
        raise _invalid("de handtekening klopt niet.", "the signature does not verify.") from exc
    return PublicIdentity(store_id, x_pub, e_pub, created)


# --- paired stores ------------------------------------------------------------------------------------
def _pair(row: Sequence[Any]) -> Pair:
    return Pair(
        str(row[0]),
        str(row[1]),
        str(row[2]),
        bytes(row[3]),
        bytes(row[4]),
        str(row[5]),
        str(row[6]),
        row[7],
        int(row[8]),
    )


_PAIR_COLUMNS = (
    "store_id, name, role, x25519_public, ed25519_public, fingerprint, paired_at, unpaired_at, last_seq"
)


def pairs(store: Store, *, include_unpaired: bool = False) -> list[Pair]:
    where = "" if include_unpaired else " WHERE unpaired_at IS NULL"
    return [
        _pair(r)
        for r in store.db.execute(
            f"SELECT {_PAIR_COLUMNS} FROM exchange_pairs{where} ORDER BY name"
        ).fetchall()
    ]


def pair_by_store(store: Store, store_id: str) -> Pair | None:
    row = store.db.execute(
        f"SELECT {_PAIR_COLUMNS} FROM exchange_pairs WHERE store_id = ?", (store_id,)
    ).fetchone()
    return None if row is None else _pair(row)


def pair_by_name(store: Store, name: str) -> Pair:
    row = store.db.execute(
        f"SELECT {_PAIR_COLUMNS} FROM exchange_pairs WHERE name = ? AND unpaired_at IS NULL", (name.strip(),)
    ).fetchone()
    if row is None:
        raise PairNotFound(name=name)
    return _pair(row)


def pair(store: Store, identity: PublicIdentity, *, name: str, role: str) -> Pair:
    """Pair with another store (after both users compared its fingerprint). Pairing again with the
    same store updates its keys (after a rotation), name and role; every change is logged."""
    role = check_role(role)
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise _invalid("geef een naam van 1 tot 80 tekens.", "give a name of 1 to 80 characters.")
    if identity.store_id == store.store_id:
        raise OwnIdentity()
    with store.db.atomic():
        ensure_identity(store)
        taken = store.db.execute(
            "SELECT store_id FROM exchange_pairs WHERE name = ? AND unpaired_at IS NULL AND store_id <> ?",
            (name, identity.store_id),
        ).fetchone()
        if taken is not None:
            raise PairNameTaken(name=name)
        before = pair_by_store(store, identity.store_id)
        fp = identity.fingerprint
        store.db.execute(
            "INSERT INTO exchange_pairs(store_id, name, role, x25519_public, ed25519_public, fingerprint, paired_at) "
            "VALUES (?,?,?,?,?,?,?) ON CONFLICT(store_id) DO UPDATE SET name = excluded.name, role = excluded.role, "
            "x25519_public = excluded.x25519_public, ed25519_public = excluded.ed25519_public, "
            "fingerprint = excluded.fingerprint, paired_at = excluded.paired_at, unpaired_at = NULL",
            (identity.store_id, name, role, identity.x25519_public, identity.ed25519_public, fp, _now(store)),
        )
        detail: dict[str, object] = {"fingerprint": fp, "role": role}
        if before is not None and before.fingerprint != fp:
            detail["previous"] = before.fingerprint
        action = "exchange.pair" if before is None or not before.active else "exchange.pair.update"
        store.audit.append(action, "pair", name, detail=detail)
        found = pair_by_store(store, identity.store_id)
        assert found is not None
        return found


def unpair(store: Store, name: str) -> Pair:
    with store.db.atomic():
        found = pair_by_name(store, name)
        store.db.execute(
            "UPDATE exchange_pairs SET unpaired_at = ? WHERE store_id = ?", (_now(store), found.store_id)
        )
        store.audit.append("exchange.unpair", "pair", found.name, detail={"fingerprint": found.fingerprint})
        result = pair_by_store(store, found.store_id)
        assert result is not None
        return result
