"""Typed errors of the store, each with a specific message in Dutch and English.

Errors fall into categories so that the UI and CLI can react without parsing text:
``access`` (wrong passphrase, keyring), ``environment`` (busy, full, read-only, corrupt, I/O),
``usage`` (bad input) and ``bug``. Messages never contain case content.
"""

from __future__ import annotations

from typing import ClassVar

from storage.i18n import pick

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_ACCESS = 3


class StoreError(Exception):
    category: ClassVar[str] = "environment"
    exit_code: ClassVar[int] = EXIT_CHECK_FAILED
    nl: ClassVar[str] = "Er ging iets mis met de gegevensopslag."
    en: ClassVar[str] = "Something went wrong with the data store."

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        template = pick(self.nl, self.en, lang)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


# --- access -------------------------------------------------------------------------------------
class AccessError(StoreError):
    category = "access"
    exit_code = EXIT_ACCESS


class WrongPassphrase(AccessError):
    nl = "Het wachtwoord is onjuist. Er is niets aan de opslag veranderd."
    en = "The passphrase is incorrect. Nothing in the store was changed."


class WrongDatabaseKey(AccessError):
    nl = (
        "De database opent niet met de sleutel uit het sleutelbestand. Hoort het sleutelbestand "
        "wel bij deze opslag? Er is niets veranderd."
    )
    en = (
        "The database does not open with the key from the key file. Does the key file belong to "
        "this store? Nothing was changed."
    )


class KeyringEntryMissing(AccessError):
    nl = (
        "De apparaatsleutel van deze opslag staat niet (meer) in de sleutelbos van dit "
        "besturingssysteem ({backend}). Met alleen het wachtwoord gaat de opslag niet open. "
        "Gebruik de herstelcode: 'overlegtafel recover' of 'Herstellen met herstelcode'. "
        "Er is geen nieuwe sleutel aangemaakt."
    )
    en = (
        "This store's device secret is not (or no longer) in this operating system's keyring "
        "({backend}). The passphrase alone does not open the store. Use the recovery code: "
        "'overlegtafel recover' or 'Recover with recovery code'. No new key was created."
    )


class KeyringUnavailable(AccessError):
    nl = (
        "De sleutelbos van het besturingssysteem ({backend}) is nu niet bereikbaar of vergrendeld: "
        "{detail}. Ontgrendel de sleutelbos en probeer het opnieuw, of gebruik de herstelcode. "
        "Er is niets veranderd."
    )
    en = (
        "The operating system's keyring ({backend}) is not reachable or is locked: {detail}. "
        "Unlock the keyring and try again, or use the recovery code. Nothing was changed."
    )


class NoSecureKeyring(AccessError):
    nl = (
        "Er is geen veilige sleutelbos beschikbaar ({backend}). Kies bewust voor 'alleen wachtwoord "
        "op deze computer' (--no-keyring), dan beschermt alleen het wachtwoord de opslag."
    )
    en = (
        "No secure keyring is available ({backend}). Choose 'passphrase only on this computer' "
        "deliberately (--no-keyring); then only the passphrase protects the store."
    )


class RecoveryCodeInvalid(AccessError):
    exit_code = EXIT_USAGE
    nl = "Deze herstelcode is niet geldig: {detail}"
    en = "This recovery code is not valid: {detail}"


class RecoveryCodeWrong(AccessError):
    nl = "Deze herstelcode past niet bij deze opslag. Er is niets veranderd."
    en = "This recovery code does not fit this store. Nothing was changed."


# --- usage --------------------------------------------------------------------------------------
class UsageError(StoreError):
    category = "usage"
    exit_code = EXIT_USAGE


class StoreNotFound(UsageError):
    nl = "Er is geen opslag op {path}. Maak er een met 'overlegtafel init' of kies een andere map."
    en = "There is no store at {path}. Create one with 'overlegtafel init' or choose another folder."


class StoreExists(UsageError):
    nl = "Op {path} staat al een opslag. Er wordt nooit een nieuwe sleutel naast gezet."
    en = "A store already exists at {path}. A new key is never created next to it."


class WeakPassphrase(UsageError):
    nl = "Het wachtwoord is te zwak: {detail}"
    en = "The passphrase is too weak: {detail}"


class PassphraseMismatch(UsageError):
    nl = "De twee wachtwoorden zijn niet gelijk."
    en = "The two passphrases do not match."


class ValidationError(UsageError):
    nl = "{detail}"
    en = "{detail}"


class NotFound(UsageError):
    nl = "{what} bestaat niet."
    en = "{what} does not exist."


class SealedRecord(UsageError):
    nl = "{what} is vastgesteld en kan niet meer worden gewijzigd. Leg een correctie vast als addendum."
    en = "{what} has been adopted and can no longer be changed. Record a correction as an addendum."


# --- environment --------------------------------------------------------------------------------
class StoreAlreadyOpen(StoreError):
    nl = (
        "Deze opslag is al geopend door een ander venster of proces ({holder}). Sluit dat eerst; "
        "er is niets veranderd."
    )
    en = (
        "This store is already open in another window or process ({holder}). Close that first; "
        "nothing was changed."
    )


class StoreTooNew(StoreError):
    nl = (
        "Deze opslag is gemaakt door een nieuwere versie van Overlegtafel (schemaversie {found}; "
        "deze versie kent tot en met {supported}). Installeer de nieuwste versie. De opslag is niet "
        "aangeraakt."
    )
    en = (
        "This store was written by a newer version of Overlegtafel (schema version {found}; this "
        "version knows up to {supported}). Install the latest version. The store was not touched."
    )


class PlaintextStore(StoreError):
    nl = (
        "Het bestand {path} is een onversleutelde SQLite-database. Overlegtafel opent alleen "
        "versleutelde opslag."
    )
    en = "The file {path} is an unencrypted SQLite database. Overlegtafel only opens encrypted stores."


class StoreCorrupt(StoreError):
    nl = (
        "De opslag is beschadigd ({detail}). De beschadigde bestanden zijn apart gezet in {aside}; "
        "herstel uit de nieuwste goede back-up."
    )
    en = (
        "The store is damaged ({detail}). The damaged files were set aside in {aside}; restore from "
        "the newest good backup."
    )


class KeyFileCorrupt(StoreError):
    nl = "Het sleutelbestand {path} is onleesbaar of beschadigd: {detail}. Er is niets veranderd."
    en = "The key file {path} is unreadable or damaged: {detail}. Nothing was changed."


class KeyFileMissing(StoreError):
    nl = (
        "Het sleutelbestand {path} ontbreekt, terwijl de database er wel is. Zonder sleutelbestand "
        "opent de opslag niet; zet het terug uit een back-up. Er wordt nooit een nieuwe sleutel "
        "aangemaakt."
    )
    en = (
        "The key file {path} is missing although the database exists. The store does not open "
        "without it; put it back from a backup. A new key is never created."
    )


class DiskFull(StoreError):
    nl = "De schijf is vol: {path} kon niet worden geschreven. Maak ruimte vrij; er is niets verloren."
    en = "The disk is full: {path} could not be written. Free some space; nothing was lost."


class ReadOnlyStore(StoreError):
    nl = "De map {path} is alleen-lezen. Overlegtafel kan daar niet schrijven."
    en = "The folder {path} is read-only. Overlegtafel cannot write there."


class StoreBusy(StoreError):
    nl = "De opslag is bezet door een andere bewerking. Probeer het zo opnieuw."
    en = "The store is busy with another operation. Please try again shortly."


class StoreIOError(StoreError):
    nl = "Lezen of schrijven van {path} mislukte ({detail}). Controleer de schijf."
    en = "Reading or writing {path} failed ({detail}). Check the disk."


class StoreClosed(StoreError):
    nl = "De opslag is vergrendeld of gesloten."
    en = "The store is locked or closed."


class InternalError(StoreError):
    category = "bug"
    nl = "Interne fout in Overlegtafel ({detail}). Kopieer het foutrapport voor de beheerder."
    en = "Internal error in Overlegtafel ({detail}). Copy the error report for the administrator."
