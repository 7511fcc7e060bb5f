"""Finding 6: the keyring check is an allow-list. Only the OS keyrings (Windows Credential Manager,
macOS Keychain, Secret Service, KWallet) count as secure; any other backend (an unknown
third-party plaintext one, one that borrows a trusted module name) needs explicit consent
(``--no-keyring``). The test keyrings pass only through an allowance nobody sets by accident."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from storage import keyring_access
from storage.access import create_store
from storage.errors import NoSecureKeyring
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE, run_cli
from tests.helpers.memory_keyring import FileKeyring, MemoryKeyring
from tests.helpers.plain_keyring import PlaintextKeyring


def _backend(module: str, qualname: str = "Keyring") -> KeyringBackend:
    cls = type(qualname, (PlaintextKeyring,), {})
    cls.__module__ = module
    cls.__qualname__ = qualname
    return cls()


@pytest.mark.parametrize(
    "module",
    [
        "tests.helpers.plain_keyring",  # an unknown third-party backend
        "keyrings.cryptfile.file",  # a known name that is still not an OS keyring
        "keyring.backends.SecretService",  # a plaintext class posing under a trusted module name
        "keyring.backends.Windows",
    ],
)
def test_unknown_or_impostor_backends_are_not_secure(module: str) -> None:
    info = keyring_access.backend_info(
        _backend(module, "WinVaultKeyring" if "Windows" in module else "Keyring")
    )
    assert not info.secure
    assert info.reason


def test_an_unknown_plaintext_backend_needs_explicit_consent(
    store_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("ATTACK_PLAINTEXT_KEYRING_FILE", str(tmp_path / "plain.json"))
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(NoSecureKeyring) as info:
        create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    assert "--no-keyring" in info.value.message("nl")
    assert not (tmp_path / "plain.json").exists()  # the device secret never reached the file
    assert not StorePaths(store_dir).exists()
    made, _ = create_store(store_dir, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    assert made.keyfile.device_mode == "none"
    made.close()


def test_real_os_keyrings_are_on_the_allow_list() -> None:
    from keyring.backends import SecretService, kwallet

    assert keyring_access.backend_info(SecretService.Keyring()).secure
    assert keyring_access.backend_info(kwallet.DBusKeyring()).secure


def test_test_keyrings_need_the_explicit_test_allowance(monkeypatch) -> None:
    # The suite sets the allowance for the in-memory keyring (conftest); without it, or with the
    # slow real KDF, or for another class, the test keyring is as untrusted as any other.
    assert keyring_access.backend_info(MemoryKeyring()).secure
    monkeypatch.delenv("OVERLEGTAFEL_TEST_KEYRING", raising=False)
    assert not keyring_access.backend_info(MemoryKeyring()).secure
    monkeypatch.setenv("OVERLEGTAFEL_TEST_KEYRING", "tests.helpers.memory_keyring.MemoryKeyring")
    monkeypatch.delenv("OVERLEGTAFEL_KDF")
    assert not keyring_access.backend_info(MemoryKeyring()).secure
    monkeypatch.setenv("OVERLEGTAFEL_KDF", "fast")
    assert not keyring_access.backend_info(FileKeyring()).secure  # names another class
    monkeypatch.setenv("OVERLEGTAFEL_TEST_KEYRING", "tests.helpers.plain_keyring.PlaintextKeyring")
    assert not keyring_access.backend_info(PlaintextKeyring()).secure  # not a test keyring at all


def test_cli_init_refuses_an_unknown_plaintext_backend(tmp_path: Path, cli_env: dict[str, str]) -> None:
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    plain = tmp_path / "plain.json"
    env = dict(
        cli_env,
        PYTHON_KEYRING_BACKEND="tests.helpers.plain_keyring.PlaintextKeyring",
        ATTACK_PLAINTEXT_KEYRING_FILE=str(plain),
        # Even a user who copied the test suite's allowance for its own keyring gets no pass.
        OVERLEGTAFEL_TEST_KEYRING="tests.helpers.plain_keyring.PlaintextKeyring",
    )
    store = tmp_path / "opslag"
    refused = run_cli(["init", "--store", str(store), "--passphrase-file", str(secret)], env)
    assert refused.returncode == 3, refused.stdout + refused.stderr
    assert "--no-keyring" in refused.stderr and "Traceback" not in refused.stderr
    assert not plain.exists()
    made = run_cli(["init", "--store", str(store), "--passphrase-file", str(secret), "--no-keyring"], env)
    assert made.returncode == 0, made.stderr
    assert not plain.exists()
