"""The anonymity policy: unaccepted findings stop a write; keeping one needs a reason, is logged
without the flagged text and is remembered per object and field by a keyed hash."""

from __future__ import annotations

import json

import pytest

from storage.access import rekey
from storage.anonymity import (
    OVERRIDE_ACTION,
    AnonymityPolicy,
    Keep,
    OverrideReasonInvalid,
    PersonalDataFound,
    check_write,
    normalise_span,
    scan_fields,
)
from storage.errors import EXIT_CHECK_FAILED, StoreError
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE

BSN = "123456789"
TEXT = f"Bekend onder BSN {BSN} bij de gemeente."


def audit_dump(store) -> str:
    rows = store.db.execute("SELECT * FROM audit_log").fetchall()
    return json.dumps([list(r) for r in rows], ensure_ascii=False)


def test_clean_text_passes_without_trace(store) -> None:
    policy = AnonymityPolicy(store)
    before = store.audit.count()
    with store.db.atomic():
        assert (
            policy.check("minutes", 7, {"body": "Het OM ziet geen aanleiding; besluit B-2026-03-02."}) == []
        )
    assert store.audit.count() == before
    assert policy.kept_count("minutes", 7) == 0


def test_finding_blocks_with_kinds_and_positions_but_never_the_text(store) -> None:
    with pytest.raises(PersonalDataFound) as caught, store.db.atomic():
        check_write(
            store, "case", 1, {"summary": TEXT}, label="C-2026-001", labels={"summary": "samenvatting"}
        )
    error = caught.value
    assert isinstance(error, StoreError) and error.exit_code == EXIT_CHECK_FAILED
    [finding] = error.findings
    assert (finding.field, finding.kind) == ("summary", "bsn")
    assert TEXT[finding.start : finding.end] == BSN
    for lang in ("nl", "en"):
        message = error.message(lang)
        assert BSN not in message
        assert "C-2026-001" in message
    assert "samenvatting: BSN (teken 18–26)" in error.message("nl")
    assert error.fields == ["summary"]


def test_keep_records_hash_and_audit_without_text(store) -> None:
    policy = AnonymityPolicy(store)
    [finding] = scan_fields({"summary": TEXT})
    with store.db.atomic():
        kept = policy.check(
            "case", 1, {"summary": TEXT}, Keep.findings([finding], "fictief testgeval"), label="C-2026-001"
        )
    assert [f.kind for f in kept] == ["bsn"]
    [entry] = store.audit.entries(action_prefix=OVERRIDE_ACTION)
    assert entry.object_type == "case" and entry.object_id == "C-2026-001"
    assert entry.detail == {"field": "summary", "kinds": ["bsn"], "count": 1, "reason": "fictief testgeval"}
    assert BSN not in audit_dump(store)
    stored = store.db.execute("SELECT * FROM guard_accepted").fetchall()
    assert len(stored) == 1 and BSN not in repr(stored)
    # The same flagged text, elsewhere in the field and differently spaced, passes from now on.
    with store.db.atomic():
        assert policy.check("case", 1, {"summary": "Later: BSN 123 456 789? Nee: " + BSN}) == []
    assert len(store.audit.entries(action_prefix=OVERRIDE_ACTION)) == 1
    review = policy.review("case", 1, {"summary": "x BSN " + BSN})
    assert [f.accepted for f in review] == [True]


def test_kept_per_object_and_field(store) -> None:
    policy = AnonymityPolicy(store)
    with store.db.atomic():
        policy.check("case", 1, {"summary": TEXT}, [Keep.whole_field("summary", TEXT, "fictief testgeval")])
    for object_id, field in ((2, "summary"), (1, "question")):
        with pytest.raises(PersonalDataFound):
            policy.check("case", object_id, {field: TEXT})
    with pytest.raises(PersonalDataFound):
        policy.check("minutes", 1, {"summary": TEXT})


def test_keep_covers_only_the_spans_shown(store) -> None:
    text = f"BSN {BSN}, e-mail iemand@example.org"
    findings = scan_fields({"summary": text})
    assert {f.kind for f in findings} == {"bsn", "email"}
    bsn_only = [f for f in findings if f.kind == "bsn"]
    with pytest.raises(PersonalDataFound) as caught, store.db.atomic():
        AnonymityPolicy(store).check(
            "case", 1, {"summary": text}, Keep.findings(bsn_only, "fictief testgeval")
        )
    assert [f.kind for f in caught.value.findings] == ["email"]
    # Nothing of the failed write was recorded.
    assert AnonymityPolicy(store).kept_count("case", 1) == 0
    assert store.audit.entries(action_prefix=OVERRIDE_ACTION) == []


@pytest.mark.parametrize("reason", ["", "   ", "ok", f"want BSN {BSN} is fictief", "x" * 400])
def test_reason_must_be_real_and_free_of_personal_data(store, reason: str) -> None:
    with pytest.raises(OverrideReasonInvalid):
        AnonymityPolicy(store).check(
            "case", 1, {"summary": TEXT}, [Keep.whole_field("summary", TEXT, reason)]
        )
    assert AnonymityPolicy(store).kept_count("case", 1) == 0


def test_key_is_derived_from_the_store_key_and_survives_rekey(store) -> None:
    policy = AnonymityPolicy(store)
    first = policy.span_hash("case", 1, "summary", BSN)
    assert first == policy.span_hash("case", 1, "summary", " 123 456 789 ")
    assert first != policy.span_hash("case", 2, "summary", BSN)
    with store.db.atomic():
        policy.check("case", 1, {"summary": TEXT}, [Keep.whole_field("summary", TEXT, "fictief testgeval")])
    reopened, _code = rekey(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
    try:
        assert AnonymityPolicy(reopened).span_hash("case", 1, "summary", BSN) == first
        assert AnonymityPolicy(reopened).check("case", 1, {"summary": TEXT}) == []
    finally:
        reopened.close()


def test_hash_is_keyed_not_a_plain_digest(store) -> None:
    import hashlib

    digest = AnonymityPolicy(store).span_hash("case", 1, "summary", BSN)
    assert digest != hashlib.sha256(normalise_span(BSN).encode()).hexdigest()
    other_store_like = hashlib.sha256(("case\x1f1\x1fsummary\x1f" + BSN).encode()).hexdigest()
    assert digest != other_store_like


def test_forget_drops_kept_hashes(store) -> None:
    policy = AnonymityPolicy(store)
    with store.db.atomic():
        policy.check("case", 3, {"summary": TEXT}, [Keep.whole_field("summary", TEXT, "fictief testgeval")])
    assert policy.forget("case", 3) == 1
    with pytest.raises(PersonalDataFound):
        policy.check("case", 3, {"summary": TEXT})
