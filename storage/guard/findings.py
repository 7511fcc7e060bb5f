"""What the guard reports: the kinds of identifiers and the wording shown to the secretary.

Reasons describe *why* a span looks like personal data and never quote the span itself, so a
reason can be logged or shown in a tooltip without leaking what it warns about.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS: tuple[str, ...] = (
    "person",
    "bsn",
    "v_number",
    "document",
    "date_of_birth",
    "address",
    "postcode",
    "phone",
    "email",
    "iban",
    "plate",
)

# Not a kind of identifier (so not in KINDS): the whole text, when a detector failed on it.
UNCHECKED = "unchecked"

_LABELS: dict[str, tuple[str, str]] = {
    UNCHECKED: ("niet gecontroleerd", "not checked"),
    "person": ("naam", "name"),
    "bsn": ("BSN", "BSN"),
    "v_number": ("V-nummer", "V-number"),
    "document": ("documentnummer", "document number"),
    "date_of_birth": ("geboortedatum", "date of birth"),
    "address": ("adres", "address"),
    "postcode": ("postcode", "postcode"),
    "phone": ("telefoonnummer", "phone number"),
    "email": ("e-mailadres", "e-mail address"),
    "iban": ("IBAN", "IBAN"),
    "plate": ("kenteken", "licence plate"),
}

# (kind, basis) -> (Dutch, English). The basis records which rule fired, so the secretary can
# judge a warning without the guard repeating the sensitive text.
_REASONS: dict[tuple[str, str], tuple[str, str]] = {
    (UNCHECKED, "detector_error"): (
        "Niet gecontroleerd: de controle op persoonsgegevens liep vast op deze tekst; lees hem zelf na",
        "Not checked: the personal-data check failed on this text; read it yourself",
    ),
    ("person", "title"): (
        "Mogelijke naam (na een aanspreekvorm, titel of rang)",
        "Possible name (after a form of address, title or rank)",
    ),
    ("person", "context"): (
        "Mogelijke naam (na 'genaamd', 'alias', een familierelatie of een rol)",
        "Possible name (after 'named', 'alias', a family relation or a role)",
    ),
    ("person", "lexicon"): (
        "Mogelijke naam (bekende voor- of achternaam)",
        "Possible name (known first name or surname)",
    ),
    ("person", "initials"): (
        "Mogelijke naam (voorletters gevolgd door een achternaam)",
        "Possible name (initials followed by a surname)",
    ),
    ("person", "capitalised"): (
        "Mogelijke naam (reeks woorden met hoofdletter die geen plaats of organisatie is)",
        "Possible name (run of capitalised words that is not a place or organisation)",
    ),
    ("person", "single"): (
        "Mogelijke naam (woord met hoofdletter midden in de zin, geen bekend woord of plaats)",
        "Possible name (capitalised word mid-sentence, not a known word or place)",
    ),
    ("bsn", "checksum"): (
        "Mogelijk BSN (negen cijfers, elfproef klopt)",
        "Possible BSN (nine digits, passes the eleven test)",
    ),
    ("bsn", "context"): (
        "Mogelijk BSN (negen cijfers na 'BSN' of 'burgerservicenummer')",
        "Possible BSN (nine digits after 'BSN' or 'citizen service number')",
    ),
    ("v_number", "context"): (
        "Mogelijk V-nummer (tien cijfers na 'V-nummer' of 'vreemdelingennummer')",
        "Possible V-number (ten digits after 'V-number' or 'alien number')",
    ),
    ("v_number", "shape"): (
        "Mogelijk V-nummer (losstaand getal van tien cijfers)",
        "Possible V-number (stand-alone ten-digit number)",
    ),
    ("document", "residence"): (
        "Mogelijk nummer van een verblijfsdocument (vorm zoals op een verblijfspas)",
        "Possible residence document number (format of a residence card)",
    ),
    ("document", "nl_passport"): (
        "Mogelijk paspoort- of ID-kaartnummer (twee letters, zes tekens, één cijfer)",
        "Possible passport or ID card number (two letters, six characters, one digit)",
    ),
    ("document", "context"): (
        "Mogelijk documentnummer (na 'paspoort', 'ID-kaart' of 'documentnummer')",
        "Possible document number (after 'passport', 'ID card' or 'document number')",
    ),
    ("date_of_birth", "date"): (
        "Mogelijke geboortedatum (datum na 'geboren' of 'geboortedatum')",
        "Possible date of birth (date after 'born' or 'date of birth')",
    ),
    ("date_of_birth", "year"): (
        "Mogelijk geboortejaar (jaartal na 'geboren' of 'geboortejaar')",
        "Possible year of birth (year after 'born' or 'year of birth')",
    ),
    ("address", "street"): (
        "Mogelijk adres (straatnaam met huisnummer)",
        "Possible address (street name with house number)",
    ),
    ("postcode", "postcode"): (
        "Mogelijke postcode (vier cijfers en twee letters)",
        "Possible postcode (four digits and two letters)",
    ),
    ("phone", "national"): (
        "Mogelijk telefoonnummer (Nederlands nummer van tien cijfers)",
        "Possible phone number (Dutch ten-digit number)",
    ),
    ("phone", "international"): (
        "Mogelijk telefoonnummer (internationaal nummer met landcode)",
        "Possible phone number (international number with country code)",
    ),
    ("phone", "context"): (
        "Mogelijk telefoonnummer (cijferreeks na 'tel.' of 'telefoon')",
        "Possible phone number (digits after 'tel.' or 'phone')",
    ),
    ("email", "email"): (
        "Mogelijk e-mailadres (tekst met @ en domeinnaam)",
        "Possible e-mail address (text with @ and a domain name)",
    ),
    ("iban", "checksum"): (
        "Mogelijk IBAN (rekeningnummer, controlegetal klopt)",
        "Possible IBAN (bank account number, check digits valid)",
    ),
    ("iban", "context"): (
        "Mogelijk rekeningnummer (na 'IBAN' of 'rekening')",
        "Possible bank account number (after 'IBAN' or 'account')",
    ),
    ("plate", "sidecode"): (
        "Mogelijk kenteken (Nederlandse kentekenvorm)",
        "Possible licence plate (Dutch plate format)",
    ),
    ("plate", "context"): (
        "Mogelijk kenteken (na 'kenteken' of 'nummerplaat')",
        "Possible licence plate (after 'licence plate')",
    ),
}

_GENERIC: tuple[str, str] = ("Mogelijk persoonsgegeven ({label})", "Possible personal data ({label})")


def kind_label(kind: str, lang: str = "nl") -> str:
    """Short human label for a kind, e.g. ``"geboortedatum"`` / ``"date of birth"``."""
    pair = _LABELS.get(kind)
    if pair is None:
        return kind
    return pair[1] if lang == "en" else pair[0]


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of ``text`` that looks like personal data; ``text[start:end]`` is the identifier."""

    kind: str
    start: int
    end: int
    # Which rule fired; only used to word the reason, so it is left out of equality and repr.
    basis: str = field(default="", compare=False, repr=False)

    def reason(self, lang: str = "nl") -> str:
        pair = _REASONS.get((self.kind, self.basis))
        if pair is None:
            template = _GENERIC[1] if lang == "en" else _GENERIC[0]
            return template.format(label=kind_label(self.kind, lang))
        return pair[1] if lang == "en" else pair[0]

    def to_dict(self, lang: str = "nl") -> dict[str, object]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "reason": self.reason(lang),
        }
