"""The one window: a welcome page, or an open folder with its tabs; menus, status bar, Undo."""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
)

from infusion_desk import APP_NAME, FILE_SUFFIX, __version__
from infusion_desk.core.dates import format_when
from infusion_desk.core.errors import BackupError, FolderError, FolderFailedCheckError
from infusion_desk.core.records import Profile
from infusion_desk.paths import AppPaths
from infusion_desk.services import CheckReport, Folder
from infusion_desk.services.backups import BackupInfo, BackupStore
from infusion_desk.ui.backup_dialogs import (
    BackgroundJob,
    RestoreDialog,
    counts_summary,
    restore_question,
)
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents.dropped import can_take, split_urls
from infusion_desk.ui.folder_view import FolderView
from infusion_desk.ui.settings import TEXT_SCALES, AppSettings
from infusion_desk.ui.welcome import WelcomePage

if TYPE_CHECKING:  # ReportLab loads only when something is printed
    from infusion_desk.ui.printing import PacketExport, SummaryDialog

log = logging.getLogger(__name__)

FILE_FILTER = f"Infusion Desk folders (*{FILE_SUFFIX});;All files (*)"
DAMAGED_TEXT = "This folder looks damaged. It was not changed."
LOOK = "Open it to look (read-only)"
RESTORE_NEWEST = "Restore the newest good backup…"
CANCEL = "Cancel"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.samefile(b))
    except OSError:
        return False


def safe_file_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in " .,'-_()" else " " for ch in name)
    return " ".join(cleaned.split()).strip(" .") or "New patient"


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: AppSettings,
        paths: AppPaths,
        *,
        clock: Callable[[], date] = date.today,
        demo_writer: Callable[[Path], Folder] | None = None,
        base_font: QFont | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.paths = paths
        self.clock = clock
        self._demo_writer = demo_writer
        self._base_font = QFont(base_font or QApplication.font())
        self.ctx: FolderContext | None = None
        self.view: FolderView | None = None
        self.backup_job: BackgroundJob | None = None
        self.check_job: BackgroundJob | None = None
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setMinimumSize(720, 520)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.welcome = self._make_welcome()
        self.stack.addWidget(self.welcome)

        self._build_status_bar()
        self._build_menus()
        self._apply_text_scale(settings.text_scale(), rebuild=False)
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        self._update_actions()

    # ------------------------------------------------------------------ building
    def _make_welcome(self) -> WelcomePage:
        page = WelcomePage(self._existing_recent(), self)
        page.new_requested.connect(self.new_folder)
        page.open_requested.connect(self.choose_folder)
        page.demo_requested.connect(self.open_demo)
        page.recent_chosen.connect(self.open_folder)
        return page

    def _existing_recent(self) -> list[Path]:
        return [p for p in self.settings.recent_folders() if p.exists()]

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton("Undo", self)
        self.undo_button.setFlat(True)
        self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo_button.setToolTip("Take back the last change (Ctrl+Z)")
        self.undo_button.setStyleSheet("QPushButton { text-decoration: underline; }")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.undo_button)
        self.saved_note = QLabel("Every change is saved as you make it.", self)
        self.saved_note.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_note.setToolTip("There is no Save button: everything you type or change is "
                                   "kept in the folder file at once. Deleted things go to the "
                                   "trash and can be brought back with Undo.")
        bar.addPermanentWidget(self.saved_note)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(15000)
        self._status_timer.timeout.connect(self._clear_status)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.new_action = self._action(file_menu, "&New folder…", self.new_folder,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(file_menu, "&Open folder…", self.choose_folder,
                                        QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.demo_action = self._action(file_menu, "Open the &demo folder", self.open_demo)
        file_menu.addSeparator()
        self.print_action = self._action(file_menu, "&Print summary…", self.print_summary,
                                         QKeySequence.StandardKey.Print)
        self.print_action.setToolTip("One page to bring to an appointment")
        self.packet_action = self._action(file_menu, "&Export folder packet…", self.export_packet)
        file_menu.addSeparator()
        self.restore_action = self._action(file_menu, "Restore from &backup…",
                                           self.show_restore_dialog)
        self.backup_location_action = self._action(file_menu, "Backup &location…",
                                                   self.choose_backup_location)
        file_menu.addSeparator()
        self.close_action = self._action(file_menu, "&Close folder", self.close_folder_for_good,
                                         QKeySequence.StandardKey.Close)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "&Quit", self.close,
                                        QKeySequence.StandardKey.Quit)

        edit_menu = menu.addMenu("&Edit")
        self.undo_action = self._action(edit_menu, "&Undo", self.undo,
                                        QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit_menu, "&Redo", self.redo,
                                        QKeySequence.StandardKey.Redo)
        edit_menu.addSeparator()
        self.find_action = self._action(edit_menu, "&Find…", self.focus_search,
                                        QKeySequence.StandardKey.Find)
        self.log_call_action = self._action(edit_menu, "&Log a call…", self.log_call,
                                            QKeySequence("Ctrl+L"))
        edit_menu.addSeparator()
        self.empty_trash_action = self._action(edit_menu, "&Empty the trash…", self.empty_trash)

        view_menu = menu.addMenu("&View")
        size_menu = view_menu.addMenu("&Text size")
        self.text_size_actions: dict[int, QAction] = {}
        group = QActionGroup(self)
        for percent in TEXT_SCALES:
            action = QAction(f"{percent} %", self, checkable=True)
            action.triggered.connect(lambda _c=False, p=percent: self.set_text_scale(p))
            group.addAction(action)
            size_menu.addAction(action)
            self.text_size_actions[percent] = action
        size_menu.addSeparator()
        self._action(size_menu, "Larger text", lambda: self._step_text_scale(+1),
                     QKeySequence.StandardKey.ZoomIn)
        self._action(size_menu, "Smaller text", lambda: self._step_text_scale(-1),
                     QKeySequence.StandardKey.ZoomOut)

        help_menu = menu.addMenu("&Help")
        self.check_action = self._action(help_menu, "&Check this folder", self.check_folder)
        help_menu.addSeparator()
        self._action(help_menu, f"&About {APP_NAME}", self.show_about)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._existing_recent()
        if not recent:
            empty = self.recent_menu.addAction("No recent folders")
            empty.setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(path.stem)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_folder(p))

    def _update_actions(self) -> None:
        is_open = self.ctx is not None
        for action in (self.close_action, self.find_action, self.log_call_action,
                       self.print_action, self.packet_action, self.restore_action,
                       self.empty_trash_action, self.check_action):
            action.setEnabled(is_open)
        if self.ctx is not None and self.ctx.folder.read_only:
            self.log_call_action.setEnabled(False)
            self.empty_trash_action.setEnabled(False)
        self.undo_action.setEnabled(is_open and self.ctx is not None
                                    and self.ctx.undo_stack.canUndo())
        self.redo_action.setEnabled(is_open and self.ctx is not None
                                    and self.ctx.undo_stack.canRedo())
        for percent, action in self.text_size_actions.items():
            action.setChecked(percent == self.settings.text_scale())

    # ------------------------------------------------------------------ folders
    def open_folder(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a folder file; on trouble, say why and stay where we were."""
        path = Path(path)
        if self.ctx is not None and _same_file(self.ctx.folder.path, path):
            self.raise_()
            self.activateWindow()
            return True  # already open here: a second writer would be refused
        try:
            folder = Folder.open(path, read_only=read_only, backups=self.backups_for(path))
        except FolderFailedCheckError:
            return self._open_damaged(path)
        except FolderError as exc:
            self._error(exc)
            if not path.exists():
                self.settings.remove_recent_folder(path)
            return False
        self._show_folder(folder)
        if folder.upgraded_backup is not None:
            self.say(f"This folder was updated for this version. A copy of the old one is "
                     f"saved as {folder.upgraded_backup.name}.")
        return True

    def _show_folder(self, folder: Folder) -> None:
        self.close_folder()
        self.ctx = FolderContext(folder, clock=self.clock, parent=self)
        self.ctx.signals.status_message.connect(self.say)
        self.ctx.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._build_folder_view(tab=self.settings.tab())
        self.settings.set_last_folder(folder.path)
        self.settings.add_recent_folder(folder.path)
        self.welcome.set_recent(self._existing_recent())
        self._update_actions()
        self.saved_note.setText("Open for reading only: nothing can be changed."
                                if folder.read_only else "Every change is saved as you make it.")
        if not folder.read_only:
            self._start_daily_backup(folder.path)

    def _build_folder_view(self, *, tab: int) -> None:
        assert self.ctx is not None
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        self.view = FolderView(self.ctx, self)
        self.view.tabs.setCurrentIndex(min(max(tab, 0), self.view.tabs.count() - 1))
        self.view.tab_changed.connect(self.settings.set_tab)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.setWindowTitle(f"{self.view.title.text()} — {APP_NAME}")

    def close_folder(self) -> None:
        if self.ctx is None:
            return
        for job in (self.backup_job, self.check_job):
            if job is not None:
                job.join()  # a backup or check reading the folder finishes first
        self.backup_job = self.check_job = None
        if self.view is not None:
            # Let a running import finish the file it is on before the folder closes.
            self.view.documents.queue.cancel()
            if not self.view.documents.queue.wait_until_idle(60):
                log.warning("an import did not stop in time while closing the folder")
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.ctx.close()
        self.ctx.folder.close()
        self.ctx = None
        self.stack.setCurrentWidget(self.welcome)
        self.setWindowTitle(APP_NAME)
        self._clear_status()
        self._update_actions()

    def close_folder_for_good(self) -> None:
        """File > Close: next time the app starts on the welcome page."""
        self.close_folder()
        self.settings.set_last_folder(None)

    def choose_folder(self) -> None:
        start = str(self.settings.last_folder() or self.paths.documents)
        name, _ = QFileDialog.getOpenFileName(self, "Open a folder", start, FILE_FILTER)
        if name:
            self.open_folder(Path(name))

    def new_folder(self) -> None:
        name, ok = QInputDialog.getText(
            self, "Start a new folder", "The patient's name (the folder is named after them):"
        )
        if not ok or not name.strip():
            return
        suggested = self.paths.documents / f"{safe_file_name(name)}{FILE_SUFFIX}"
        target, _ = QFileDialog.getSaveFileName(self, "Save the new folder as", str(suggested),
                                                FILE_FILTER)
        if target:
            self.create_folder(Path(target), name.strip())

    def create_folder(self, path: Path, patient_name: str) -> bool:
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        try:
            folder = Folder.create(path, Profile(patient_name=patient_name),
                                   backups=self.backups_for(path))
        except FolderError as exc:
            self._error(exc)
            return False
        except OSError as exc:
            self._error(FolderError(f"The folder could not be made at {path}: "
                                    f"{exc.strerror or exc}. Try another place.", str(exc)))
            return False
        self.settings.set_tab(0)
        self._show_folder(folder)
        self.say(f"Started a new folder for {patient_name}. Add the therapy and insurance "
                 "plans on the Overview tab.")
        return True

    def open_demo(self) -> bool:
        path = self.paths.demo_folder
        if not path.exists():
            if self._demo_writer is None:
                from infusion_desk.demo import write_demo_folder

                self._demo_writer = write_demo_folder
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._demo_writer(path).close()
            except FolderError as exc:
                self._error(exc)
                return False
            finally:
                QApplication.restoreOverrideCursor()
        return self.open_folder(path)

    # ------------------------------------------------------------------ damage and backups
    def backups_for(self, path: Path) -> BackupStore:
        """The backups of one folder file, in the place the person chose (or beside it)."""
        return BackupStore(path, self.settings.backup_location())

    def ask(self, text: str, yes: str, no: str = CANCEL) -> bool:
        """A plain question; True if ``yes`` was clicked."""
        return self.choose(text, [yes, no], escape=no) == yes

    def choose(self, text: str, choices: list[str], *, escape: str = CANCEL,
               icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> str:
        """Ask with one button per choice and return the text of the one clicked."""
        box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        buttons: dict[QAbstractButton, str] = {}
        for choice in choices:
            role = (QMessageBox.ButtonRole.RejectRole if choice == escape
                    else QMessageBox.ButtonRole.AcceptRole)
            button = box.addButton(choice, role)
            if not buttons:
                box.setDefaultButton(button)
            buttons[button] = choice
        self.question_box = box
        box.exec()
        return buttons.get(box.clickedButton(), escape)

    def ask_about_damage(self, newest: BackupInfo | None) -> str:
        """What to do with a folder that failed its check: LOOK, RESTORE_NEWEST or CANCEL."""
        choices = [LOOK, RESTORE_NEWEST, CANCEL] if newest is not None else [LOOK, CANCEL]
        text = DAMAGED_TEXT
        if newest is not None:
            text += f"\n\nThe newest good backup is from {format_when(newest.taken_at)}."
        return self.choose(text, choices, icon=QMessageBox.Icon.Warning)

    def _open_damaged(self, path: Path) -> bool:
        try:
            newest = self.backups_for(path).newest_good()
        except OSError:
            log.warning("the backups of a damaged folder could not be listed", exc_info=True)
            newest = None
        choice = self.ask_about_damage(newest)
        if choice == LOOK:
            return self.open_folder(path, read_only=True)
        if choice == RESTORE_NEWEST and newest is not None:
            return self.restore_backup(newest, path)
        return False

    def _start_daily_backup(self, path: Path) -> None:
        store = self.backups_for(path)
        job = BackgroundJob(lambda: store.daily_snapshot_if_due(path), self)
        job.finished.connect(self._on_backup_job_finished, Qt.ConnectionType.QueuedConnection)
        self.backup_job = job
        job.start()

    def _on_backup_job_finished(self, result: object) -> None:
        if isinstance(result, BackupInfo):
            if not self.status_label.text():  # a quiet note: never hide what she was just told
                self.say("Backed up today's folder.")
        elif isinstance(result, BackupError):
            self.say("Today's backup could not be made. Check that the backup place can be "
                     "reached (File > Backup location…).")

    def show_restore_dialog(self) -> RestoreDialog | None:
        if self.ctx is None:
            return None
        dialog = RestoreDialog(self.backups_for(self.ctx.folder.path), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_chosen.connect(self._on_restore_dialog_restore_chosen)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def _on_restore_dialog_restore_chosen(self, backup: BackupInfo) -> None:
        self.restore_backup(backup)

    def restore_backup(self, backup: BackupInfo, path: Path | None = None) -> bool:
        """Ask, close the folder, put the backup back, open it again."""
        if path is None:
            if self.ctx is None:
                return False
            path = self.ctx.folder.path
        if not self.ask(restore_question(backup), "Restore this backup"):
            return False
        was_open = self.ctx is not None and _same_file(self.ctx.folder.path, path)
        if was_open:
            self.close_folder()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.backups_for(path).restore_into(backup, path)
        except FolderError as exc:
            QApplication.restoreOverrideCursor()
            self._error(exc)
            if was_open:
                self.open_folder(path)
            return False
        QApplication.restoreOverrideCursor()
        if not self.open_folder(path):
            return False
        self.say(f"Restored the backup from {format_when(backup.taken_at)}.")
        return True

    def choose_backup_location(self) -> None:
        current = self.settings.backup_location()
        where = (str(current) if current is not None else
                 "beside each folder file, in a folder named after it (for example "
                 "\u201cWalter Brennan Backups\u201d)")
        text = (f"Backups are kept {where}.\n\nOne is made each day a folder is opened, and "
                "before anything is put back or deleted for good.")
        choose, beside = "Choose another place…", "Keep them beside the folder"
        choices = [choose, beside, "Close"] if current is not None else [choose, "Close"]
        answer = self.choose(text, choices, escape="Close", icon=QMessageBox.Icon.Information)
        if answer == beside:
            self._set_backup_location(None)
        elif answer == choose:
            start = str(current or (self.ctx.folder.path.parent if self.ctx is not None
                                    else self.paths.documents))
            name = QFileDialog.getExistingDirectory(self, "Where to keep backups", start)
            if name:
                self._set_backup_location(Path(name))

    def _set_backup_location(self, location: Path | None) -> None:
        self.settings.set_backup_location(location)
        if self.ctx is not None:
            self.ctx.folder.backups = self.backups_for(self.ctx.folder.path)
        self.say("Backups will be kept " + (f"in {location}." if location is not None
                                            else "beside the folder."))

    def empty_trash(self) -> int:
        """Delete what is in the trash for good, after a backup (or after asking)."""
        if self.ctx is None or self.ctx.folder.read_only:
            return 0
        folder = self.ctx.folder
        count = folder.count_trashed()
        if count == 0:
            self.say("The trash is already empty.")
            return 0
        things = "1 thing" if count == 1 else f"{count} things"
        if not self.ask(f"Delete {things} in the trash for good? A backup is made first.",
                        "Delete for good"):
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            removed = folder.records.empty_trash().value
        except BackupError as exc:
            QApplication.restoreOverrideCursor()
            if not self.ask(f"{exc.message}\n\nDelete {things} in the trash for good anyway, "
                            "without a backup?", "Delete without a backup"):
                return 0
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                removed = folder.records.empty_trash(backup_first=False).value
            except FolderError as again:
                QApplication.restoreOverrideCursor()
                self._error(again)
                return 0
        except FolderError as exc:
            QApplication.restoreOverrideCursor()
            self._error(exc)
            return 0
        QApplication.restoreOverrideCursor()
        self.ctx.undo_stack.clear()  # what was deleted for good cannot come back with Undo
        self.say("Emptied the trash.")
        return removed

    def check_folder(self) -> BackgroundJob | None:
        """Help > Check this folder: the full check, in the background."""
        if self.ctx is None:
            return None
        job = BackgroundJob(self.ctx.folder.check, self)
        job.finished.connect(self._on_check_job_finished, Qt.ConnectionType.QueuedConnection)
        self.check_job = job
        self.say("Checking the folder…")
        job.start()
        return job

    def _on_check_job_finished(self, result: object) -> None:
        if isinstance(result, CheckReport) and result.ok:
            text = ("Everything is in order. The folder and every document in it were "
                    f"checked: {counts_summary(result.counts)}.")
        elif isinstance(result, CheckReport):
            lines = ["Some problems were found. Nothing was changed."]
            lines += [f"- The folder file: {p}" for p in result.integrity_problems[:10]]
            lines += [f"- This document is damaged: {t}" for t in result.damaged_documents[:20]]
            lines.append("Restoring the newest good backup (File > Restore from backup…) "
                         "usually helps.")
            text = "\n".join(lines)
        elif isinstance(result, FolderError):
            text = result.message
        else:
            text = "The folder could not be checked. The details were written to the log file."
        self._clear_status()
        box = QMessageBox(QMessageBox.Icon.Information, "Check this folder", text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.check_box = box

    # ------------------------------------------------------------------ edit
    def undo(self) -> None:
        if self.ctx is not None and self.ctx.undo_stack.canUndo():
            text = self.ctx.undo_stack.undoText()
            self.ctx.undo_stack.undo()
            self.say(f"Undone: {text}.")

    def redo(self) -> None:
        if self.ctx is not None and self.ctx.undo_stack.canRedo():
            self.ctx.undo_stack.redo()

    def _on_undo_button_clicked(self) -> None:
        self.undo()

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
        if self.ctx is None:
            return None
        from infusion_desk.ui.printing import SummaryDialog

        dialog = SummaryDialog(self.ctx.folder, self.clock(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.summary_dialog = dialog
        return dialog

    def export_packet(self) -> PacketExport | None:
        if self.ctx is None:
            return None
        from infusion_desk.ui.printing import PacketExport

        export = PacketExport(self.ctx.folder, self.clock(), self)
        choice = export.ask()
        if choice is None:
            return None
        export.finished.connect(self._on_packet_finished)
        export.start(*choice)
        self.packet_export = export
        return export

    def _on_packet_finished(self, path: Path | None) -> None:
        if path is not None:
            self.say(f"Saved the folder packet as {path.name}.")

    # ------------------------------------------------------------------ view
    def set_text_scale(self, percent: int) -> None:
        self.settings.set_text_scale(percent)
        self._apply_text_scale(percent, rebuild=True)
        self._update_actions()

    def _step_text_scale(self, direction: int) -> None:
        scales = list(TEXT_SCALES)
        current = scales.index(self.settings.text_scale())
        self.set_text_scale(scales[max(0, min(len(scales) - 1, current + direction))])

    def _apply_text_scale(self, percent: int, *, rebuild: bool) -> None:
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size <= 0:
            size = 11.0
        font.setPointSizeF(max(size, 11.0) * percent / 100)
        QApplication.setFont(font)
        self.setFont(font)
        if not rebuild:
            return
        # Headings and buttons size themselves from the font when built: build them again.
        index = self.stack.indexOf(self.welcome)
        self.stack.removeWidget(self.welcome)
        self.welcome.deleteLater()
        self.welcome = self._make_welcome()
        self.stack.insertWidget(index, self.welcome)
        if self.ctx is not None and self.view is not None:
            self._build_folder_view(tab=self.view.tabs.currentIndex())
        else:
            self.stack.setCurrentWidget(self.welcome)

    # ------------------------------------------------------------------ messages
    def say(self, text: str, undoable: bool = False) -> None:
        self.status_label.setText(text)
        self.undo_button.setVisible(undoable)
        self._status_timer.start()

    def _clear_status(self) -> None:
        self.status_label.clear()
        self.undo_button.hide()

    def _error(self, error: FolderError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error.message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if error.detail:
            box.setDetailedText(error.detail)
        box.open()
        self.last_error = box

    def show_about(self) -> QMessageBox:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        licence = Path(__file__).resolve().parent.parent / "resources" / "LICENSE.txt"
        box = QMessageBox(self)
        box.setWindowTitle(f"About {APP_NAME}")
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{APP_NAME} {__version__}")
        box.setInformativeText(
            "An organizer for the insurance side of home infusion therapy. It keeps your "
            "papers, calls, questions and requests in one folder file on this computer and "
            "never connects to the internet.\n\n"
            "It organizes; it does not give coverage advice. Always confirm details with the "
            "plan and the provider.\n\n"
            "Where it keeps its own files (your folders are wherever you saved them):\n"
            f"Settings: {self.paths.settings_file}\n"
            f"Log file: {self.paths.log_file}\n"
            f"Copies opened in other programs: {self.paths.temp}\n"
            f"Demo folder: {self.paths.demo_folder}\n\n"
            f"Free software under the MIT licence ({licence}).\n"
            f"Made with Python {platform.python_version()}, Qt {qVersion()} "
            f"(PySide6 {pyside_version}), PDFium, ReportLab and the DejaVu fonts."
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.about_box = box
        return box

    # ------------------------------------------------------------------ drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._consider_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._consider_drag(event)  # also when a drag moves off a ledger row it was offered to

    def _consider_drag(self, event: QDragMoveEvent) -> None:
        if can_take(event.mimeData()) and self.view is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Files and folders dropped anywhere are added in the background; anything that is not
        a file on this computer is listed as refused in the summary at the end."""
        if self.view is None or not can_take(event.mimeData()):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        paths, refused = split_urls(event.mimeData().urls())
        self.view.tabs.setCurrentWidget(self.view.documents)
        self.view.documents.import_files(paths, refused)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.set_geometry(QByteArray(self.saveGeometry()))
        if self.view is not None:
            self.settings.set_tab(self.view.tabs.currentIndex())
        self.close_folder()
        self.settings.sync()
        event.accept()
