"""Open a package and judge every record in it: the preview. Nothing here writes.

Rules (issue 14): only the owning store's changes are applied; a newer version replaces an older
one (the owner's copy also wins over a local edit of the same version); an older version, a
non-owner's change, a change to a record of adopted (sealed) minutes, a text in which the anonymity
guard finds possible personal data (unless the receiver keeps it with a reason) and a reference to a
record that is neither here nor accepted from the same package are refused, each with its reason.
A case on an agenda belongs to the store that keeps that meeting's record: a package whose agenda
puts the case on such a meeting of its sender may change the case (the default hand-over).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from storage.anonymity import FieldFinding, scan_fields, validate_reason
from storage.audit import _canonical as audit_canonical
from storage.audit import entry_hash
from storage.cases.model import field_labels as case_field_labels
from storage.exchange import identity as ident
from storage.exchange import package
from storage.exchange import records as rec
from storage.exchange.errors import (
    NotAPackage,
    NotForThisStore,
    PackageOutdated,
    PackageReplayed,
    SealUnproven,
    UnpairedSender,
)
from storage.exchange.exporting import BODY_FORMAT
from storage.exchange.kinds import (
    BY_NAME,
    DECISION_VERSION_COLUMNS,
    EXTRA_FIELDS,
    SECONDARY,
    VERSION_FIELD,
    columns,
)
from storage.exchange.verdicts import FieldChange, Preview, Verdict, reason_text
from storage.i18n import pick
from storage.meetings.guarding import field_labels as meeting_field_labels
from storage.store import Store

MAX_RECORDS = 200_000


@dataclass(frozen=True)
class Opened:
    sender: ident.Pair
    header: package.Header
    records: tuple[rec.Record, ...]
    audit_head: str | None
    seal_log: dict[str, list[Any]]


def _short(fp: str) -> str:
    return " ".join(fp[i : i + 5] for i in range(0, min(len(fp), 20), 5)) + " …"


def _record(raw: Any, db: Any) -> rec.Record:
    if not isinstance(raw, dict) or raw.get("kind") not in BY_NAME:
        raise ValueError("record")
    kind = BY_NAME[raw["kind"]]
    fields = raw.get("fields") or {}
    allowed = set(columns(db, kind)) | ({EXTRA_FIELDS[kind.name]} if kind.name in EXTRA_FIELDS else set())
    if not isinstance(fields, dict) or not set(fields) <= allowed:
        raise ValueError("fields")
    _check_versions(fields.get(VERSION_FIELD, []))
    if not raw.get("deleted") and set(kind.columns) - set(fields):
        raise ValueError("fields")
    return rec.Record(
        str(raw["uid"]),
        kind.name,
        str(raw["owner"]),
        int(raw["version"]),
        bool(raw.get("deleted")),
        None if raw.get("of") is None else str(raw["of"]),
        fields,
    )


def _check_versions(versions: Any) -> None:
    """A decision's earlier versions: a list of rows with exactly the versions' columns."""
    if not isinstance(versions, list):
        raise ValueError("versions")
    for v in versions:
        if (
            not isinstance(v, dict)
            or set(v) != set(DECISION_VERSION_COLUMNS)
            or not isinstance(v["version"], int)
        ):
            raise ValueError("versions")


def open_package(store: Store, data: bytes) -> Opened:
    """Check and decrypt; raises a PackageRefused subclass, PackageReplayed or PackageOutdated."""
    parsed = package.parse(data)
    if any(i.fingerprint == parsed.header.sender for i in ident.decryption_identities(store)):
        raise NotForThisStore()  # this store's own package
    sender = next((p for p in ident.pairs(store) if p.fingerprint == parsed.header.sender), None)
    if sender is None:
        raise UnpairedSender(fingerprint=_short(parsed.header.sender))
    package.verify(parsed, sender.ed25519_public)
    mine = next(
        (i for i in ident.decryption_identities(store) if i.fingerprint in parsed.header.recipients), None
    )
    if mine is None:
        raise NotForThisStore()
    payload = package.decrypt(parsed, mine.fingerprint, mine.x25519_private)
    try:
        body = json.loads(payload)
        if body.get("format") != BODY_FORMAT or body.get("store") != sender.store_id:
            raise ValueError("body")
        raws = body["records"]
        if not isinstance(raws, list) or len(raws) > MAX_RECORDS:
            raise ValueError("records")
        records = tuple(_record(r, store.db) for r in raws)
        seal_entries = body.get("seal_log") or {}
        if not isinstance(seal_entries, dict):
            raise ValueError("seal_log")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise NotAPackage(detail=pick("de inhoud is onleesbaar", "the content is unreadable")) from exc
    seq = parsed.header.seq
    if seq == sender.last_seq:
        raise PackageReplayed(seq=seq, sender=sender.name)
    if seq < sender.last_seq:
        raise PackageOutdated(seq=seq, sender=sender.name, last=sender.last_seq)
    check_seal_log(records, seal_entries)
    return Opened(sender, parsed.header, records, body.get("audit_head"), seal_entries)


def check_seal_log(records: tuple[rec.Record, ...], entries: dict[str, Any]) -> None:
    """Every seal travels with the sealing store's ``meeting.seal`` audit entry: its hash must
    recompute (it is a link of that store's hash chain) and name the seal's fingerprint."""
    for r in records:
        if r.kind != "seal" or r.deleted:
            continue
        entry = entries.get(r.uid)
        try:
            seq, at, actor, action, object_type, object_id, result, detail, prev, digest = entry  # type: ignore[misc]
            canonical = audit_canonical(
                int(seq), *(str(v) for v in (at, actor, action, object_type, object_id, result, detail))
            )
            sound = (
                action == "meeting.seal"
                and entry_hash(str(prev), canonical) == digest
                and json.loads(detail).get("fingerprint") == r.fields.get("fingerprint")
            )
        except (TypeError, ValueError, AttributeError):
            sound = False
        if not sound:
            raise SealUnproven(fingerprint=str(r.fields.get("fingerprint") or "")[:16])


class Judge:
    """Judges the records of one package in order; remembers which ones will be created."""

    def __init__(self, store: Store, opened: Opened, keep: Mapping[str, str]) -> None:
        self.store = store
        self.opened = opened
        self.sender = opened.sender.store_id
        self.keep = keep
        self.incoming = {r.uid: r for r in opened.records}
        self.cache = rec.TrackCache(store, rec.uids_in(opened.records))
        self.creating: set[str] = set()
        self.sealed = {
            int(r[0]): str(r[1])
            for r in store.db.execute(
                "SELECT s.meeting_id, m.number FROM seals s JOIN meetings m ON m.id = s.meeting_id"
            )
        }
        self.rule_owners = self._rule_owners()
        self.scanned: dict[str, list[FieldFinding]] = {}
        self.taken: dict[str, dict[Any, int]] = {}

    # -- helpers ---------------------------------------------------------------------------------
    def _record_owner_of_meeting(self, meeting_uid: str | None) -> str | None:
        for r in self.opened.records:
            if r.kind == "meeting_record" and r.of == meeting_uid:
                return r.owner
        local = self.cache.local_id(meeting_uid)
        t = None if local is None else rec.tracking_of(self.store, "meeting_record", local)
        return None if t is None else rec.owner_id(self.store, t.owner)

    def _rule_owners(self) -> dict[str, str]:
        owners: dict[str, str] = {}
        for r in self.opened.records:
            if r.kind == "agenda_item" and not r.deleted and r.fields.get("case_id"):
                owner = self._record_owner_of_meeting(r.fields.get("meeting_id"))
                if owner is not None:
                    owners[str(r.fields["case_id"])] = owner
        return owners

    def known(self, uid: str | None) -> bool:
        return uid is None or uid in self.creating or self.cache.local_id(uid) is not None

    def label(self, r: rec.Record) -> str:
        for source in (r, self.incoming.get(r.of or "")):
            if source is not None:
                for key in ("reference", "number"):
                    if source.fields.get(key):
                        return str(source.fields[key])
        local = self.cache.local_id(r.of or r.uid)
        if local is not None:
            fields = rec.local_fields(self.store, SECONDARY.get(r.kind, r.kind), local) or {}
            for key in ("reference", "number"):
                if fields.get(key):
                    return str(fields[key])
        return f"{r.kind} {r.uid[:8]}"

    def meeting_of(self, r: rec.Record) -> int | None:
        kind = BY_NAME[r.kind]
        if kind.table == "cases":
            return None
        if kind.table == "meetings":
            return self.cache.local_id(r.uid if kind.primary else r.of)
        if kind.primary:
            meeting = self.cache.local_id(r.fields.get("meeting_id")) if r.fields else None
            if meeting is None:
                local = self.cache.local_id(r.uid)
                row = (
                    None
                    if local is None
                    else self.store.db.execute(
                        f"SELECT meeting_id FROM {kind.table} WHERE id = ?", (local,)
                    ).fetchone()
                )
                meeting = None if row is None else row[0]
            return meeting
        local = self.cache.local_id(r.of)
        if local is None:
            return None
        row = self.store.db.execute(f"SELECT meeting_id FROM {kind.table} WHERE id = ?", (local,)).fetchone()
        return None if row is None else int(row[0])

    def refuse(self, r: rec.Record, code: str, **params: object) -> Verdict:
        return Verdict(r.uid, r.kind, self.label(r), "refused", code, reason_text(code, None, **params))

    def owner_name(self, owner: str) -> str:
        if owner == self.store.store_id:
            return pick("deze opslag", "this store")
        found = ident.pair_by_store(self.store, owner)
        return found.name if found is not None else owner[:8]

    # -- the verdict ---------------------------------------------------------------------------
    def may_change(self, t: rec.Tracking, r: rec.Record) -> bool:
        owner = rec.owner_id(self.store, t.owner)
        return owner == self.sender or (r.kind == "case" and self.rule_owners.get(r.uid) == self.sender)

    def scan(self, field: str, text: str) -> list[FieldFinding]:
        """The guard's findings in one text. A package repeats texts (a country, an organisation,
        a standard reason): the guard is a pure function of the text, so each distinct text is
        scanned once per package and every field holding it gets its findings."""
        if not text:
            return []
        found = self.scanned.get(text)
        if found is None:
            found = self.scanned[text] = scan_fields({"": text})
        return [replace(f, field=field) for f in found]

    def guard(self, r: rec.Record, changed: list[str]) -> tuple[Verdict | None, str]:
        texts = [(f, r.fields.get(f)) for f in BY_NAME[r.kind].texts if f in changed]
        if VERSION_FIELD in changed:  # a decision's earlier versions: the same text fields
            texts += [(f, v.get(f)) for v in r.fields[VERSION_FIELD] for f in BY_NAME[r.kind].texts]
        findings = [finding for f, text in texts for finding in self.scan(f, str(text or ""))]
        if not findings:
            return None, ""
        reason = self.keep.get(r.uid)
        if reason:
            return None, validate_reason(reason)
        kinds = ", ".join(sorted({f.kind for f in findings}))
        labels = case_field_labels() if r.kind == "case" else meeting_field_labels()
        fields = ", ".join(sorted({labels.get(f.field, f.field) for f in findings}))
        return self.refuse(r, "personal_data", kinds=kinds, fields=fields), ""

    def missing(self, r: rec.Record) -> Verdict | None:
        kind = BY_NAME[r.kind]
        if not kind.primary and not self.known(r.of):
            return self.refuse(r, "missing", what=SECONDARY[r.kind])
        for column, target in kind.refs.items():
            if not self.known(r.fields.get(column)):
                return self.refuse(r, "missing", what=target)
        if r.kind == "item_minutes":
            for uid in r.fields.get("presence") or {}:
                if not self.known(uid):
                    return self.refuse(r, "missing", what="participant")
        return None

    def conflict(self, r: rec.Record) -> Verdict | None:
        kind = BY_NAME[r.kind]
        value = r.fields.get(kind.natural_key) if kind.natural_key else None
        if value is None:
            return None
        local = self._taken(r.kind).get(value)
        if local is None or rec.uid_of(self.store, r.kind, local) == r.uid:
            return None
        return self.refuse(r, "conflict", label=value)

    def _taken(self, kind_name: str) -> dict[Any, int]:
        """The rows here that already hold a natural key (number, reference) the package's
        records of this kind carry: one query per kind rather than one per record."""
        if kind_name not in self.taken:
            kind = BY_NAME[kind_name]
            values = [r.fields.get(kind.natural_key) for r in self.opened.records if r.kind == kind_name]
            wanted = json.dumps([v for v in values if v is not None])
            sql = (  # the list as the join's outer loop: one lookup in the key's unique index each
                f"SELECT t.{kind.natural_key}, t.id FROM json_each(?) AS j "
                f"CROSS JOIN {kind.table} AS t ON t.{kind.natural_key} = j.value"
            )
            self.taken[kind_name] = {k: int(i) for k, i in self.store.db.execute(sql, [wanted]).fetchall()}
        return self.taken[kind_name]

    def judge(self, r: rec.Record) -> Verdict:
        t = self.cache.get(r.uid)
        if t is not None and t.kind != r.kind:
            return self.refuse(r, "invalid", what=r.kind)
        local_fields = (
            None
            if t is None or t.deleted or t.local_id is None
            else rec.local_fields(self.store, r.kind, t.local_id)
        )
        if r.deleted and (local_fields is None or not BY_NAME[r.kind].primary):
            # A secondary kind goes with its row: the primary record's removal decides.
            return Verdict(r.uid, r.kind, self.label(r), "unchanged")
        if t is not None and local_fields is not None and not r.deleted and local_fields == r.fields:
            handed_over = rec.owner_id(self.store, t.owner) != r.owner and self.may_change(t, r)
            if not handed_over or r.version < t.version:
                return Verdict(r.uid, r.kind, self.label(r), "unchanged")
        if t is not None:
            if not self.may_change(t, r) and local_fields is not None and not r.deleted:
                differing = {f for f in r.fields if local_fields.get(f) != r.fields[f]}
                if differing <= set(BY_NAME[r.kind].derived):
                    return Verdict(r.uid, r.kind, self.label(r), "unchanged")
            if not self.may_change(t, r):
                return self.refuse(r, "not_owner", owner=self.owner_name(rec.owner_id(self.store, t.owner)))
            if r.version < t.version:
                return self.refuse(r, "older", version=r.version, local=t.version)
        meeting = self.meeting_of(r)
        if meeting in self.sealed and r.kind not in ("action", "case"):
            return self.refuse(r, "sealed", meeting=self.sealed[meeting])
        refused = self.missing(r) or (
            None if t is not None and local_fields is not None else self.conflict(r)
        )
        if refused is not None:
            return refused
        if r.deleted:
            return Verdict(r.uid, r.kind, self.label(r), "deleted")
        old = local_fields or {}
        changed = [f for f in r.fields if old.get(f) != r.fields[f]]
        blocked, kept = self.guard(r, changed)
        if blocked is not None:
            return blocked
        status = "changed" if local_fields is not None else "new"
        if status == "new":
            self.creating.add(r.uid)
        handover = t is not None and rec.owner_id(self.store, t.owner) != r.owner
        changes = (
            tuple(FieldChange(f, old.get(f), r.fields[f]) for f in changed) if status == "changed" else ()
        )
        return Verdict(r.uid, r.kind, self.label(r), status, changes=changes, handover=handover, kept=kept)


def preview(store: Store, opened: Opened, keep: Mapping[str, str] | None = None) -> Preview:
    return judged(store, opened, keep)[0]


def judged(
    store: Store, opened: Opened, keep: Mapping[str, str] | None = None
) -> tuple[Preview, rec.TrackCache]:
    """The preview and the tracking rows it was judged on: an import applies it in the same
    transaction, so it can go on from them instead of fetching them again."""
    judge = Judge(store, opened, keep or {})
    verdicts = tuple(judge.judge(r) for r in opened.records)
    h = opened.header
    return Preview(opened.sender.name, h.sender, h.seq, h.created, verdicts), judge.cache
