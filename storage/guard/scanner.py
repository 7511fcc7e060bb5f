"""Entry point that runs every detector and never lets an error reach the caller.

The guard sits in the text-entry path of the app; an exception there would lose what the
secretary typed, so a detector's error is not propagated. It fails closed instead: the whole text
is reported as one "not checked" finding (``UNCHECKED``), which blocks a save like any finding
until the user keeps it with a reason. The error is logged by detector name, exception type and
code location only: never the message, which may quote the text.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from storage.guard.addresses import find_addresses, find_emails, find_postcodes
from storage.guard.aliases import find_aliases
from storage.guard.dates import find_dates_of_birth
from storage.guard.documents import find_documents, find_plates
from storage.guard.findings import UNCHECKED, Finding
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


log = logging.getLogger(__name__)


def _log_failure(detect: Callable[[str], list[Finding]], exc: Exception) -> None:
    frames = exc.__traceback__
    while frames is not None and frames.tb_next is not None:
        frames = frames.tb_next
    where = (
        f"{os.path.basename(frames.tb_frame.f_code.co_filename)}:{frames.tb_lineno}"
        if frames is not None
        else "?"
    )
    name = getattr(detect, "__name__", type(detect).__name__)
    log.error(
        "guard detector %s failed (%s at %s); the text is marked not checked", name, type(exc).__name__, where
    )


def scan_parts(text: str) -> tuple[list[Finding], tuple[str, ...]]:
    """The merged findings of the detectors that worked, and the names of those that raised."""
    if not isinstance(text, str) or not text:
        return [], ()
    found: list[Finding] = []
    failed: list[str] = []
    for detect in _DETECTORS:
        try:
            found.extend(detect(text))
        except Exception as exc:  # one broken detector must not cost the user their text
            _log_failure(detect, exc)
            failed.append(getattr(detect, "__name__", "?"))
    return merge(found), tuple(failed)


def scan(text: str) -> list[Finding]:
    """All spans of ``text`` that look like personal data, sorted and non-overlapping. When a
    detector failed, the one finding is the whole text, "not checked" (fail closed)."""
    found, failed = scan_parts(text)
    if failed:
        return [Finding(UNCHECKED, 0, len(text), "detector_error")]
    return found


# Together these reach every detector's lazily built tables (a date with an age, a non-Latin
# script, a last word still being typed): built on first use inside a save, they would hold the
# interpreter lock while the secretary types (tests/storage/test_guard_warm_up.py).
_WARM_UP_TEXTS = (
    "De heer A. Voorbeeld, geb. 01-01-1970, Kerkstraat 1, 1234 AB Plaats, tel. 06-12345678.",
    "Op 3 maart 2001 werd hij 40 jaar; de naam \u0645\u062d\u0645\u062f staat in het dossier.",
    "navraag bij toelichti",
)


def warm_up() -> None:
    """Load the word lists and exercise every detector once, e.g. from a background thread."""
    lexicon()
    for text in _WARM_UP_TEXTS:
        scan(text)
