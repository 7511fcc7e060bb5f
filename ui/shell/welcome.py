"""First start: create a new store, open an existing one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from storage.paths import StorePaths
from ui.context import AppContext
from ui.shell.keyring_choice import KeyringChoice
from ui.widgets.error_text import user_message
from ui.widgets.page import CardPage
from ui.widgets.passphrase_field import PassphraseField, new_passphrase_problem


class ChoicePage(CardPage):
    create_chosen = Signal()
    open_chosen = Signal()
    demo_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welcome to Overlegtafel"), parent)
        self.paragraph(
            self.tr(
                "Overlegtafel keeps the anonymised cases, agendas, minutes, decisions and action items "
                "of the IND–OM consultation on 1F cases in an encrypted store on this computer, and "
                "prints the official records."
            )
        )
        self.create_button = QPushButton(self.tr("Create a new store"), self.card)
        self.create_button.setObjectName("primaryButton")
        self.create_button.setAccessibleName(self.tr("Create a new store"))
        self.open_button = QPushButton(self.tr("Open an existing store…"), self.card)
        self.open_button.setAccessibleName(self.tr("Open an existing store"))
        self.demo_button = QPushButton(self.tr("Try the demo (fictitious cases)"), self.card)
        self.demo_button.setAccessibleName(self.tr("Try the demo"))
        for button, signal in (
            (self.create_button, self.create_chosen),
            (self.open_button, self.open_chosen),
            (self.demo_button, self.demo_chosen),
        ):
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            self.add(button)
        self.paragraph(
            self.tr(
                "The demo opens a separate store with clearly fictitious cases and meetings. Its "
                "passphrase is public, so never put real cases in it."
            ),
            "hintText",
        )


class CreatePage(CardPage):
    back = Signal()
    create_requested = Signal(Path, str, bool, str)  # folder, passphrase, use_keyring, actor

    def __init__(self, ctx: AppContext, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create a new store"), parent)
        self.paragraph(
            self.tr(
                "Choose a passphrase that you will remember: a sentence of four or more words works "
                "well. Nobody can reset it for you; the recovery code shown next is the only way back."
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(default_folder), self.card)
        self.folder.setAccessibleName(self.tr("Store folder"))
        browse = QPushButton(self.tr("Browse…"), self.card)
        browse.setAccessibleName(self.tr("Choose the store folder"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder"), folder_row)
        self.actor = QLineEdit(self.card)
        self.actor.setAccessibleName(self.tr("Your name in the audit log"))
        self.actor.setPlaceholderText(self.tr("e.g. secretary IND"))
        form.addRow(self.tr("Your name in the audit log"), self.actor)
        self.passphrase = PassphraseField(self.tr("Passphrase"), with_meter=True, parent=self.card)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.repeat = PassphraseField(self.tr("Repeat passphrase"), parent=self.card)
        form.addRow(self.tr("Repeat passphrase"), self.repeat)
        holder = QWidget(self.card)
        holder.setLayout(form)
        self.add(holder)
        self.keyring = KeyringChoice(ctx.worker, self.card)
        self.add(self.keyring)
        self.error = self.error_line()
        self.busy = self.busy_bar(self.tr("Creating the store"))
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), self.card)
        self.back_button.clicked.connect(self.back)
        self.create_button = QPushButton(self.tr("Create store"), self.card)
        self.create_button.setObjectName("primaryButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._submit)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        row = QWidget(self.card)
        row.setLayout(buttons)
        self.add(row)
        for signal in (self.passphrase.changed, self.repeat.changed, self.keyring.changed):
            signal.connect(self._update)
        self.repeat.submitted.connect(self._submit)
        self._update()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the store folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(str(Path(chosen) / "opslag") if StorePaths(Path(chosen)).exists() else chosen)

    def _problem(self) -> str:
        return new_passphrase_problem(self.passphrase, self.repeat) or self.keyring.problem()

    def _update(self) -> None:
        self.create_button.setEnabled(not self._problem() and not self.busy.isVisible())

    def _submit(self) -> None:
        problem = self._problem()
        if problem:
            self.show_error(problem)
            return
        self.error.setVisible(False)
        self.set_busy(True)
        self.create_requested.emit(
            Path(self.folder.text()).expanduser(),
            self.passphrase.text(),
            self.keyring.use_keyring,
            self.actor.text().strip(),
        )

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.back_button.setEnabled(not busy)
        self._update()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(user_message(exc))


class RecoveryCodePage(CardPage):
    done = Signal()
    save_sheet = Signal()
    print_sheet = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your recovery code"), parent)
        self.paragraph(
            self.tr(
                "This code opens the store on a new laptop, or when this computer's keyring loses its "
                "key. It is shown only now. Write it down or print the sheet, and keep it in a safe "
                "place away from this laptop. Without passphrase and recovery code the data is lost "
                "for good: there is no back door."
            )
        )
        self.code = QLabel(self.card)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setObjectName("recoveryCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setWordWrap(True)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.add(self.code)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save sheet as PDF…"), self.card)
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button = QPushButton(self.tr("Print sheet…"), self.card)
        self.print_button.clicked.connect(self.print_sheet)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        row = QWidget(self.card)
        row.setLayout(buttons)
        self.add(row)
        self.stored = QCheckBox(self.tr("I have stored the recovery code safely"), self.card)
        self.add(self.stored)
        self.status = self.paragraph("", "hintText")
        self.continue_button = QPushButton(self.tr("Continue"), self.card)
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        self.add(self.continue_button)

    def show_code(self, code: str) -> None:
        groups = code.split("-")
        self.code.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.stored.setChecked(False)

    def _finish(self) -> None:
        self.code.clear()  # the code is not kept in any widget after this page
        self.done.emit()


class WelcomeFlow(QStackedWidget):
    """Choice → create → recovery code; "open" and "demo" leave the flow at once."""

    open_existing = Signal(Path)
    demo_requested = Signal()
    finished = Signal()

    def __init__(self, ctx: AppContext, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice = ChoicePage(self)
        self.create_page = CreatePage(ctx, default_folder, self)
        self.code_page = RecoveryCodePage(self)
        for page in (self.choice, self.create_page, self.code_page):
            self.addWidget(page)
        self.choice.create_chosen.connect(lambda: self.setCurrentWidget(self.create_page))
        self.choice.open_chosen.connect(self._choose_existing)
        self.choice.demo_chosen.connect(self.demo_requested)
        self.create_page.back.connect(lambda: self.setCurrentWidget(self.choice))
        self.code_page.done.connect(self.finished)

    def _choose_existing(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the store folder"))
        if chosen:
            self.open_existing.emit(Path(chosen))

    def show_recovery_code(self, code: str) -> None:
        self.create_page.set_busy(False)
        self.code_page.show_code(code)
        self.setCurrentWidget(self.code_page)
