"""Review: a completed re-key issues a new recovery code, so the "make a new recovery code"
warning left by an earlier interrupted re-key goes away."""

from __future__ import annotations

from pathlib import Path

from storage import access
from storage.access import NEEDS_NEW_RECOVERY_CODE, open_store
from storage.kdf import FAST_TEST_PARAMS
from storage.keyslots import KeyFile
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE


def test_rekey_clears_the_request_for_a_new_recovery_code(store, store_dir: Path) -> None:
    store.keyfile.notices.append(NEEDS_NEW_RECOVERY_CODE)  # as _settle_rekey leaves it
    store.keyfile.save(store.paths.keyfile)
    store, code = access.rekey(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
    # Until the caller has shown the new code, a kill must leave the request in place.
    assert NEEDS_NEW_RECOVERY_CODE in KeyFile.load(StorePaths(store_dir).keyfile).notices
    access.recovery_code_shown(store)
    assert NEEDS_NEW_RECOVERY_CODE not in store.keyfile.notices
    store.close()
    assert NEEDS_NEW_RECOVERY_CODE not in KeyFile.load(StorePaths(store_dir).keyfile).notices
    # The code the re-key printed is the one that works.
    with access.recover_store(
        store_dir, code, "een nieuw lang wachtwoord 7", use_keyring=True, kdf_params=FAST_TEST_PARAMS
    ):
        pass
    open_store(store_dir, "een nieuw lang wachtwoord 7").close()
