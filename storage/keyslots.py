"""The key file: the database key K wrapped with AES-256-GCM in one or more slots.

* passphrase slot: KEK = HKDF(Argon2id(passphrase, salt) ‖ device secret); the device secret lives
  in the OS keyring, or is absent when the user chose "passphrase only on this computer".
* recovery slot: KEK = Argon2id(recovery code).

The associated data binds each slot to its store, kind, key, Argon2id parameters, device mode and
device-secret fingerprint, so slots cannot be moved between stores nor their metadata changed.
K itself never touches the disk unwrapped.

The file guards itself twice (version 2):

* a SHA-256 ``checksum`` over the rest of the file, which must also be byte-for-byte in the one
  canonical form we write: any flipped bit anywhere is "key file damaged", before any passphrase
  is tried, so damage is never mistaken for a wrong passphrase;
* a ``mac`` under a key derived from K (HKDF), over everything but the checksum: pending flags,
  notices, the recovery slot and the audit checkpoint (``anchor``, see ``storage.anchor``) cannot be
  changed by someone who can only write the file. It is checked once a slot has given K.
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
VERSION = 2
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_BYTES = KEY_BYTES + 16  # AES-GCM adds a 16-byte tag
_MAX_FILE_BYTES = 256 * 1024
# Key file notices (``KeyFile.notices``): a creation not yet finished, a recovery code not yet shown.
NOTICE_CREATING = "creating"
NOTICE_NEEDS_NEW_RECOVERY_CODE = "needs_new_recovery_code"

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


def device_fingerprint(secret: bytes) -> str:
    """A public fingerprint of a device secret: tells "the keyring holds another secret" apart
    from "wrong passphrase" without revealing anything about the secret."""
    return hmac.new(secret, b"overlegtafel device id", hashlib.sha256).hexdigest()[:16]


def _derive(key: bytes | bytearray, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(bytes(key))


def mac_key(key: bytes | bytearray, purpose: str = "key file v2") -> bytes:
    """A MAC key derived from the database key K, one per purpose."""
    return _derive(key, f"overlegtafel {purpose}")


def canonical_json(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


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
    device_id: str = ""  # fingerprint of the device secret the slot was made with

    def aad(self, store_id: str) -> bytes:
        k = self.kdf
        return (
            f"{FORMAT}/v{VERSION}/{store_id}/{self.kind}/{self.slot_id}/{self.key_id}/"
            f"{k.name}:{k.iterations}:{k.memory_kib}:{k.lanes}/{self.device}/{self.device_id}/{self.created}"
        ).encode()

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
            if self.device_id:
                data["device_id"] = self.device_id
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
        slot = cls(
            kind=kind,
            slot_id=str(data["id"]),
            key_id=str(data["key_id"]),
            kdf=kdf.KdfParams.from_json(kdf_data),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
            created=str(data["created"]),
            device=device,
            pending=data.get("pending", False) is True,
            device_id=str(data.get("device_id", "")),
        )
        if (len(slot.salt), len(slot.nonce), len(slot.ciphertext)) != (
            SALT_BYTES,
            NONCE_BYTES,
            WRAPPED_BYTES,
        ):
            raise ValueError(
                pick("een sleutelslot heeft de verkeerde lengte", "a key slot has the wrong length")
            )
        return slot


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


def new_slot_id() -> str:
    return secrets.token_hex(8)


def _seal(
    kind: SlotKind,
    key: bytes | bytearray,
    store_id: str,
    kek: bytes,
    salt: bytes,
    params: kdf.KdfParams,
    device: DeviceMode,
    *,
    slot_id: str | None = None,
    device_id: str = "",
) -> Slot:
    draft = Slot(
        kind=kind,
        slot_id=slot_id or new_slot_id(),
        key_id=key_id(key),
        kdf=params,
        salt=salt,
        nonce=b"",
        ciphertext=b"",
        created=now_iso(),
        device=device,
        device_id=device_id,
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
    *,
    slot_id: str | None = None,
) -> Slot:
    """A passphrase slot; with a device secret, ``slot_id`` must be the id its keyring entry was
    stored under (one entry per enrolment)."""
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _passphrase_kek(store_id, passphrase, device_secret, salt, params)
    if device_secret is None:
        return _seal("passphrase", key, store_id, kek, salt, params, "none", slot_id=slot_id)
    fingerprint = device_fingerprint(device_secret)
    return _seal(
        "passphrase", key, store_id, kek, salt, params, "keyring", slot_id=slot_id, device_id=fingerprint
    )


def make_recovery_slot(key: bytes | bytearray, store_id: str, code: str, params: kdf.KdfParams) -> Slot:
    salt = secrets.token_bytes(SALT_BYTES)
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
    anchor: dict[str, object] | None = None  # the audit checkpoint (storage.anchor)
    mac: str = ""  # as read from disk; recomputed on every save
    _mac_key: bytes | None = field(default=None, repr=False, compare=False)
    # The file as a power cut cannot take it back any more (written with its folder synced),
    # apart from the checkpoint's position: see ``save``. A file just read does not count: a
    # session killed between the rename and the folder's fsync leaves one whose rename may not
    # last yet, so each session's first save syncs the folder.
    _lasting: bytes | None = field(default=None, repr=False, compare=False)

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

    # -- the key's own MAC ---------------------------------------------------------------------
    def bind(self, key: bytes | bytearray) -> None:
        """Sign every later save with a MAC key derived from the database key ``key``."""
        self._mac_key = mac_key(key)

    def unbind(self) -> None:
        self._mac_key = None

    @property
    def bound(self) -> bool:
        return self._mac_key is not None

    def body(self) -> dict[str, object]:
        doc: dict[str, object] = {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "created": self.created,
            "slots": [s.to_json() for s in self.slots],
            "notices": list(self.notices),
        }
        if self.anchor is not None:
            doc["anchor"] = self.anchor
        return doc

    def _mac_with(self, key: bytes) -> str:
        return hmac.new(key, canonical_json(self.body()), hashlib.sha256).hexdigest()

    def mac_key_that_fits(self, keys: list[bytearray]) -> bytearray | None:
        """The database key whose MAC key signed this file, or None (changed outside Overlegtafel)."""
        for key in keys:
            if hmac.compare_digest(self._mac_with(mac_key(key)), self.mac):
                return key
        return None

    def copy(self) -> KeyFile:
        twin = replace(self, slots=list(self.slots), notices=list(self.notices))
        twin.anchor = json.loads(json.dumps(self.anchor)) if self.anchor is not None else None
        twin._lasting = None  # it may be saved elsewhere: its first save syncs its folder
        return twin

    # -- bytes on disk ---------------------------------------------------------------------------
    def to_doc(self) -> dict[str, object]:
        doc = self.body()
        doc["mac"] = self._mac_with(self._mac_key) if self._mac_key is not None else self.mac
        doc["checksum"] = hashlib.sha256(canonical_json(doc)).hexdigest()
        return doc

    def to_bytes(self) -> bytes:
        return serialise(self.to_doc())

    def _settled(self) -> bytes:
        """The file's content apart from the checkpoint's position (sequence number and head)."""
        body = self.body()
        if isinstance(self.anchor, dict):
            body["anchor"] = {k: v for k, v in self.anchor.items() if k not in ("seq", "head")}
        return canonical_json(body)

    def save(self, path: Path, *, lasting: bool = True) -> None:
        """Write the file atomically (its content is on disk before it replaces the old one).

        ``lasting=False`` is for the audit checkpoint after a commit: when nothing but the
        checkpoint's position moved on since the last lasting save, the folder's fsync is left
        out, so a power cut may keep the previous file, whole. Its older checkpoint is no alarm
        (a chain ahead of its checkpoint is what every commit leaves for a moment). A change of
        anything else (slots, notices, alarms) is always saved lasting."""
        if self._mac_key is None:
            raise RuntimeError("a key file is only saved under its key's MAC")
        settled = self._settled()
        lasting = lasting or settled != self._lasting
        doc = self.to_doc()
        write_atomic(path, serialise(doc), store_file=True, sync_folder=lasting)
        self.mac = str(doc["mac"])
        if lasting:
            self._lasting = settled

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = read_no_link(path)
        except OSError as exc:
            raise KeyFileCorrupt(path=str(path), detail=exc.strerror or str(exc)) from exc
        return cls.from_bytes(raw, path)

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> KeyFile:
        try:
            return cls.from_doc(_checked_doc(raw))
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise KeyFileCorrupt(path=str(path), detail=str(exc)) from exc

    @classmethod
    def from_doc(cls, doc: dict[str, object]) -> KeyFile:
        """A key file from its document (checksum already checked); ValueError when malformed."""
        if doc.get("format") != FORMAT:
            raise ValueError(
                pick("dit is geen sleutelbestand van Overlegtafel", "not an Overlegtafel key file")
            )
        version = doc.get("version")
        if type(version) is not int or version > VERSION:
            raise ValueError(pick("gemaakt door een nieuwere versie", "written by a newer version"))
        if version < VERSION:
            raise ValueError(pick("verouderde opmaak zonder controlegetal", "old format without a checksum"))
        store_id = doc["store_id"]
        if not isinstance(store_id, str) or len(store_id) != 32 or not _is_hex(store_id):
            raise ValueError(pick("opslag-id onleesbaar", "store id unreadable"))
        anchor = doc.get("anchor")
        if anchor is not None and not isinstance(anchor, dict):
            raise ValueError("anchor")
        notices = doc.get("notices", [])
        slots = doc["slots"]
        if not isinstance(notices, list) or not isinstance(slots, list) or not slots:
            raise ValueError(pick("sleutelslots ontbreken", "key slots missing"))
        return cls(
            store_id=store_id,
            created=str(doc.get("created", "")),
            slots=[Slot.from_json(s) for s in slots],
            notices=[str(n) for n in notices],
            anchor=anchor,
            mac=str(doc.get("mac", "")),
        )


def serialise(doc: dict[str, object]) -> bytes:
    return (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode("ascii")


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def _checked_doc(raw: bytes) -> dict[str, object]:
    """The parsed document, if its checksum fits and the bytes are in the one form we write."""
    if len(raw) > _MAX_FILE_BYTES:
        raise ValueError(pick("te groot", "too large"))
    doc = json.loads(raw.decode("ascii"))
    if not isinstance(doc, dict):
        raise ValueError(pick("geen sleutelbestand", "not a key file"))
    stored = doc.pop("checksum", None)
    if stored is None:
        raise ValueError(pick("controlegetal ontbreekt", "checksum missing"))
    if not isinstance(stored, str) or not hmac.compare_digest(
        stored, hashlib.sha256(canonical_json(doc)).hexdigest()
    ):
        raise ValueError(pick("controlegetal klopt niet", "checksum mismatch"))
    doc["checksum"] = stored
    if serialise(doc) != raw:
        raise ValueError(pick("opmaak gewijzigd", "layout changed"))
    doc.pop("checksum")
    return doc


def remove_file_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
