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

    @property
    def backup(self) -> str | None:
        value = self.params.get("backup")
        return str(value) if value else None

    def message(self, lang: str | None = None) -> str:
        text = pick(self.nl, self.en, lang)
        if self.backup:
            text += " " + pick(
                "Hoort het er wel bij, dan is de database beschadigd: zet dan de nieuwste goede "
                f"back-up terug ({self.backup}).",
                f"If it does, the database is damaged: restore the newest good backup ({self.backup}).",
                lang,
            )
        return text


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


class StoreFolderShared(AccessError):
    nl = (
        "De map {path} is schrijfbaar voor andere gebruikers (rechten {mode}); daar kan iemand "
        "bestanden van de opslag vervangen. Maak de map alleen van u (chmod 700 {path}) en probeer "
        "het opnieuw. Er is niets veranderd."
    )
    en = (
        "The folder {path} can be written by other users (mode {mode}); someone could replace the "
        "store's files there. Make the folder yours alone (chmod 700 {path}) and try again. Nothing "
        "was changed."
    )


class StoreFolderExposed(AccessError):
    nl = (
        "De map {path}, waarin de opslag staat, is schrijfbaar voor iedereen: daar kan iemand de "
        "opslagmap wegzetten en een andere in de plaats zetten. Kies een opslagmap in uw eigen "
        "gebruikersmap. Er is niets veranderd."
    )
    en = (
        "The folder {path}, which holds the store, can be written by everyone: someone could move "
        "the store folder away and put another in its place. Choose a store folder inside your "
        "own user folder. Nothing was changed."
    )


class StoreFileIsLink(AccessError):
    nl = (
        "{path} is een koppeling (symbolische of harde link) of geen gewoon bestand. Een bestand van "
        "de opslag wordt nooit via een koppeling geopend; iemand kan hem hebben neergezet om een "
        "ander bestand te laten overschrijven. Verwijder de koppeling. Er is niets veranderd."
    )
    en = (
        "{path} is a link (symbolic or hard) or not a regular file. A store file is never opened "
        "through a link; someone may have placed it to get another file overwritten. Remove the "
        "link. Nothing was changed."
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


class DecisionChangeRequired(UsageError):
    nl = (
        "Besluit {number} is al vastgelegd (versie {version}). Vervang het alleen via 'Besluit wijzigen': "
        "de vorige versie blijft bewaard en de bevestigingen van IND en OM worden ingetrokken."
    )
    en = (
        "Decision {number} is already recorded (version {version}). Replace it only through 'Change "
        "decision': the previous version is kept and the IND and OM confirmations are withdrawn."
    )


class AdoptionOutsideMeeting(UsageError):
    nl = (
        "Het verslag van {number} wordt vastgesteld tijdens de volgende vergadering, bij agendapunt 2 "
        "'Verslag en besluitenlijst vorige vergadering'. {detail}"
    )
    en = (
        "The minutes of {number} are adopted during the next meeting, at agenda item 2 'Minutes and "
        "decision list of the previous meeting'. {detail}"
    )


class WrongMeetingStatus(UsageError):
    nl = "Vergadering {meeting} heeft de status '{status}': {detail}"
    en = "Meeting {meeting} has the status '{status}': {detail}"


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
    """Damage found in the store. ``aside`` is the folder the damaged files were moved to (``-`` when
    nothing was moved), ``backup`` the newest backup that verified, if any; UI and CLI offer it."""

    nl = (
        "De opslag is beschadigd ({detail}). De beschadigde bestanden zijn apart gezet in {aside}; "
        "herstel uit de nieuwste goede back-up."
    )
    en = (
        "The store is damaged ({detail}). The damaged files were set aside in {aside}; restore from "
        "the newest good backup."
    )

    @property
    def aside(self) -> str | None:
        value = self.params.get("aside")
        return None if value in (None, "", "-") else str(value)

    @property
    def backup(self) -> str | None:
        value = self.params.get("backup")
        return str(value) if value else None

    def message(self, lang: str | None = None) -> str:
        detail = self.params.get("detail", "?")
        parts = [pick(f"De opslag is beschadigd ({detail}).", f"The store is damaged ({detail}).", lang)]
        if self.aside:
            parts.append(
                pick(
                    f"De beschadigde bestanden zijn apart gezet in {self.aside} (niet verwijderd).",
                    f"The damaged files were set aside in {self.aside} (not deleted).",
                    lang,
                )
            )
        if self.backup:
            parts.append(
                pick(
                    f"Zet de nieuwste goede back-up terug: {self.backup}",
                    f"Restore the newest good backup: {self.backup}",
                    lang,
                )
            )
        elif "backup" in self.params:
            parts.append(
                pick(
                    "Er is geen goede back-up gevonden; vraag de beheerder om hulp.",
                    "No good backup was found; ask the administrator for help.",
                    lang,
                )
            )
        else:
            parts.append(
                pick("Herstel uit de nieuwste goede back-up.", "Restore from the newest good backup.", lang)
            )
        return " ".join(parts)


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


class StaleLockNotice(StoreError):
    """Not raised: the notice shown when the previous session ended without closing the store
    (crash, power loss, kill). The open went on after the integrity checks passed."""

    nl = (
        "De vorige sessie ({holder}) is niet netjes afgesloten, bijvoorbeeld door een crash of "
        "stroomuitval. De opslag is gecontroleerd en in orde; alles wat was opgeslagen is er nog."
    )
    en = (
        "The previous session ({holder}) did not close cleanly, for example after a crash or a power "
        "failure. The store was checked and is fine; everything that was saved is still there."
    )


class BackupInvalid(StoreError):
    nl = "Het bestand {path} is geen bruikbare back-up van Overlegtafel ({detail}). Er is niets veranderd."
    en = "The file {path} is not a usable Overlegtafel backup ({detail}). Nothing was changed."


class RestoreOtherStore(UsageError):
    nl = (
        "De back-up hoort bij een andere opslag ({backup_id}) dan die in {path} ({store_id}). Kies met "
        "--store een nieuwe map, of vervang bewust met --replace-other. Er is niets veranderd."
    )
    en = (
        "The backup belongs to another store ({backup_id}) than the one in {path} ({store_id}). Choose "
        "a new folder with --store, or replace it deliberately with --replace-other. Nothing was changed."
    )


class StoreClosed(StoreError):
    nl = "De opslag is vergrendeld of gesloten."
    en = "The store is locked or closed."


class InternalError(StoreError):
    category = "bug"
    nl = "Interne fout in Overlegtafel ({detail}). Kopieer het foutrapport voor de beheerder."
    en = "Internal error in Overlegtafel ({detail}). Copy the error report for the administrator."


# --- sorting and reporting errors ---------------------------------------------------------------
_ENV_ERRNOS = {"ENOSPC", "EDQUOT", "EFBIG", "EROFS", "EACCES", "EPERM", "EIO", "EBUSY", "ENXIO"}


def _is_sqlite_error(exc: BaseException) -> bool:
    module = type(exc).__module__
    return module.startswith(("sqlcipher3", "sqlite3", "pysqlite3"))


def environment_error_from_text(text: str, path: str, folder: str) -> StoreError | None:
    """The typed error for an SQLite message about the environment, or None (then it is a bug)."""
    low = text.lower()
    if "database or disk is full" in low:
        return DiskFull(path=path)
    if "readonly database" in low or "read-only file system" in low:
        return ReadOnlyStore(path=folder)
    if any(m in low for m in ("database is locked", "database table is locked", "database schema is locked")):
        return StoreBusy()
    # Not "malformed" alone: "malformed MATCH expression" is a full-text query typo, not damage.
    if "disk image is malformed" in low or "database corruption" in low:
        return StoreCorrupt(detail=text, aside="-")
    if "disk i/o error" in low:
        return StoreIOError(path=path, detail=text)
    return None


def error_category(exc: BaseException) -> str:
    """``access``, ``usage``, ``environment`` (busy, full, read-only, corrupt, I/O) or ``bug``."""
    import errno

    if isinstance(exc, StoreError):
        return exc.category
    if isinstance(exc, OSError) and errno.errorcode.get(exc.errno or -1, "") in _ENV_ERRNOS:
        return "environment"
    if _is_sqlite_error(exc) and environment_error_from_text(str(exc), "-", "-") is not None:
        return "environment"
    return "bug"


def _where(exc: BaseException, limit: int = 8) -> list[str]:
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)[-limit:]
    out = []
    for frame in frames:
        name = frame.filename.replace("\\", "/")
        for root in ("/storage/", "/ui/", "/desktop/", "/reports/", "/site-packages/", "/lib/python"):
            if root in name:
                name = name[name.rindex(root) + 1 :]
                break
        else:
            name = name.rsplit("/", 1)[-1]
        out.append(f"{name}:{frame.lineno} in {frame.name}")
    return out


def _safe_text(exc: BaseException) -> str:
    """What may be said about an exception: typed messages are content-free by design; SQLite's
    own messages with quoted parts removed; nothing of any other exception's message."""
    import re

    if isinstance(exc, StoreError):
        return exc.message("en")
    if _is_sqlite_error(exc):
        return re.sub(r"(['\"]).*?\1", "'…'", str(exc))[:200]
    return ""


def bug_report(exc: BaseException, *, extra: dict[str, str] | None = None) -> str:
    """A short report the user can copy for the administrator: the error type, where it happened
    and the versions. Never arguments, SQL parameters, local values or case content."""
    import platform
    from datetime import datetime
    from importlib import metadata

    try:
        app = metadata.version("overlegtafel")
    except metadata.PackageNotFoundError:
        app = "?"
    try:
        from sqlcipher3 import dbapi2

        sqlite_version = dbapi2.sqlite_version
    except ImportError:  # pragma: no cover - always installed
        sqlite_version = "?"
    kind = type(exc)
    lines = [
        "Overlegtafel – foutrapport / error report",
        f"time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"category: {error_category(exc)}",
        f"error: {kind.__module__}.{kind.__qualname__}",
    ]
    text = _safe_text(exc)
    if text:
        lines.append(f"message: {text}")
    cause = exc.__cause__ or exc.__context__
    seen = 0
    while cause is not None and seen < 3:
        lines.append(f"caused by: {type(cause).__module__}.{type(cause).__qualname__}")
        cause = cause.__cause__ or cause.__context__
        seen += 1
    where = _where(exc)
    if where:
        lines.append("where:")
        lines.extend(f"  {w}" for w in where)
    lines.append(
        f"versions: overlegtafel {app}; python {platform.python_version()}; "
        f"{platform.system()} {platform.release()}; sqlite {sqlite_version}"
    )
    for key, value in (extra or {}).items():
        lines.append(f"{key}: {value}")
    return "\n".join(lines) + "\n"
