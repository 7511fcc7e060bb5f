"""Instellingen → Back-ups: folder, last successful backup, "Nu back-up maken", the restore dialog
(into a new folder while the store is open; replacing the store when the session is locked)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.access import create_store, open_store
from storage.backup import archive, catalogue, pointer
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE
from tests.helpers.qt import make_context
from ui.backup.restore_dialog import RestoreDialog
from ui.backup.settings_section import BackupSection, create_settings_section
from ui.session import LockReason

MARKER = "ZEBRAMARKER-instellingen"


@pytest.fixture
def ctx(qtbot, store_dir: Path, tmp_path: Path):
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    store.settings.set("meeting_title", MARKER)
    store.close()
    context = make_context(store_dir, tmp_path)
    failures: list[BaseException] = []
    context.session.unlock(PASSPHRASE, failures.append)
    qtbot.waitUntil(lambda: context.session.is_unlocked or bool(failures), timeout=10_000)
    assert not failures
    yield context
    context.worker.shutdown()


def test_section_shows_folder_and_last_backup_and_backs_up_now(qtbot, ctx, store_dir: Path) -> None:
    section = create_settings_section(ctx, None)
    qtbot.addWidget(section)
    assert isinstance(section, BackupSection)
    qtbot.waitUntil(lambda: section.state is not None, timeout=10_000)
    folder = pointer.default_folder(StorePaths(store_dir))
    assert section.state.folder == folder and section.state.count == 1  # made when the store was created
    assert str(folder) in section.folder.text()
    assert section.last.text() and section.automatic.isChecked()
    for widget in (section.choose_button, section.now_button, section.restore_button, section.automatic):
        assert widget.accessibleName()
    before = section.state.count
    qtbot.mouseClick(section.now_button, qtbot_left())
    qtbot.waitUntil(lambda: section.state is not None and section.state.count == before + 1, timeout=10_000)
    assert section.now_button.isEnabled()
    newest = catalogue.list_backups(folder)[0]
    assert newest.path.name in section.status.text()
    archive.verify_backup(newest.path)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_section_changes_folder_and_automatic_setting(qtbot, ctx, tmp_path: Path) -> None:
    section = BackupSection(ctx)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: section.state is not None, timeout=10_000)
    chosen = tmp_path / "externe-schijf"
    section.set_folder(chosen)
    qtbot.waitUntil(lambda: section.state is not None and section.state.folder == chosen, timeout=10_000)
    assert chosen.is_dir() and section.default_button.isEnabled()
    section.automatic.setChecked(False)
    ctx.worker.wait_idle()
    section.refresh()
    qtbot.waitUntil(lambda: section.state is not None and not section.state.automatic, timeout=10_000)


def test_restore_dialog_restores_into_a_new_folder_while_open(
    qtbot, ctx, store_dir: Path, tmp_path: Path
) -> None:
    source = catalogue.newest_good_backup(StorePaths(store_dir), _store_id(store_dir))
    assert source is not None
    dialog = RestoreDialog(ctx, None, folder=source.parent, backup_file=source)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.backup_info is not None, timeout=10_000)
    assert not dialog.replace_choice.isVisible() and not dialog.may_replace
    dialog.set_target(store_dir)  # the open store: refused in the dialog
    dialog.passphrase.edit.setText(PASSPHRASE)
    dialog.submit()
    assert dialog.error.isVisibleTo(dialog) and not dialog.busy.isVisibleTo(dialog)
    target = tmp_path / "hersteld"
    dialog.set_target(target)
    restored: list[object] = []
    dialog.restored.connect(restored.append)
    dialog.submit()
    qtbot.waitUntil(lambda: bool(restored) or dialog.error.isVisibleTo(dialog), timeout=20_000)
    assert restored == [target], dialog.error.text()
    assert dialog.done_text.isVisibleTo(dialog) and str(target) in dialog.done_text.text()
    with open_store(target, PASSPHRASE) as copy:
        assert copy.settings.get("meeting_title") == MARKER


def test_restore_dialog_replaces_the_store_when_locked(qtbot, ctx, store_dir: Path) -> None:
    source = catalogue.newest_good_backup(StorePaths(store_dir), _store_id(store_dir))
    ctx.worker.with_store(lambda store: store.settings.set("meeting_title", "na de back-up"))
    ctx.session.lock(LockReason.MANUAL)
    assert ctx.worker.wait_idle()
    dialog = RestoreDialog(ctx, None, backup_file=source)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.backup_info is not None, timeout=10_000)
    assert dialog.may_replace and dialog.replace_choice.isChecked()
    dialog.passphrase.edit.setText(PASSPHRASE)
    restored: list[object] = []
    dialog.restored.connect(restored.append)
    dialog.submit()
    qtbot.waitUntil(lambda: bool(restored) or dialog.error.isVisibleTo(dialog), timeout=20_000)
    assert restored == [store_dir], dialog.error.text()
    assert (store_dir / "vervangen").is_dir()
    with open_store(store_dir, PASSPHRASE) as again:
        assert again.settings.get("meeting_title") == MARKER


def test_restore_dialog_reports_a_file_that_is_no_backup(qtbot, ctx, tmp_path: Path) -> None:
    bogus = tmp_path / "notulen.otbak"
    bogus.write_bytes(b"dit is geen back-up")
    dialog = RestoreDialog(ctx, None, backup_file=bogus)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert dialog.backup_info is None
    assert str(bogus) in dialog.error.text()


def _store_id(store_dir: Path) -> str:
    from storage.keyslots import KeyFile

    return KeyFile.load(StorePaths(store_dir).keyfile).store_id


def test_damage_found_at_unlock_names_the_backup_and_the_dialog_restores_it(
    qtbot, store_dir: Path, tmp_path: Path
) -> None:
    """What the lock screen can offer: the unlock fails with StoreCorrupt carrying the newest good
    backup; the restore dialog (session locked) puts it back in place and the store unlocks."""
    from storage.errors import StoreCorrupt

    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    store.settings.set("meeting_title", MARKER)
    store.close()
    db = StorePaths(store_dir).database
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x40
    db.write_bytes(bytes(data))
    context = make_context(store_dir, tmp_path)
    try:
        failures: list[BaseException] = []
        context.session.unlock(PASSPHRASE, failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
        error = failures[0]
        assert isinstance(error, StoreCorrupt) and error.backup and error.aside
        dialog = RestoreDialog(context, None, backup_file=Path(error.backup))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.backup_info is not None, timeout=10_000)
        assert dialog.replace_choice.isChecked()
        dialog.passphrase.edit.setText(PASSPHRASE)
        restored: list[object] = []
        dialog.restored.connect(restored.append)
        dialog.submit()
        qtbot.waitUntil(lambda: bool(restored) or dialog.error.isVisibleTo(dialog), timeout=20_000)
        assert restored == [store_dir], dialog.error.text()
        context.session.unlock(PASSPHRASE, failures.append)
        qtbot.waitUntil(lambda: context.session.is_unlocked or len(failures) > 1, timeout=10_000)
        assert context.session.is_unlocked, failures
        assert Path(error.aside).is_dir()  # the damaged files are still kept
    finally:
        context.worker.shutdown()
