"""The anonymity policy: the one gate every write of free text passes (cases now; minutes,
decisions and actions through the same calls).

    policy = AnonymityPolicy(store)
    with store.db.atomic():
        policy.check("case", case_id, {"summary": text}, keep, label="C-2026-014")
        ...write the text...

``check`` scans every field with the guard (``storage.guard.scan``). A finding passes when the
same flagged text was kept before for this object and field, or when the caller passes a
:class:`Keep` that covers it (the user's explicit decision, with a reason). Anything else makes the
write fail with :class:`PersonalDataFound`, which lists field, kind and position, never the text.

Keeping a finding records, per object and field, an HMAC of the flagged text (normalised) in
``guard_accepted``, so it is not raised again, and appends an audit entry ``guard.override`` with
object, field, kinds, count and the reason, but never the flagged text. The reason goes into the
audit log, so it must itself be free of personal data.

The HMAC key is derived with HKDF-SHA256 from the store key the first time it is needed and kept
inside the encrypted database (``meta.guard_hmac_key``), so kept findings survive a re-key.
Call everything on the store's thread, inside the transaction of the write it guards.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from stdnum.nl import bsn as stdnum_bsn

from storage.errors import EXIT_CHECK_FAILED, UsageError
from storage.guard import Finding, kind_label, scan, scan_parts
from storage.i18n import language, pick
from storage.store import Store

OVERRIDE_ACTION = "guard.override"
MIN_REASON_LENGTH = 5
MAX_REASON_LENGTH = 300
_KEY_META = "guard_hmac_key"
_HKDF_INFO = b"overlegtafel guard accepted-span hmac v1"


# --- results --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldFinding:
    """One finding in one field: ``text[start:end]`` of that field looks like personal data.

    ``accepted`` says whether a user kept this flagged text before (for this object and field)."""

    field: str
    kind: str
    start: int
    end: int
    accepted: bool = False
    basis: str = dataclasses.field(default="", compare=False, repr=False)

    def reason(self, lang: str | None = None) -> str:
        return Finding(self.kind, self.start, self.end, self.basis).reason(lang or language())

    def label(self, lang: str | None = None) -> str:
        return kind_label(self.kind, lang or language())

    def to_dict(self, lang: str | None = None) -> dict[str, object]:
        return {
            "field": self.field,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "accepted": self.accepted,
            "reason": self.reason(lang),
        }


@dataclass(frozen=True)
class Keep:
    """A user's decision to keep flagged text in ``field``: every finding lying inside one of
    ``spans`` (offsets in the text being written) is kept, for ``reason``."""

    field: str
    spans: tuple[tuple[int, int], ...]
    reason: str

    @classmethod
    def whole_field(cls, field_name: str, text: str, reason: str) -> Keep:
        """Keep every finding in the field (e.g. an import row the user confirmed)."""
        return cls(field_name, ((0, len(text)),), reason)

    @classmethod
    def findings(cls, found: Iterable[FieldFinding], reason: str) -> list[Keep]:
        """One Keep per field, covering exactly the findings the user was shown."""
        per_field: dict[str, list[tuple[int, int]]] = {}
        for f in found:
            per_field.setdefault(f.field, []).append((f.start, f.end))
        return [cls(name, tuple(spans), reason) for name, spans in per_field.items()]

    def covers(self, finding: FieldFinding) -> bool:
        return finding.field == self.field and any(
            start <= finding.start and finding.end <= end for start, end in self.spans
        )


# --- errors ---------------------------------------------------------------------------------------
def _positions(findings: Sequence[FieldFinding], labels: Mapping[str, str], lang: str | None) -> str:
    parts = []
    for f in findings:
        where = labels.get(f.field, f.field)
        parts.append(
            pick(
                f"{where}: {f.label('nl')} (teken {f.start + 1}–{f.end})",
                f"{where}: {f.label('en')} (characters {f.start + 1}–{f.end})",
                lang,
            )
        )
    return "; ".join(parts)


class PersonalDataFound(UsageError):
    """A write held back because of findings nobody kept. ``findings`` has field, kind, start, end."""

    exit_code = EXIT_CHECK_FAILED
    nl = (
        "Niet opgeslagen: mogelijk persoonsgegevens in {what} ({summary}). Haal ze weg, of bewaar "
        "ze bewust met een reden."
    )
    en = (
        "Not saved: possible personal data in {what} ({summary}). Remove it, or keep it "
        "deliberately with a reason."
    )

    def __init__(
        self,
        findings: Sequence[FieldFinding],
        *,
        what: str = "",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self.findings: tuple[FieldFinding, ...] = tuple(findings)
        self.labels = dict(labels or {})
        super().__init__(what=what or "-", summary="")

    def message(self, lang: str | None = None) -> str:
        self.params["summary"] = _positions(self.findings, self.labels, lang)
        return super().message(lang)

    @property
    def fields(self) -> list[str]:
        return sorted({f.field for f in self.findings})


class PersonalDataNotKeepable(PersonalDataFound):
    """A valid BSN, V-nummer or document number: never stored, whatever the reason."""

    nl = (
        "Niet opgeslagen: {what} bevat een geldig BSN, V-nummer of documentnummer ({summary}). "
        "Zo'n nummer kan niet worden bewaard, ook niet met een reden: haal het weg."
    )
    en = (
        "Not saved: {what} holds a valid BSN, V-number or document number ({summary}). Such a "
        "number cannot be kept, not even with a reason: remove it."
    )


class OverrideReasonInvalid(UsageError):
    nl = "De reden om een mogelijk persoonsgegeven te bewaren is ongeldig: {detail}"
    en = "The reason for keeping possible personal data is not valid: {detail}"


# --- scanning without a store ---------------------------------------------------------------------
def scan_fields(fields: Mapping[str, str]) -> list[FieldFinding]:
    """Every finding in every field, as the guard sees it (no store, no memory of kept findings)."""
    out: list[FieldFinding] = []
    for name, text in fields.items():
        if text:
            out.extend(FieldFinding(name, f.kind, f.start, f.end, False, f.basis) for f in scan(text))
    return out


def validate_reason(reason: str) -> str:
    """The cleaned reason, or OverrideReasonInvalid. The reason is logged, so it is scanned too."""
    cleaned = " ".join(reason.split())
    if len(cleaned) < MIN_REASON_LENGTH:
        raise OverrideReasonInvalid(
            detail=pick(
                f"geef een reden van minstens {MIN_REASON_LENGTH} tekens.",
                f"give a reason of at least {MIN_REASON_LENGTH} characters.",
            )
        )
    if len(cleaned) > MAX_REASON_LENGTH:
        raise OverrideReasonInvalid(
            detail=pick(
                f"houd de reden korter dan {MAX_REASON_LENGTH} tekens.",
                f"keep the reason shorter than {MAX_REASON_LENGTH} characters.",
            )
        )
    # Only what the working detectors found counts here: if a broken detector also made the
    # reason "not checked", refusing it would leave no way to keep anything at all.
    found, _failed = scan_parts(cleaned)
    if found:
        raise OverrideReasonInvalid(
            detail=pick(
                "de reden zelf bevat mogelijk persoonsgegevens en komt in het logboek; "
                "beschrijf waarom, zonder het gegeven te herhalen.",
                "the reason itself may contain personal data and goes into the audit log; "
                "say why without repeating the data.",
            )
        )
    return cleaned


def normalise_span(text: str) -> str:
    """What counts as "the same flagged text": case, width and white space do not matter."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _words(text: str) -> set[str]:
    cleaned = "".join(c if c.isalnum() else " " for c in unicodedata.normalize("NFKC", text).casefold())
    return set(cleaned.split())


def is_known_name(span: str, known_names: Iterable[str]) -> bool:
    """Whether a flagged name is one of ``known_names`` (e.g. the meeting's own participants):
    every word of the span occurs in one known name ("De heer Jansen" → "J. Jansen")."""
    words = _words(span)
    return bool(words) and any(words <= _words(name) for name in known_names if name.strip())


def unkeepable(finding: FieldFinding, text: str) -> bool:
    """A valid BSN (eleven test), a V-nummer named as such, or a document number in the form of a
    residence card or a Dutch passport/ID card: these can never be kept, whatever the reason."""
    if finding.kind == "bsn":
        return stdnum_bsn.is_valid("".join(c for c in text[finding.start : finding.end] if c.isdigit()))
    if finding.kind == "v_number":
        return finding.basis == "context"
    if finding.kind == "document":
        return finding.basis in ("residence", "nl_passport")
    return False


# --- the policy -----------------------------------------------------------------------------------
class AnonymityPolicy:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- keyed hashes ---------------------------------------------------------------------------
    def _key(self) -> bytes:
        db = self.store.db
        row = db.execute("SELECT value FROM meta WHERE key = ?", (_KEY_META,)).fetchone()
        if row is not None:
            return bytes.fromhex(row[0])
        key = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=self.store.store_id.encode("utf-8"),
            info=_HKDF_INFO,
        ).derive(self.store.key)
        with db.atomic():
            db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (_KEY_META, key.hex()))
            row = db.execute("SELECT value FROM meta WHERE key = ?", (_KEY_META,)).fetchone()
        return bytes.fromhex(row[0])

    def span_hash(self, object_type: str, object_id: str | int, field_name: str, span: str) -> str:
        message = "\x1f".join((object_type, str(object_id), field_name, normalise_span(span)))
        return hmac.new(self._key(), message.encode("utf-8"), hashlib.sha256).hexdigest()

    def _accepted_hashes(self, object_type: str, object_id: str) -> set[tuple[str, str]]:
        rows = self.store.db.execute(
            "SELECT field, span_hash FROM guard_accepted WHERE object_type = ? AND object_id = ?",
            (object_type, object_id),
        ).fetchall()
        return {(r[0], r[1]) for r in rows}

    # -- public API -----------------------------------------------------------------------------
    def review(
        self,
        object_type: str,
        object_id: str | int,
        fields: Mapping[str, str],
        known_names: Sequence[str] = (),
    ) -> list[FieldFinding]:
        """Every finding in ``fields``, each marked ``accepted`` when it was kept before; names in
        ``known_names`` (see ``is_known_name``) are not findings."""
        oid = str(object_id)
        found = [
            f
            for f in scan_fields(fields)
            if not (f.kind == "person" and is_known_name(fields[f.field][f.start : f.end], known_names))
        ]
        if not found:
            return []
        accepted = self._accepted_hashes(object_type, oid)
        out = []
        for f in found:
            digest = self.span_hash(object_type, oid, f.field, fields[f.field][f.start : f.end])
            out.append(FieldFinding(f.field, f.kind, f.start, f.end, (f.field, digest) in accepted, f.basis))
        return out

    def check(
        self,
        object_type: str,
        object_id: str | int,
        fields: Mapping[str, str],
        keep: Sequence[Keep] = (),
        *,
        label: str = "",
        labels: Mapping[str, str] | None = None,
        known_names: Sequence[str] = (),
    ) -> list[FieldFinding]:
        """Let the write of ``fields`` pass, or raise PersonalDataFound.

        Findings already kept pass; findings covered by ``keep`` are recorded as kept (hash +
        ``guard.override`` audit entry with ``label`` as the object, e.g. the case reference), each
        with the reason of the ``Keep`` that covers it. A valid BSN, V-nummer or document number
        is never kept (``PersonalDataNotKeepable``), not even one kept before. A name that is one
        of ``known_names`` (the meeting's own participants) is not personal data of a case.
        Call inside the write's transaction. Returns the findings that were newly kept."""
        oid = str(object_id)
        reasons = [validate_reason(k.reason) for k in keep]
        what = label or f"{object_type} {oid}"
        findings = self.review(object_type, oid, fields, known_names)
        hard = [f for f in findings if unkeepable(f, fields[f.field])]
        if hard:
            raise PersonalDataNotKeepable(hard, what=what, labels=labels)
        blocked: list[FieldFinding] = []
        to_keep: list[tuple[FieldFinding, str]] = []
        for f in findings:
            if f.accepted:
                continue
            covering = next((i for i, k in enumerate(keep) if k.covers(f)), None)
            if covering is None:
                blocked.append(f)
            else:
                to_keep.append((f, reasons[covering]))
        if blocked:
            raise PersonalDataFound(blocked, what=what, labels=labels)
        if to_keep:
            self._record(object_type, oid, fields, to_keep, label or oid)
        return [f for f, _reason in to_keep]

    def _record(
        self,
        object_type: str,
        oid: str,
        fields: Mapping[str, str],
        kept: Sequence[tuple[FieldFinding, str]],
        label: str,
    ) -> None:
        """One ``guard_accepted`` row per finding with its own reason; one audit entry per field
        and reason."""
        store = self.store
        now = store.now().isoformat(timespec="seconds")
        actor = store.actor()
        groups: dict[tuple[str, str], list[FieldFinding]] = {}
        for f, reason in kept:
            groups.setdefault((f.field, reason), []).append(f)
        with store.db.atomic():
            for (name, reason), items in groups.items():
                for f in items:
                    digest = self.span_hash(object_type, oid, name, fields[name][f.start : f.end])
                    store.db.execute(
                        "INSERT INTO guard_accepted (object_type, object_id, field, span_hash, kind, "
                        "reason, accepted_at, actor) VALUES (?,?,?,?,?,?,?,?) "
                        "ON CONFLICT DO UPDATE SET reason = excluded.reason, "
                        "accepted_at = excluded.accepted_at, actor = excluded.actor",
                        (object_type, oid, name, digest, f.kind, reason, now, actor),
                    )
                store.audit.append(
                    OVERRIDE_ACTION,
                    object_type,
                    label,
                    detail={
                        "field": name,
                        "kinds": sorted({f.kind for f in items}),
                        "count": len(items),
                        "reason": reason,
                    },
                )

    def kept_count(self, object_type: str, object_id: str | int) -> int:
        row = self.store.db.execute(
            "SELECT count(*) FROM guard_accepted WHERE object_type = ? AND object_id = ?",
            (object_type, str(object_id)),
        ).fetchone()
        return int(row[0])

    def forget(self, object_type: str, object_id: str | int) -> int:
        """Drop the kept-finding hashes of an object (when the object itself is purged)."""
        cursor = self.store.db.execute(
            "DELETE FROM guard_accepted WHERE object_type = ? AND object_id = ?",
            (object_type, str(object_id)),
        )
        return int(cursor.rowcount or 0)


def check_write(
    store: Store,
    object_type: str,
    object_id: str | int,
    fields: Mapping[str, str],
    keep: Sequence[Keep] = (),
    *,
    label: str = "",
    labels: Mapping[str, str] | None = None,
    known_names: Sequence[str] = (),
) -> list[FieldFinding]:
    """Shorthand for ``AnonymityPolicy(store).check(...)``."""
    return AnonymityPolicy(store).check(
        object_type, object_id, fields, keep, label=label, labels=labels, known_names=known_names
    )
