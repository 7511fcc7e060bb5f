"""The live meeting's own top-level window.

Why a window of its own rather than a page in the meetings area: during the meeting the chair and
the secretary want the whole screen for the agenda, timer and minutes, while the main window stays
usable for looking up a case or the action list; the live window has its own menus, so its
shortcuts (Alt+1…5, Ctrl+Shift+A, …) appear in its menus and its F1 sheet without touching the main
window. It follows the session like the workspace does: before a lock it flushes (minutes and the
running item's time are queued before the store closes) and closes the projector window; on the
lock it closes itself, and after the next unlock it opens again on the same meeting, with the time
that passed while locked counted for the current item.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ui.context import AppContext
from ui.live.resume import Resume
from ui.live.view import LiveView
from ui.session import LockReason
from ui.shell.shortcuts import ShortcutSheet


class LiveWindow(QMainWindow):
    def __init__(
        self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None, resume: Resume | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("liveWindow")
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.view = LiveView(ctx, meeting_id, self, resume)
        self.setCentralWidget(self.view)
        self.setWindowTitle(self.tr("Overlegtafel — meeting"))
        self.view.data_loaded.connect(self._retitle)
        self.setMinimumSize(900, 560)
        self._locking = False
        self._build_menus()
        ctx.session.about_to_lock.connect(self._about_to_lock)
        ctx.session.locked.connect(self._locked)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        # Ctrl+L is the main window's application-wide shortcut; shown here, not bound twice.
        lock = QAction(self.tr("&Lock") + "\tCtrl+L", self)
        lock.triggered.connect(lambda: self.ctx.session.lock(LockReason.MANUAL))
        file_menu.addAction(lock)
        close = QAction(self.tr("&Close this window"), self)
        close.setShortcut(QKeySequence("Ctrl+W"))
        close.triggered.connect(self.close)
        file_menu.addAction(close)
        quit_action = QAction(self.tr("&Quit Overlegtafel"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self._quit)
        file_menu.addAction(quit_action)
        for title, actions in self.view.menus():
            menu = bar.addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        take = self.view.action("meeting.take")
        take.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.chair.agenda.addAction(take)  # Ctrl+Return only from the agenda, never while typing
        help_menu = bar.addMenu(self.tr("&Help"))
        sheet = QAction(self.tr("&Keyboard shortcuts"), self)
        sheet.setShortcut(QKeySequence("F1"))
        sheet.triggered.connect(self.show_shortcuts)
        help_menu.addAction(sheet)

    def _quit(self) -> None:
        """Ctrl+Q here quits the application as in the main window, which asks first."""
        main = self.parentWidget()
        if main is not None and shiboken6.isValid(main):
            main.window().close()
        else:
            self.close()

    def running_meeting(self) -> str | None:
        """The meeting's number while it is in progress (the main window asks before quitting)."""
        data = self.view.data
        return data.meeting.number if data is not None and self.view.status == "in_vergadering" else None

    def extra_shortcuts(self) -> list[tuple[str, str, str]]:
        """Shortcuts that are not menu actions of this window (for the F1 sheet)."""
        return [
            (self.tr("File"), self.tr("Lock"), "Ctrl+L"),
            (self.tr("Presentation screen"), self.tr("Blank or show again"), "B"),
            (self.tr("Agenda"), self.tr("Take the selected item now"), "Enter"),
            (self.tr("Presence"), self.tr("Tick or untick"), self.tr("Space")),
            (self.tr("Presence"), self.tr("Back to the minutes"), "Esc"),
            (self.tr("Presentation screen"), self.tr("Close the presentation"), "Esc"),
        ]

    def show_shortcuts(self) -> None:
        ShortcutSheet(self).open()

    def _retitle(self) -> None:
        data = self.view.data
        if data is not None:
            self.setWindowTitle(self.tr("{number} — Overlegtafel").format(number=data.meeting.number))

    # -- flushing and the lock ------------------------------------------------------------------
    def flush(self) -> None:
        self.view.flush()

    def _about_to_lock(self, reason: str) -> None:
        self.flush()
        resume = self.view.resume_info()
        self.view.close_presentation()
        self._locking = True
        if reason != LockReason.QUIT and self.view.status == "in_vergadering":
            _Reopener(self.ctx, resume, self.parentWidget(), self.ctx.session)

    def _locked(self, _reason: str) -> None:
        self._locking = True
        self.view.close_presentation()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._locking:
            self.flush()
        self.view.close_presentation()
        self.view.tick_timer.stop()
        super().closeEvent(event)


class _Reopener(QObject):
    """Opens the live window again after the next unlock (lives on the session, holds no content)."""

    def __init__(
        self, ctx: AppContext, resume: Resume, window_parent: QWidget | None, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resume = resume
        self.window_parent = window_parent  # the main window, which outlives the lock
        ctx.session.unlocked.connect(self._unlocked)

    def _unlocked(self, _info: object) -> None:
        self.ctx.session.unlocked.disconnect(self._unlocked)
        parent = (
            self.window_parent
            if self.window_parent is not None and shiboken6.isValid(self.window_parent)
            else None
        )
        open_live(self.ctx, parent, self.resume.meeting_id, resume=self.resume)
        self.deleteLater()


def find_live_window(meeting_id: int) -> LiveWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, LiveWindow) and widget.meeting_id == meeting_id and widget.isVisible():
            return widget
    return None


def open_live(
    ctx: AppContext, parent: QWidget | None, meeting_id: int, *, resume: Resume | None = None
) -> LiveWindow:
    """Open (or raise) the live meeting window for ``meeting_id``."""
    window = find_live_window(meeting_id)
    if window is None:
        window = LiveWindow(ctx, meeting_id, parent, resume)
        window.resize(1366, 768)
        window.showMaximized()
    elif QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
    window.activateWindow()
    return window
