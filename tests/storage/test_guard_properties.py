"""Interface contract and robustness: the guard never raises and its offsets are always sane."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.guard import KINDS, Finding, kind_label, scan, warm_up

SAMPLE = (
    "De heer Rahim Sadeqi (BSN 111222333, V-nummer 4455667788), geboren op 7 juni 1969, "
    "woont aan de Kerkstraat 21, 1017 GC Amsterdam; tel. 06-12345678, r.sadeqi@hotmail.com, "
    "IBAN NL02 ABNA 0123 4567 89, kenteken 45-KLM-7, paspoort NP7R4T2K8."
)


def _check_offsets(text: str, findings: list[Finding]) -> None:
    previous_end = 0
    for f in findings:
        assert f.kind in KINDS
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= previous_end, "findings overlap or are not sorted"
        previous_end = f.end


def test_kinds_are_the_agreed_tuple() -> None:
    assert KINDS == (
        "person", "bsn", "v_number", "document", "date_of_birth", "address", "postcode",
        "phone", "email", "iban", "plate",
    )  # fmt: skip


def test_finding_is_frozen_with_slots() -> None:
    f = Finding("bsn", 0, 9)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 1  # type: ignore[misc]
    assert not hasattr(f, "__dict__")
    assert f == Finding("bsn", 0, 9)


def test_sample_finds_every_kind() -> None:
    findings = scan(SAMPLE)
    _check_offsets(SAMPLE, findings)
    assert {f.kind for f in findings} == set(KINDS) - {"postcode"}  # postcode inside the address


def test_reasons_are_specific_and_never_quote_the_text() -> None:
    for f in scan(SAMPLE):
        flagged = SAMPLE[f.start : f.end]
        for lang in ("nl", "en"):
            reason = f.reason(lang)
            assert reason and flagged not in reason
            assert f.to_dict(lang) == {
                "kind": f.kind,
                "start": f.start,
                "end": f.end,
                "reason": reason,
            }
    bsn = next(f for f in scan("BSN 111222333") if f.kind == "bsn")
    assert bsn.reason("nl").startswith("Mogelijk BSN (")
    assert bsn.reason("en").startswith("Possible BSN (")
    checksum = next(f for f in scan("Zie 123456782.") if f.kind == "bsn")
    assert checksum.reason("nl") == "Mogelijk BSN (negen cijfers, elfproef klopt)"
    assert checksum.reason("en") == "Possible BSN (nine digits, passes the eleven test)"


def test_kind_labels() -> None:
    assert kind_label("bsn") == "BSN"
    assert kind_label("person") == "naam"
    assert kind_label("person", "en") == "name"
    assert kind_label("date_of_birth") == "geboortedatum"
    assert kind_label("date_of_birth", "en") == "date of birth"
    assert all(kind_label(k) and kind_label(k, "en") for k in KINDS)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x01\x02\x1b[0m", "😀" * 500, "\u200b\ufeff\u202e", "@" * 5000, "A. " * 3000],
)
def test_odd_inputs_do_not_raise(text: str) -> None:
    _check_offsets(text, scan(text))


def test_one_megabyte_of_text() -> None:
    text = (SAMPLE + "\n") * (1_000_000 // (len(SAMPLE) + 1) + 1)
    findings = scan(text)
    _check_offsets(text, findings)
    assert len(findings) > 1000


def test_parallel_scans_agree() -> None:
    expected = [(f.kind, f.start, f.end) for f in scan(SAMPLE)]
    results: list[list[tuple[str, int, int]]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            warm_up()
            for _ in range(20):
                results.append([(f.kind, f.start, f.end) for f in scan(SAMPLE)])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(r == expected for r in results)


_pieces = st.sampled_from(
    [
        "De heer ", "Rahim ", "Sadeqi", ", ", ". ", "BSN ", "111222333", "06-12345678", " 1017 GC ",
        "Kerkstraat 21", "al-", "van der ", "geboren op ", "7 juni 1969", "NL02 ABNA 0123 4567 89",
        "@", "45-KLM-7", "IV-V9K8L7M65", "\n", "\t", "😀", "Ç", "'", "-", "(", ")", "+31 6 ",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    _check_offsets(text, scan(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_pieces, st.text(max_size=5)), max_size=40).map("".join))
def test_identifier_soup_never_raises(text: str) -> None:
    _check_offsets(text, scan(text))
