"""Errors of the exchange between paired stores, each with its own Dutch and English message."""

from __future__ import annotations

from storage.errors import EXIT_ACCESS, StoreError, UsageError


class IdentityInvalid(UsageError):
    nl = "Dit is geen geldige identiteit van een Overlegtafel-opslag: {detail}"
    en = "This is not a valid Overlegtafel store identity: {detail}"


class OwnIdentity(UsageError):
    nl = "Dit is de identiteit van deze opslag zelf; koppel een andere laptop."
    en = "This is this store's own identity; pair another laptop."


class UnknownRole(UsageError):
    nl = "Onbekende rol {role!r}; kies uit: ind, voorzitter, secretaris, om."
    en = "Unknown role {role!r}; choose from: ind, voorzitter, secretaris, om."


class PairNameTaken(UsageError):
    nl = "Er is al een gekoppelde opslag met de naam {name!r}; kies een andere naam."
    en = "A paired store named {name!r} exists already; choose another name."


class PairNotFound(UsageError):
    nl = "Geen gekoppelde opslag met de naam {name!r}."
    en = "No paired store named {name!r}."


class PackageRefused(StoreError):
    """The whole package is refused before anything is read from its body."""

    category = "access"
    exit_code = EXIT_ACCESS


class NotAPackage(PackageRefused):
    nl = "Dit is geen Overlegtafel-pakket (.otpak) of het is afgekapt: {detail}. Er is niets ingelezen."
    en = "This is not an Overlegtafel package (.otpak) or it is truncated: {detail}. Nothing was imported."


class UnsupportedPackage(PackageRefused):
    nl = "Pakketformaat {version} wordt niet ondersteund (deze versie kent {supported}). Er is niets ingelezen."
    en = "Package format {version} is not supported (this version knows {supported}). Nothing was imported."


class UnpairedSender(PackageRefused):
    nl = (
        "Het pakket komt van een opslag die niet (meer) met deze opslag gekoppeld is "
        "(vingerafdruk {fingerprint}). Er is niets ingelezen."
    )
    en = (
        "The package comes from a store that is not (or no longer) paired with this store "
        "(fingerprint {fingerprint}). Nothing was imported."
    )


class BadSignature(PackageRefused):
    nl = (
        "De handtekening van het pakket klopt niet: kop of inhoud is onderweg gewijzigd of beschadigd. "
        "Er is niets ingelezen."
    )
    en = (
        "The package signature does not verify: header or content was changed or damaged on the way. "
        "Nothing was imported."
    )


class NotForThisStore(PackageRefused):
    nl = "Dit pakket is niet voor deze opslag bestemd. Er is niets ingelezen."
    en = "This package is not meant for this store. Nothing was imported."


class CannotDecrypt(PackageRefused):
    nl = "De inhoud van het pakket laat zich niet ontsleutelen. Er is niets ingelezen."
    en = "The package content cannot be decrypted. Nothing was imported."


class PackageReplayed(StoreError):
    nl = "Dit pakket (nr. {seq} van {sender}) is al eerder ingelezen. Er is niets veranderd."
    en = "This package (no. {seq} from {sender}) was imported before. Nothing was changed."


class PackageOutdated(StoreError):
    nl = (
        "Dit pakket (nr. {seq} van {sender}) is ouder dan het laatst ingelezen pakket (nr. {last}). "
        "Er is niets veranderd."
    )
    en = (
        "This package (no. {seq} from {sender}) is older than the last one imported (no. {last}). "
        "Nothing was changed."
    )


class SealMismatch(StoreError):
    nl = (
        "Het zegel van verslag {meeting} klopt na inlezen niet met de inhoud "
        "(vingerafdruk {expected}, berekend {actual}). Er is niets ingelezen."
    )
    en = (
        "The seal of minutes {meeting} does not match the content after import "
        "(fingerprint {expected}, computed {actual}). Nothing was imported."
    )


class SealUnproven(StoreError):
    nl = (
        "Een zegel in dit pakket (vingerafdruk {fingerprint}…) wordt niet gedekt door het logboek van "
        "de opslag die het verslag vaststelde. Er is niets ingelezen."
    )
    en = (
        "A seal in this package (fingerprint {fingerprint}…) is not backed by the audit log of the "
        "store that adopted the minutes. Nothing was imported."
    )


class ImportConflict(StoreError):
    nl = (
        "Het pakket botst met wat in deze opslag staat (bijvoorbeeld een tweede besluit bij hetzelfde "
        "agendapunt). Er is niets ingelezen; overleg met de afzender wie het gegeven beheert."
    )
    en = (
        "The package conflicts with what is in this store (for example a second decision for the same "
        "agenda item). Nothing was imported; agree with the sender who keeps that record."
    )


class NoIdentity(UsageError):
    nl = "Deze opslag heeft nog geen identiteit voor uitwisseling; maak die eerst aan."
    en = "This store has no exchange identity yet; create it first."


class NothingToSend(UsageError):
    nl = "Er is niets om te versturen: {detail}"
    en = "There is nothing to send: {detail}"
