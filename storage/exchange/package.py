"""The ``.otpak`` file: a signed header, a body encrypted once and its key wrapped per recipient.

Layout (all lengths big-endian)::

    b"OTPAK\\n"                      magic
    u32 n, n bytes                   header: canonical JSON (see below)
    u64 m, m bytes                   body: ChaCha20-Poly1305(content key, nonce, padded JSON, aad=header)
    64 bytes                         Ed25519 signature by the sender over everything before it

Header: ``{"format": 1, "sender": <fingerprint>, "created": <ISO time>, "seq": <package number of
the sender>, "nonce": <hex>, "recipients": [{"fp": <fingerprint>, "epk": <hex>, "key": <hex>}]}``.
Nothing else is in the clear: no store ids, names, numbers or counts.

Key wrapping follows age's X25519 recipient: a fresh ephemeral X25519 key per recipient, the shared
secret through HKDF-SHA256 (salt = ephemeral public key || recipient public key) into a wrapping
key that encrypts the 32-byte content key with ChaCha20-Poly1305 (aad = recipient fingerprint).
All primitives come from ``cryptography``. The plaintext is padded with zeros to the Padmé length
(at most ~12 % more), so the file size tells little more than the order of magnitude.

Opening checks, in this order, each with its own error: magic and lengths, format version, a paired
sender, the signature, a recipient entry for this store, the key unwrap and the body decryption.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.exchange.errors import (
    BadSignature,
    CannotDecrypt,
    NotAPackage,
    NotForThisStore,
    UnsupportedPackage,
)
from storage.i18n import pick

MAGIC = b"OTPAK\n"
FORMAT_VERSION = 1
MAX_HEADER = 64 * 1024
MAX_RECIPIENTS = 16
SIGNATURE_LENGTH = 64
_WRAP_INFO = b"overlegtafel-otpak/1 wrap"


@dataclass(frozen=True)
class Recipient:
    fingerprint: str
    x25519_public: bytes


@dataclass(frozen=True)
class Header:
    format: int
    sender: str
    created: str
    seq: int
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class Parsed:
    """A package split into its parts; nothing is verified yet except the framing."""

    header: Header
    header_raw: dict[str, Any]
    header_bytes: bytes
    body: bytes
    signed: bytes
    signature: bytes


def padme(length: int) -> int:
    """Padmé (Nikitin et al., PURBs): round up so that only O(log log n) bits of the length show."""
    if length < 2:
        return length
    e = length.bit_length() - 1
    s = e.bit_length()
    last_bits = e - s
    mask = (1 << last_bits) - 1
    return (length + mask) & ~mask


def _pad(payload: bytes) -> bytes:
    framed = struct.pack(">Q", len(payload)) + payload
    return framed + bytes(padme(len(framed)) - len(framed))


def _unpad(padded: bytes) -> bytes:
    if len(padded) < 8:
        raise CannotDecrypt()
    (length,) = struct.unpack(">Q", padded[:8])
    if length > len(padded) - 8:
        raise CannotDecrypt()
    return padded[8 : 8 + length]


def _wrap_key(shared: bytes, epk: bytes, rpk: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + rpk, info=_WRAP_INFO).derive(shared)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode()


def build(
    payload: bytes,
    *,
    sender_fingerprint: str,
    signer: Ed25519PrivateKey,
    recipients: list[Recipient],
    created: str,
    seq: int,
) -> bytes:
    content_key = ChaCha20Poly1305.generate_key()
    nonce = os.urandom(12)
    entries = []
    for recipient in recipients:
        ephemeral = X25519PrivateKey.generate()
        epk = _raw_public(ephemeral.public_key())
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.x25519_public))
        wrapped = ChaCha20Poly1305(_wrap_key(shared, epk, recipient.x25519_public)).encrypt(
            bytes(12), content_key, recipient.fingerprint.encode()
        )
        entries.append({"fp": recipient.fingerprint, "epk": epk.hex(), "key": wrapped.hex()})
    header = _canonical(
        {
            "format": FORMAT_VERSION,
            "sender": sender_fingerprint,
            "created": created,
            "seq": seq,
            "nonce": nonce.hex(),
            "recipients": entries,
        }
    )
    body = ChaCha20Poly1305(content_key).encrypt(nonce, _pad(payload), header)
    signed = MAGIC + struct.pack(">I", len(header)) + header + struct.pack(">Q", len(body)) + body
    return signed + signer.sign(signed)


def _not_a_package(detail_nl: str, detail_en: str) -> NotAPackage:
    return NotAPackage(detail=pick(detail_nl, detail_en))


def parse(data: bytes) -> Parsed:
    if not data.startswith(MAGIC):
        raise _not_a_package("het begin klopt niet", "the start is wrong")
    try:
        pos = len(MAGIC)
        (n,) = struct.unpack_from(">I", data, pos)
        pos += 4
        if n > MAX_HEADER:
            raise _not_a_package("kop te groot", "header too large")
        header_bytes = data[pos : pos + n]
        pos += n
        (m,) = struct.unpack_from(">Q", data, pos)
        pos += 8
    except struct.error as exc:
        raise _not_a_package("afgekapt", "truncated") from exc
    if len(header_bytes) != n or len(data) != pos + m + SIGNATURE_LENGTH:
        raise _not_a_package("lengtes kloppen niet", "lengths do not add up")
    try:
        raw = json.loads(header_bytes)
        version = raw["format"]
    except (ValueError, KeyError, TypeError) as exc:
        raise _not_a_package("kop onleesbaar", "header unreadable") from exc
    if version != FORMAT_VERSION:
        raise UnsupportedPackage(version=version, supported=FORMAT_VERSION)
    try:
        recipients = raw["recipients"]
        if not isinstance(recipients, list) or not 0 < len(recipients) <= MAX_RECIPIENTS:
            raise ValueError("recipients")
        header = Header(
            int(version),
            str(raw["sender"]),
            str(raw["created"]),
            int(raw["seq"]),
            tuple(str(r["fp"]) for r in recipients),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise _not_a_package("kop onvolledig", "header incomplete") from exc
    body = data[pos : pos + m]
    return Parsed(header, raw, header_bytes, body, data[: pos + m], data[pos + m :])


def verify(parsed: Parsed, ed25519_public: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(ed25519_public).verify(parsed.signature, parsed.signed)
    except InvalidSignature as exc:
        raise BadSignature() from exc


def decrypt(parsed: Parsed, fingerprint: str, x25519_private: bytes) -> bytes:
    """The payload for the recipient with ``fingerprint`` (call ``verify`` first)."""
    entry = next((r for r in parsed.header_raw["recipients"] if r.get("fp") == fingerprint), None)
    if entry is None:
        raise NotForThisStore()
    try:
        private = X25519PrivateKey.from_private_bytes(x25519_private)
        epk = bytes.fromhex(entry["epk"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
        wrap = _wrap_key(shared, epk, _raw_public(private.public_key()))
        content_key = ChaCha20Poly1305(wrap).decrypt(
            bytes(12), bytes.fromhex(entry["key"]), fingerprint.encode()
        )
        nonce = bytes.fromhex(parsed.header_raw["nonce"])
        return _unpad(ChaCha20Poly1305(content_key).decrypt(nonce, parsed.body, parsed.header_bytes))
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        raise CannotDecrypt() from exc
