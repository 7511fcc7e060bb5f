"""A centred, width-limited column for the full-window pages (welcome, unlock, recovery)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class CardPage(QScrollArea):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QWidget(self)
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(24, 24, 24, 24)
        self.card = QFrame(outer)
        self.card.setObjectName("card")
        # Wrapped labels only get their full height when the card's width is settled by the layout
        # (not by its size hint), hence an expanding card between stretches instead of alignment.
        self.card.setMaximumWidth(700)
        self.card.setMinimumWidth(360)
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(32, 28, 32, 28)
        self.body.setSpacing(12)
        self.title_label = QLabel(title, self.card)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.body.addWidget(self.title_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 100)
        row.addStretch(1)
        outer_layout.addStretch(1)
        outer_layout.addLayout(row)
        outer_layout.addStretch(2)
        self.setWidget(outer)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget

    def paragraph(self, text: str, object_name: str = "") -> QLabel:
        label = QLabel(text, self.card)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if object_name:
            label.setObjectName(object_name)
        self.body.addWidget(label)
        return label

    def error_line(self) -> QLabel:
        """A hidden line for the page's error message."""
        label = self.paragraph("", "errorText")
        label.setVisible(False)
        return label

    def busy_bar(self, accessible_name: str) -> QProgressBar:
        """A hidden, indeterminate bar shown while the worker does the page's job."""
        bar = QProgressBar(self.card)
        bar.setRange(0, 0)
        bar.setVisible(False)
        bar.setAccessibleName(accessible_name)
        self.body.addWidget(bar)
        return bar
