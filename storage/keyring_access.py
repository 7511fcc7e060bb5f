"""The OS keyring holds one device secret per enrolment (store id plus passphrase-slot id), and
the audit checkpoint of each store folder (``storage.anchor``).

An entry is never overwritten: a restore or recovery into another folder enrols a new slot with an
entry of its own, so the original store keeps opening.

Secure is an allow-list: the OS keyrings as python keyring itself defines them (Windows Credential
Manager, macOS Keychain, Secret Service, KWallet), checked by class identity, so a plaintext class
that borrows one of their names does not pass. Everything else (``fail``, ``null``, keyrings.alt,
any unknown third-party backend) is not secure and needs the user's explicit ``--no-keyring``.
The test suite's own keyrings pass only when ``OVERLEGTAFEL_TEST_KEYRING`` names exactly that test
class *and* the test-only fast KDF is on (whose slots ``doctor`` reports as weak).
An entry that cannot be read because the keyring is locked or unreachable is *unavailable*, which
is never treated as *missing*: a missing entry is never silently replaced.
"""

from __future__ import annotations

import base64
import binascii
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from storage.i18n import pick

SERVICE = "Overlegtafel"

# (module, class) as python keyring defines them -> what the user knows them as.
_OS_KEYRINGS: dict[tuple[str, str], str] = {
    ("keyring.backends.Windows", "WinVaultKeyring"): "Windows Credential Manager",
    ("keyring.backends.macOS", "Keyring"): "macOS Keychain",
    ("keyring.backends.SecretService", "Keyring"): "Secret Service",
    ("keyring.backends.libsecret", "Keyring"): "Secret Service (libsecret)",
    ("keyring.backends.kwallet", "DBusKeyring"): "KWallet",
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"): "KWallet",
}
TEST_KEYRING_ENV = "OVERLEGTAFEL_TEST_KEYRING"
_TEST_KEYRINGS = frozenset(
    {"tests.helpers.memory_keyring.MemoryKeyring", "tests.helpers.memory_keyring.FileKeyring"}
)


@dataclass(frozen=True)
class KeyringInfo:
    name: str
    secure: bool
    reason: str

    def describe(self) -> str:
        state = (
            pick("veilig", "secure")
            if self.secure
            else pick("niet veilig", "not secure") + ": " + self.reason
        )
        return f"{self.name} ({state})"


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _defined_where_it_says(cls: type) -> bool:
    """Whether ``cls`` is the very class its module and name point to (no borrowed names)."""
    module = sys.modules.get(cls.__module__)
    return module is not None and getattr(module, cls.__qualname__, None) is cls


def _from_keyring_package(cls: type) -> bool:
    module_file = getattr(sys.modules.get(cls.__module__), "__file__", None)
    if not module_file:
        return False
    package = Path(keyring.__file__).resolve().parent
    return Path(module_file).resolve().is_relative_to(package)


def _test_allowance(cls: type) -> bool:
    name = f"{cls.__module__}.{cls.__qualname__}"
    return (
        name in _TEST_KEYRINGS
        and os.environ.get(TEST_KEYRING_ENV) == name
        and os.environ.get("OVERLEGTAFEL_KDF") == "fast"
        and _defined_where_it_says(cls)
    )


def _is_insecure(backend: keyring.backend.KeyringBackend) -> str | None:
    cls = type(backend)
    module = cls.__module__
    if (
        (module, cls.__qualname__) in _OS_KEYRINGS
        and _defined_where_it_says(cls)
        and _from_keyring_package(cls)
    ):
        return None
    if _test_allowance(cls):
        return None
    if module.startswith("keyrings.alt"):
        return pick("bewaart geheimen als (bijna) leesbare tekst", "keeps secrets (almost) in plain text")
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return pick("geen echte sleutelbos", "not a real keyring")
    return pick(
        "geen bekende sleutelbos van het besturingssysteem (Windows Referentiebeheer, "
        "macOS-sleutelhanger, Secret Service of KWallet)",
        "not a known keyring of the operating system (Windows Credential Manager, macOS Keychain, "
        "Secret Service or KWallet)",
    )


def _leaf_backends(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    children = getattr(backend, "backends", None)
    if children is not None and type(backend).__module__.startswith("keyring.backends.chainer"):
        return list(children)
    return [backend]


def current_backend() -> keyring.backend.KeyringBackend:
    return keyring.get_keyring()


def backend_info(backend: keyring.backend.KeyringBackend | None = None) -> KeyringInfo:
    backend = backend or current_backend()
    leaves = _leaf_backends(backend)
    if not leaves:
        return KeyringInfo(
            _backend_name(backend), False, pick("geen enkele sleutelbos gevonden", "no keyring found")
        )
    reasons = [_is_insecure(leaf) for leaf in leaves]
    # A chainer writes to its first backend, so that one decides.
    first_reason = reasons[0]
    name = ", ".join(_backend_name(leaf) for leaf in leaves)
    if first_reason is not None:
        return KeyringInfo(name, False, first_reason)
    return KeyringInfo(name, True, "")


class EntryMissing(Exception):
    pass


class Unavailable(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _username(store_id: str, slot_id: str) -> str:
    return f"store-{store_id}-slot-{slot_id}"


def _get(username: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, username)
    except keyring.errors.KeyringLocked as exc:
        raise Unavailable(pick("de sleutelbos is vergrendeld", "the keyring is locked")) from exc
    except keyring.errors.KeyringError as exc:
        raise Unavailable(str(exc) or type(exc).__name__) from exc
    except Exception as exc:  # D-Bus and platform errors surface as arbitrary exceptions
        raise Unavailable(f"{type(exc).__name__}: {exc}") from exc


def _set(username: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, username, value)
    except Exception as exc:
        raise Unavailable(f"{type(exc).__name__}: {exc}") from exc


def get_device_secret(store_id: str, slot_id: str) -> bytes:
    value = _get(_username(store_id, slot_id))
    if value is None:
        raise EntryMissing()
    try:
        secret = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise Unavailable(
            pick("de sleutelbos gaf een onleesbare waarde terug", "the keyring returned an unreadable value")
        ) from exc
    if len(secret) != 32:
        raise Unavailable(
            pick(
                "de sleutelbos gaf een waarde van de verkeerde lengte terug",
                "the keyring returned a value of the wrong length",
            )
        )
    return secret


def set_device_secret(store_id: str, slot_id: str, secret: bytes) -> None:
    """Store the secret of a new enrolment; an existing entry is never replaced."""
    username = _username(store_id, slot_id)
    if _get(username) is not None:
        raise Unavailable(
            pick(
                "er staat al een sleutel onder deze naam; die wordt nooit overschreven",
                "a secret is already stored under this name; it is never overwritten",
            )
        )
    _set(username, base64.b64encode(secret).decode("ascii"))
    # Read back: some backends accept a write and drop it (Joplin, Vorta lost keys that way).
    if get_device_secret(store_id, slot_id) != secret:
        raise Unavailable(
            pick("de sleutelbos bewaarde de sleutel niet", "the keyring did not keep the secret")
        )


def _anchor_username(store_id: str, folder_tag: str) -> str:
    return f"anchor-{store_id}-{folder_tag}"


def get_anchor(store_id: str, folder_tag: str) -> str | None:
    """The audit checkpoint text of one store folder, or None when there is none."""
    return _get(_anchor_username(store_id, folder_tag))


def set_anchor(store_id: str, folder_tag: str, value: str) -> None:
    _set(_anchor_username(store_id, folder_tag), value)
