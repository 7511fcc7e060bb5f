"""The audit chain's anchor outside the database, and the lasting "log damaged" state.

Inside the database, the audit log's hash chain and its stored head (``meta.audit_head``) only
prove that nobody changed the log *without* the database key. Whoever has the passphrase can
delete the last rows, copy an older backup's database over the live file, or rewrite an entry and
rebuild the whole chain. So a checkpoint (sequence number and head hash) is also kept outside:

* in the key file, under the key's own MAC (``KeyFile.anchor``), updated after every commit;
* in the OS keyring, next to the device secret (one entry per store folder), updated at open,
  at close, after a backup and by an explicit restore.

At open, before the session's first entry, the last row is compared with the stored head and
with both checkpoints. A chain behind a checkpoint is "rolled back" (or lost its latest changes,
e.g. a sync that took the database but not its ``-wal``); a row whose hash differs from the
checkpoint's was rewritten. Every finding is an ``Alarm``: it is written into the log and into
both checkpoints and stays visible (doctor, verify, the main window) — it is never repaired.
Only restoring a backup, an explicit act, starts a fresh checkpoint.

What this cannot stop: someone with the passphrase and write access to the store folder *and*
to the keyring can rewrite both checkpoints too. A printed record carries the head as well.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from storage import keyring_access
from storage.audit import genesis_hash
from storage.i18n import pick
from storage.keyslots import KeyFile, canonical_json, mac_key
from storage.sqlite_driver import Database, dbapi2

MAX_ALARMS = 20
KEYRING_PURPOSE = "audit anchor v1"

ROLLED_BACK = "rolled_back"
REWRITTEN = "rewritten"
HEAD_MISMATCH = "head_mismatch"
KEYFILE_CHANGED = "keyfile_changed"
ANCHOR_INVALID = "anchor_invalid"

_SOURCES = {
    "keyfile": ("sleutelbestand", "key file"),
    "keyring": ("sleutelbos", "keyring"),
    "keyfile+keyring": ("sleutelbestand en sleutelbos", "key file and keyring"),
    "": ("", ""),
}


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str

    def short(self) -> str:
        """The head as printed on paper and in doctor: sequence number and 12 hex digits."""
        return f"#{self.seq} {self.hash[:12]}"


@dataclass(frozen=True)
class Alarm:
    kind: str
    log_seq: int
    anchor_seq: int
    source: str = ""
    found_at: str = ""
    offer: str = field(default="", compare=False)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("offer")
        return data

    @classmethod
    def from_json(cls, data: object) -> Alarm | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                kind=str(data["kind"]),
                log_seq=int(data["log_seq"]),
                anchor_seq=int(data["anchor_seq"]),
                source=str(data.get("source", "")),
                found_at=str(data.get("found_at", "")),
            )
        except (KeyError, TypeError, ValueError):
            return None

    def message(self, lang: str | None = None) -> str:
        nl_src, en_src = _SOURCES.get(self.source, (self.source, self.source))
        log, anchor = self.log_seq, self.anchor_seq
        if self.kind == ROLLED_BACK:
            text = pick(
                f"het logboek eindigt bij {log}, controlepunt zegt {anchor} ({nl_src}): recente "
                "wijzigingen ontbreken of de opslag is teruggezet naar een oudere toestand",
                f"audit log ends at {log}, checkpoint says {anchor} ({en_src}): recent changes are "
                "missing or the store was rolled back to an older state",
                lang,
            )
        elif self.kind == REWRITTEN:
            text = pick(
                f"logboekregel {anchor} is herschreven: hij past niet meer bij het controlepunt ({nl_src})",
                f"audit entry {anchor} was rewritten: it no longer matches the checkpoint ({en_src})",
                lang,
            )
        elif self.kind == HEAD_MISMATCH:
            text = pick(
                f"de opgeslagen kop van het logboek ({anchor}) past niet bij de laatste regel ({log}): "
                "er zijn regels verwijderd of gewijzigd",
                f"the stored head of the audit log ({anchor}) does not match its last entry ({log}): "
                "entries were deleted or changed",
                lang,
            )
        elif self.kind == KEYFILE_CHANGED:
            text = pick(
                "het sleutelbestand is buiten Overlegtafel gewijzigd (de MAC van de sleutel klopt niet); "
                "het herstelslot en het controlepunt zijn niet te vertrouwen: zet de kopie uit de "
                "nieuwste back-up terug",
                "the key file was changed outside Overlegtafel (the key's MAC does not match); the "
                "recovery slot and the checkpoint cannot be trusted: put back the copy from the "
                "newest backup",
                lang,
            )
        else:
            text = pick(
                f"het controlepunt in de {nl_src} is ongeldig (de MAC klopt niet)",
                f"the checkpoint in the {en_src} is invalid (its MAC does not match)",
                lang,
            )
        if self.found_at:
            when = self.found_at[:16].replace("T", " ")
            text += pick(f" (gevonden {when})", f" (found {when})", lang)
        return text + (f". {self.offer[:1].upper()}{self.offer[1:]}" if self.offer else "")


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head: str
    alarms: tuple[Alarm, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"seq": self.seq, "head": self.head, "alarms": [a.to_json() for a in self.alarms]}

    @classmethod
    def from_json(cls, data: object) -> Checkpoint | None:
        if not isinstance(data, dict):
            return None
        seq, head = data.get("seq"), data.get("head")
        if type(seq) is not int or seq < 0 or not isinstance(head, str):
            return None
        raw = data.get("alarms", [])
        alarms = tuple(a for a in (Alarm.from_json(x) for x in raw) if a) if isinstance(raw, list) else ()
        return cls(seq, head, alarms)


# --- the chain inside the database ---------------------------------------------------------------
def _execute(
    db: Database | dbapi2.Connection, sql: str, args: Sequence[object] = ()
) -> list[tuple[Any, ...]]:
    return list(db.execute(sql, tuple(args)).fetchall())


def chain_tail(db: Database | dbapi2.Connection, store_id: str) -> Head:
    rows = _execute(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    if not rows:
        return Head(0, genesis_hash(store_id))
    return Head(int(rows[0][0]), str(rows[0][1]))


def stored_head(db: Database | dbapi2.Connection) -> Head | None:
    rows = _execute(db, "SELECT value FROM meta WHERE key = 'audit_head'")
    if not rows:
        return None
    seq, _, digest = str(rows[0][0]).partition(":")
    try:
        return Head(int(seq), digest)
    except ValueError:
        return Head(-1, digest)


def _hash_at(db: Database | dbapi2.Connection, seq: int) -> str | None:
    rows = _execute(db, "SELECT hash FROM audit_log WHERE seq = ?", (seq,))
    return str(rows[0][0]) if rows else None


# --- the checkpoint in the keyring ---------------------------------------------------------------
def folder_tag(root: Path) -> str:
    return hashlib.sha256(str(Path(root).resolve()).encode("utf-8")).hexdigest()[:16]


def _keyring_mac(key: bytes | bytearray, store_id: str, tag: str, body: dict[str, object]) -> str:
    message = canonical_json({"store_id": store_id, "folder": tag, "checkpoint": body})
    return hmac.new(mac_key(key, KEYRING_PURPOSE), message, hashlib.sha256).hexdigest()


def read_keyring(
    store_id: str, root: Path, keys: Sequence[bytes | bytearray]
) -> tuple[Checkpoint | None, bool]:
    """(checkpoint, valid). No entry, or a keyring that cannot be read now: (None, True)."""
    tag = folder_tag(root)
    try:
        text = keyring_access.get_anchor(store_id, tag)
    except keyring_access.Unavailable:
        return None, True
    if text is None:
        return None, True
    try:
        doc = json.loads(text)
        body, mac = doc["checkpoint"], str(doc["mac"])
    except (ValueError, KeyError, TypeError):
        return None, False
    if not any(hmac.compare_digest(_keyring_mac(k, store_id, tag, body), mac) for k in keys):
        return None, False
    return Checkpoint.from_json(body), True


def write_keyring(store_id: str, root: Path, key: bytes | bytearray, checkpoint: Checkpoint) -> bool:
    """Best effort (a locked keyring must not stop the work): True when written."""
    tag = folder_tag(root)
    body = checkpoint.to_json()
    doc = {"checkpoint": body, "mac": _keyring_mac(key, store_id, tag, body)}
    try:
        keyring_access.set_anchor(store_id, tag, json.dumps(doc, sort_keys=True))
    except keyring_access.Unavailable:
        return False
    return True


# --- the check at open ---------------------------------------------------------------------------
@dataclass
class Inspection:
    tail: Head
    alarms: list[Alarm]  # lasting ones from the checkpoints plus the new ones
    new: list[Alarm]


def _compare(
    db: Database | dbapi2.Connection, tail: Head, cp: Checkpoint, source: str, now: str
) -> Alarm | None:
    if cp.seq > tail.seq:
        return Alarm(ROLLED_BACK, tail.seq, cp.seq, source, now)
    if cp.seq > 0 and _hash_at(db, cp.seq) != cp.head:
        return Alarm(REWRITTEN, tail.seq, cp.seq, source, now)
    return None


def inspect(
    db: Database | dbapi2.Connection,
    keyfile: KeyFile,
    keyfile_mac_ok: bool,
    keyring_checkpoint: tuple[Checkpoint | None, bool],
    now: str,
) -> Inspection:
    """Compare the chain with its stored head and both checkpoints; nothing is written."""
    tail = chain_tail(db, keyfile.store_id)
    found: list[Alarm] = []
    head = stored_head(db)
    if (head is None and tail.seq > 0) or (head is not None and head != tail):
        found.append(Alarm(HEAD_MISMATCH, tail.seq, head.seq if head else 0, "", now))
    file_cp = Checkpoint.from_json(keyfile.anchor) if keyfile.anchor is not None else None
    ring_cp, ring_ok = keyring_checkpoint
    compared = [
        alarm
        for source, cp in (("keyfile", file_cp), ("keyring", ring_cp))
        if cp is not None and (alarm := _compare(db, tail, cp, source, now)) is not None
    ]
    if len(compared) == 2 and (compared[0].kind, compared[0].anchor_seq) == (
        compared[1].kind,
        compared[1].anchor_seq,
    ):
        compared = [Alarm(compared[0].kind, tail.seq, compared[0].anchor_seq, "keyfile+keyring", now)]
    found.extend(compared)
    if not keyfile_mac_ok:
        found.append(Alarm(KEYFILE_CHANGED, tail.seq, 0, "keyfile", now))
    if not ring_ok:
        found.append(Alarm(ANCHOR_INVALID, tail.seq, 0, "keyring", now))
    lasting: list[Alarm] = []
    for cp in (file_cp, ring_cp):
        for alarm in cp.alarms if cp else ():
            if alarm not in lasting:
                lasting.append(alarm)
    new = [a for a in found if not any(_same(a, old) for old in lasting)]
    return Inspection(tail, (lasting + new)[-MAX_ALARMS:], new)


def _same(a: Alarm, b: Alarm) -> bool:
    return (a.kind, a.log_seq, a.anchor_seq, a.source) == (b.kind, b.log_seq, b.anchor_seq, b.source)


def with_offer(alarms: list[Alarm], offer: str) -> list[Alarm]:
    """Attach what the user can do (newest backup, set-aside files) to alarms of lost changes."""
    if not offer:
        return alarms
    out = []
    for alarm in alarms:
        if alarm.kind == ROLLED_BACK and not alarm.offer:
            alarm = Alarm(alarm.kind, alarm.log_seq, alarm.anchor_seq, alarm.source, alarm.found_at, offer)
        out.append(alarm)
    return out


def checkpoint_for(tail: Head, alarms: Sequence[Alarm]) -> Checkpoint:
    return Checkpoint(tail.seq, tail.hash, tuple(alarms))


def keyfile_checkpoint(keyfile: KeyFile) -> Checkpoint | None:
    return Checkpoint.from_json(keyfile.anchor) if keyfile.anchor is not None else None


def set_keyfile_checkpoint(keyfile: KeyFile, checkpoint: Checkpoint) -> bool:
    """Update ``keyfile.anchor``; True when it changed (the caller saves the file)."""
    value = checkpoint.to_json()
    if keyfile.anchor == value:
        return False
    keyfile.anchor = value
    return True


def reset_for_restore(root: Path, keyfile: KeyFile, key: bytes | bytearray, tail: Head) -> None:
    """An explicit restore starts a fresh checkpoint at the restored chain's head (key file in
    memory; the caller saves it) and in this folder's keyring entry."""
    checkpoint = checkpoint_for(tail, ())
    set_keyfile_checkpoint(keyfile, checkpoint)
    if keyfile.device_mode == "keyring":
        with contextlib.suppress(Exception):
            write_keyring(keyfile.store_id, root, key, checkpoint)


def parse_head(text: str) -> Head | None:
    """A head as printed ("#328 1a2b3c4d5e6f", also "328 1a2b…"); None when unreadable."""
    parts = text.replace("#", " ").split()
    if len(parts) != 2 or not parts[0].isdigit():
        return None
    digest = parts[1].rstrip("…").lower()
    if len(digest) < 8 or any(c not in "0123456789abcdef" for c in digest):
        return None
    return Head(int(parts[0]), digest)


def matches_paper(db: Database | dbapi2.Connection, printed: Head) -> bool:
    """Whether the chain still holds the entry a printed record names (its hash starts so)."""
    found = _hash_at(db, printed.seq)
    return found is not None and found.startswith(printed.hash)
