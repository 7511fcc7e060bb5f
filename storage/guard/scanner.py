"""Entry point that runs every detector and never lets an error reach the caller.

The guard sits in the text-entry path of the app; an exception there would lose what the
secretary typed, so a failing detector is skipped rather than propagated.
"""

from __future__ import annotations

from collections.abc import Callable

from storage.guard.addresses import find_addresses, find_emails, find_postcodes
from storage.guard.aliases import find_aliases
from storage.guard.dates import find_dates_of_birth
from storage.guard.documents import find_documents, find_plates
from storage.guard.findings import Finding
from storage.guard.foreign_addresses import find_foreign_addresses, find_po_boxes
from storage.guard.foreign_scripts import find_script_names
from storage.guard.fragments import find_fragments
from storage.guard.lexicon import lexicon
from storage.guard.lowercase_names import find_lowercase_names
from storage.guard.merge import merge
from storage.guard.names import find_persons
from storage.guard.numbers import find_bsn, find_iban, find_phone, find_v_number

_DETECTORS: tuple[Callable[[str], list[Finding]], ...] = (
    find_emails,
    find_iban,
    find_bsn,
    find_v_number,
    find_documents,
    find_phone,
    find_dates_of_birth,
    find_plates,
    find_addresses,
    find_postcodes,
    find_persons,
    find_lowercase_names,
    find_script_names,
    find_aliases,
    find_fragments,
    find_foreign_addresses,
    find_po_boxes,
)


def scan(text: str) -> list[Finding]:
    """All spans of ``text`` that look like personal data, sorted and non-overlapping."""
    if not isinstance(text, str) or not text:
        return []
    found: list[Finding] = []
    for detect in _DETECTORS:
        try:
            found.extend(detect(text))
        except Exception:  # one broken detector must not cost the user their text
            continue
    return merge(found)


def warm_up() -> None:
    """Load the word lists and exercise every detector once, e.g. from a background thread."""
    lexicon()
    scan("De heer A. Voorbeeld, geb. 01-01-1970, Kerkstraat 1, 1234 AB Plaats, tel. 06-12345678.")
