"""The kill campaign at exact points (see tests/support/crash_campaign.py): every operation that
changes the store is killed on entry to a chosen ``rename``/``fsync``/``pwrite64`` call, and the
store must then open as the old or the new state, checked by content, never "no store here".

CI kills at an even spread of points per operation (a few minutes); ``make torture`` kills at every
point (``OVERLEGTAFEL_TORTURE=1``). Needs strace and ptrace: where they are missing the tests say so
in the output (skip with the reason); CI has both.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storage import backup, restore_journal
from storage.access import create_store, open_store
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from tests.conftest import PASSPHRASE, REPO
from tests.support import crash_points
from tests.support.crash_campaign import Scenario, run_scenario

pytestmark = [
    pytest.mark.slow,
    pytest.mark.killpoints,
    pytest.mark.skipif(
        crash_points.unavailable() is not None, reason=f"NOT RUN: {crash_points.unavailable()}"
    ),
]
MARKER = "campagne"


def _store(folder: Path) -> Path:
    return folder / "opslag"


def _common(folder: Path) -> list[str]:
    return ["--store", str(_store(folder)), "--passphrase-file", str(folder / "wachtwoord.txt")]


def _new_store(folder: Path, marker: str):
    (folder / "wachtwoord.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    store, code = create_store(_store(folder), PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    (folder / "herstelcode.txt").write_text(code + "\n", encoding="utf-8")
    store.backup_on_close = False
    store.settings.set(MARKER, marker)
    return store


def _checked_marker(root: Path) -> str:
    """Open the store, run every check, return its marker."""
    with open_store(root, PASSPHRASE) as store:
        store.backup_on_close = False
        assert store.integrity_check() == [], "integrity_check"
        assert store.cipher_integrity_check() == [], "page HMACs"
        assert store.verify_audit().ok, "audit chain"
        marker = str(store.settings.get(MARKER))
    assert not StorePaths(root).quarantine.exists(), "a kill must never be taken for damage"
    return marker


def _env(folder: Path) -> dict[str, str]:
    return crash_points.subprocess_env(REPO, folder / "keyring.json")


def _campaign(scenario: Scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_scenario(scenario, tmp_path / scenario.name, _env(tmp_path))
    with capsys.disabled():
        print("\nkill campaign: " + report.line())
    assert not report.failures, "\n".join(report.failures)
    assert sum(report.kills.values()) >= min(3, sum(report.calls.values()))


# --- restore ----------------------------------------------------------------------------------------
def _prepare_restore(folder: Path) -> None:
    store = _new_store(folder, "back-up")
    backup.create_backup(store, folder / "terug.otbak")
    store.settings.set(MARKER, "live")
    store.close()


def _check_restore(folder: Path, _run: crash_points.Run) -> str:
    root = _store(folder)
    marker = _checked_marker(root)
    paths = StorePaths(root)
    assert not paths.restore_journal.exists() and not restore_journal.staged_leftovers(paths)
    aside = restore_journal.replaced_folders(paths)
    if marker == "live":
        assert not aside, "the old store is live, yet something was set aside"
        return "old"
    assert marker == "back-up", marker
    # Nothing is lost: the replaced store opens from its set-aside folder.
    assert len(aside) == 1, aside
    probe = folder / "vervangen-proef"
    shutil.copytree(aside[0], probe)
    assert _checked_marker(probe) == "live"
    return "new"


RESTORE = Scenario(
    "restore",
    ("rename",),
    _prepare_restore,
    lambda f: crash_points.cli_argv("restore", str(f / "terug.otbak"), *_common(f)),
    _check_restore,
    ci_points=30,
)


def test_restore_killed_at_every_rename_opens_as_old_or_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _campaign(RESTORE, tmp_path, capsys)
