"""Addresses abroad, Dutch compound street names and PO boxes (issue 16), and the addresses of
institutions and meeting places that are not personal data."""

from __future__ import annotations

import pytest

from storage.guard import scan


def addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.kind == "address"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Hij woonde in Kabul, Khair Khana, straat 12, huis 5.", "straat 12, huis 5"),
        ("Laatste adres in Damascus: Rukn al-Din, gebouw 4, appartement 11.", "gebouw 4, appartement 11"),
        ("De familie woont op ulitsa Pushkina 8, kv. 3, in Gudermes.", "ulitsa Pushkina 8"),
        ("Adres in Kinshasa: avenue Lumumba 45, commune de Lemba.", "avenue Lumumba 45"),
        ("Het gezin woonde in de Rue des Palmiers 9, Bujumbura.", "Rue des Palmiers 9"),
        (
            "Hij woonde op de tweede verdieping van een flat aan de Airport Road in Asmara.",
            "tweede verdieping",
        ),
        ("Hij verbleef in het huis tegenover de school, derde steeg rechts, in Herat.", "derde steeg"),
        ("De brieven gingen naar mahalla 312, zuqaq 4, huis 9, Karrada, Bagdad.", "mahalla 312"),
    ],
)
def test_addresses_abroad(text: str, part: str) -> None:
    assert any(part in found for found in addresses(text)), addresses(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Woonadres: Dorpsweg-Noord 14, Heerhugowaard.", "Dorpsweg-Noord 14"),
        ("Hij staat ingeschreven op de Burgemeester Visserlaan 7.", "Burgemeester Visserlaan 7"),
        ("Adres volgens BRP: Oosteinde-West 3, 1234 AB Plaats.", "Oosteinde-West 3"),
        ("Zij woont sinds mei op de Stationsweg-Zuid 12 bis in Delft.", "Stationsweg-Zuid 12 bis"),
    ],
)
def test_dutch_compound_street_names(text: str, part: str) -> None:
    assert any(part in found for found in addresses(text)), addresses(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Betrokkene gebruikt postbus 3312 in Utrecht.", "postbus 3312"),
        ("Zijn broer is bereikbaar via P.O. Box 1140, Asmara.", "P.O. Box 1140"),
        ("Post voor de zus gaat naar B.P. 2211, Goma.", "B.P. 2211"),
        ("Betrokkene huurt Postbus 77, 9700 AB Groningen.", "Postbus 77, 9700 AB"),
    ],
)
def test_po_boxes_of_people(text: str, part: str) -> None:
    assert any(part in found for found in addresses(text)), addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stukken aan de IND, Postbus 17, 7000 AA Doetinchem, t.a.v. de 1F-unit.",
        "Het overleg is bij het Landelijk Parket, Wilhelmina van Pruisenweg 104, zaal 2.07.",
        "De zitting van de rechtbank is aan het Prins Clausplein 60.",
        "Bezoekers melden zich bij de receptie van het ministerie, Turfmarkt 147.",
        "De Raad van State, Kneuterdijk 22, heeft uitspraak gedaan.",
        "De gevangene zat in blok 3 van de gevangenis.",
        "Het overleg is in zaal 3.12, kamer 4.16 is de reservezaal.",
        "Einde 2026 beslist de IND over het verzoek.",
        "Hij diende in de 3e Brigade van het 5e Legerkorps.",
    ],
)
def test_addresses_of_institutions_and_meeting_places(text: str) -> None:
    assert scan(text) == [], [(f.kind, text[f.start : f.end]) for f in scan(text)]
