"""Saving and reading trouble from the disk or the file itself: full, busy, locked, or gone.
Read from :mod:`infusion_desk.core.errors` like the rest."""

from __future__ import annotations

from infusion_desk.core.errors import FolderError, ReadFailedError, SaveFailedError
from infusion_desk.core.i18n import translate


class DiskFullError(SaveFailedError):
    """A write did not happen because the disk is full."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "This could not be saved because the disk is full, and the folder was "
                "left as it was. Make room on the disk (empty the computer's trash, "
                "for example), then try again."),
            detail=detail,
        )


class FolderBusyError(SaveFailedError):
    """Another program held the folder file for longer than we could wait."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The folder file is busy (another program is using it), so this was "
                "not saved yet. Wait a moment, then try again."),
            detail=detail,
        )


class FolderBusyReadingError(ReadFailedError):
    """Another program held the folder file for longer than we could wait to read it."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The folder file is busy (another program is using it), so this could "
                "not be read just now. Wait a moment, then try again. Nothing was "
                "changed."),
            detail=detail,
        )


class FolderNotWritableError(SaveFailedError):
    """The folder was opened for changes, but its file or disk stopped taking writes (a disk
    made read-only, a locked USB stick, permissions changed while it was open)."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "This could not be saved because the folder file cannot be written to "
                "any more (the disk or USB stick may be locked, or set to read only). "
                "The folder was left as it was. Copy it to a place you can write to, "
                "then open the copy."),
            detail=detail,
        )


class FolderVanishedError(SaveFailedError):
    """The folder file is no longer where it was opened from (moved, renamed or deleted while
    open, or its USB stick taken out): nothing was saved, so nothing went into a lost file."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "This could not be saved because the folder file is no longer where it "
                "was (it was moved, renamed or deleted, or its disk or USB stick was "
                "taken out). Nothing was changed. Put it back or plug the stick in "
                "again, then open the folder again."),
            detail=detail,
        )


class FolderVanishedReadingError(ReadFailedError):
    """The folder file went away while open, so it could not be read."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The folder file is no longer where it was (it was moved, renamed or "
                "deleted, or its disk or USB stick was taken out), so this could not "
                "be read. Put it back or plug the stick in again, then open the folder "
                "again."),
            detail=detail,
        )


class DiskFullReadingError(ReadFailedError):
    """Reading needed a little room beside the folder file (SQLite's shared-memory file) and
    the disk had none."""

    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The disk this folder is on is full, so the folder could not be read. "
                "Make room on the disk (empty the computer's trash, for example), then "
                "try again. Nothing was changed."),
            detail=detail,
        )
