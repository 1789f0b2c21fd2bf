"""*File > Copy this folder to a shared server…* and *File > Save a copy as a file…*: a whole
folder copied (``services.folder_copy``) as a job, with its progress and Cancel in the window's
strip, then the comparison of the two in words. Where the copy goes on a server is asked with the
sign-in dialog of *Open shared folder…* (its words made the copy's); after the copy she is
offered to open the shared copy, as *Open shared folder…* opens one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox

from infusion_desk import APP_NAME, FILE_SUFFIX
from infusion_desk.core.copy_errors import CopyStoppedError
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.ui.jobs import FOLDER, JobCancelledError, JobHandle, Progress
from infusion_desk.ui.main_window.messages import info_box
from infusion_desk.ui.main_window.opening import file_filter, safe_file_name

if TYPE_CHECKING:
    from infusion_desk.services import Folder
    from infusion_desk.services.addresses import ServerAddress
    from infusion_desk.services.folder_copy import CopyComparison
    from infusion_desk.ui.main_window.window import MainWindow
    from infusion_desk.ui.shared.sign_in_dialog import SignInDialog

ACTIONS_NAME = "folderCopyActions"


def is_shared(folder: Folder) -> bool:
    return folder.is_shared


def folder_name(folder: Folder) -> str:
    """What a copy of ``folder`` is called at first: the file's name, or the shared folder's."""
    address = folder.shared_address
    return address.folder if address is not None else folder.path.stem


def comparison_words(comparison: CopyComparison) -> str:
    from infusion_desk.services.copy_words import comparison_lines

    return "\n".join(comparison_lines(comparison))


class FolderCopyActions(QObject):
    """The two copies, as the window offers them (one per window, outliving the menus)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName(ACTIONS_NAME)
        self._w = window
        self.dialog: SignInDialog | None = None
        self.job: JobHandle[CopyComparison] | None = None
        self.result_box: QMessageBox | None = None

    # ------------------------------------------------------------------ to a server
    def copy_to_server(self) -> SignInDialog | None:
        w = self._w
        if w.ctx is None or is_shared(w.ctx.folder):
            return None
        from infusion_desk.services.remembered_passwords import keeper_available
        from infusion_desk.ui.shared.sign_in_dialog import SignInDialog

        dialog = SignInDialog(w, keeper=keeper_available())
        dialog.setObjectName("copyToServerDialog")
        dialog.setWindowTitle(translate("FolderCopy", "Copy this folder to a shared server"))
        intro = dialog.findChild(QLabel)  # its first words: what the form is for
        if intro is not None:
            intro.setText(translate(
                "FolderCopy", "Everything in this folder is copied into a new folder on your "
                              "care team's server. This folder file stays as it is. Whoever "
                              "set up the server can tell you what to write here."))
        dialog.open_button.setText(translate("FolderCopy", "&Copy"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sign_in_requested.connect(self._on_dialog_sign_in_requested)
        dialog.rejected.connect(self._on_dialog_rejected)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_sign_in_requested(self, address: ServerAddress, password: str,
                                     remember: bool) -> None:
        w = self._w
        if w.ctx is None or self.dialog is None:
            return
        folder = w.ctx.folder

        def work(progress: Progress) -> CopyComparison:
            from infusion_desk.services.folder_copy import copy_to_server
            from infusion_desk.services.remembered_passwords import remember_password

            copied = _stoppable(progress, lambda: copy_to_server(
                folder, address, password, progress=progress.report,
                cancel=lambda: progress.cancelled))
            if remember:  # she asked: kept now, whether or not she opens the copy
                remember_password(address, password)
            return copied

        job = w.jobs.start(work, lane=FOLDER, label=translate(
            "FolderCopy", "Copying the folder to the server…"))
        job.finished.connect(
            lambda result: self._on_copied_to_server(result, address, password, remember))
        job.failed.connect(self._on_copy_failed)
        job.stopped.connect(self._on_copy_stopped)
        self.job = job

    def _on_dialog_rejected(self) -> None:
        if self.job is not None and not self.job.cancelled:
            self.job.cancel()  # she closed the form: the copy stops too, nothing is left
        self.dialog = None

    def _live_dialog(self) -> SignInDialog | None:
        dialog = self.dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def _on_copied_to_server(self, comparison: CopyComparison, address: ServerAddress,
                             password: str, remember: bool) -> None:
        self.job = None
        if (dialog := self._live_dialog()) is not None:
            dialog.accept()
        self.dialog = None
        text = comparison_words(comparison)
        if not comparison.same:
            self.result_box = info_box(self._w, APP_NAME, text)
            return
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, translate(
            "FolderCopy", "The folder was copied to the server as “{folder}”.\n\n{words}\n\n"
                          "Open the shared copy now? This folder file stays as it is; changes "
                          "made in one are not made in the other.").format(
                folder=address.folder, words=text), QMessageBox.StandardButton.NoButton, self._w)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("copiedToServerBox")
        open_button = box.addButton(translate("FolderCopy", "&Open the shared copy"),
                                    QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("FolderCopy", "&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: self._on_result_box_finished(
            box.clickedButton() is open_button, address, password, remember))
        self.result_box = box
        box.open()

    def _on_result_box_finished(self, open_it: bool, address: ServerAddress, password: str,
                                remember: bool) -> None:
        self.result_box = None
        if open_it:  # as File > Open shared folder… opens one (its password kept if asked)
            from infusion_desk.ui.shared.actions import opening

            opening(self._w).sign_in(address, password, remember=remember)

    def _on_copy_failed(self, error: FolderError) -> None:
        self.job = None
        if (dialog := self._live_dialog()) is not None:
            dialog.show_trouble(error.message, error)  # the form stays, as she typed it
        else:
            self._w.show_error(error)

    def _on_copy_stopped(self) -> None:
        self.job = None
        words = CopyStoppedError().message
        if (dialog := self._live_dialog()) is not None:
            dialog.show_trouble(words)
        self._w.say(words)

    # ------------------------------------------------------------------ to a file
    def save_copy_as_file(self) -> JobHandle[CopyComparison] | None:
        w = self._w
        if w.ctx is None:
            return None
        name = folder_name(w.ctx.folder)
        suggested = w.paths.documents / f"{safe_file_name(name or APP_NAME)}{FILE_SUFFIX}"
        target, _ = QFileDialog.getSaveFileName(w, translate(
            "FolderCopy", "Save a copy of the folder as"), str(suggested), file_filter())
        if not target:
            return None
        path = Path(target)
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        return self.save_copy_to(path)

    def save_copy_to(self, path: Path) -> JobHandle[CopyComparison] | None:
        w = self._w
        if w.ctx is None:
            return None
        folder = w.ctx.folder

        def work(progress: Progress) -> CopyComparison:
            from infusion_desk.services.folder_copy import copy_to_file

            return _stoppable(progress, lambda: copy_to_file(
                folder, path, progress=progress.report, cancel=lambda: progress.cancelled))

        job = w.jobs.start(work, lane=FOLDER, label=translate(
            "FolderCopy", "Saving a copy of the folder…"))
        job.finished.connect(lambda result: self._on_saved_as_file(result, path))
        job.failed.connect(w.show_error)
        job.stopped.connect(lambda: w.say(CopyStoppedError().message))
        self.job = job
        return job

    def _on_saved_as_file(self, comparison: CopyComparison, path: Path) -> None:
        self.job = None
        text = translate("FolderCopy", "Saved a copy of the folder as {path}.\n\n{words}").format(
            path=path, words=comparison_words(comparison))
        self.result_box = info_box(self._w, APP_NAME, text)


def _stoppable(progress: Progress, copy: Callable[[], CopyComparison]) -> CopyComparison:
    """Run ``copy``; a copy stopped by Cancel ends the job as stopped, not failed."""
    try:
        return copy()
    except CopyStoppedError:
        if progress.cancelled:
            raise JobCancelledError from None
        raise


def copy_actions(window: MainWindow) -> FolderCopyActions:
    """The window's copy actions (made with its first menus, kept when they are made again)."""
    found = window.findChild(FolderCopyActions, ACTIONS_NAME)
    return found if found is not None else FolderCopyActions(window)


def add_to(window: MainWindow, file_menu: QMenu, owner: QObject) -> tuple[QAction, QAction]:
    """The two actions, in the File menu; each turned on for what is open when it shows."""
    actions = copy_actions(window)
    to_server = QAction(translate("Menus", "Cop&y this folder to a shared server…"), owner)
    to_server.setObjectName("copyToServerAction")
    to_server.triggered.connect(lambda _c=False: actions.copy_to_server())
    to_file = QAction(translate("Menus", "Save a copy as a &file…"), owner)
    to_file.setObjectName("saveCopyAsFileAction")
    to_file.triggered.connect(lambda _c=False: actions.save_copy_as_file())
    file_menu.addAction(to_server)
    file_menu.addAction(to_file)

    def update() -> None:
        ctx = window.ctx
        to_server.setEnabled(ctx is not None and not is_shared(ctx.folder))
        to_file.setEnabled(ctx is not None)

    file_menu.aboutToShow.connect(update)
    update()
    return to_server, to_file
