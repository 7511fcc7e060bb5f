"""Fragments of identifiers (issue 16): a part of a BSN or V-nummer is still that identifier."""

from __future__ import annotations

import pytest

from storage.guard import scan


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("De laatste drie cijfers van het BSN zijn 719.", "bsn", "719"),
        ("De laatste drie cijfers van zijn BSN zijn 118.", "bsn", "118"),
        ("Zijn BSN eindigt op 0447.", "bsn", "0447"),
        ("Laatste cijfers BSN: ...3301.", "bsn", "...3301"),
        ("Het V-nummer begint met 2701.", "v_number", "2701"),
        ("De eerste vier cijfers van het vreemdelingennummer zijn 2701.", "v_number", "2701"),
        ("vnr 27.01.xx.xx volgens de oude brief", "v_number", "27.01.xx.xx"),
        ("Het paspoortnummer begint met NW4.", "document", "NW4"),
        ("Het IBAN eindigt op 3390.", "iban", "3390"),
        ("Het mobiele nummer eindigt op 44 81.", "phone", "44 81"),
        ("Zijn Iraakse nummer begint met +964 77.", "phone", "+964 77"),
    ],
)
def test_fragment_takes_the_kind_of_its_identifier(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "De termijn eindigt op 1 mei 2026.",
        "Het zaaknummer eindigt op 22.",
        "Het overleg begint met de vaststelling van de agenda.",
        "De laatste twee cijfers van het jaartal zijn onleesbaar.",
        "Kamerstuk 19637 begint met een samenvatting.",
        "Het BSN is bij de IND bekend; het wordt hier niet genoemd.",
    ],
)
def test_endings_without_an_identifier(text: str) -> None:
    assert found(text) == []
