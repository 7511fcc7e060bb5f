"""The main window: welcome flow, lock screen and the workspace, plus menus and the lock wiring."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
)

from storage.paths import StorePaths
from ui.context import AppContext
from ui.idle import IdleWatcher
from ui.locations import demo_store_dir
from ui.session import LockReason, SessionInfo
from ui.shell import startup
from ui.shell.areas import AREAS
from ui.shell.recovery_reminder import mark_recovery_code
from ui.shell.recovery_sheet_actions import RecoverySheetActions
from ui.shell.unlock import RecoverPage, UnlockPage
from ui.shell.welcome import WelcomeFlow
from ui.system_events import SystemEvents
from ui.widgets.error_text import user_message

if TYPE_CHECKING:
    from ui.shell.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        *,
        start_with_welcome: bool,
        idle: IdleWatcher | None = None,
        system_events: SystemEvents | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = ctx.session
        self.setWindowTitle("Overlegtafel")
        self.setMinimumSize(960, 600)
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        # Only the page shown first is built now; the welcome flow and the recovery page are built
        # when first needed (issue 17: the lock screen first).
        self._welcome: WelcomeFlow | None = None
        self._recover_page: RecoverPage | None = None
        self.unlock_page = UnlockPage(self.pages)
        self.pages.addWidget(self.unlock_page)
        self.workspace: Workspace | None = None
        self._pending_code: str | None = None

        self.idle = idle or IdleWatcher(ctx.prefs.idle_minutes * 60, ctx.idle_clock, parent=self)
        self.idle.idle.connect(lambda: self.session.lock(LockReason.IDLE))
        ctx.idle = self.idle
        self.system_events = system_events or SystemEvents(self)
        self.system_events.screen_locked.connect(self._on_screen_locked)
        self.system_events.suspending.connect(lambda: self.session.lock(LockReason.SUSPEND))

        self.sheet_actions = RecoverySheetActions(ctx, self)
        self.sheet_actions.saved.connect(
            lambda path: self.welcome.code_page.status.setText(
                self.tr("Sheet saved to {path}. Print it, then delete the file.").format(path=path)
            )
        )
        self._build_menus()
        self._build_status_bar()
        self._wire()
        if start_with_welcome:
            self.pages.setCurrentWidget(self.welcome)
        else:
            self._show_unlock(None)
        self._update_actions()

    # -- construction -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(lambda: self.session.lock(LockReason.MANUAL))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.documents_action = QAction(self.tr("&Documents…"), self)
        self.documents_action.setShortcut(QKeySequence("Ctrl+D"))
        self.documents_action.triggered.connect(self._show_documents)
        file_menu.addAction(self.documents_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.area_actions: list[QAction] = []
        for index, area in enumerate(AREAS):
            action = QAction(area.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, key=area.key: self.show_area(key))
            self.go_menu.addAction(action)
            self.area_actions.append(action)

        # The current area's own commands (area widgets offer them through menu_actions()), so that
        # their shortcuts show in a menu and in the F1 sheet.
        self.area_menu = bar.addMenu("")
        self.area_menu.menuAction().setVisible(False)

        help_menu = bar.addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About Overlegtafel"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.status_text = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.ctx.worker.busy_changed.connect(self._on_busy)

    def _wire(self) -> None:
        s = self.session
        s.unlocked.connect(self._on_unlocked)
        s.about_to_lock.connect(self._on_about_to_lock)
        s.locked.connect(self._on_locked)
        self.unlock_page.unlock_requested.connect(lambda secret: s.unlock(secret, self.unlock_page.failed))
        self.unlock_page.recover_requested.connect(self._show_recover)
        self.unlock_page.other_store_requested.connect(self._choose_other_store)

    @property
    def welcome(self) -> WelcomeFlow:
        if self._welcome is None:
            welcome = WelcomeFlow(self.ctx, self.session.store_dir, self.pages)
            self.pages.addWidget(welcome)
            welcome.open_existing.connect(self._open_existing)
            welcome.demo_requested.connect(self._open_demo)
            welcome.create_page.create_requested.connect(self._create)
            welcome.code_page.save_sheet.connect(self._save_recovery_sheet)
            welcome.code_page.print_sheet.connect(self._print_recovery_sheet)
            welcome.finished.connect(self._enter_workspace)
            self._welcome = welcome
        return self._welcome

    @property
    def recover_page(self) -> RecoverPage:
        if self._recover_page is None:
            page = RecoverPage(self.ctx, self.pages)
            self.pages.addWidget(page)
            s = self.session
            page.back.connect(lambda: self._show_unlock(None))
            page.recover.connect(
                lambda code, secret, use_keyring: s.recover(
                    s.store_dir, code, secret, use_keyring, page.failed
                )
            )
            self._recover_page = page
        return self._recover_page

    # -- navigation ---------------------------------------------------------------------------
    def show_area(self, key: str) -> None:
        if self.workspace is not None:
            self.workspace.show_area(key)

    def _show_documents(self) -> None:
        if self.workspace is None:
            return
        from ui.reports import show_documents_dialog  # reportlab loads only when documents are asked for

        show_documents_dialog(self.ctx, self)

    def _update_actions(self) -> None:
        unlocked = self.workspace is not None
        self.lock_action.setEnabled(self.session.is_unlocked)
        self.documents_action.setEnabled(unlocked)
        for action in self.area_actions:
            action.setEnabled(unlocked)

    def _show_unlock(self, reason: str | None) -> None:
        self.unlock_page.prepare(self.session.store_dir, reason, self.ctx.prefs.idle_minutes)
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()

    def _show_recover(self) -> None:
        self.recover_page.reset()
        self.pages.setCurrentWidget(self.recover_page)
        self.recover_page.code.setFocus()

    def _choose_other_store(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the store folder"), str(self.session.store_dir)
        )
        if chosen:
            self._open_existing(Path(chosen))

    def _open_existing(self, folder: Path) -> None:
        if not StorePaths(folder).exists():
            QMessageBox.warning(
                self,
                self.tr("No store here"),
                self.tr("The folder {path} does not contain an Overlegtafel store.").format(path=str(folder)),
            )
            return
        self.session.store_dir = folder
        self._show_unlock(None)

    def _open_demo(self) -> None:
        self.welcome.choice.demo_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.welcome.choice.demo_button.setEnabled(True)
            QMessageBox.critical(self, self.tr("Demo"), user_message(exc))

        self.session.open_demo(demo_store_dir(), failed)

    def _create(self, folder: Path, passphrase: str, use_keyring: bool, actor: str) -> None:
        def created(code: str) -> None:
            self._pending_code = code

        self.session.create(folder, passphrase, use_keyring, actor, created, self.welcome.create_page.failed)

    # -- session events -----------------------------------------------------------------------
    def _on_unlocked(self, info: SessionInfo) -> None:
        self.ctx.prefs.last_store = str(info.store_dir) if not info.is_demo else self.ctx.prefs.last_store
        self.idle.set_timeout(self.ctx.prefs.idle_minutes * 60)
        self.idle.arm()
        self._update_actions()
        if self._pending_code is not None:
            code, self._pending_code = self._pending_code, None
            mark_recovery_code(self.ctx, pending=True)  # until the user ticks "stored safely"
            self.welcome.show_recovery_code(code)
            self._recovery_code = code
            self.pages.setCurrentWidget(self.welcome)
            return
        self._enter_workspace()

    def _enter_workspace(self) -> None:
        if self._recovery_code is not None:  # the code page was confirmed
            mark_recovery_code(self.ctx, pending=False)
        self._recovery_code = None
        info = self.session.info
        if info is None:
            return
        # Imported after the first paint (ui.shell.startup), or here if the unlock came first.
        self.workspace = startup.load_workspace()(self.ctx, info, self.pages)
        self.workspace.area_changed.connect(self._fill_area_menu)
        self._fill_area_menu(self.workspace.current_key())
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.workspace.nav.setFocus()
        self.status_text.setText(
            self.tr("{actor} · {path}").format(actor=info.actor, path=str(info.store_dir))
        )
        self._update_actions()

    def _fill_area_menu(self, key: str) -> None:
        self.area_menu.clear()
        widget = self.workspace.areas.get(key) if self.workspace is not None else None
        provider = getattr(widget, "menu_actions", None)
        actions = list(provider()) if callable(provider) else []
        for action in actions:
            self.area_menu.addAction(action)
        title = next((area.title for area in AREAS if area.key == key), "")
        self.area_menu.setTitle(title)
        self.area_menu.menuAction().setVisible(bool(actions))

    def _on_about_to_lock(self, _reason: str) -> None:
        if self.workspace is not None:
            self.workspace.flush()

    def _on_locked(self, reason: str) -> None:
        self.idle.disarm()
        self._recovery_code = None
        if self._welcome is not None:
            self._welcome.code_page.code.clear()
        self._drop_workspace()
        self.status_text.clear()
        if reason != LockReason.QUIT:
            self._show_unlock(reason)
        self._update_actions()

    def _drop_workspace(self) -> None:
        self.area_menu.clear()
        self.area_menu.menuAction().setVisible(False)
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        self.pages.removeWidget(workspace)
        workspace.hide()
        workspace.setParent(None)
        workspace.deleteLater()

    def _on_screen_locked(self) -> None:
        if self.ctx.prefs.lock_on_screen_lock:
            self.session.lock(LockReason.SCREEN)

    def _on_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)

    # -- recovery sheet -----------------------------------------------------------------------
    _recovery_code: str | None = None

    def _save_recovery_sheet(self) -> None:
        if self._recovery_code:
            self.sheet_actions.save(self._recovery_code)

    def _print_recovery_sheet(self) -> None:
        if self._recovery_code:
            self.sheet_actions.print(self._recovery_code)

    # -- help ---------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from ui.shell.shortcuts import ShortcutSheet

        sheet = ShortcutSheet(self)
        sheet.open()

    def show_about(self) -> None:
        from ui.shell.about import AboutDialog

        AboutDialog(self).open()

    # -- shutdown -----------------------------------------------------------------------------
    def _quit_question(self) -> str:
        """Why quitting now needs a confirmation ("" when it does not)."""
        code_page = self.welcome.code_page
        if (
            self.pages.currentWidget() is self.welcome
            and self.welcome.currentWidget() is code_page
            and not code_page.stored.isChecked()
        ):
            return self.tr(
                "You have not confirmed that the recovery code is stored safely. It is shown only now; "
                "without it and without the passphrase the data is lost for good. Quit anyway?"
            )
        for widget in QApplication.topLevelWidgets():
            running = getattr(widget, "running_meeting", None)
            number = running() if callable(running) and widget.isVisible() else None
            if number:
                return self.tr(
                    "Meeting {number} is in progress. Quit anyway? The minutes typed so far are saved; "
                    "the meeting stays open and continues after the next start."
                ).format(number=number)
        return ""

    def _ask_quit(self, question: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Quit Overlegtafel"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Quit"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Back"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def quit_now() -> None:
            self._quit_confirmed = True
            self.close()

        box.accepted.connect(quit_now)
        box.open()

    _quit_confirmed = False

    def closeEvent(self, event: QCloseEvent) -> None:
        question = "" if self._quit_confirmed else self._quit_question()
        if question:
            event.ignore()
            self._ask_quit(question)
            return
        self._quit_confirmed = False
        if self.workspace is not None:
            self.workspace.flush()
        self.session.lock(LockReason.QUIT)
        self.ctx.prefs.window_geometry = self.saveGeometry()
        self.ctx.prefs.sync()
        self.idle.shutdown()
        self.ctx.worker.shutdown()
        event.accept()
