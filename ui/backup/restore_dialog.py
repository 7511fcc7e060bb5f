"""Restore a backup. While a store is open it goes into a new folder (an open store is never
replaced); with the session locked (e.g. from the lock screen after damage was found) it may
replace the store, which is then kept aside. The work runs on the store worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reports.dutch import format_datetime
from storage import keyring_access
from storage.backup import archive, restoring
from storage.paths import StorePaths
from ui.context import AppContext
from ui.widgets.dialog_keys import save_with_ctrl_enter
from ui.widgets.error_text import user_message
from ui.widgets.passphrase_field import PassphraseField
from ui.worker import WorkerState


class RestoreDialog(QDialog):
    restored = Signal(object)  # the folder of the restored store

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        backup_file: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = folder
        self.backup_file: Path | None = None
        self.backup_info: archive.BackupInfo | None = None
        self.target: Path | None = None
        self.may_replace = not ctx.session.is_unlocked
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The backup is restored into the folder you choose. The open store is never replaced; "
                "to replace it, close Overlegtafel and use the command 'overlegtafel restore'."
            )
            if not self.may_replace
            else self.tr(
                "The backup replaces the store in {path}; that store is kept aside, not deleted. "
                "Or choose another folder."
            ).format(path=str(ctx.session.store_dir)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = self._build_backup_choice()
        self._build_target(form)
        self._build_method(form)
        layout.addLayout(form)
        self._build_status_and_buttons(layout)
        self._method_changed()
        if backup_file is not None:
            self.set_backup(Path(backup_file))

    def _build_backup_choice(self) -> QFormLayout:
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("No backup chosen."), self)
        self.file_label.setWordWrap(True)
        self.file_label.setAccessibleName(self.tr("Backup file"))
        self.choose_file_button = QPushButton(self.tr("Choose backup…"), self)
        self.choose_file_button.setAccessibleName(self.tr("Choose the backup file"))
        self.choose_file_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_file_button)
        form.addRow(self.tr("Backup"), file_row)
        self.info = QLabel("", self)
        self.info.setObjectName("hintText")
        self.info.setWordWrap(True)
        form.addRow(self.info)
        return form

    def _build_target(self, form: QFormLayout) -> None:
        target_row = QHBoxLayout()
        self.replace_choice = QRadioButton(self.tr("Replace the store in its folder"), self)
        self.replace_choice.setAccessibleName(self.tr("Replace the closed store"))
        self.new_choice = QRadioButton(self.tr("Into another folder:"), self)
        self.new_choice.setAccessibleName(self.tr("Restore into another folder"))
        self.target_group = QButtonGroup(self)  # radio buttons of one parent are one group otherwise
        self.target_group.addButton(self.replace_choice)
        self.target_group.addButton(self.new_choice)
        self.replace_choice.setVisible(self.may_replace)
        self.replace_choice.setChecked(self.may_replace)
        self.new_choice.setChecked(not self.may_replace)
        self.target_label = QLabel(self.tr("No folder chosen."), self)
        self.target_label.setWordWrap(True)
        self.target_label.setAccessibleName(self.tr("Folder for the restored store"))
        self.choose_target_button = QPushButton(self.tr("Choose folder…"), self)
        self.choose_target_button.setAccessibleName(self.tr("Choose the folder for the restored store"))
        self.choose_target_button.clicked.connect(self.choose_target)
        target_row.addWidget(self.new_choice)
        target_row.addWidget(self.target_label, 1)
        target_row.addWidget(self.choose_target_button)
        target_column = QVBoxLayout()
        target_column.addWidget(self.replace_choice)
        target_column.addLayout(target_row)
        form.addRow(self.tr("Restore"), target_column)

    def _build_method(self, form: QFormLayout) -> None:
        self.with_passphrase = QRadioButton(self.tr("With the passphrase (this computer)"), self)
        self.with_passphrase.setAccessibleName(self.tr("Open the backup with the passphrase"))
        self.with_code = QRadioButton(self.tr("With the recovery code (another computer)"), self)
        self.with_code.setAccessibleName(self.tr("Open the backup with the recovery code"))
        self.method_group = QButtonGroup(self)
        self.method_group.addButton(self.with_passphrase)
        self.method_group.addButton(self.with_code)
        self.with_passphrase.setChecked(True)
        self.with_passphrase.toggled.connect(self._method_changed)
        method_row = QHBoxLayout()
        method_row.addWidget(self.with_passphrase)
        method_row.addWidget(self.with_code)
        method_row.addStretch(1)
        form.addRow(self.tr("Open"), method_row)
        self.passphrase = PassphraseField(self.tr("Passphrase"), parent=self)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code_label = QLabel(self.tr("Recovery code"), self)
        form.addRow(self.code_label, self.code)
        self.new = PassphraseField(self.tr("New passphrase"), with_meter=True, parent=self)
        self.new_label = QLabel(self.tr("New passphrase"), self)
        form.addRow(self.new_label, self.new)
        self.repeat = PassphraseField(self.tr("Repeat new passphrase"), parent=self)
        self.repeat_label = QLabel(self.tr("Repeat new passphrase"), self)
        form.addRow(self.repeat_label, self.repeat)

    def _build_status_and_buttons(self, layout: QVBoxLayout) -> None:
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.done_text = QLabel(self)
        self.done_text.setObjectName("okText")
        self.done_text.setWordWrap(True)
        self.done_text.setVisible(False)
        layout.addWidget(self.done_text)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Restoring"))
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the backup"))
        self.buttons.accepted.connect(self.submit)
        save_with_ctrl_enter(self, self.restore_button)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- choosing -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the backup"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Overlegtafel backups (*{suffix})").format(suffix=archive.SUFFIX))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if self.folder is not None:
            dialog.setDirectory(str(self.folder))
        dialog.fileSelected.connect(lambda path: self.set_backup(Path(path)))
        dialog.open()

    def set_backup(self, path: Path) -> None:
        self.backup_file = path
        self.backup_info = None
        self.file_label.setText(str(path))
        self.info.setText(self.tr("Checking the backup…"))
        self.ctx.worker.run(
            lambda _state: archive.verify_backup(path),
            self._described,
            self._not_a_backup,
            owner=self,
            needs_store=False,
            label="backup-describe",
        )

    def _not_a_backup(self, exc: BaseException) -> None:
        self.info.setText("")
        self._show(user_message(exc))

    def _described(self, info: archive.BackupInfo) -> None:
        self.backup_info = info
        self.error.setVisible(False)
        self.info.setText(
            self.tr(
                "Backup of {when}, schema version {version}, made by Overlegtafel {app}; the file is intact."
            ).format(
                when=format_datetime(info.created_at, self.ctx.prefs.language),
                version=info.schema_version,
                app=info.app_version,
            )
        )

    def choose_target(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the folder for the restored store"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.set_target(Path(path)))
        dialog.open()

    def set_target(self, folder: Path) -> None:
        self.target = folder
        self.target_label.setText(str(folder))
        self.new_choice.setChecked(True)

    def _method_changed(self) -> None:
        code = self.with_code.isChecked()
        self.passphrase.setVisible(not code)
        for widget in (self.code, self.code_label, self.new, self.new_label, self.repeat, self.repeat_label):
            widget.setVisible(code)

    # -- restoring ------------------------------------------------------------------------------
    def _destination(self) -> Path | None:
        if self.may_replace and self.replace_choice.isChecked():
            return self.ctx.session.store_dir
        if self.target is None:
            self._show(self.tr("Choose the folder for the restored store."))
            return None
        if (
            self.ctx.session.is_unlocked
            and self.target.resolve() == Path(self.ctx.session.store_dir).resolve()
        ):
            self._show(self.tr("That is the open store. Choose another folder, or lock Overlegtafel first."))
            return None
        if StorePaths(self.target).exists() and not self.may_replace:
            self._show(self.tr("There is already a store in that folder. Choose an empty folder."))
            return None
        return self.target

    def submit(self) -> None:
        self.error.setVisible(False)
        if self.backup_file is None:
            return self._show(self.tr("Choose the backup first."))
        target = self._destination()
        if target is None:
            return None
        source = self.backup_file
        params = self.ctx.session.kdf_params
        if self.with_code.isChecked():
            if not self.new.strength().acceptable:
                return self._show(self.new.strength().hint)
            if self.new.text() != self.repeat.text():
                return self._show(self.tr("The two passphrases do not match."))
            code, new = self.code.text().strip(), self.new.text()

            def job(_state: WorkerState) -> restoring.RestoreResult:
                secure = keyring_access.backend_info().secure
                return restoring.restore_backup(
                    source,
                    target,
                    recovery_code=code,
                    new_passphrase=new,
                    use_keyring=secure,
                    kdf_params=params,
                )
        else:
            secret = self.passphrase.text()

            def job(_state: WorkerState) -> restoring.RestoreResult:
                return restoring.restore_backup(source, target, passphrase=secret, kdf_params=params)

        def run(state: WorkerState) -> tuple[archive.BackupInfo, Path, Path | None]:
            result = job(state)
            result.store.close()
            return result.backup, target, result.replaced

        self.busy.setVisible(True)
        self.restore_button.setEnabled(False)
        self.ctx.worker.run(run, self._restored, self._failed, owner=self, needs_store=False, label="restore")
        return None

    def _restored(self, outcome: tuple[archive.BackupInfo, Path, Path | None]) -> None:
        info, target, replaced = outcome
        self.busy.setVisible(False)
        text = self.tr("The backup of {when} was restored into {path} and checked.").format(
            when=format_datetime(info.created_at, self.ctx.prefs.language), path=str(target)
        )
        if replaced is not None:
            text += " " + self.tr("The replaced store was kept aside in {path}.").format(path=str(replaced))
        if self.ctx.session.is_unlocked:
            text += " " + self.tr("To work in it, lock Overlegtafel and choose 'Other store…'.")
        self.done_text.setText(text)
        self.done_text.setVisible(True)
        self.restore_button.setVisible(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.restored.emit(target)

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.restore_button.setEnabled(True)
        self._show(user_message(exc))

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
