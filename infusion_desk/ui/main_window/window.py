"""The one window: a welcome page, or an open folder with its tabs; the status bar, Undo.

Its menus, opening folders, and the backup actions live beside it (``menus``, ``opening``,
``backup_actions``). It owns the job runner, made before any folder is open (opening is a job),
and hands it to each folder's context as ``ctx.jobs``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from infusion_desk import APP_NAME
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.paths import AppPaths
from infusion_desk.ui.job_strip import JobStrip
from infusion_desk.ui.jobs import FOLDER, IMPORT, READ, SEARCH, TEXT, JobHandle, JobRunner
from infusion_desk.ui.main_window import (
    drops,
    kept_changes,
    menus,
    messages,
    printing_actions,
    status_bar,
    window_size,
)
from infusion_desk.ui.main_window.backup_actions import BackupActions
from infusion_desk.ui.main_window.collecting import collect_closed_folder, keep_out_of_collections
from infusion_desk.ui.main_window.messages import CANCEL
from infusion_desk.ui.main_window.opening import FolderOpening
from infusion_desk.ui.settings import TEXT_SCALES, AppSettings
from infusion_desk.ui.shared.places import remember_where, shared_address, window_title

if TYPE_CHECKING:  # the window shows first; what a folder needs loads as it opens
    from infusion_desk.services import CheckReport, Folder
    from infusion_desk.services.backups import BackupInfo, BackupStore
    from infusion_desk.services.reading import OverviewRead
    from infusion_desk.ui.backup_dialogs import RestoreDialog
    from infusion_desk.ui.context import FolderContext, PageReaderFactory
    from infusion_desk.ui.documents.scan_reading import ScanReading
    from infusion_desk.ui.folder_view import FolderView
    from infusion_desk.ui.printing import PacketExport, SummaryDialog  # ReportLab: on printing
    from infusion_desk.ui.welcome import WelcomePage  # built when first shown

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    opening_ended = Signal(bool)  # a request to open a folder is over: opened or not

    new_action: QAction
    open_action: QAction
    recent_menu: QMenu
    demo_action: QAction
    print_action: QAction
    packet_action: QAction
    restore_action: QAction
    backup_location_action: QAction
    close_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    log_call_action: QAction
    empty_trash_action: QAction
    read_scans_action: QAction
    check_action: QAction
    guide_action: QAction
    text_size_actions: dict[int, QAction]
    # made by status_bar.build_status_bar
    status_label: QLabel
    undo_button: QPushButton
    job_strip: JobStrip
    saved_note: QLabel
    status_timer: QTimer

    def __init__(
        self,
        settings: AppSettings,
        paths: AppPaths,
        *,
        clock: Callable[[], date] = date.today,
        demo_writer: Callable[[Path], Folder] | None = None,
        base_font: QFont | None = None,
        page_reader_factory: PageReaderFactory | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.paths = paths
        self.clock = clock
        self._demo_writer = demo_writer
        self._page_reader_factory = page_reader_factory  # None: Tesseract (the app's own)
        self.scan_reading: ScanReading | None = None
        self._base_font = QFont(base_font or QApplication.font())
        self.jobs = JobRunner(self)
        self.ctx: FolderContext | None = None
        self.view: FolderView | None = None
        self.opening = FolderOpening(self)
        self.opening_ended.connect(lambda opened: printing_actions.make_summary_ahead(self, opened))
        self.backup = BackupActions(self)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 520)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._welcome: WelcomePage | None = None  # built when first shown (not when a folder is)

        status_bar.build_status_bar(self)
        self.drops = drops.WindowDrops(self)  # and the drop area that says what a drop does
        menus.build_menus(self)
        self._apply_text_scale(settings.text_scale(), rebuild=False)
        window_size.place_first(self, settings.geometry())
        self._update_actions()

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page, built when first needed (a start on a folder shows the folder)."""
        if self._welcome is None:
            from infusion_desk.ui.welcome import WelcomePage

            self._welcome = page = WelcomePage(self.existing_recent(), self)
            page.new_requested.connect(self.new_folder)
            page.open_requested.connect(self.choose_folder)
            page.demo_requested.connect(self.open_demo)
            page.recent_chosen.connect(self.open_folder)
            self.stack.insertWidget(0, page)
        return self._welcome

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.stack.count() == 0:  # nothing opening: the welcome page
            self.stack.setCurrentWidget(self.welcome)
        super().showEvent(event)

    def existing_recent(self) -> list[Path]:
        return [p for p in self.settings.recent_folders() if p.exists()]

    def _update_actions(self) -> None:
        menus.update_actions(self)
    # ------------------------------------------------------------------ folders
    def open_folder(self, path: Path, *, read_only: bool = False) -> None:
        """Open a folder file in the background; ``opening_ended(bool)`` tells how it went."""
        self.opening.open_folder(path, read_only=read_only)

    def open_demo(self) -> None:
        self.opening.open_demo(self._demo_writer)

    def choose_folder(self) -> None:
        self.opening.choose_folder()

    def new_folder(self) -> None:
        self.opening.new_folder()

    def create_folder(self, path: Path, patient_name: str) -> bool:
        return self.opening.create_folder(path, patient_name)

    def show_folder(self, folder: Folder, first_read: OverviewRead | None = None) -> None:
        """Show an open folder (``first_read``: its Overview, read while it was opened)."""
        from infusion_desk.ui.context import FolderContext
        from infusion_desk.ui.documents.scan_reading import ScanReading

        self.close_folder()
        self.ctx = FolderContext(folder, clock=self.clock, parent=self, jobs=self.jobs,
                                 page_reader_factory=self._page_reader_factory)
        self.ctx.keep_first_read(first_read)
        self.scan_reading = ScanReading(self.ctx, self)
        self.ctx.signals.status_message.connect(self.say)
        self.ctx.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._build_folder_view(tab=self.settings.tab())
        self.opening.drop_first_look()  # the folder itself shows now
        remember_where(self.settings, folder)  # a file's path, a shared one's address
        if self._welcome is not None:
            self._welcome.set_recent(self.existing_recent())
        self._update_actions()
        status_bar.say_how_changes_are_kept(self)
        # What the open folder is made of lives while it is open: kept out of the full garbage
        # collections (a 100 ms stall on a big folder). Collectable again once it closes.
        keep_out_of_collections()

    def start_upkeep(self) -> None:
        """The file is sound: the day's backup; letters added before (or by the command line)."""
        if self.ctx is not None and self.scan_reading is not None and not self.ctx.read_only:
            if shared_address(self.ctx.folder) is None:  # a shared one: the server's job
                self.backup.start_daily_backup(self.ctx.folder.path)
            self.scan_reading.start()

    def _build_folder_view(self, *, tab: int) -> None:
        from infusion_desk.ui.folder_view import FolderView

        assert self.ctx is not None
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        try:
            self.view = FolderView(self.ctx, self, first_tab=tab)
        except FolderError:  # a read failed (a damaged folder opened to look): none of it stays
            for part in self.findChildren(FolderView):
                part.deleteLater()
            raise
        self.view.results.failed.connect(self.backup.on_search_failed)
        self.view.tab_changed.connect(self.settings.set_tab)
        self.view.tab_built.connect(self._on_view_tab_built)
        self._on_view_tab_built(self.view.tabs.currentWidget())  # the tab built first
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.setWindowTitle(window_title(self.view.title.text(), self.ctx.folder))

    def _on_view_tab_built(self, tab: QWidget) -> None:
        documents = self.view.built_documents() if self.view is not None else None
        if documents is tab and documents is not None and self.scan_reading is not None:
            documents.queue.batch_finished.connect(self._on_queue_batch_finished)  # she adds

    def close_folder(self) -> None:
        if self.ctx is None:
            return
        if self.scan_reading is not None:  # the page being read is stored, the rest waits
            self.scan_reading.stop()
            self.scan_reading.deleteLater()
            self.scan_reading = None
        if self.view is not None:
            # Let a running import finish the file it is on before the folder closes.
            if (documents := self.view.built_documents()) is not None:
                documents.queue.cancel()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.jobs.cancel_all(SEARCH)  # stopped inside SQLite, at once
        collect_closed_folder()  # now, on this thread: never by a job's thread
        # A backup, a check or an import still reading the folder finishes first.
        for lane in (IMPORT, READ, FOLDER, SEARCH, TEXT):
            if not self.jobs.wait_until_idle(lane, timeout=60):
                log.warning("the %s lane did not stop in time while closing the folder", lane)
        self.ctx.close()
        self.ctx.folder.close()
        self.ctx = None
        printing_actions.make_summary_ahead(self, False)  # lets its page and PDF worker go
        self.stack.setCurrentWidget(self.welcome)
        self.setWindowTitle(APP_NAME)
        self.clear_status()
        self._update_actions()

    def close_folder_for_good(self) -> None:  # File > Close: next start on the welcome page
        self.close_folder()
        remember_where(self.settings, None)

    # ------------------------------------------------------------------ backups and the trash
    @property
    def backup_job(self) -> JobHandle[BackupInfo | None] | None:
        return self.backup.backup_job

    def backups_for(self, path: Path) -> BackupStore:
        return self.backup.backups_for(path)

    def show_restore_dialog(self) -> RestoreDialog | None:
        return self.backup.show_restore_dialog()

    def choose_backup_location(self) -> None:
        self.backup.choose_backup_location()

    def empty_trash(self) -> JobHandle[int] | None:
        return self.backup.empty_trash()

    def check_folder(self) -> JobHandle[CheckReport] | None:
        return self.backup.check_folder()

    # ------------------------------------------------------------------ edit
    def undo(self) -> None:
        if self.ctx is not None and self.ctx.undo_stack.canUndo():
            text = self.ctx.undo_stack.undoText()
            self.ctx.undo_stack.undo()
            self.say(translate("MainWindow", "Undone: {0}.").format(text))

    def redo(self) -> None:
        if self.ctx is not None and self.ctx.undo_stack.canRedo():
            self.ctx.undo_stack.redo()

    def on_undo_button_clicked(self) -> None:
        self.undo()

    def _on_queue_batch_finished(self, _result: object) -> None:
        if self.scan_reading is not None:
            self.scan_reading.start()

    def read_scans_again(self) -> None:
        """Edit > Read scans that have no text yet."""
        if self.scan_reading is not None:
            self.scan_reading.read_again()

    def focus_search(self) -> None:
        if self.view is not None:
            self.view.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.view.search_field.selectAll()

    def log_call(self) -> None:
        if self.view is not None:
            self.view.tabs.setCurrentWidget(self.view.calls)
            self.view.calls.log_call()

    # ------------------------------------------------------------------ printing
    def print_summary(self) -> SummaryDialog | None:
        return printing_actions.print_summary(self)

    def export_packet(self) -> PacketExport | None:
        return printing_actions.export_packet(self)

    # ------------------------------------------------------------------ view
    def set_text_scale(self, percent: int) -> None:
        self.settings.set_text_scale(percent)
        self._apply_text_scale(percent, rebuild=True)
        self._update_actions()

    def step_text_scale(self, direction: int) -> None:
        scales = list(TEXT_SCALES)
        current = scales.index(self.settings.text_scale())
        self.set_text_scale(scales[max(0, min(len(scales) - 1, current + direction))])

    def _apply_text_scale(self, percent: int, *, rebuild: bool) -> None:
        window_size.apply_text_scale(self, self._base_font, percent)
        if rebuild:  # headings and buttons size themselves from the font when built
            self.rebuild_pages()

    def speak_again(self) -> None:
        """The language changed: menus, status line and pages made again in the new one."""
        menus.rebuild_menus(self)
        status_bar.speak_again(self)
        self.rebuild_pages()

    def rebuild_pages(self) -> None:
        """The welcome page and the open folder's view made again (the folder stays open; the
        tab she is on and what she was searching for are kept)."""
        if self._welcome is not None:
            self.stack.removeWidget(self._welcome)
            self._welcome.deleteLater()
            self._welcome = None
        if self.ctx is None or self.view is None:
            self.stack.setCurrentWidget(self.welcome)
            return
        searched = self.view.search_field.text()
        self._build_folder_view(tab=self.view.tabs.currentIndex())
        if searched:
            self.view.search_field.setText(searched)

    # ------------------------------------------------------------------ messages
    def say(self, text: str, undoable: bool = False) -> None:
        self.status_label.setText(text)
        self.undo_button.setVisible(undoable)
        self.status_timer.start()

    def clear_status(self) -> None:
        self.status_label.clear()
        self.undo_button.hide()

    def show_error(self, error: FolderError) -> None:
        messages.error_box(self, error)

    def ask(self, text: str, yes: str, no: str = CANCEL) -> bool:
        """A plain question; True if ``yes`` was clicked."""
        return self.choose(text, [yes, no], escape=no) == yes

    def choose(self, text: str, choices: list[str], *, escape: str = CANCEL,
               icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> str:
        """Ask with one button per choice and return the text of the one clicked."""
        box, buttons = messages.choice_box(self, text, choices, escape=escape, icon=icon)
        box.exec()
        return buttons.get(box.clickedButton(), escape)

    def show_about(self) -> QMessageBox:
        self.about_box = messages.about_box(self, self.paths)
        return self.about_box

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not kept_changes.may_close(self):  # changes kept for a shared folder's server
            event.ignore()
            return
        self.settings.set_geometry(QByteArray(self.saveGeometry()))
        if self.view is not None:
            self.settings.set_tab(self.view.tabs.currentIndex())
        self.close_folder()
        self.jobs.shutdown(60)  # cancels what is left; waits for what writes, kills nothing
        self.settings.sync()
        event.accept()
