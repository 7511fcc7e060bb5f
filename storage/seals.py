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

``verify_seals(store)`` returns dicts with at least ``check``, ``ok`` and ``message``; problems
and redactions get one entry each (``check`` = ``seal``/``addendum``, naming the meeting), followed
by one summary entry (``check`` = ``seals``).
"""

from __future__ import annotations

import json
from typing import Any

from storage.i18n import pick
from storage.meetings import snapshot as snap
from storage.store import Store


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


def _entry(kind: str, number: str, ok: bool, status: str, nl: str, en: str, **extra: Any) -> dict[str, Any]:
    return {
        "check": kind,
        "meeting": number,
        "ok": ok,
        "status": status,
        "message": pick(nl, en),
        **extra,
    }


def verify_seals(store: Store) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    logged = _audit_fingerprints(store)
    logged_redactions = _audit_fingerprints(store, "meeting.redact", "redacted_fingerprint")
    seals = store.db.execute(
        "SELECT s.id, s.meeting_id, m.number, s.fingerprint, s.redacted_at, s.format, s.redacted_fingerprint "
        "FROM seals s JOIN meetings m ON m.id = s.meeting_id ORDER BY m.date, m.start_time, m.id"
    ).fetchall()
    intact = redacted = broken = 0
    for _seal_id, meeting_id, number, stored, redacted_at, fmt, redacted_fp in seals:
        label_nl, label_en = f"Verslag {number}", f"Minutes {number}"
        if redacted_at:
            problem = _redaction_problem(
                store, meeting_id, number, stored, redacted_fp, logged, logged_redactions
            )
            if problem is not None:
                broken += 1
                results.append(problem)
                continue
            redacted += 1
            results.append(
                _entry(
                    "seal",
                    number,
                    True,
                    "redacted",
                    f"{label_nl}: geschoond op {redacted_at[:10]}; oorspronkelijke vingerafdruk bewaard.",
                    f"{label_en}: redacted on {redacted_at[:10]}; original fingerprint kept.",
                    fingerprint=stored,
                )
            )
            continue
        if fmt not in snap.FORMATS:
            broken += 1
            results.append(
                _entry(
                    "seal",
                    number,
                    False,
                    "unknown_format",
                    f"{label_nl}: onbekend zegelformaat {fmt!r}.",
                    f"{label_en}: unknown seal format {fmt!r}.",
                )
            )
            continue
        actual = snap.fingerprint(store, meeting_id)
        if actual != stored:
            broken += 1
            results.append(
                _entry(
                    "seal",
                    number,
                    False,
                    "broken",
                    f"{label_nl}: vingerafdruk klopt niet (de vastgestelde inhoud is gewijzigd).",
                    f"{label_en}: fingerprint does not match (the adopted content was changed).",
                    fingerprint=stored,
                    actual=actual,
                )
            )
            continue
        # A seal entry that left the log (retention) is the audit chain's business, not a seal problem.
        if number in logged and logged[number] != stored:
            broken += 1
            results.append(
                _entry(
                    "seal",
                    number,
                    False,
                    "not_in_log",
                    f"{label_nl}: vingerafdruk wijkt af van die in het logboek.",
                    f"{label_en}: fingerprint differs from the one in the audit log.",
                    fingerprint=stored,
                )
            )
            continue
        intact += 1
    unsealed = store.db.execute(
        "SELECT m.number FROM meetings m WHERE m.status = 'vastgesteld' "
        "AND NOT EXISTS (SELECT 1 FROM seals s WHERE s.meeting_id = m.id) ORDER BY m.date, m.id"
    ).fetchall()
    for (number,) in unsealed:
        broken += 1
        results.append(
            _entry(
                "seal",
                number,
                False,
                "missing",
                f"Verslag {number}: vastgesteld, maar het zegel ontbreekt.",
                f"Minutes {number}: adopted, but the seal is missing.",
            )
        )
    accounted = {s[2] for s in seals} | {u[0] for u in unsealed}
    for (number,) in store.db.execute(
        "SELECT object_id FROM audit_log WHERE action = 'meeting.seal'"
    ).fetchall():
        if number not in accounted:
            exists = store.db.execute("SELECT 1 FROM meetings WHERE number = ?", (number,)).fetchone()
            if exists is not None:
                broken += 1
                results.append(
                    _entry(
                        "seal",
                        number,
                        False,
                        "missing",
                        f"Verslag {number}: volgens het logboek vastgesteld, maar het zegel ontbreekt.",
                        f"Minutes {number}: adopted according to the audit log, but the seal is missing.",
                    )
                )
    addenda = store.db.execute(
        "SELECT ad.id, m.number, ad.fingerprint, s.redacted_at, s.redacted_fingerprint, ad.redacted_at "
        "FROM addenda ad JOIN meetings m ON m.id = ad.meeting_id JOIN seals s ON s.id = ad.seal_id ORDER BY ad.id"
    ).fetchall()
    for position, (addendum_id, number, stored, redacted_at, redacted_fp, purged_at) in enumerate(
        addenda, start=1
    ):
        # A purge replaced this addendum's text; a seal redacted without a recorded redaction
        # fingerprint (older redactions) leaves its addenda unchecked as before.
        if purged_at or (redacted_at and not redacted_fp):
            continue
        if snap.addendum_fingerprint_from_row(store, addendum_id) != stored:
            broken += 1
            results.append(
                _entry(
                    "addendum",
                    number,
                    False,
                    "broken",
                    f"Addendum bij verslag {number} (nr. {position}): vingerafdruk klopt niet.",
                    f"Addendum to minutes {number} (no. {position}): fingerprint does not match.",
                    addendum=addendum_id,
                )
            )
    total = len(seals)
    if broken:
        summary_nl = f"Zegels: {total} vastgestelde verslagen gecontroleerd, {broken} probleem/problemen."
        summary_en = f"Seals: {total} adopted minutes checked, {broken} problem(s)."
    else:
        extra_nl = f", {redacted} geschoond" if redacted else ""
        extra_en = f", {redacted} redacted" if redacted else ""
        summary_nl = f"Zegels: {total} vastgestelde verslagen, vingerafdrukken kloppen{extra_nl}."
        summary_en = f"Seals: {total} adopted minutes, fingerprints match{extra_en}."
    results.append(
        {
            "check": "seals",
            "ok": broken == 0,
            "message": pick(summary_nl, summary_en),
            "seals": total,
            "intact": intact,
            "redacted": redacted,
            "broken": broken,
            "addenda": len(addenda),
        }
    )
    return results


def _redaction_problem(
    store: Store,
    meeting_id: int,
    number: str,
    original: str,
    redacted_fp: str | None,
    logged: dict[str, str],
    logged_redactions: dict[str, str],
) -> dict[str, Any] | None:
    """Why a redacted seal does not check out, or None: the original fingerprint must still be the
    logged one, and the record must still be as the purge left it."""
    if number in logged and logged[number] != original:
        return _entry(
            "seal",
            number,
            False,
            "not_in_log",
            f"Verslag {number}: oorspronkelijke vingerafdruk wijkt af van die in het logboek.",
            f"Minutes {number}: the original fingerprint differs from the one in the audit log.",
            fingerprint=original,
        )
    if redacted_fp is None:
        return None  # redacted before redaction fingerprints were kept: nothing more to compare
    actual = snap.fingerprint(store, meeting_id)
    if actual != redacted_fp:
        return _entry(
            "seal",
            number,
            False,
            "broken",
            f"Verslag {number}: geschoond, maar de inhoud is daarna gewijzigd (vingerafdruk klopt niet).",
            f"Minutes {number}: redacted, but the content changed afterwards (fingerprint does not match).",
            fingerprint=original,
            redacted_fingerprint=redacted_fp,
            actual=actual,
        )
    if number in logged_redactions and logged_redactions[number] != redacted_fp:
        return _entry(
            "seal",
            number,
            False,
            "not_in_log",
            f"Verslag {number}: vingerafdruk van de geschoonde inhoud wijkt af van die in het logboek.",
            f"Minutes {number}: the fingerprint of the redacted content differs from the one in the audit log.",
            fingerprint=original,
        )
    return None
