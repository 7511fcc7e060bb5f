"""The backup file itself: writing it, reading its header, checking it and proving it authentic.

File layout (integers big-endian)::

    magic     8 bytes   b"OTBACKUP"
    version   2 bytes   1
    hlen      4 bytes   length of the header
    header    JSON      format, store id, created, schema and app versions, database size, and a
                        copy of the store's key file: the database key K wrapped in its passphrase
                        and recovery slots, with the audit checkpoint (nothing else secret, nothing
                        of the content). It can replace a damaged live key file (restore_keyfile).
    database  db_bytes  a SQLCipher copy under the same key K, made with sqlcipher_export
    sha256    32 bytes  SHA-256 of everything before it (bit rot and truncation, checked without key)
    hmac      32 bytes  HMAC-SHA256 of the same bytes under a key derived from K by HKDF: the whole
                        file, slot metadata included (KDF parameters, device mode, pending state),
                        is authenticated before anything of it is used

So a backup opens with the same passphrase on the same computer (device secret in the keyring), or
with the recovery code anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from storage import keyslots
from storage.atomic import atomic_writer
from storage.errors import BackupInvalid, InternalError, KeyFileCorrupt
from storage.i18n import pick
from storage.keyslots import KeyFile

MAGIC = b"OTBACKUP"
FORMAT = "overlegtafel-backup"
FORMAT_VERSION = 2
MAC_PURPOSE = "backup v2"
SUFFIX = ".otbak"
PREFIX = "overlegtafel-"
CHUNK = 1024 * 1024
_FIXED = struct.Struct(">8sHI")
_DIGEST = 32
_TRAILER = 2 * _DIGEST
_MAX_HEADER = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    store_id: str
    created: str
    schema_version: int
    app_version: str
    size: int
    db_bytes: int

    @property
    def created_at(self) -> datetime:
        moment = datetime.fromisoformat(self.created)
        return moment if moment.tzinfo is not None else moment.astimezone()


def invalid(path: Path, nl: str, en: str) -> BackupInvalid:
    return BackupInvalid(path=str(path), detail=pick(nl, en))


def _read_fixed_and_header(path: Path) -> tuple[int, int, bytes]:
    """(file size, header length, raw header bytes), after the fixed part said this is a backup we can read."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            fixed = fh.read(_FIXED.size)
            if len(fixed) < _FIXED.size:
                raise invalid(path, "te kort", "too short")
            magic, version, hlen = _FIXED.unpack(fixed)
            if magic != MAGIC:
                raise invalid(path, "geen back-upbestand", "not a backup file")
            if version > FORMAT_VERSION:
                raise invalid(
                    path,
                    "gemaakt door een nieuwere versie van Overlegtafel",
                    "written by a newer version of Overlegtafel",
                )
            if version < FORMAT_VERSION:
                raise invalid(
                    path,
                    "oude opmaak zonder echtheidscontrole (HMAC)",
                    "old format without an authenticity check (HMAC)",
                )
            if hlen > _MAX_HEADER:
                raise invalid(path, "kop onleesbaar", "header unreadable")
            raw = fh.read(hlen)
    except OSError as exc:
        raise BackupInvalid(path=str(path), detail=exc.strerror or str(exc)) from exc
    return size, hlen, raw


def read_header(path: Path) -> tuple[BackupInfo, dict[str, Any], int]:
    """The header of a backup file (cheap: the content is not read). Returns info, header, and the
    offset of the database bytes."""
    size, hlen, raw = _read_fixed_and_header(path)
    try:
        header = json.loads(raw.decode("utf-8"))
        if header.get("format") != FORMAT:
            raise ValueError("format")
        info = BackupInfo(
            path=path,
            store_id=str(header["store_id"]),
            created=str(header["created"]),
            schema_version=int(header["schema_version"]),
            app_version=str(header.get("app_version", "?")),
            size=size,
            db_bytes=int(header["db_bytes"]),
        )
        datetime.fromisoformat(info.created)
        if not isinstance(header.get("keyfile"), dict):
            raise ValueError("keyfile")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise invalid(path, "kop onleesbaar", "header unreadable") from exc
    offset = _FIXED.size + hlen
    if size != offset + info.db_bytes + _TRAILER:
        raise invalid(path, "afgekapt of aangevuld", "truncated or padded")
    return info, header, offset


def describe_backup(path: Path) -> BackupInfo:
    """Facts from a backup's header, without checking the whole file."""
    return read_header(Path(path))[0]


def backup_mac_key(key: bytes | bytearray) -> bytes:
    return keyslots.mac_key(key, MAC_PURPOSE)


def _read_trailer(path: Path, size: int, macs: list[hmac.HMAC]) -> tuple[bytes, bytes]:
    """Feed everything before the trailer to SHA-256 and ``macs``; returns (sha256, hmac) stored."""
    digest = hashlib.sha256()
    remaining = size - _TRAILER
    try:
        with open(path, "rb") as fh:
            while remaining:
                chunk = fh.read(min(CHUNK, remaining))
                if not chunk:
                    raise invalid(path, "afgekapt", "truncated")
                digest.update(chunk)
                for mac in macs:
                    mac.update(chunk)
                remaining -= len(chunk)
            trailer = fh.read(_TRAILER)
    except OSError as exc:
        raise BackupInvalid(path=str(path), detail=exc.strerror or str(exc)) from exc
    if trailer[:_DIGEST] != digest.digest():
        raise invalid(
            path, "controlegetal klopt niet: het bestand is beschadigd", "checksum mismatch: damaged"
        )
    return trailer[:_DIGEST], trailer[_DIGEST:]


def verify_backup(path: Path) -> BackupInfo:
    """Read the whole file and check its SHA-256; BackupInvalid if anything is off. (Whether the
    file is authentic needs the key: ``authentic_key``.)"""
    path = Path(path)
    info, _header, _offset = read_header(path)
    _read_trailer(path, info.size, [])
    return info


def authentic_key(path: Path, keys: list[bytearray]) -> bytearray:
    """The key under whose HMAC the whole backup file was written; BackupInvalid if none fits (the
    file, its key slots or their metadata were changed by someone without the key)."""
    path = Path(path)
    info, _header, _offset = read_header(path)
    macs = [hmac.new(backup_mac_key(k), digestmod=hashlib.sha256) for k in keys]
    _sha, stored = _read_trailer(path, info.size, macs)
    for key, mac in zip(keys, macs, strict=True):
        if hmac.compare_digest(mac.digest(), stored):
            return key
    raise invalid(
        path,
        "echtheidscontrole (HMAC) mislukt: het bestand of zijn sleutelgegevens zijn gewijzigd",
        "authenticity check (HMAC) failed: the file or its key data were changed",
    )


def keyfile_from_header(path: Path, header: dict[str, Any]) -> KeyFile:
    """The copy of the store's key file that travels in a backup's header."""
    try:
        keyfile = KeyFile.from_bytes(keyslots.serialise(header["keyfile"]), path)
    except (KeyFileCorrupt, ValueError, TypeError) as exc:
        raise invalid(path, "sleutelgegevens onleesbaar", "key data unreadable") from exc
    if keyfile.store_id != str(header["store_id"]):
        raise invalid(path, "sleutelgegevens horen bij een andere opslag", "key data of another store")
    return keyfile


def write_backup_file(out: Path, header: bytes, body: BinaryIO, mac_key: bytes, length: int = -1) -> None:
    """Fixed part, header, ``length`` bytes of ``body`` (all of it: -1), SHA-256 and HMAC; atomically."""
    digest = hashlib.sha256()
    mac = hmac.new(mac_key, digestmod=hashlib.sha256)
    with atomic_writer(out) as fh:

        def put(part: bytes) -> None:
            fh.write(part)
            digest.update(part)
            mac.update(part)

        put(_FIXED.pack(MAGIC, FORMAT_VERSION, len(header)))
        put(header)
        remaining = length
        while remaining:
            chunk = body.read(CHUNK if remaining < 0 else min(CHUNK, remaining))
            if not chunk:
                if remaining > 0:
                    raise InternalError(detail="backup body shorter than its header says")
                break
            put(chunk)
            remaining -= len(chunk) if remaining > 0 else 0
        fh.write(digest.digest())
        fh.write(mac.digest())
