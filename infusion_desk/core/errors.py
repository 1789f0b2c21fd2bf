"""Known trouble, each with a sentence a caregiver can act on.

Anything that is *not* one of these is a bug: it is logged with a traceback and reported as
"Something went wrong. Nothing was lost."
"""

from __future__ import annotations

from pathlib import Path

from infusion_desk.core.i18n import translate


class InputError(ValueError):
    """What a person typed into a form cannot be used as it is (a date that is not a date, a
    required field left empty). ``str(error)`` is the plain hint the form shows beside its
    buttons; the form stays open with everything as typed.

    Not a :class:`FolderError`: nothing went wrong with the folder. Forms catch only this, so a
    plain ``ValueError`` from a bug is logged with its traceback instead of shown as a hint. It
    is a ``ValueError`` so that code which reads dates outside the forms keeps working.
    """


class FolderError(Exception):
    """Base of all known, explainable problems. ``str(error)`` is one plain sentence."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class FolderMissingError(FolderError):
    def __init__(self, path: Path) -> None:
        super().__init__(translate(
            "Errors",
            "There is no folder file at {path}. It may have been moved or renamed.").format(
                path=path))


class NotAFolderError(FolderError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "{name} cannot be opened: {why}. Nothing in it was changed.").format(
                    name=path.name, why=why),
            detail=str(path),
        )


class FolderTooNewError(FolderError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Errors",
                "{name} was saved by a newer version of Infusion Desk. Please update "
                "the app to open it. Nothing in it was changed.").format(name=path.name),
            detail=str(path),
        )


class FolderDamagedError(FolderError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "{name} looks damaged and cannot be opened safely. Nothing in it was "
                "changed; a backup copy may help.").format(name=path.name),
            detail=detail,
        )


class FileChangedError(FolderError):
    """A file being added changed while it was read (it was still being written, downloaded or
    scanned): it is not kept, so that a document is never stored cut short."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(translate("Errors", "This file changed while it was being added. Try "
                                             "again when it is finished."), detail=detail)


class DamagedWhileOpenError(FolderDamagedError):
    """Part of an open folder could not be read because the file is damaged there."""

    def __init__(self, path: Path, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "Part of {name} could not be read because the file is damaged there. "
                "Nothing in it was changed; restoring the newest good backup usually "
                "helps.").format(name=path.name),
            detail=detail,
        )


class SearchIndexDamagedError(FolderError):
    """The search index (kept beside the records, made from them) is damaged; the records are
    not. Rebuilding the index from the records repairs it without touching them."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "The search index is damaged; your records are fine. Rebuilding the "
                "search index from the records repairs it."),
            detail=detail,
        )


class FolderUnreadableError(FolderError):
    def __init__(self, path: Path, exc: BaseException) -> None:
        super().__init__(
            translate(
                "Errors",
                "{name} could not be read. Check that the disk or USB stick is plugged "
                "in and that you may open the file.").format(name=path.name),
            detail=str(exc),
        )


class FolderExistsError(FolderError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Errors",
                "There is already a file at {path}. Choose another name, or open that "
                "folder instead.").format(path=path)
        )


class RecordNotFoundError(FolderError):
    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(translate(
            "Errors",
            "That {kind} is no longer in the folder. It may have been deleted.").format(kind=kind))
        self.record_id = record_id


class SaveFailedError(FolderError):
    """A write did not happen; nothing was changed and what was typed should be kept."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "This could not be saved, and the folder was left as it was. Check "
                "that there is room on the disk and that the folder file is still "
                "there, then try again."),
            detail=detail,
        )


class InvalidValueError(FolderError):
    """A value a person typed cannot be stored as it is (for example a date in the year 0)."""


class FolderFailedCheckError(FolderDamagedError):
    """SQLite's quick check found damage when the folder was opened for changes.

    The file was not changed. It can usually still be opened for reading (``Folder.open(path,
    read_only=True)``) so that nothing is lost while the newest good backup is restored.

    ``search_index_only``: every damaged page belongs to the search index, so the records are
    fine and rebuilding the index from them repairs the folder.
    """

    def __init__(self, path: Path, problems: list[str], *, search_index_only: bool = False
                 ) -> None:
        super().__init__(path, "; ".join(problems[:5]))
        self.problems = list(problems)
        self.search_index_only = search_index_only


class FolderInUseError(FolderError):
    """Another Infusion Desk (or this one) already has the folder open for changes."""

    def __init__(
        self, path: Path, *, host: str = "", this_computer: bool = True,
        this_process: bool = False,
    ) -> None:
        if this_computer:
            message = (translate(
                "Errors",
                "This folder is already open in Infusion Desk on this computer. Switch "
                "to that window."))
        else:
            message = (translate(
                "Errors",
                "This folder is open in Infusion Desk on another computer ({host}). "
                "Close it there first, or open it for reading only.").format(
                    host=host or translate("Errors", "unknown")))
        super().__init__(message, detail=str(path))
        self.host = host
        self.this_computer = this_computer
        self.this_process = this_process


class BackupError(FolderError):
    """A backup could not be made, read or restored. The folder itself was not changed."""


class BackupFailedError(BackupError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "The backup could not be made, and the folder was left as it was. "
                "Check that the backup disk is plugged in and has room, then try again."),
            detail=detail,
        )


class BackupPlaceMissingError(BackupFailedError):
    """The place that holds the backups is not there (a USB stick not plugged in)."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The place where the backups are kept cannot be found. Check that the "
                "backup disk or USB stick is plugged in, then try again. The folder "
                "was left as it was."),
            detail=detail,
        )


class BackupPlaceReadOnlyError(BackupFailedError):
    """The place for backups cannot be written to (read-only media, a locked stick, no
    permission)."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The place where the backups are kept cannot be written to (it may be "
                "a locked USB stick, a CD, or a folder you may only read). The folder "
                "was left as it was. Choose another place for the backups."),
            detail=detail,
        )


class BackupDiskFullError(BackupFailedError):
    """The disk that holds the backups is full."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The disk where the backups are kept is full. The folder was left as "
                "it was. Make room on that disk, or choose another place for the "
                "backups."),
            detail=detail,
        )


class BackupInProgressError(BackupFailedError):
    """Another backup of the same folder was being made for longer than we could wait."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "Another backup of this folder is being made or put back right now. "
                "Wait a minute, then try again. The folder was left as it was."),
            detail=detail,
        )


class RestoreFailedError(BackupError):
    """A backup could not be put back where the folder file is; it was left as it was."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "The backup could not be put back, and the folder was left as it was. "
                "Check that there is room on the disk and that the folder file may be "
                "changed, then try again."),
            detail=detail,
        )


class RestorePlaceReadOnlyError(RestoreFailedError):
    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The backup could not be put back because the folder's place cannot be "
                "written to (a CD, a locked USB stick, or a folder you may only read). "
                "The folder was left as it was. Put the backup back into a place you "
                "can write to instead."),
            detail=detail,
        )


class RestoreDiskFullError(RestoreFailedError):
    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The backup could not be put back because the disk the folder is on is "
                "full. The folder was left as it was. Make room on the disk, then try "
                "again."),
            detail=detail,
        )


class BackupDamagedError(BackupError):
    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "The backup from {name} is damaged and cannot be restored. Nothing was "
                "changed; choose an older backup.").format(name=name),
            detail=detail,
        )


class ReadOnlyFolderError(FolderError):
    """A change was asked of a folder open for reading only; the file was not touched.
    ``reason``: why it is open for reading only, when that is known (the opening's words)."""

    def __init__(self, reason: str = "") -> None:
        super().__init__(
            reason or translate(
                "Errors",
                "This folder is open for reading only, so changes cannot be saved. "
                "Copy it to a place you can write to, then open the copy.")
        )


class ReadFailedError(FolderError):
    """Something could not be read from the folder file (a failing disk, a file taken away)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "This could not be read from the folder file. Check that the disk or "
                "USB stick is still plugged in, then try again. Nothing was changed."),
            detail=detail,
        )


# The trouble of a disk that is full, busy, locked or gone: in a module of its own (size).
from infusion_desk.core import disk_errors as _disk  # noqa: E402 (they subclass the errors above)

DiskFullError = _disk.DiskFullError
FolderBusyError = _disk.FolderBusyError
FolderBusyReadingError = _disk.FolderBusyReadingError
FolderNotWritableError = _disk.FolderNotWritableError
FolderVanishedError = _disk.FolderVanishedError
FolderVanishedReadingError = _disk.FolderVanishedReadingError
DiskFullReadingError = _disk.DiskFullReadingError

# The trouble of a folder kept on a server (a shared folder): in a module of its own (size).
from infusion_desk.core import server_errors as _server  # noqa: E402 (they subclass the above)

ServerUnreachableError = _server.ServerUnreachableError
ServerUnreachableReadingError = _server.ServerUnreachableReadingError
SignInFailedError = _server.SignInFailedError
FolderNotGivenError = _server.FolderNotGivenError
PlainConnectionRefusedError = _server.PlainConnectionRefusedError
PasswordInAddressError = _server.PasswordInAddressError
ServerNotTrustedError = _server.ServerNotTrustedError
ServerNotReadyError = _server.ServerNotReadyError
ServerTooNewError = _server.ServerTooNewError
ServerFolderExistsError = _server.ServerFolderExistsError
ServerBusyError = _server.ServerBusyError

# Two edits of one record (the later save is told): in a module of its own, as the disk's.
from infusion_desk.core import edit_conflict as _conflict  # noqa: E402

EditConflictError = _conflict.EditConflictError
