"""A calm hint in the case editor when a case's combination of characteristics is rare.

"Deze combinatie komt 1× voor in het register" with one button per generalisation (period, role,
place, organisation); a click fills in the more general value, which the editor saves and can
undo. It is advice only: nothing is blocked, the chair decides. The count runs on the worker
(``RiskService``); the hint only shows its result.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from storage.cases.risk import CaseRisk, Suggestion

MAX_BUTTONS = 3


def field_name(name: str) -> str:
    return {
        "ground": QCoreApplication.translate("RiskHint", "1F ground"),
        "country": QCoreApplication.translate("RiskHint", "country"),
        "organisation": QCoreApplication.translate("RiskHint", "organisation"),
        "role": QCoreApplication.translate("RiskHint", "role"),
        "place": QCoreApplication.translate("RiskHint", "place"),
        "period": QCoreApplication.translate("RiskHint", "period"),
        "status": QCoreApplication.translate("RiskHint", "procedural status"),
    }.get(name, name)


def _best_per_field(suggestions: tuple[Suggestion, ...]) -> list[Suggestion]:
    """Per field the smallest step that helps most: the first level with the highest k."""
    best: dict[str, Suggestion] = {}
    for s in suggestions:
        if s.field not in best or s.k_after > best[s.field].k_after:
            best[s.field] = s
    return sorted(best.values(), key=lambda s: -s.k_after)[:MAX_BUTTONS]


MIN_BUTTON_WIDTH = 120  # px: a suggestion's button shrinks to this (its full text is its tooltip)


class RiskHint(QFrame):
    generalise_requested = Signal(object)  # tuple of (case field, new value)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskHint")
        self.setStyleSheet("QFrame#riskHint { border: 1px solid palette(mid); border-radius: 4px; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Re-identification hint"))
        self.note = QLabel(self.tr("Advice only: nothing is blocked, the chair decides."), self)
        self.note.setObjectName("hintText")
        self.note.setWordWrap(True)
        self.specific = QLabel(self)
        self.specific.setWordWrap(True)
        self.specific.setTextFormat(Qt.TextFormat.PlainText)
        self.specific.setAccessibleName(self.tr("Specific phrases"))
        self.specific.hide()
        # One suggestion per line, each allowed to be narrower than its text: side by side, three
        # long suggestions made the editor so wide that the register beside it shrank to a sliver.
        self.buttons_row = QVBoxLayout()
        self.buttons_row.setContentsMargins(0, 0, 0, 0)
        self.buttons_row.setSpacing(2)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.text)
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.specific)
        layout.addWidget(self.note)
        self.risk: CaseRisk | None = None
        self._risk_shown = False
        self.hide()

    def show_risk(self, risk: CaseRisk | None, threshold: int) -> None:
        """Show the hint for a case whose k lies below ``threshold``; hide that part otherwise."""
        self.risk = risk
        while self.buttons_row.count():
            item = self.buttons_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        self._risk_shown = risk is not None and risk.informative and risk.k < threshold
        self.text.setVisible(self._risk_shown)
        if risk is not None and self._risk_shown:
            text = self.tr("This combination of characteristics occurs {k}× in the register.").format(
                k=risk.k
            )
            if risk.rare_field:
                text += " " + self.tr("Rare because of the {field} (more general: {k}×).").format(
                    field=field_name(risk.rare_field), k=risk.rare_k
                )
            choices = _best_per_field(risk.suggestions)
            if choices:
                text += " " + self.tr("Consider:")
            self.text.setText(text)
            for suggestion in choices:
                self._add_button(suggestion)
        self._update_visibility()

    def show_specific(self, items: list[tuple[str, str]]) -> None:
        """Specific phrases as (field label, reason): advice of a softer kind, never blocking."""
        lines = [self.tr("{field}: {reason}").format(field=f, reason=r) for f, r in items]
        self.specific.setText("\n".join(lines))
        self.specific.setVisible(bool(lines))
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(self._risk_shown or self.specific.isVisibleTo(self))

    def _add_button(self, s: Suggestion) -> None:
        label = self.tr("{field} {current} → {proposal} ({k}×)").format(
            field=field_name(s.field), current=s.current, proposal=s.proposal, k=s.k_after
        )
        button = QPushButton(label, self)
        button.setAccessibleName(self.tr("Generalise the {field}").format(field=field_name(s.field)))
        button.setToolTip(label + "\n" + self.tr("Fill in the more general value; Ctrl+Z undoes it."))
        button.setMinimumWidth(MIN_BUTTON_WIDTH)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.setEnabled(bool(s.changes))
        button.clicked.connect(lambda _checked=False, c=s.changes: self.generalise_requested.emit(c))
        self.buttons_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons.append(button)
