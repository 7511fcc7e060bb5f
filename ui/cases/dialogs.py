"""Small dialogs of the case register: the retention rule."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from storage.cases.retention import MAX_YEARS, MIN_YEARS
from storage.cases.service import CaseQuery, CaseService
from ui.context import AppContext
from ui.widgets.error_text import user_message


class RetentionDialog(QDialog):
    """How long closed cases are kept: N years after closing. Changing it recomputes every date."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Retention rule"))
        intro = QLabel(
            self.tr(
                "A closed case (aangifte, no aangifte, closed) is kept this many years after it was "
                "closed. After that date the register lists it under 'Retention date passed', so "
                "that it can be deleted."
            ),
            self,
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Years after closing"), self)
        self.years = QSpinBox(self)
        self.years.setRange(MIN_YEARS, MAX_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Years after closing"))
        label.setBuddy(self.years)
        self.due = QLabel(self)
        self.due.setObjectName("hintText")
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.years)
        layout.addWidget(self.due)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.years.setEnabled(False)
        ctx.worker.with_store(
            lambda store: (
                CaseService(store).retention_years(),
                len(CaseService(store).ids(CaseQuery(view="retention_due"))),
            ),
            self._loaded,
            owner=self,
            label="retention-load",
        )

    def _loaded(self, result: tuple[int, int]) -> None:
        years, due = result
        self.years.setValue(years)
        self.years.setEnabled(True)
        self.due.setText(self.tr("{n} case(s) have passed their retention date.").format(n=due))

    def _apply(self) -> None:
        years = self.years.value()
        self.buttons.setEnabled(False)

        def done(_changed: int) -> None:
            self.changed.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(user_message(exc))
            self.error.show()

        self.ctx.worker.with_store(
            lambda store: CaseService(store).set_retention_years(years),
            done,
            failed,
            owner=self,
            label="retention-set",
        )
