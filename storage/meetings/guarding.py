"""The one place where the meetings domain hands free text to the anonymity policy.

Every write of minutes, decision texts, action texts, amendments and addenda calls
``check_text`` inside the transaction of the write, before anything is stored.

WIRING NOTE: the store-wide policy module ``storage.anonymity`` (cases engineer) is not in the
repository yet. Until it lands, ``check_text`` applies the policy of issue 3 itself with the guard:
text with findings is refused (``PersonalDataInText``, carrying the findings without the text)
unless the caller passes an override reason; the override is logged without the flagged text.
When ``storage.anonymity`` lands, the body of ``check_text`` becomes a single call into it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from storage.errors import UsageError
from storage.guard import Finding, kind_label, scan
from storage.i18n import language
from storage.store import Store


class PersonalDataInText(UsageError):
    nl: ClassVar[str] = (
        "De tekst bevat mogelijk persoonsgegevens ({kinds}). Pas de tekst aan, of leg vast waarom "
        "hij toch mag blijven staan."
    )
    en: ClassVar[str] = (
        "The text may contain personal data ({kinds}). Change the text, or record why it may stay."
    )

    def __init__(self, findings: Iterable[Finding] = (), **params: object) -> None:
        self.findings: tuple[Finding, ...] = tuple(findings)
        super().__init__(**params)


def check_text(
    store: Store,
    text: str,
    *,
    field: str,
    object_type: str,
    object_id: str,
    override_reason: str | None = None,
) -> None:
    """Refuse ``text`` with findings unless ``override_reason`` is given (then log the override).

    Call inside the transaction of the write. Never logs or raises with the text itself.
    """
    if not text or not text.strip():
        return
    findings = scan(text)
    if not findings:
        return
    kinds = sorted({f.kind for f in findings})
    reason = (override_reason or "").strip()
    if not reason:
        raise PersonalDataInText(findings, kinds=", ".join(kind_label(k, language()) for k in kinds))
    store.audit.append(
        "guard.override",
        object_type,
        object_id,
        detail={"field": field, "kinds": kinds, "count": len(findings), "reason": reason},
    )
