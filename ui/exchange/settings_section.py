"""Instellingen → Uitwisseling: this laptop's identity and fingerprint, the paired laptops, one
button per typical flow, and importing a package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from storage.atomic import write_atomic
from storage.exchange import identity as ident
from storage.exchange.identity import Pair
from storage.exchange.kinds import ROLES
from storage.exchange.overview import Overview, overview
from storage.store import Store
from ui.context import AppContext
from ui.exchange.export_dialog import FLOWS, ExportDialog, Flow, flow_title
from ui.exchange.import_dialog import ImportDialog
from ui.exchange.labels import role_label
from ui.exchange.pairing_dialog import PairingDialog, fingerprint_font
from ui.widgets.error_text import user_message


class ExchangeSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: Overview | None = None
        self.identity_text = ""
        self.setTitle(self.tr("Exchange with other laptops"))
        form = QFormLayout(self)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role of this laptop"))
        self.role.addItem(self.tr("(not set)"), "")
        for key in ROLES:
            self.role.addItem(role_label(key), key)
        self.role.activated.connect(self._role_chosen)
        form.addRow(self.tr("This laptop's role"), self.role)
        self.fingerprint = QLabel(self.tr("Loading…"), self)
        self.fingerprint.setFont(fingerprint_font())
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of this laptop"))
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        own = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy identity"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the public identity of this laptop"))
        self.copy_button.clicked.connect(self._copy_identity)
        self.save_button = QPushButton(self.tr("Save identity…"), self)
        self.save_button.setAccessibleName(self.tr("Save the public identity of this laptop to a file"))
        self.save_button.clicked.connect(self._save_identity)
        own.addWidget(self.copy_button)
        own.addWidget(self.save_button)
        own.addStretch(1)
        form.addRow(own)
        self.pairs = QTableWidget(0, 4, self)
        self.pairs.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Paired on"), self.tr("Fingerprint")]
        )
        self.pairs.setAccessibleName(self.tr("Paired laptops"))
        self.pairs.setTabKeyNavigation(False)
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs.verticalHeader().hide()
        self.pairs.setMinimumHeight(110)
        form.addRow(self.tr("Paired laptops"), self.pairs)
        pair_row = QHBoxLayout()
        self.pair_button = QPushButton(self.tr("Pair…"), self)
        self.pair_button.setAccessibleName(self.tr("Pair with another laptop"))
        self.pair_button.clicked.connect(self.open_pairing)
        self.unpair_button = QPushButton(self.tr("Unpair"), self)
        self.unpair_button.setAccessibleName(self.tr("Unpair the selected laptop"))
        self.unpair_button.clicked.connect(self._unpair)
        pair_row.addWidget(self.pair_button)
        pair_row.addWidget(self.unpair_button)
        pair_row.addStretch(1)
        form.addRow(pair_row)
        flows = QGridLayout()
        self.flow_buttons: dict[str, QPushButton] = {}
        for n, flow in enumerate(FLOWS):
            button = QPushButton(flow_title(flow) + "…", self)
            button.setAccessibleName(flow_title(flow))
            button.clicked.connect(lambda _checked=False, f=flow: self.open_export(f))
            flows.addWidget(button, n // 3, n % 3)
            self.flow_buttons[flow.key] = button
        form.addRow(self.tr("Send"), flows)
        self.import_button = QPushButton(self.tr("Import package…"), self)
        self.import_button.setObjectName("primaryButton")
        self.import_button.setAccessibleName(self.tr("Import a package from another laptop"))
        self.import_button.clicked.connect(self._choose_package)
        form.addRow(self.tr("Receive"), self.import_button)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setObjectName("hintText")
        self.status.setAccessibleName(self.tr("Exchange status"))
        form.addRow(self.status)
        self.refresh()

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        def job(store: Store) -> tuple[Overview, str]:
            return overview(store), ident.export_identity(store)

        self.ctx.worker.with_store(job, self._show, self._failed, owner=self, label="exchange-overview")

    def _show(self, result: tuple[Overview, str]) -> None:
        self.state, self.identity_text = result
        self.fingerprint.setText(ident.show_fingerprint(self.state.fingerprint))
        self.role.setCurrentIndex(max(0, self.role.findData(self.state.role)))
        self.pairs.setRowCount(len(self.state.pairs))
        for row, p in enumerate(self.state.pairs):
            groups = ident.show_fingerprint(p.fingerprint).replace("\n", " ")
            for col, text in enumerate((p.name, role_label(p.role), p.paired_at[:10], groups)):
                self.pairs.setItem(row, col, QTableWidgetItem(text))
        self.pairs.resizeColumnsToContents()
        self.unpair_button.setEnabled(bool(self.state.pairs))

    # -- actions --------------------------------------------------------------------------------
    def _role_chosen(self) -> None:
        role = str(self.role.currentData())
        if role:
            self.ctx.worker.with_store(
                lambda store: ident.set_role(store, role), lambda _r: self.refresh(), self._failed, owner=self
            )

    def _copy_identity(self) -> None:
        QGuiApplication.clipboard().setText(self.identity_text)
        self._say(self.tr("Identity copied. It holds no secret; send it to the other laptop."))

    def _save_identity(self) -> None:
        dialog = QFileDialog(self, self.tr("Save identity"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("txt")
        dialog.fileSelected.connect(self.save_identity)
        dialog.open()

    def save_identity(self, path: str) -> None:
        text = self.identity_text
        self.ctx.worker.run(
            lambda _s: write_atomic(Path(path), text.encode("ascii"), 0o644),
            lambda _r: self._say(self.tr("Identity saved: {file}").format(file=Path(path).name)),
            self._failed,
            owner=self,
            needs_store=False,
        )

    def open_pairing(self) -> PairingDialog | None:
        if self.state is None:
            return None
        dialog = PairingDialog(self.ctx, self.state.fingerprint, self)
        dialog.paired.connect(self._paired)
        dialog.open()
        return dialog

    def _paired(self, pair: Pair) -> None:
        self._say(self.tr("Paired with {name}.").format(name=pair.name))
        self.refresh()

    def _unpair(self) -> None:
        row = self.pairs.currentRow()
        if self.state is None or not 0 <= row < len(self.state.pairs):
            self._say(self.tr("Select a paired laptop first."))
            return
        name = self.state.pairs[row].name
        self.ctx.worker.with_store(
            lambda store: ident.unpair(store, name), lambda _r: self.refresh(), self._failed, owner=self
        )

    def open_export(self, flow: Flow) -> ExportDialog | None:
        if self.state is None:
            return None
        dialog = ExportDialog(self.ctx, flow, self.state, self)
        dialog.open()
        return dialog

    def _choose_package(self) -> None:
        dialog = QFileDialog(self, self.tr("Import package"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Overlegtafel packages (*.otpak)"))
        dialog.fileSelected.connect(lambda path: self.open_import(Path(path)))
        dialog.open()

    def open_import(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.ctx, path, self)
        dialog.imported.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    # -- messages -------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status.setObjectName("hintText")
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.status.setObjectName("errorText")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(user_message(exc))


def create_settings_section(ctx: AppContext, parent: QWidget) -> QWidget:
    return ExchangeSection(ctx, parent)
