"""The .otpak format on its own (issue 14, step 3): nothing readable beyond the fingerprints,
padding that hides the exact size, every byte covered by the signature, one key per recipient."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from storage.exchange import package
from storage.exchange.errors import (
    BadSignature,
    CannotDecrypt,
    NotAPackage,
    NotForThisStore,
    UnsupportedPackage,
)

RAW = serialization.Encoding.Raw


def _keys() -> tuple[X25519PrivateKey, bytes]:
    key = X25519PrivateKey.generate()
    return key, key.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)


def _private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


@pytest.fixture
def parts():
    signer = Ed25519PrivateKey.generate()
    (a, a_pub), (b, b_pub) = _keys(), _keys()
    recipients = [package.Recipient("1" * 60, a_pub), package.Recipient("2" * 60, b_pub)]

    def build(payload: bytes, seq: int = 7) -> bytes:
        return package.build(
            payload,
            sender_fingerprint="9" * 60,
            signer=signer,
            recipients=recipients,
            created="2026-02-05T10:00:00+01:00",
            seq=seq,
        )

    return build, signer, a, b


def test_only_fingerprints_time_and_number_are_readable(parts) -> None:
    build, signer, a, _b = parts
    secret = json.dumps({"reference": "C-2026-014", "summary": "Fictieve samenvatting"}).encode()
    data = build(secret)
    assert b"C-2026-014" not in data and b"Fictieve" not in data
    parsed = package.parse(data)
    assert set(parsed.header_raw) == {"format", "sender", "created", "seq", "nonce", "recipients"}
    assert parsed.header.recipients == ("1" * 60, "2" * 60)
    package.verify(parsed, signer.public_key().public_bytes(RAW, serialization.PublicFormat.Raw))
    assert package.decrypt(parsed, "1" * 60, _private(a)) == secret


def test_padding_hides_the_exact_size(parts) -> None:
    build = parts[0]
    sizes = {len(build(b"x" * n)) for n in range(5000, 5200)}
    assert len(sizes) <= 2  # two hundred different lengths fall into one or two buckets
    for n in (10, 1000, 100_000):
        assert n <= package.padme(n) <= n * 1.13 + 1


def test_each_recipient_opens_with_its_own_key_and_nobody_else_does(parts) -> None:
    build, _signer, a, b = parts
    parsed = package.parse(build(b"inhoud"))
    assert package.decrypt(parsed, "2" * 60, _private(b)) == b"inhoud"
    with pytest.raises(CannotDecrypt):
        package.decrypt(parsed, "2" * 60, _private(a))  # a's key on b's entry
    with pytest.raises(NotForThisStore):
        package.decrypt(parsed, "3" * 60, _private(a))


def test_every_byte_is_covered_by_the_signature(parts) -> None:
    build, signer, _a, _b = parts
    public = signer.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)
    data = build(b"inhoud" * 50)
    for position in range(len(package.MAGIC) + 4, len(data), 97):
        bad = bytearray(data)
        bad[position] ^= 0x01
        try:
            parsed = package.parse(bytes(bad))
        except (NotAPackage, UnsupportedPackage):
            continue  # framing or header no longer readable: refused before any key is used
        with pytest.raises(BadSignature):
            package.verify(parsed, public)


def test_truncated_or_foreign_files_are_refused_before_anything_else(parts) -> None:
    data = parts[0](b"inhoud")
    for broken in (b"", b"PK\x03\x04", data[:10], data[:-1], data + b"x"):
        with pytest.raises(NotAPackage):
            package.parse(broken)
    newer = data.replace(b'"format":1', b'"format":2', 1)
    with pytest.raises(UnsupportedPackage):
        package.parse(newer)
