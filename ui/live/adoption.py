"""Adopting the previous minutes from the live meeting, at its item 2 ("Verslag en besluitenlijst
vorige vergadering").

The store refuses an adoption unless the adopting meeting is in session, so the place to do it is
the live window. The secretary's view shows, on item 2 only, where the previous minutes stand and
a button (Ctrl+Shift+V) that opens the same record panel as the main window's "Vorig verslag" tab:
corrections first, then "Ongewijzigd vaststellen" / "Vaststellen (met wijzigingen)". The dialog
closes itself once the minutes are sealed, and the keyboard goes back to the minutes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from storage.meetings import ItemMinutes, Meeting
from ui.context import AppContext
from ui.meetings.record_panel import RecordPanel
from ui.widgets.dialog_keys import SAVE_KEYS

ADOPT_KEYS = "Ctrl+Shift+V"


@dataclass(frozen=True)
class AdoptionState:
    shown: bool  # the current item is item 2 (the previous minutes)
    text: str
    style: str  # object name for ui.style: hintText, okText, warningText
    can_adopt: bool


def adoption_state(meeting: Meeting, previous: Meeting | None, entry: ItemMinutes | None) -> AdoptionState:
    """What the secretary's view says about the previous minutes on this item."""
    if entry is None or entry.item.kind != "previous_minutes":
        return AdoptionState(False, "", "hintText", False)
    if previous is None:
        return AdoptionState(
            True,
            QCoreApplication.translate("LiveAdoption", "There is no earlier meeting."),
            "hintText",
            False,
        )
    number = previous.number
    if previous.seal is not None:
        text = QCoreApplication.translate(
            "LiveAdoption", "The minutes of {number} are adopted ({kind}) in {meeting}."
        ).format(
            number=number,
            kind=QCoreApplication.translate("LiveAdoption", "with corrections")
            if previous.seal.with_amendments
            else QCoreApplication.translate("LiveAdoption", "unchanged"),
            meeting=previous.seal.sealed_in or "—",
        )
        return AdoptionState(True, text, "okText", False)
    if previous.status != "afgelopen":
        text = QCoreApplication.translate(
            "LiveAdoption", "{number} has not ended yet; its minutes can be adopted after it ends."
        )
        return AdoptionState(True, text.format(number=number), "hintText", False)
    if meeting.status != "in_vergadering":
        text = QCoreApplication.translate(
            "LiveAdoption",
            "The minutes of {number} are a draft; they are adopted while this meeting is in session.",
        )
        return AdoptionState(True, text.format(number=number), "hintText", False)
    text = QCoreApplication.translate(
        "LiveAdoption", "The minutes and decision list of {number} are a draft: adopt them now ({keys})."
    )
    return AdoptionState(True, text.format(number=number, keys=ADOPT_KEYS), "warningText", True)


class AdoptionDialog(QDialog):
    """The previous meeting's record, its corrections and its adoption (``RecordPanel``).

    Ctrl+Enter records the correction while the cursor is in the correction part, and otherwise
    asks to adopt (the question defaults to "Niet nu"). Esc closes."""

    def __init__(self, ctx: AppContext, previous: Meeting, meeting_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("liveAdoptionDialog")
        self.setWindowTitle(self.tr("Adopt the minutes of {number}").format(number=previous.number))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "Read the minutes and the decision list of {number}. Record each correction "
                "(Ctrl+Enter in the correction); then adopt (Ctrl+Enter elsewhere). Esc closes."
            ).format(number=previous.number),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hintText")
        self.panel = RecordPanel(ctx, self)
        self.panel.adopted.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._ctrl_enter)
        screen = parent.screen().availableGeometry() if parent.screen() is not None else None
        width, height = 1100, 680
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        self.panel.load(previous.id, meeting_id)
        self.panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ctrl_enter(self) -> None:
        focus = QApplication.focusWidget()
        panel = self.panel
        for box, button in (
            (panel.amend_box, panel.amend_button),
            (panel.pending_box, panel.disagree_button),
            (panel.addendum_box, panel.addendum_button),
        ):
            if focus is not None and box.isAncestorOf(focus):
                if button.isVisible() and button.isEnabled():
                    button.click()
                return
        if panel.adopt_button.isVisible() and panel.adopt_button.isEnabled():
            panel.confirm_adoption()
