"""Issue 11, finding 5: Argon2 parameters read from the key file are bounded. A tampered file gives
a specific "key file damaged" error at once, never a hang or an internal error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.access import open_store
from storage.errors import KeyFileCorrupt
from storage.paths import StorePaths
from tests.helpers.attacks import make_store, reseal_keyfile
from tests.helpers.common import PASSPHRASE, run_cli


@pytest.mark.parametrize(
    ("field", "value"),
    [("iterations", 100_000), ("lanes", 0), ("memory_kib", 2**32), ("lanes", 100_000), ("iterations", 0)],
)
def test_tampered_kdf_parameter_is_a_damaged_key_file(
    tmp_path: Path, cli_env: dict[str, str], secret: Path, field: str, value: int
) -> None:
    root = tmp_path / "opslag"
    made = run_cli(["init", "--store", str(root), "--passphrase-file", str(secret)], cli_env)
    assert made.returncode == 0, made.stderr
    keyfile = StorePaths(root).keyfile
    doc = json.loads(keyfile.read_text())
    for slot in doc["slots"]:
        slot["kdf"][field] = value
    reseal_keyfile(keyfile, doc)
    result = run_cli(["doctor", "--store", str(root), "--passphrase-file", str(secret)], cli_env, timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "sleutelbestand" in result.stderr.lower() and "beschadigd" in result.stderr, result.stderr


def test_parameters_below_the_secure_floor_are_refused_outside_tests(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _code = make_store(store_dir)  # the test suite's fast parameters
    store.close()
    monkeypatch.delenv("OVERLEGTAFEL_KDF")
    with pytest.raises(KeyFileCorrupt) as raised:
        open_store(store_dir, PASSPHRASE)
    assert "Argon2" in raised.value.message("nl")
