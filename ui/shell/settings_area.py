"""Instellingen: general, documents, security (and, from other features, backups)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storage import keyring_access
from storage.settings import CLASSIFICATION_MARKINGS
from storage.store import Store
from ui.backup import settings_section as backup_section
from ui.context import AppContext
from ui.exchange import settings_section as exchange_section
from ui.retention import settings_section as retention_section
from ui.shell.recovery_reminder import mark_recovery_code
from ui.shell.security_dialogs import ChangePassphraseDialog, NewRecoveryCodeDialog
from ui.shell.welcome import RecoveryCodePage
from ui.widgets.error_text import user_message

# Other features add their own section: a module with create_settings_section(ctx, parent).
EXTRA_SECTIONS = (backup_section, retention_section, exchange_section)


class SettingsArea(QScrollArea):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.layout_ = QVBoxLayout(body)
        self.layout_.addWidget(self._general())
        self.layout_.addWidget(self._documents())
        self.layout_.addWidget(self._security())
        for section in EXTRA_SECTIONS:
            self.layout_.addWidget(section.create_settings_section(ctx, body))
        self.status = QLabel(body)
        self.status.setObjectName("hintText")
        self.layout_.addWidget(self.status)
        self.layout_.addStretch(1)
        self.setWidget(body)
        ctx.worker.with_store(
            lambda store: store.settings.all(), self._load, owner=self, label="settings-load"
        )
        ctx.worker.run(
            lambda _s: keyring_access.backend_info(),
            self._show_keyring,
            owner=self,
            needs_store=False,
            label="keyring-info",
        )

    # -- sections -------------------------------------------------------------------------------
    def _general(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"), self)
        form = QFormLayout(box)
        self.actor = QLineEdit(box)
        self.actor.setAccessibleName(self.tr("Your name in the audit log"))
        self.actor.editingFinished.connect(
            lambda: self._save_setting("actor_name", self.actor.text().strip())
        )
        form.addRow(self.tr("Your name in the audit log"), self.actor)
        self.language = QComboBox(box)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if self.ctx.prefs.language == "nl" else 1)
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language"), self.language)
        return box

    def _documents(self) -> QGroupBox:
        box = QGroupBox(self.tr("Documents"), self)
        form = QFormLayout(box)
        self.marking = QComboBox(box)
        self.marking.setEditable(True)
        self.marking.setAccessibleName(self.tr("Default classification marking"))
        for marking in CLASSIFICATION_MARKINGS:
            self.marking.addItem(marking or self.tr("(no marking)"), marking)
        self.marking.activated.connect(lambda _i: self._save_marking())
        typed = self.marking.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.editingFinished.connect(self._save_marking)
        form.addRow(self.tr("Default classification marking"), self.marking)
        note = QLabel(
            self.tr(
                "The chair or owner decides the marking of each record; Overlegtafel records and prints it."
            ),
            box,
        )
        note.setWordWrap(True)
        note.setObjectName("hintText")
        form.addRow(note)
        self.meeting_title = QLineEdit(box)
        self.meeting_title.setAccessibleName(self.tr("Name of the consultation"))
        self.meeting_title.editingFinished.connect(
            lambda: self._save_setting("meeting_title", self.meeting_title.text().strip())
        )
        form.addRow(self.tr("Name of the consultation"), self.meeting_title)
        return box

    def _security(self) -> QGroupBox:
        box = QGroupBox(self.tr("Security"), self)
        form = QFormLayout(box)
        self.idle = QSpinBox(box)
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(self.ctx.prefs.idle_minutes)
        self.idle.setAccessibleName(self.tr("Lock after inactivity"))
        self.idle.valueChanged.connect(self._idle_changed)
        form.addRow(self.tr("Lock after inactivity"), self.idle)
        self.screen_lock = QCheckBox(self.tr("Lock when the screen locks or the computer sleeps"), box)
        self.screen_lock.setChecked(self.ctx.prefs.lock_on_screen_lock)
        self.screen_lock.toggled.connect(self._screen_lock_changed)
        form.addRow(self.screen_lock)
        self.keyring_label = QLabel(self.tr("Checking the keyring…"), box)
        self.keyring_label.setWordWrap(True)
        form.addRow(self.tr("Keyring"), self.keyring_label)
        row = QHBoxLayout()
        change = QPushButton(self.tr("Change passphrase…"), box)
        change.clicked.connect(self._change_passphrase)
        new_code = QPushButton(self.tr("New recovery code…"), box)
        new_code.clicked.connect(self._new_recovery_code)
        row.addWidget(change)
        row.addWidget(new_code)
        row.addStretch(1)
        form.addRow(row)
        return box

    # -- loading and saving ---------------------------------------------------------------------
    def _load(self, values: dict[str, Any]) -> None:
        self.actor.setText(str(values.get("actor_name") or ""))
        self.meeting_title.setText(str(values.get("meeting_title") or ""))
        marking = str(values.get("default_marking") or "")
        index = self.marking.findData(marking)
        if index >= 0:
            self.marking.setCurrentIndex(index)
        else:
            self.marking.setEditText(marking)

    def _save_setting(self, key: str, value: object) -> None:
        def job(store: Store) -> None:
            if store.settings.get(key) != value:
                store.settings.set(key, value)

        self.ctx.worker.with_store(
            job,
            lambda _r: self.status.setText(self.tr("Saved.")),
            lambda exc: self.status.setText(user_message(exc)),
            owner=self,
        )

    def _save_marking(self) -> None:
        text = self.marking.currentText().strip()
        value = "" if text == self.tr("(no marking)") else text
        self._save_setting("default_marking", value)

    def _language_changed(self, _index: int) -> None:
        self.ctx.prefs.language = str(self.language.currentData())
        self.status.setText(self.tr("The language changes when Overlegtafel starts again."))

    def _idle_changed(self, minutes: int) -> None:
        self.ctx.prefs.idle_minutes = minutes
        idle = self.ctx.idle
        if idle is not None:
            idle.set_timeout(minutes * 60)  # type: ignore[attr-defined]

    def _screen_lock_changed(self, checked: bool) -> None:
        self.ctx.prefs.lock_on_screen_lock = checked

    def _show_keyring(self, info: keyring_access.KeyringInfo) -> None:
        device = self.ctx.session.info.device_mode if self.ctx.session.info else "?"
        if device == "keyring":
            self.keyring_label.setText(
                self.tr("Passphrase and keyring ({backend}).").format(backend=info.name)
            )
        else:
            self.keyring_label.setText(
                self.tr("Passphrase only on this computer. Available keyring: {backend} ({state}).").format(
                    backend=info.name, state=self.tr("secure") if info.secure else self.tr("not secure")
                )
            )

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.status.setText(self.tr("Passphrase changed.")))
        dialog.open()

    def _new_recovery_code(self) -> None:
        dialog = NewRecoveryCodeDialog(self.ctx, self)
        dialog.code_ready.connect(self._show_code)
        dialog.open()

    def _show_code(self, code: str) -> None:
        from ui.shell.recovery_sheet_actions import RecoverySheetActions

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("New recovery code"))
        page = RecoveryCodePage(dialog)
        page.show_code(code)
        actions = RecoverySheetActions(self.ctx, dialog)
        page.save_sheet.connect(lambda: actions.save(code))
        page.print_sheet.connect(lambda: actions.print(code))
        actions.saved.connect(
            lambda path: page.status.setText(
                self.tr("Sheet saved to {path}. Print it, then delete the file.").format(path=path)
            )
        )
        mark_recovery_code(self.ctx, pending=True)  # until ticked on the page
        page.done.connect(lambda: mark_recovery_code(self.ctx, pending=False))
        page.done.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(page)
        dialog.resize(720, 560)
        dialog.open()


def create_area(ctx: AppContext, parent: QWidget) -> QWidget:
    return SettingsArea(ctx, parent)
