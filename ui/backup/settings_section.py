"""Instellingen → Back-ups: the folder, the last successful backup, "back up now", automatic
backups on/off, and the way to restore a backup. Everything runs on the store worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from reports.dutch import format_datetime
from storage.backup import archive, making, preferences
from storage.errors import bug_report, error_category
from storage.store import Store
from ui.context import AppContext
from ui.widgets.error_text import user_message


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, size // 1024)} kB"


class BackupSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: preferences.BackupStatus | None = None
        self.last_error: BaseException | None = None
        self.setTitle(self.tr("Backups"))
        form = QFormLayout(self)

        self.folder = QLabel(self.tr("Loading…"), self)
        self.folder.setWordWrap(True)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        form.addRow(self.tr("Folder"), self.folder)
        folder_row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose folder…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Use the default folder"), self)
        self.default_button.setAccessibleName(self.tr("Use the default backup folder beside the store"))
        self.default_button.clicked.connect(lambda: self.set_folder(None))
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        folder_row.addStretch(1)
        form.addRow(folder_row)

        self.last = QLabel("", self)
        self.last.setWordWrap(True)
        self.last.setAccessibleName(self.tr("Last successful backup"))
        form.addRow(self.tr("Last successful backup"), self.last)

        self.automatic = QCheckBox(self.tr("Back up automatically when Overlegtafel locks or closes"), self)
        self.automatic.setAccessibleName(self.tr("Back up automatically when Overlegtafel locks or closes"))
        self.automatic.setEnabled(False)
        self.automatic.toggled.connect(self._automatic_toggled)
        form.addRow(self.automatic)
        note = QLabel(
            self.tr(
                "Only after changes, and only if the store passes its quick check. Kept: the 5 newest, "
                "one per day for the last 7 days and one per week for the last 4 weeks. Backups are "
                "encrypted: they open with your passphrase on this computer or with the recovery code."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("hintText")
        form.addRow(note)

        actions = QHBoxLayout()
        self.now_button = QPushButton(self.tr("Back up now"), self)
        self.now_button.setObjectName("primaryButton")
        self.now_button.setAccessibleName(self.tr("Back up now"))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore a backup…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore a backup into a new folder"))
        self.restore_button.clicked.connect(self.open_restore)
        actions.addWidget(self.now_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        form.addRow(actions)

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setObjectName("hintText")
        self.status.setAccessibleName(self.tr("Backup status"))
        form.addRow(self.status)
        self.report_button = QPushButton(self.tr("Copy error report"), self)
        self.report_button.setAccessibleName(self.tr("Copy the error report for the administrator"))
        self.report_button.setVisible(False)
        self.report_button.clicked.connect(self.copy_report)
        form.addRow(self.report_button)
        self.refresh()

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.worker.with_store(
            preferences.status, self._show, self._failed, owner=self, label="backup-status"
        )

    def _show(self, state: preferences.BackupStatus) -> None:
        self.state = state
        if state.is_default_folder:
            self.folder.setText(self.tr("{path} (default, beside the store)").format(path=str(state.folder)))
        else:
            self.folder.setText(str(state.folder))
        self.default_button.setEnabled(not state.is_default_folder)
        if state.last is None:
            self.last.setText(self.tr("None yet in this folder."))
        else:
            when = format_datetime(state.last.created_at, self.ctx.prefs.language)
            if state.count == 1:
                text = self.tr("{when} ({size}); the only backup in this folder")
            else:
                text = self.tr("{when} ({size}); {count} backups in this folder")
            self.last.setText(text.format(when=when, size=size_text(state.last.size), count=state.count))
        self.automatic.blockSignals(True)
        self.automatic.setChecked(state.automatic)
        self.automatic.blockSignals(False)
        self.automatic.setEnabled(True)
        if state.last_error:
            self._set_status(
                self.tr("The last automatic backup failed: {reason}").format(reason=state.last_error),
                error=True,
            )

    # -- actions --------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.now_button.setEnabled(False)
        self._set_status(self.tr("Making a backup…"))
        self.ctx.worker.with_store(
            making.backup_now, self._made, self._failed, owner=self, label="backup-now"
        )

    def _made(self, info: archive.BackupInfo) -> None:
        self.now_button.setEnabled(True)
        self._set_status(
            self.tr("Backup saved: {file} ({size}).").format(file=info.path.name, size=size_text(info.size))
        )
        self.refresh()

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the backup folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if self.state is not None:
            dialog.setDirectory(str(self.state.folder))
        dialog.fileSelected.connect(lambda path: self.set_folder(Path(path)))
        dialog.open()

    def set_folder(self, folder: Path | None) -> None:
        def job(store: Store) -> Path:
            return preferences.set_backup_folder(store, folder)

        self.ctx.worker.with_store(job, self._folder_set, self._failed, owner=self, label="backup-folder")

    def _folder_set(self, folder: Path) -> None:
        self._set_status(self.tr("Backups now go to {path}.").format(path=str(folder)))
        self.refresh()

    def _automatic_toggled(self, checked: bool) -> None:
        self.ctx.worker.with_store(
            lambda store: preferences.set_automatic(store, checked),
            lambda _r: self._set_status(self.tr("Saved.")),
            self._failed,
            owner=self,
        )

    def open_restore(self) -> None:
        from ui.backup.restore_dialog import RestoreDialog

        folder = self.state.folder if self.state is not None else None
        dialog = RestoreDialog(self.ctx, self, folder=folder)
        dialog.open()

    # -- messages -------------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.now_button.setEnabled(True)
        self.last_error = exc
        self._set_status(user_message(exc), error=True)
        self.report_button.setVisible(error_category(exc) == "bug")

    def _set_status(self, text: str, *, error: bool = False) -> None:
        if not error:
            self.report_button.setVisible(False)
        self.status.setObjectName("errorText" if error else "hintText")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def copy_report(self) -> None:
        if self.last_error is None:
            return
        QGuiApplication.clipboard().setText(bug_report(self.last_error, extra={"qt": qVersion()}))
        self._set_status(self.tr("Error report copied. It holds no case content."))


def create_settings_section(ctx: AppContext, parent: QWidget) -> QWidget:
    return BackupSection(ctx, parent)
