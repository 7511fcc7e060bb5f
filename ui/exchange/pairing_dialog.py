"""Koppelen: paste or open the other laptop's identity, compare the fingerprint aloud, name it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.errors import StoreError
from storage.exchange import identity as ident
from storage.exchange.kinds import ROLES
from storage.store import Store
from ui.context import AppContext
from ui.exchange.labels import role_label, role_names
from ui.widgets.error_text import user_message


def fingerprint_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    return font


class PairingDialog(QDialog):
    paired = Signal(object)

    def __init__(self, ctx: AppContext, own_fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.identity: ident.PublicIdentity | None = None
        self.setWindowTitle(self.tr("Pair with another laptop"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paste the identity of the other laptop (Settings → Exchange → Copy identity) or open its file. "
                "Then read the fingerprints aloud to each other: both must match exactly."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Identity of the other laptop"))
        self.text.setPlaceholderText("-----BEGIN OVERLEGTAFEL IDENTITEIT-----")
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._parse)
        layout.addWidget(self.text)
        self.open_button = QPushButton(self.tr("Open identity file…"), self)
        self.open_button.setAccessibleName(self.tr("Open the identity file of the other laptop"))
        self.open_button.clicked.connect(self._choose_file)
        layout.addWidget(self.open_button)
        form = QFormLayout()
        self.theirs = QLabel(self.tr("(no identity yet)"), self)
        self.theirs.setFont(fingerprint_font())
        self.theirs.setAccessibleName(self.tr("Fingerprint of the other laptop"))
        form.addRow(self.tr("Their fingerprint"), self.theirs)
        mine = QLabel(ident.show_fingerprint(own_fingerprint), self)
        mine.setFont(fingerprint_font())
        mine.setAccessibleName(self.tr("Fingerprint of this laptop"))
        form.addRow(self.tr("This laptop"), mine)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the other laptop"))
        self.name.setPlaceholderText(self.tr("e.g. Secretaris"))
        self.name.textChanged.connect(self._update)
        form.addRow(self.tr("Name"), self.name)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role of the other laptop"))
        for key in ROLES:
            self.role.addItem(role_label(key), key)
        self.role.currentIndexChanged.connect(self._suggest_name)
        form.addRow(self.tr("Role"), self.role)
        layout.addLayout(form)
        self.compared = QCheckBox(self.tr("We read the fingerprints aloud and they match"), self)
        self.compared.setAccessibleName(self.tr("We read the fingerprints aloud and they match"))
        self.compared.toggled.connect(self._update)
        layout.addWidget(self.compared)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setObjectName("errorText")
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.pair_button = self.buttons.addButton(self.tr("Pair"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pair_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self._pair)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._suggest_name()
        self._update()

    def _suggest_name(self) -> None:
        if not self.name.isModified():
            self.name.setText(role_names().get(str(self.role.currentData()), ""))

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Open identity file"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load_file)
        dialog.open()

    def load_file(self, path: str) -> None:
        try:
            self.text.setPlainText(Path(path).read_text(encoding="utf-8", errors="replace")[:20_000])
        except OSError as exc:
            self.status.setText(
                self.tr("The file cannot be read: {reason}").format(reason=exc.strerror or "")
            )

    def _parse(self) -> None:
        text = self.text.toPlainText().strip()
        self.identity = None
        self.status.setText("")
        if text:
            try:
                self.identity = ident.parse_identity(text)
            except StoreError as exc:
                self.status.setText(user_message(exc))
        shown = (
            ident.show_fingerprint(self.identity.fingerprint)
            if self.identity
            else self.tr("(no identity yet)")
        )
        self.theirs.setText(shown)
        self._update()

    def _update(self) -> None:
        ready = self.identity is not None and self.compared.isChecked() and bool(self.name.text().strip())
        self.pair_button.setEnabled(ready)

    def _pair(self) -> None:
        if self.identity is None:
            return
        theirs, name, role = self.identity, self.name.text(), str(self.role.currentData())

        def job(store: Store) -> ident.Pair:
            return ident.pair(store, theirs, name=name, role=role)

        self.pair_button.setEnabled(False)
        self.ctx.worker.with_store(job, self._done, self._failed, owner=self, label="exchange-pair")

    def _done(self, result: ident.Pair) -> None:
        self.paired.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))
        self._update()
