"""Review: odd things where a store file is expected give a specific message, not a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.access import create_store, open_store
from storage.errors import KeyFileCorrupt, StoreError
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE


def _made(store_dir: Path) -> StorePaths:
    store, _code = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    store.close()
    return StorePaths(store_dir)


def test_a_folder_where_the_database_should_be(store_dir: Path) -> None:
    paths = _made(store_dir)
    paths.database.unlink()
    paths.database.mkdir()
    with pytest.raises(StoreError) as caught:
        open_store(store_dir, PASSPHRASE)
    error = caught.value
    assert error.category == "environment" and error.exit_code == 1
    assert "map" in error.message("nl") and "folder" in error.message("en")
    assert paths.database.is_dir() and paths.keyfile.is_file()  # nothing moved or replaced


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "iets anders"}',
        '{"format": "overlegtafel-keyfile", "version": 99, "store_id": "x", "slots": []}',
        '{"format": "overlegtafel-keyfile", "version": 1, "store_id": "", "slots": []}',
    ],
)
def test_key_file_problems_are_told_in_the_users_language(
    store_dir: Path, content: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storage import i18n

    paths = _made(store_dir)
    paths.keyfile.write_text(content, encoding="utf-8")
    monkeypatch.setattr(i18n, "_language", "en")
    with pytest.raises(KeyFileCorrupt) as caught:
        open_store(store_dir, PASSPHRASE)
    english = caught.value.message("en")
    for dutch in ("sleutelbestand van", "nieuwere versie", "ontbreekt"):
        assert dutch not in english
    monkeypatch.setattr(i18n, "_language", "nl")
    with pytest.raises(KeyFileCorrupt) as caught:
        open_store(store_dir, PASSPHRASE)
    assert caught.value.message("nl") != english
