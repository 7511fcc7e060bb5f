"""The idle lock's activity filter (issue 17): every kind of input a person makes counts as activity,
delivered the way Qt delivers it (to the widget under the pointer or with the focus); the events
the application makes itself (paints, timers, layout, moving widgets) do not, so a screen that keeps
repainting on its own does not keep the store open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcutEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.helpers.qt import FakeClock
from ui.idle import IdleWatcher

NO_BUTTONS = Qt.MouseButton.NoButton
NO_MODIFIERS = Qt.KeyboardModifier.NoModifier


def _input_events() -> list[tuple[str, QEvent]]:
    local, global_ = QPointF(5, 5), QPointF(50, 50)
    left = Qt.MouseButton.LeftButton
    return [
        ("key press", QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, NO_MODIFIERS, "a")),
        ("key release", QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_A, NO_MODIFIERS, "a")),
        ("mouse press", QMouseEvent(QEvent.Type.MouseButtonPress, local, global_, left, left, NO_MODIFIERS)),
        (
            "mouse release",
            QMouseEvent(QEvent.Type.MouseButtonRelease, local, global_, left, NO_BUTTONS, NO_MODIFIERS),
        ),
        (
            "double click",
            QMouseEvent(QEvent.Type.MouseButtonDblClick, local, global_, left, left, NO_MODIFIERS),
        ),
        (
            "mouse move",
            QMouseEvent(QEvent.Type.MouseMove, local, global_, NO_BUTTONS, NO_BUTTONS, NO_MODIFIERS),
        ),
        (
            "wheel",
            QWheelEvent(
                local,
                global_,
                QPoint(0, 0),
                QPoint(0, -120),
                NO_BUTTONS,
                NO_MODIFIERS,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            ),
        ),
        ("input method", QInputMethodEvent("ä", [])),
        ("shortcut", QShortcutEvent(QKeySequence("Ctrl+K"), 1)),
    ]


@pytest.fixture
def watched(qtbot):
    clock = FakeClock()
    watcher = IdleWatcher(600, clock, check_interval_ms=60_000)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    watcher.arm()
    yield watcher, clock, field
    watcher.shutdown()


@pytest.mark.parametrize("name", [name for name, _event in _input_events()])
def test_each_kind_of_input_counts_as_activity(watched, name: str) -> None:
    watcher, clock, field = watched
    event = dict(_input_events())[name]
    clock.advance(599)
    QApplication.sendEvent(field, event)
    clock.advance(2)
    watcher.check()
    assert watcher.armed, f"{name} did not count as activity: the store locked 2 s after it"
    assert watcher.idle_for() == 2


def test_what_the_application_does_by_itself_is_no_activity(watched) -> None:
    watcher, clock, field = watched
    locked: list[bool] = []
    watcher.idle.connect(lambda: locked.append(True))
    clock.advance(599)
    for event in (
        QResizeEvent(field.size(), field.size()),
        QEvent(QEvent.Type.UpdateRequest),
        QEvent(QEvent.Type.LayoutRequest),
        QEvent(QEvent.Type.Enter),
    ):
        QApplication.sendEvent(field, event)
    field.repaint()  # paint events, delivered as Qt does
    field.move(field.pos() + QPoint(3, 3))
    QApplication.processEvents()
    clock.advance(1)
    watcher.check()
    assert locked == [True], "the application's own events kept the store open"
