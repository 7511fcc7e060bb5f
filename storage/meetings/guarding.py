"""The one place where the meetings domain hands free text to the anonymity policy.

Every write of minutes, decision texts, action texts, amendments, addenda and item titles calls
``check_fields`` inside the transaction of the write, before anything is stored. It is a single call
into ``storage.anonymity.AnonymityPolicy.check``: text with a finding nobody kept raises
``storage.anonymity.PersonalDataFound`` (field, kind, position; never the text). The user keeps a
finding by passing ``keep`` (``storage.anonymity.Keep``, with a reason) — e.g.
``Keep.findings(error.findings, reason)`` — and from then on the same flagged text passes for that
object and field without asking again (so autosave keeps working).

Objects as the policy sees them (type, id, fields):
``minutes``/item id/``minutes``; ``agenda_item``/item id/``title``; ``decision``/decision number/
``text``, ``responsible``, ``reason``, ``request``, ``disagreement``; ``action``/action number/
``text``, ``owner_role``, ``close_note``; ``amendment`` and ``addendum``/meeting number/``text``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storage.anonymity import AnonymityPolicy, Keep, PersonalDataFound
from storage.i18n import pick
from storage.store import Store

__all__ = ["FIELD_LABELS", "Keep", "PersonalDataFound", "check_fields", "field_labels"]

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "minutes": ("verslag", "minutes"),
    "title": ("titel", "title"),
    "text": ("tekst", "text"),
    "responsible": ("verantwoordelijke", "responsible"),
    "reason": ("reden", "reason"),
    "request": ("gevraagde informatie", "information asked"),
    "disagreement": ("verschil van inzicht", "disagreement"),
    "owner_role": ("actiehouder", "owner"),
    "close_note": ("toelichting bij afsluiten", "closing note"),
}


def field_labels(lang: str | None = None) -> dict[str, str]:
    return {name: pick(nl, en, lang) for name, (nl, en) in FIELD_LABELS.items()}


def check_fields(
    store: Store,
    object_type: str,
    object_id: str | int,
    fields: Mapping[str, str],
    keep: Sequence[Keep] = (),
    *,
    label: str,
    known_names: Sequence[str] = (),
) -> None:
    """Let the write of ``fields`` pass the anonymity policy or raise ``PersonalDataFound``.

    Call inside the transaction of the write. ``label`` names the object in messages and in the
    audit log (a reference such as ``OT 2026-03#4`` or ``B-2026-03-02``). ``known_names``: names
    that are not a case's personal data (the meeting's own participants, in its minutes)."""
    texts = {name: value for name, value in fields.items() if value and value.strip()}
    if not texts:
        return
    AnonymityPolicy(store).check(
        object_type, object_id, texts, keep, label=label, labels=field_labels(), known_names=known_names
    )
