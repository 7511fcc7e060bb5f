"""Dates of birth in every written form (issue 16), and the dates that are not one."""

from __future__ import annotations

import pytest

from storage.guard import scan


def births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.kind == "date_of_birth"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Geboortedatum: zeventien mei negentienhonderdeenenzeventig.",
            "zeventien mei negentienhonderdeenenzeventig",
        ),
        ("Hij is geboren op vijfentwintig december 1969.", "vijfentwintig december 1969"),
        ("Zij werd geboren op de tweede april 1980.", "de tweede april 1980"),
        ("Als geboortedatum noemt hij de eerste van juli 1975.", "de eerste van juli 1975"),
        ("geb. 17 mei '71", "17 mei '71"),
        ("Geboortedatum volgens de tazkira: 3 Saratan 1350.", "3 Saratan 1350"),
        ("Geboortedatum: 17-V-1971.", "17-V-1971"),
        ("De aanvrager (* 17.05.1971) is Syriër.", "17.05.1971"),
        ("Geboortedatum volgens het paspoort: 1971-05-17.", "1971-05-17"),
        ("Hij werd op 17 mei 2021 vijftig jaar.", "17 mei 2021"),
        ("Op 1 maart 2026 is betrokkene 54 jaar oud.", "1 maart 2026"),
        ("Zij vierde op 4 april 2020 haar veertigste verjaardag.", "4 april 2020"),
        ("Zijn verjaardag valt op 17 mei.", "17 mei"),
        ("Betrokkene is van 17 mei 1971.", "17 mei 1971"),
    ],
)
def test_written_forms_of_a_date_of_birth(text: str, date: str) -> None:
    assert date in births(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het overleg van 12 maart 2026 wordt verplaatst naar 19 maart 2026.",
        "De IND levert vóór 1 mei 2026 de samenvatting aan.",
        "Reactie van het OM uiterlijk 15-04-2026.",
        "Op 12 maart 1994 werd het dorp door de eenheid aangevallen.",
        "Het verslag is van 3 maart 2026.",
        "Vanaf 1 januari 2020 geldt een inreisverbod van twee jaar.",
        "Uit dit huwelijk zijn drie kinderen geboren.",
        "Hij was in de periode 1994-1996 tussen de twintig en dertig jaar oud.",
        "Betrokkene is een man van rond de vijftig.",
        "De termijn is op 1 april 2026 vier weken verstreken.",
    ],
)
def test_other_dates_are_not_dates_of_birth(text: str) -> None:
    assert births(text) == []
