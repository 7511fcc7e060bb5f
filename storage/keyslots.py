"""The key file: the database key K wrapped with AES-256-GCM in one or more slots.

* passphrase slot: KEK = HKDF(Argon2id(passphrase, salt) ‖ device secret); the device secret lives
  in the OS keyring, or is absent when the user chose "passphrase only on this computer".
* recovery slot: KEK = Argon2id(recovery code).

The associated data binds each slot to its store, kind and key, so slots cannot be moved between
stores. K itself never touches the disk unwrapped.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage import kdf
from storage.atomic import write_atomic
from storage.errors import KeyFileCorrupt, RecoveryCodeWrong, WrongPassphrase
from storage.file_safety import read_no_link
from storage.i18n import pick

FORMAT = "overlegtafel-keyfile"
VERSION = 1
KEY_BYTES = 32

SlotKind = Literal["passphrase", "recovery"]
DeviceMode = Literal["keyring", "none"]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def new_database_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def key_id(key: bytes | bytearray) -> str:
    """A short public identifier of K, so a slot can say which key it wraps."""
    return hmac.new(bytes(key), b"overlegtafel key id", hashlib.sha256).hexdigest()[:16]


def normalise_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class Slot:
    kind: SlotKind
    slot_id: str
    key_id: str
    kdf: kdf.KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    created: str
    device: DeviceMode = "none"
    pending: bool = False

    def aad(self, store_id: str) -> bytes:
        return f"{FORMAT}/v{VERSION}/{store_id}/{self.kind}/{self.slot_id}/{self.key_id}".encode()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": self.kind,
            "id": self.slot_id,
            "key_id": self.key_id,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
            "created": self.created,
        }
        if self.kind == "passphrase":
            data["device"] = self.device
        if self.pending:
            data["pending"] = True
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Slot:
        kind = data["kind"]
        if kind not in ("passphrase", "recovery"):
            raise ValueError(f"unknown slot kind {kind!r}")
        device = data.get("device", "none")
        if device not in ("keyring", "none"):
            raise ValueError(f"unknown device mode {device!r}")
        kdf_data = data["kdf"]
        if not isinstance(kdf_data, dict):
            raise ValueError("kdf must be an object")
        return cls(
            kind=kind,  # type: ignore[arg-type]
            slot_id=str(data["id"]),
            key_id=str(data["key_id"]),
            kdf=kdf.KdfParams.from_json(kdf_data),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
            created=str(data["created"]),
            device=device,  # type: ignore[arg-type]
            pending=bool(data.get("pending", False)),
        )


def _passphrase_kek(
    store_id: str, passphrase: str, device_secret: bytes | None, salt: bytes, params: kdf.KdfParams
) -> bytes:
    stretched = kdf.derive(normalise_passphrase(passphrase), salt, params)
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=salt,
        info=f"overlegtafel passphrase slot v1 {store_id}".encode(),
    ).derive(stretched + (device_secret or b""))


def _recovery_kek(code: str, salt: bytes, params: kdf.KdfParams) -> bytes:
    return kdf.derive(code.encode("ascii"), salt, params)


def _seal(
    kind: SlotKind,
    key: bytes | bytearray,
    store_id: str,
    kek: bytes,
    salt: bytes,
    params: kdf.KdfParams,
    device: DeviceMode,
) -> Slot:
    draft = Slot(
        kind=kind,
        slot_id=secrets.token_hex(8),
        key_id=key_id(key),
        kdf=params,
        salt=salt,
        nonce=b"",
        ciphertext=b"",
        created=now_iso(),
        device=device,
    )
    nonce = secrets.token_bytes(12)
    ciphertext = AESGCM(kek).encrypt(nonce, bytes(key), draft.aad(store_id))
    return replace(draft, nonce=nonce, ciphertext=ciphertext)


def make_passphrase_slot(
    key: bytes | bytearray,
    store_id: str,
    passphrase: str,
    device_secret: bytes | None,
    params: kdf.KdfParams,
) -> Slot:
    salt = secrets.token_bytes(16)
    kek = _passphrase_kek(store_id, passphrase, device_secret, salt, params)
    device: DeviceMode = "keyring" if device_secret is not None else "none"
    return _seal("passphrase", key, store_id, kek, salt, params, device)


def make_recovery_slot(key: bytes | bytearray, store_id: str, code: str, params: kdf.KdfParams) -> Slot:
    salt = secrets.token_bytes(16)
    return _seal("recovery", key, store_id, _recovery_kek(code, salt, params), salt, params, "none")


def _open(slot: Slot, store_id: str, kek: bytes) -> bytearray | None:
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.ciphertext, slot.aad(store_id))
    except InvalidTag:
        return None
    return bytearray(key)


def open_passphrase_slot(
    slot: Slot, store_id: str, passphrase: str, device_secret: bytes | None
) -> bytearray:
    kek = _passphrase_kek(store_id, passphrase, device_secret, slot.salt, slot.kdf)
    key = _open(slot, store_id, kek)
    if key is None:
        raise WrongPassphrase()
    return key


def open_recovery_slot(slot: Slot, store_id: str, code: str) -> bytearray:
    key = _open(slot, store_id, _recovery_kek(code, slot.salt, slot.kdf))
    if key is None:
        raise RecoveryCodeWrong()
    return key


@dataclass
class KeyFile:
    store_id: str
    created: str
    slots: list[Slot] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @classmethod
    def new(cls) -> KeyFile:
        return cls(store_id=secrets.token_hex(16), created=now_iso())

    def passphrase_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "passphrase"]

    def recovery_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "recovery"]

    @property
    def device_mode(self) -> DeviceMode:
        slots = [s for s in self.passphrase_slots() if not s.pending]
        return slots[0].device if slots else "none"

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "created": self.created,
            "slots": [s.to_json() for s in self.slots],
            "notices": self.notices,
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes(), store_file=True)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = read_no_link(path)
        except OSError as exc:
            raise KeyFileCorrupt(path=str(path), detail=exc.strerror or str(exc)) from exc
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError(
                    pick("dit is geen sleutelbestand van Overlegtafel", "not an Overlegtafel key file")
                )
            if int(doc.get("version", 0)) > VERSION:
                raise ValueError(pick("gemaakt door een nieuwere versie", "written by a newer version"))
            slots = [Slot.from_json(s) for s in doc["slots"]]
            store_id = str(doc["store_id"])
            if not store_id:
                raise ValueError(pick("opslag-id ontbreekt", "store id missing"))
            return cls(
                store_id=store_id,
                created=str(doc.get("created", "")),
                slots=slots,
                notices=[str(n) for n in doc.get("notices", [])],
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise KeyFileCorrupt(path=str(path), detail=str(exc)) from exc


def remove_file_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
