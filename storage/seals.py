"""Verification of sealed (adopted) minutes for ``overlegtafel verify``.

For every seal the canonical snapshot (in the seal's own format) is recomputed from the tables
(a sealed record prints only what this snapshot holds) and its SHA-256 compared with
the stored fingerprint and with the fingerprint in the audit log's ``meeting.seal`` entry (so that
changing the content *and* the seal row is noticed too, as long as the audit chain is intact).
Every adopted meeting must have a seal, and every addendum its own fingerprint.

A seal with ``redacted_at`` (set by a purge under the retention rules, ``storage.purge``, which
keeps the original fingerprint) is reported as redacted, not as broken. The purge also stores the
fingerprint of the record as it redacted it (``redacted_fingerprint``, and in the audit log's
``meeting.redact`` entry): a redacted record is checked against that, so a change after the purge
is still noticed. The original fingerprint must still match the log's ``meeting.seal`` entry.
Addenda whose text a purge replaced (``addenda.redacted_at``) are counted as redacted.

``verify_seals(store)`` returns a ``SealReport``: one ``SealFinding`` per problem or redaction
(``check`` = ``seal``/``addendum``, naming the meeting) and a ``SealSummary``; ``to_json()`` gives
the rows ``overlegtafel verify --json`` prints (the summary last, ``check`` = ``seals``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from storage.i18n import pick
from storage.meetings import snapshot as snap
from storage.store import Store

JsonRow = dict[str, str | int | bool]
Status = Literal["redacted", "unknown_format", "broken", "not_in_log", "missing"]


@dataclass(frozen=True)
class SealFinding:
    """A seal or addendum that does not check out (``ok`` False), or a seal reported as redacted."""

    check: Literal["seal", "addendum"]
    meeting: str
    ok: bool
    status: Status
    message: str
    fingerprint: str | None = None
    redacted_fingerprint: str | None = None
    actual: str | None = None
    addendum: int | None = None

    def to_json(self) -> JsonRow:
        row: JsonRow = {
            "check": self.check,
            "meeting": self.meeting,
            "ok": self.ok,
            "status": self.status,
            "message": self.message,
        }
        extra = {
            "fingerprint": self.fingerprint,
            "redacted_fingerprint": self.redacted_fingerprint,
            "actual": self.actual,
            "addendum": self.addendum,
        }
        row.update({k: v for k, v in extra.items() if v is not None})
        return row


@dataclass(frozen=True)
class SealSummary:
    ok: bool
    message: str
    seals: int
    intact: int
    redacted: int
    broken: int
    addenda: int

    def to_json(self) -> JsonRow:
        return {
            "check": "seals",
            "ok": self.ok,
            "message": self.message,
            "seals": self.seals,
            "intact": self.intact,
            "redacted": self.redacted,
            "broken": self.broken,
            "addenda": self.addenda,
        }


@dataclass(frozen=True)
class SealReport:
    findings: tuple[SealFinding, ...]
    summary: SealSummary

    @property
    def ok(self) -> bool:
        return self.summary.ok

    @property
    def problems(self) -> tuple[SealFinding, ...]:
        return tuple(f for f in self.findings if not f.ok)

    def to_json(self) -> list[JsonRow]:
        """The rows of ``overlegtafel verify --json``: the findings, then the summary."""
        return [f.to_json() for f in self.findings] + [self.summary.to_json()]


@dataclass(frozen=True)
class _SealRow:
    meeting_id: int
    number: str
    stored: str
    redacted_at: str | None
    format: str
    redacted_fingerprint: str | None


@dataclass(frozen=True)
class _Logged:
    """Fingerprints in the audit log: of each seal, and of each redaction."""

    seals: dict[str, str]
    redactions: dict[str, str]


def _audit_fingerprints(
    store: Store, action: str = "meeting.seal", key: str = "fingerprint"
) -> dict[str, str]:
    """meeting number → fingerprint of its (latest) ``action`` audit entry."""
    found: dict[str, str] = {}
    for object_id, detail in store.db.execute(
        "SELECT object_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,)
    ).fetchall():
        try:
            value = json.loads(detail).get(key)
        except (ValueError, AttributeError):
            value = None
        if isinstance(value, str):
            found[str(object_id)] = value
    return found


def _finding(
    number: str,
    status: Status,
    nl: str,
    en: str,
    *,
    fingerprint: str | None = None,
    redacted_fingerprint: str | None = None,
    actual: str | None = None,
) -> SealFinding:
    """A finding about the seal of meeting ``number`` (only a redaction is ``ok``)."""
    return SealFinding(
        check="seal",
        meeting=number,
        ok=status == "redacted",
        status=status,
        message=pick(nl, en),
        fingerprint=fingerprint,
        redacted_fingerprint=redacted_fingerprint,
        actual=actual,
    )


def verify_seals(store: Store) -> SealReport:
    """Every seal, every adopted meeting and every addendum checked against the tables and the log."""
    logged = _Logged(
        seals=_audit_fingerprints(store),
        redactions=_audit_fingerprints(store, "meeting.redact", "redacted_fingerprint"),
    )
    rows = [
        _SealRow(int(r[0]), str(r[1]), str(r[2]), r[3], str(r[4]), r[5])
        for r in store.db.execute(
            "SELECT s.meeting_id, m.number, s.fingerprint, s.redacted_at, s.format, s.redacted_fingerprint "
            "FROM seals s JOIN meetings m ON m.id = s.meeting_id ORDER BY m.date, m.start_time, m.id"
        ).fetchall()
    ]
    seal_findings = [f for f in (_check_seal(store, row, logged) for row in rows) if f is not None]
    missing = _missing_seals(store, {row.number for row in rows})
    addenda, addendum_findings = _check_addenda(store)
    findings = (*seal_findings, *missing, *addendum_findings)
    summary = _summary(
        total=len(rows),
        intact=len(rows) - len(seal_findings),
        redacted=sum(1 for f in seal_findings if f.status == "redacted"),
        broken=sum(1 for f in findings if not f.ok),
        addenda=addenda,
    )
    return SealReport(findings=findings, summary=summary)


def _check_seal(store: Store, row: _SealRow, logged: _Logged) -> SealFinding | None:
    """What is wrong with one seal (or that it is redacted); None when it is intact."""
    number, stored = row.number, row.stored
    label_nl, label_en = f"Verslag {number}", f"Minutes {number}"
    if row.redacted_at:
        problem = _redaction_problem(store, row, logged)
        if problem is not None:
            return problem
        return _finding(
            number,
            "redacted",
            f"{label_nl}: geschoond op {row.redacted_at[:10]}; oorspronkelijke vingerafdruk bewaard.",
            f"{label_en}: redacted on {row.redacted_at[:10]}; original fingerprint kept.",
            fingerprint=stored,
        )
    if row.format not in snap.FORMATS:
        return _finding(
            number,
            "unknown_format",
            f"{label_nl}: onbekend zegelformaat {row.format!r}.",
            f"{label_en}: unknown seal format {row.format!r}.",
        )
    actual = snap.fingerprint(store, row.meeting_id)
    if actual != stored:
        return _finding(
            number,
            "broken",
            f"{label_nl}: vingerafdruk klopt niet (de vastgestelde inhoud is gewijzigd).",
            f"{label_en}: fingerprint does not match (the adopted content was changed).",
            fingerprint=stored,
            actual=actual,
        )
    # A seal entry that left the log (retention) is the audit chain's business, not a seal problem.
    if number in logged.seals and logged.seals[number] != stored:
        return _finding(
            number,
            "not_in_log",
            f"{label_nl}: vingerafdruk wijkt af van die in het logboek.",
            f"{label_en}: fingerprint differs from the one in the audit log.",
            fingerprint=stored,
        )
    return None


def _missing_seals(store: Store, sealed: set[str]) -> list[SealFinding]:
    """Adopted meetings without a seal, and meetings the audit log says were sealed but have none."""
    found: list[SealFinding] = []
    unsealed = [
        str(r[0])
        for r in store.db.execute(
            "SELECT m.number FROM meetings m WHERE m.status = 'vastgesteld' "
            "AND NOT EXISTS (SELECT 1 FROM seals s WHERE s.meeting_id = m.id) ORDER BY m.date, m.id"
        ).fetchall()
    ]
    for number in unsealed:
        found.append(
            _finding(
                number,
                "missing",
                f"Verslag {number}: vastgesteld, maar het zegel ontbreekt.",
                f"Minutes {number}: adopted, but the seal is missing.",
            )
        )
    accounted = sealed | set(unsealed)
    for (number,) in store.db.execute(
        "SELECT object_id FROM audit_log WHERE action = 'meeting.seal'"
    ).fetchall():
        if number not in accounted:
            exists = store.db.execute("SELECT 1 FROM meetings WHERE number = ?", (number,)).fetchone()
            if exists is not None:
                found.append(
                    _finding(
                        number,
                        "missing",
                        f"Verslag {number}: volgens het logboek vastgesteld, maar het zegel ontbreekt.",
                        f"Minutes {number}: adopted according to the audit log, but the seal is missing.",
                    )
                )
    return found


def _check_addenda(store: Store) -> tuple[int, list[SealFinding]]:
    """(number of addenda, the addenda whose fingerprint does not match)."""
    addenda = store.db.execute(
        "SELECT ad.id, m.number, ad.fingerprint, s.redacted_at, s.redacted_fingerprint, ad.redacted_at "
        "FROM addenda ad JOIN meetings m ON m.id = ad.meeting_id JOIN seals s ON s.id = ad.seal_id ORDER BY ad.id"
    ).fetchall()
    found: list[SealFinding] = []
    for position, (addendum_id, number, stored, redacted_at, redacted_fp, purged_at) in enumerate(
        addenda, start=1
    ):
        # A purge replaced this addendum's text; a seal redacted without a recorded redaction
        # fingerprint (older redactions) leaves its addenda unchecked as before.
        if purged_at or (redacted_at and not redacted_fp):
            continue
        if snap.addendum_fingerprint_from_row(store, addendum_id) != stored:
            found.append(
                SealFinding(
                    check="addendum",
                    meeting=number,
                    ok=False,
                    status="broken",
                    message=pick(
                        f"Addendum bij verslag {number} (nr. {position}): vingerafdruk klopt niet.",
                        f"Addendum to minutes {number} (no. {position}): fingerprint does not match.",
                    ),
                    addendum=addendum_id,
                )
            )
    return len(addenda), found


def _summary(*, total: int, intact: int, redacted: int, broken: int, addenda: int) -> SealSummary:
    if broken:
        summary_nl = f"Zegels: {total} vastgestelde verslagen gecontroleerd, {broken} probleem/problemen."
        summary_en = f"Seals: {total} adopted minutes checked, {broken} problem(s)."
    else:
        extra_nl = f", {redacted} geschoond" if redacted else ""
        extra_en = f", {redacted} redacted" if redacted else ""
        summary_nl = f"Zegels: {total} vastgestelde verslagen, vingerafdrukken kloppen{extra_nl}."
        summary_en = f"Seals: {total} adopted minutes, fingerprints match{extra_en}."
    return SealSummary(
        ok=broken == 0,
        message=pick(summary_nl, summary_en),
        seals=total,
        intact=intact,
        redacted=redacted,
        broken=broken,
        addenda=addenda,
    )


def _redaction_problem(store: Store, row: _SealRow, logged: _Logged) -> SealFinding | None:
    """Why a redacted seal does not check out, or None: the original fingerprint must still be the
    logged one, and the record must still be as the purge left it."""
    number, original, redacted_fp = row.number, row.stored, row.redacted_fingerprint
    if number in logged.seals and logged.seals[number] != original:
        return _finding(
            number,
            "not_in_log",
            f"Verslag {number}: oorspronkelijke vingerafdruk wijkt af van die in het logboek.",
            f"Minutes {number}: the original fingerprint differs from the one in the audit log.",
            fingerprint=original,
        )
    if redacted_fp is None:
        return None  # redacted before redaction fingerprints were kept: nothing more to compare
    actual = snap.fingerprint(store, row.meeting_id)
    if actual != redacted_fp:
        return _finding(
            number,
            "broken",
            f"Verslag {number}: geschoond, maar de inhoud is daarna gewijzigd (vingerafdruk klopt niet).",
            f"Minutes {number}: redacted, but the content changed afterwards (fingerprint does not match).",
            fingerprint=original,
            redacted_fingerprint=redacted_fp,
            actual=actual,
        )
    if number in logged.redactions and logged.redactions[number] != redacted_fp:
        return _finding(
            number,
            "not_in_log",
            f"Verslag {number}: vingerafdruk van de geschoonde inhoud wijkt af van die in het logboek.",
            f"Minutes {number}: the fingerprint of the redacted content differs from the one in the audit log.",
            fingerprint=original,
        )
    return None
