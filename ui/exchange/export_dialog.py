"""Send a package: one dialog for every typical flow ("Casussen aanbieden", "Agenda sturen", …).

The flow decides what is preselected: which records (cases, or one meeting with everything made
at it) and which paired laptops receive them. The package is written to a file the user chooses
(USB stick, or a folder for the department's secure mail)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.exchange import service as ex
from storage.exchange.overview import Overview
from storage.store import Store
from ui.context import AppContext
from ui.exchange.labels import role_label
from ui.widgets.error_text import user_message


@dataclass(frozen=True)
class Flow:
    key: str
    title: str  # a QT_TRANSLATE_NOOP source in context "ExchangeFlows"
    scope: str  # cases | meeting
    to_roles: tuple[str, ...]
    sealed_only: bool = False


def _marked(text: object) -> str:
    """QT_TRANSLATE_NOOP only marks a text for lupdate and returns it; its stub says object."""
    return str(text)


FLOWS: tuple[Flow, ...] = (
    Flow(
        "offer_cases",
        _marked(QT_TRANSLATE_NOOP("ExchangeFlows", "Offer cases")),
        "cases",
        ("voorzitter", "secretaris"),
    ),
    Flow(
        "send_agenda", _marked(QT_TRANSLATE_NOOP("ExchangeFlows", "Send agenda")), "meeting", ("secretaris",)
    ),
    Flow(
        "send_draft",
        _marked(QT_TRANSLATE_NOOP("ExchangeFlows", "Send draft minutes")),
        "meeting",
        ("voorzitter", "om"),
    ),
    Flow(
        "send_adopted",
        _marked(QT_TRANSLATE_NOOP("ExchangeFlows", "Send adopted records")),
        "meeting",
        ("voorzitter", "om"),
        sealed_only=True,
    ),
    Flow(
        "send_registers",
        _marked(QT_TRANSLATE_NOOP("ExchangeFlows", "Send decisions and actions")),
        "meeting",
        ("voorzitter",),
    ),
)


def flow_title(flow: Flow) -> str:
    return QCoreApplication.translate("ExchangeFlows", flow.title)


class ExportDialog(QDialog):
    def __init__(
        self, ctx: AppContext, flow: Flow, overview: Overview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.flow = flow
        self.setWindowTitle(flow_title(flow))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.meeting = QComboBox(self)
        self.meeting.setAccessibleName(self.tr("Meeting to send"))
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("Cases to send"))
        self.cases.setTabKeyNavigation(False)
        if flow.scope == "meeting":
            for m in overview.meetings:
                if m.sealed or not flow.sealed_only:
                    self.meeting.addItem(f"{m.number} ({m.date})", m.id)
            form.addRow(self.tr("Meeting"), self.meeting)
            self.cases.hide()
        else:
            for c in overview.cases:
                item = QListWidgetItem(c.reference, self.cases)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                item.setCheckState(Qt.CheckState.Unchecked)
            form.addRow(self.tr("Cases"), self.cases)
            self.meeting.hide()
        self.recipients = QListWidget(self)
        self.recipients.setAccessibleName(self.tr("Laptops that receive the package"))
        self.recipients.setTabKeyNavigation(False)
        for p in overview.pairs:
            item = QListWidgetItem(f"{p.name} — {role_label(p.role)}", self.recipients)
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            chosen = p.role in flow.to_roles
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        form.addRow(self.tr("Send to"), self.recipients)
        layout.addLayout(form)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setObjectName("hintText")
        self.status.setAccessibleName(self.tr("Status of sending"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(self.tr("Save package…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _checked(self, widget: QListWidget) -> list[object]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save package"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Overlegtafel packages (*.otpak)"))
        dialog.setDefaultSuffix("otpak")
        dialog.fileSelected.connect(lambda path: self.save(Path(path)))
        dialog.open()

    def save(self, path: Path) -> None:
        """Make the package (on the worker) and write it to ``path``."""
        to = [str(n) for n in self._checked(self.recipients)]
        meeting_id = self.meeting.currentData() if self.flow.scope == "meeting" else None
        case_ids = [int(str(i)) for i in self._checked(self.cases)] if self.flow.scope == "cases" else []
        if not to or (meeting_id is None and not case_ids):
            self._show(self.tr("Choose at least one laptop and what to send."), error=True)
            return

        def job(store: Store) -> ex.ExportInfo:
            uids = ex.scope(store, meeting_id=meeting_id, case_ids=case_ids)
            return ex.export_package(store, to, uids, path)

        self.save_button.setEnabled(False)
        self.ctx.worker.with_store(job, lambda info: self._saved(info, path), self._failed, owner=self)

    def _saved(self, info: ex.ExportInfo, path: Path) -> None:
        self.save_button.setEnabled(True)
        self._show(
            self.tr("Package no. {seq} saved: {file} ({count} records) for {names}.").format(
                seq=info.seq, file=path.name, count=info.records, names=", ".join(info.recipients)
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show(user_message(exc), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setObjectName("errorText" if error else "okText")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
