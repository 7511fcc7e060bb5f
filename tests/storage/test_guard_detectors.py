"""One block per detector: what it must flag (with exact offsets) and what it must leave alone."""

from __future__ import annotations

import pytest

from storage.guard import scan


def spans(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan(text)]


def kinds(text: str) -> set[str]:
    return {f.kind for f in scan(text)}


# --- person -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De heer Rahim Sadeqi verklaarde dit.", "Rahim Sadeqi"),
        ("Mw. S. Haidari is de echtgenote van betrokkene.", "S. Haidari"),
        ("Volgens zijn zus, Mariam Sadeqi, was hij daar.", "Mariam Sadeqi"),
        ("Zijn commandant, kolonel Abdul Wahab Rahimi, gaf de bevelen.", "Abdul Wahab Rahimi"),
        ("Aanvrager Jean-Baptiste Nkurunziza was prefect.", "Jean-Baptiste Nkurunziza"),
        ("Hij werkte onder sjeik Omar bin Hamad.", "Omar bin Hamad"),
        ("Mr. J.P. van der Linden is de advocaat.", "J.P. van der Linden"),
        ("Gesproken met mevrouw Van den Berg.", "Van den Berg"),
        ("De zoon van Abdul Hakim Popalzai werkt bij een bank.", "Abdul Hakim Popalzai"),
        ("Hij gebruikte de alias Abu Khalid.", "Abu Khalid"),
        ("Volgens Tesfaye Gebremariam was hij bewaker.", "Tesfaye Gebremariam"),
        ("Zijn broer Karwan Aziz Shwani werkte voor de Asayish.", "Karwan Aziz Shwani"),
        ("De heer Mehmet Yılmaz was bewaker.", "Mehmet Yılmaz"),
        ("Kolonel Ljubiša Beara gaf de bevelen.", "Ljubiša Beara"),
        ("Gehoord werd Rahim SADEQI, destijds chauffeur.", "Rahim SADEQI"),
        ("Mahmoud verklaarde dat hij nooit wapens droeg.", "Mahmoud"),
        ("Aanvrager Rebwar Hama Karim was lid van de Peshmerga.", "Rebwar Hama Karim"),
        ("Het OM vraagt of Wazir Gulzarkhel nog in Nederland is.", "Wazir Gulzarkhel"),
        ("Aanwezig: Ruud Dijkhuizen en Anneke Zwaan.", "Anneke Zwaan"),
        ("De advocaat is mr. Eline van Oosterhout.", "Eline van Oosterhout"),
        ("Zijn tante Fatima El Amrani woont in Utrecht.", "Fatima El Amrani"),
        ("Volgens Visser was het anders.", "Visser"),
        ("Zijn advocaat is mr. W. Kok.", "W. Kok"),
    ],
)
def test_person_names_with_exact_span(text: str, name: str) -> None:
    assert ("person", name) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # Names the lexicon does not know, caught by context or capitalisation alone.
        "Betrokkene zegt dat Toryalai Wesa de executies gelastte.",
        "De getuige Kisanet Araya herkende de bewaker.",
        "Hij werkte voor de NISS onder Koofi Madobe.",
        "Volgens Ghaith Abdulahad stond betrokkene bij de checkpoint.",
        "His brother, Yusra Mardini, lives abroad.",
    ],
)
def test_unknown_names_by_context(text: str) -> None:
    assert "person" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Betrokkene was in de periode 1996-2001 werkzaam bij het ministerie van Binnenlandse Zaken.",
        "De casus raakt aan gebeurtenissen in de provincie Helmand.",
        "Hij stelt lid te zijn geweest van de Baath-partij.",
        "Er lopen 4 vergelijkbare zaken bij het Team Internationale Misdrijven.",
        "De Dienst Terugkeer en Vertrek meldt dat vertrek niet is gerealiseerd.",
        "Een vergelijkbare casus werd door de rechtbank Den Haag behandeld.",
        "Betrokkene is een man van rond de vijftig met de Iraakse nationaliteit.",
        "De voorzitter en de officier van justitie bespreken de aanvrager.",
        "In Mazar-e Sharif, Kigali, Srebrenica, Freetown en Goma werden misdrijven gepleegd.",
        "De Interahamwe, de FDLR, het RUF, de KHAD en de Mukhabarat komen aan bod.",
        "Vervolgens wordt de agenda vastgesteld.",
        "Zie Kamerstuk 36 410 VI, nr. 106 en artikel 1F(b).",
        "Hij spreekt Dari, Pasjtoe en een beetje Engels.",
        "Mazar-e Sharif, Kunduz en Taloqan vielen in andere handen.",
        "Hij verbleef in het vluchtelingenkamp Shagarab in Sudan.",
        "Zie bijlage A. Daarna volgt de bespreking.",
        "Hij las erover in de Washington Post.",
        "Betrokkene was lid van de Karuna-groep en later van de Mai-Mai-groep.",
    ],
)
def test_no_person_in_places_organisations_and_roles(text: str) -> None:
    assert "person" not in kinds(text), spans(text)


# --- BSN -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("BSN: 111222333", "111222333"),
        ("burgerservicenummer 123456782 (gemeente Almere)", "123456782"),
        ("Bsn 192 285 142 staat in de BRP.", "192 285 142"),
        ("Zijn BSN (6916.82.483) werd doorgegeven.", "6916.82.483"),
        ("Ingeschreven onder 864623112 in de basisregistratie.", "864623112"),
    ],
)
def test_bsn(text: str, number: str) -> None:
    assert ("bsn", number) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Er is in totaal € 125.000.000 toegezegd.",
        "Het gaat om 123456789 euro.",
        "Zaaknummer 864623112 is gesloten.",  # passes the elfproef but is a case number
        "Het nummer 123456789 faalt de elfproef.",
    ],
)
def test_not_bsn(text: str) -> None:
    assert "bsn" not in kinds(text)


# --- V-nummer ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("V-nummer 4455667788, asielaanvraag uit 2016.", "4455667788"),
        ("vnr 2233445566", "2233445566"),
        ("Het vreemdelingennummer luidt 3012345678.", "3012345678"),
        ("Zie V-nummer 28 765 432 10.", "28 765 432 10"),
    ],
)
def test_v_number(text: str, number: str) -> None:
    assert ("v_number", number) in spans(text)


def test_phone_is_not_a_v_number() -> None:
    assert kinds("Bel 0612345678.") == {"phone"}


# --- documents -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Verblijfsdocument IV-V9K8L7M65 verlopen.", "IV-V9K8L7M65"),
        ("Verblijfsdocument III-V123AL568 ingetrokken.", "III-V123AL568"),
        ("Het W-document W-08237645 werd verstrekt.", "W-08237645"),
        ("Nationaal paspoort NP7R4T2K8.", "NP7R4T2K8"),
        ("Afghaans paspoort P01234567 afgegeven in Kabul.", "P01234567"),
        ("Tazkira nr. 4521/1389 zit in het dossier.", "4521/1389"),
    ],
)
def test_documents(text: str, number: str) -> None:
    assert ("document", number) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het document C-2026-014 is besproken.",
        "Zijn paspoort is in 2016 verlopen.",
        "Het paspoort was geldig tot 01-02-2025.",
        "Een Nederlands nummer met de letter O: NO1234567.",
    ],
)
def test_not_documents(text: str) -> None:
    assert "document" not in kinds(text)


# --- date of birth -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("geboren op 7 juni 1969 in Baghdad", "7 juni 1969"),
        ("geb.datum 02-11-1958", "02-11-1958"),
        ("Geb. 03-05-1966 te Herat.", "03-05-1966"),
        ("DOB 12/07/1975", "12/07/1975"),
        ("Born on 3 March 1968 in Kigali.", "3 March 1968"),
        ("geboren te Asmara op 1 januari 1980", "1 januari 1980"),
        ("Hij is op 30 november 1979 geboren in Freetown.", "30 november 1979"),
        ("Hij werd geboren in 1959 in Tikrit.", "1959"),
    ],
)
def test_date_of_birth(text: str, date: str) -> None:
    assert ("date_of_birth", date) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het OM heeft op 3 maart 2026 laten weten geen aanknopingspunten te zien.",
        "Deadline 1 april 2026, vóór 3 maart terug.",
        "Het tweede gehoor vond plaats op 12-03-2024.",
        "Het idee is geboren tijdens het overleg van 3 maart 2026.",
        "Er zijn 3 kinderen, geboren tussen 2008 en 2014.",
        "Betrokkene is volgens eigen opgave rond 1970 geboren.",
        "In de periode 1996-2001 en in de jaren negentig.",
    ],
)
def test_not_date_of_birth(text: str) -> None:
    assert "date_of_birth" not in kinds(text)


# --- address and postcode ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Verblijfadres: Kerkstraat 21, 1017 GC Amsterdam.", "Kerkstraat 21, 1017 GC Amsterdam"),
        ("Hij woont aan de Laan van Meerdervoort 412 in Den Haag.", "Laan van Meerdervoort 412"),
        ("Adres: Burgemeester de Withstraat 17", "Burgemeester de Withstraat 17"),
        ("Op de Eerste Helmersstraat 86-II.", "Eerste Helmersstraat 86-II"),
        ("Bezoekadres: Mariaplaats 12, Utrecht.", "Mariaplaats 12, Utrecht"),
    ],
)
def test_address(text: str, address: str) -> None:
    assert ("address", address) in spans(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [("Postcode 6811 AA, huisnummer 4.", "6811 AA"), ("Naar 2514GL Den Haag.", "2514GL")],
)
def test_postcode(text: str, code: str) -> None:
    assert ("postcode", code) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "De vergadering begint om 14.00 uur in zaal 2.07.",
        "In 2016 IS-strijders en in 2023 EU-beleid.",
        "Artikel 3 EVRM en de Vreemdelingenwet 2000.",
        "Het gerechtshof 's-Hertogenbosch oordeelde in 2019.",
    ],
)
def test_not_address_or_postcode(text: str) -> None:
    assert not kinds(text) & {"address", "postcode"}, spans(text)


# --- phone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Bel 06 87654321 voor een afspraak.", "06 87654321"),
        ("Telefoonnummer advocaat: 010-4123456", "010-4123456"),
        ("Mobiel 06-12345678.", "06-12345678"),
        ("Bereikbaar via +31 6 23456789.", "+31 6 23456789"),
        ("Tel. 070-3456789", "070-3456789"),
        ("Het nummer +93 79 123 4567 stond in de telefoon.", "+93 79 123 4567"),
        ("Zijn broer: 0031 6 98765432.", "0031 6 98765432"),
    ],
)
def test_phone(text: str, number: str) -> None:
    assert ("phone", number) in spans(text)


@pytest.mark.parametrize(
    "text",
    ["Op 06-03-2026 om 10.00 uur.", "In de periode 1996-2001.", "Besluit B-2026-03-02."],
)
def test_not_phone(text: str) -> None:
    assert "phone" not in kinds(text)


# --- e-mail, IBAN, plate -------------------------------------------------------------------


def test_email() -> None:
    text = "contact: r.sadeqi@hotmail.com."
    assert spans(text) == [("email", "r.sadeqi@hotmail.com")]


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("Stortingen op NL02 ABNA 0123 4567 89 uit onbekende bron.", "NL02 ABNA 0123 4567 89"),
        ("IBAN NL91ABNA0417164300.", "NL91ABNA0417164300"),
        ("Naar DE14 5472 8038 5280 8414 85.", "DE14 5472 8038 5280 8414 85"),
    ],
)
def test_iban(text: str, iban: str) -> None:
    assert ("iban", iban) in spans(text)


def test_invalid_iban_without_context_is_ignored() -> None:
    assert "iban" not in kinds("Code NL00 ABNA 0123 4567 89 is een voorbeeld.")


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Voertuig met kenteken 45-KLM-7.", "45-KLM-7"),
        ("Een bus (AB-12-CD) werd gezien.", "AB-12-CD"),
        ("Nummerplaat 1-ABC-23.", "1-ABC-23"),
    ],
)
def test_plate(text: str, plate: str) -> None:
    assert ("plate", plate) in spans(text)


@pytest.mark.parametrize(
    "text",
    ["Casus C-2026-014 en besluit B-2026-03-02.", "Actie A-2026-03-01 en OT 2026-03."],
)
def test_app_references_are_clean(text: str) -> None:
    assert scan(text) == []


# --- merging -------------------------------------------------------------------------------


def test_address_absorbs_its_postcode() -> None:
    text = "Adres: Kerkstraat 21, 1017 GC Amsterdam"
    assert [f.kind for f in scan(text)] == ["address"]


def test_email_wins_over_name_inside_it() -> None:
    text = "Mail Rahim.Sadeqi@example.org vandaag."
    assert spans(text) == [("email", "Rahim.Sadeqi@example.org")]
