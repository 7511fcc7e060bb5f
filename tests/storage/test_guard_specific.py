"""'Specifiek' (issue 16): very specific phrases are advice of a softer kind than personal data.
They are found by ``find_specific``, explained, and never part of ``scan`` (so they never block)."""

from __future__ import annotations

import pytest

from storage.guard import KINDS, SPECIFIC, find_specific, kind_label, scan


def specific(text: str) -> list[tuple[str, str]]:
    return [(f.basis, text[f.start : f.end]) for f in find_specific(text)]


@pytest.mark.parametrize(
    ("text", "basis", "part"),
    [
        (
            "Hij was commandant van de 3e brigade in Kunduz.",
            "unit_rank_place",
            "commandant van de 3e brigade in Kunduz",
        ),
        (
            "Als majoor leidde hij bataljon 12 bij Homs.",
            "unit_rank_place",
            "majoor leidde hij bataljon 12 bij Homs",
        ),
        ("De aanval op het dorp vond plaats op 12 maart 1994.", "incident_date", "12 maart 1994"),
        ("Betrokkene werd op 03-05-2013 gearresteerd in Aleppo.", "incident_date", "03-05-2013"),
    ],
)
def test_specific_phrases(text: str, basis: str, part: str) -> None:
    assert (basis, part) in specific(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hij was commandant bij de Republikeinse Garde.",  # no number, no place
        "De 3e brigade lag in Kunduz.",  # no rank
        "Het overleg van 12 maart 2026 wordt verplaatst.",  # a meeting date
        "De IND levert vóór 1 mei 2026 de stukken aan.",  # a deadline
        "De aanvallen vonden plaats tussen 1992 en 1995.",  # a period, not an exact date
    ],
)
def test_not_specific(text: str) -> None:
    assert find_specific(text) == []


def test_specific_is_softer_than_personal_data() -> None:
    text = (
        "De aanval op het dorp vond plaats op 12 maart 1994; hij was commandant van de 3e brigade in Kunduz."
    )
    assert SPECIFIC not in KINDS
    assert scan(text) == []  # never blocks a save
    findings = find_specific(text)
    assert {f.basis for f in findings} == {"incident_date", "unit_rank_place"}
    for f in findings:
        for lang in ("nl", "en"):
            reason = f.reason(lang)
            assert "blokkeert niet" in reason or "does not block" in reason
            assert text[f.start : f.end] not in reason
    assert kind_label(SPECIFIC) == "specifiek"
