"""The dialog that adds a topic (an agenda item that is not a case)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ui.meetings.agenda_builder.model import MAX_MINUTES
from ui.meetings.common import ErrorLine, guarded_field
from ui.widgets.dialog_keys import save_with_ctrl_enter
from ui.widgets.guard_panel import GuardPanel


class AddItemDialog(QDialog):
    """A non-case agenda item (a topic), with its planned minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an agenda item"))
        self.title = guarded_field(self, "title", self.tr("Title of the agenda item"), multiline=False)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setValue(10)
        self.minutes.setAccessibleName(self.tr("Planned minutes"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Planned minutes"), self.minutes)
        hint = QLabel(
            self.tr("Cases go on the agenda from the suggestions or the register, not as a topic."), self
        )
        hint.setObjectName("hintText")
        hint.setWordWrap(True)
        self.guard_panel = GuardPanel(self)
        self.error = ErrorLine(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        save_with_ctrl_enter(self, self.ok_button)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.guard_panel)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 220)
