"""Opening a shared folder, as the window does it: from *File > Open shared folder…* (the sign-in
dialog), or from *Open recent* (with the password this computer remembers, else asking for it).

Signing in is a job (the server may be slow to answer, or not answer: at most its connect
timeout); the window stays responsive and its progress strip says "Opening…". Trouble is said
in the dialog, in words (cannot reach the server, wrong name or password, folder not given to
you, certificate problem), and everything she typed stays. Each request ends with the window's
``opening_ended(bool)``, as opening a folder file does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt

from infusion_desk.core.errors import FolderError, SignInFailedError
from infusion_desk.core.i18n import translate
from infusion_desk.services import remembered_passwords
from infusion_desk.ui.jobs import FOLDER, JobCancelledError, Progress
from infusion_desk.ui.main_window import kept_changes
from infusion_desk.ui.shared.sign_in_dialog import SignInDialog

if TYPE_CHECKING:
    from infusion_desk.services import Folder
    from infusion_desk.services.addresses import ServerAddress
    from infusion_desk.ui.main_window.window import MainWindow

log = logging.getLogger(__name__)


class _NoPassword:
    """The job's answer when this computer remembers no password: she is asked."""


@dataclass(frozen=True)
class SignedIn:
    """The job's answer: the folder open, and whether a password she asked to be remembered
    could not be (the password keeper refused: she is told, and asked next time)."""

    folder: Folder
    not_remembered: bool = False


def open_with(address: ServerAddress, password: str | None, *, remember: bool | None,
              progress: Progress) -> SignedIn | _NoPassword:
    """The job: sign in and open (``password`` None: the remembered one). ``remember``: keep
    the password in the password keeper (True), forget it (False), leave it (None)."""
    from infusion_desk.services import Folder

    if password is None:
        password = remembered_passwords.remembered_password(address)
        if password is None:
            return _NoPassword()
    folder = Folder.open_shared(address, password)
    if progress.cancelled:  # the window closed meanwhile: let go of the server
        folder.close()
        raise JobCancelledError
    kept = True
    if remember is True:
        kept = remembered_passwords.remember_password(address, password)
    elif remember is False:
        remembered_passwords.forget_password(address)
    return SignedIn(folder, not_remembered=not kept)


class SharedOpening(QObject):
    """The window's *Open shared folder…* and the shared folders in *Open recent*."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.dialog: SignInDialog | None = None

    def ask(self, address: ServerAddress | None = None, trouble: str = "",
            error: FolderError | None = None) -> SignInDialog:
        """Show the sign-in dialog (filled in from ``address``, saying ``trouble``)."""
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        dialog = SignInDialog(self._w, keeper=remembered_passwords.keeper_available(),
                              address=address)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sign_in_requested.connect(
            lambda a, p, r: self.sign_in(a, p, remember=r, dialog=dialog))
        dialog.rejected.connect(self._on_dialog_rejected)
        if trouble:
            dialog.show_trouble(trouble, error)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_rejected(self) -> None:
        """She closed the dialog: the opening is over (the folder open before stays open,
        and what follows it goes on following it)."""
        if self._w.ctx is None:
            self._w.opening_ended.emit(False)

    def start(self) -> SignInDialog | None:
        """*File > Open shared folder…*: the sign-in dialog, once she has chosen to leave the
        changes that wait for the open folder's server (``kept_changes``), if any."""
        if not kept_changes.may_leave(self._w):
            return None
        return self.ask()

    def open_recent(self, address: ServerAddress) -> None:
        """A shared folder from *Open recent* (or handed over): signed in with the remembered
        password, or asked for it; first, as for any other folder, the question about changes
        that wait for the open folder's server."""
        if not kept_changes.may_leave(self._w):
            self._w.opening_ended.emit(False)
            return
        self._start(address, None, remember=None, dialog=None)

    def sign_in(self, address: ServerAddress, password: str, *, remember: bool,
                dialog: SignInDialog | None = None) -> None:
        """Sign in with what she typed (the dialog's ``sign_in_requested``)."""
        keep = remember if remembered_passwords.keeper_available() else None
        self._start(address, password, remember=keep, dialog=dialog)

    def _start(self, address: ServerAddress, password: str | None, *, remember: bool | None,
               dialog: SignInDialog | None) -> None:
        w = self._w
        job = w.jobs.start(
            lambda progress: open_with(address, password, remember=remember, progress=progress),
            lane=FOLDER, label=translate("SharedOpening", "Opening {0}…").format(address.folder),
            can_cancel=False)
        job.finished.connect(lambda result: self._on_opened(address, result, dialog))
        job.failed.connect(lambda error: self._on_failed(address, error, dialog))

    def _on_opened(self, address: ServerAddress, result: SignedIn | _NoPassword,
                   dialog: SignInDialog | None) -> None:
        if isinstance(result, _NoPassword):
            self.ask(address)  # (its Cancel ends the opening)
            return
        w = self._w
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.accept()
        try:
            w.show_folder(result.folder)
        except FolderError as exc:
            w.close_folder()
            w.show_error(exc)
            w.opening_ended.emit(False)
            return
        log.info("a shared folder is open")
        if result.not_remembered:
            w.say(translate("SharedOpening", "Your password could not be kept in this "
                                             "computer's password keeper: you will be asked "
                                             "for it next time."))
        w.start_upkeep()
        w.opening_ended.emit(True)

    def _on_failed(self, address: ServerAddress, error: FolderError,
                   dialog: SignInDialog | None) -> None:
        log.info("a shared folder could not be opened: %s", type(error).__name__)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.show_trouble(error.message, error)  # she may change something and try again
            return
        if isinstance(error, SignInFailedError):  # the remembered password no longer works
            self.ask(address, error.message, error)
            return
        self._w.show_error(error)
        self._w.opening_ended.emit(False)
