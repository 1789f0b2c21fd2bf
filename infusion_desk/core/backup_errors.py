"""Backup trouble told with numbers (the room a backup needs) or about the folder (busy): the
rest of the backup errors are in :mod:`errors`."""

from __future__ import annotations

import math

from infusion_desk.core.errors import BackupFailedError, FolderError
from infusion_desk.core.i18n import translate


def size_words(size: int, *, round_up: bool = False) -> str:
    """A size in plain words: "41 MB", "1.2 GB" (rounded down, or up and never to nothing)."""
    rounding = math.ceil if round_up else math.floor
    if size >= 1024**3:
        return f"{rounding(size * 10 / 1024**3) / 10:.1f} GB"
    return f"{max(rounding(size / 1024**2), 1 if round_up else 0)} MB"


class BackupNeedsRoomError(BackupFailedError):
    """The backup place has less room than the backup needs; nothing was written there."""

    def __init__(self, needed: int, free: int) -> None:
        FolderError.__init__(
            self,
            translate(
                "BackupErrors",
                "The backup needs about {needed}, and the place where the backups are "
                "kept has {free} free, so no backup was made. The folder was left as "
                "it was. Make room there, or choose another place for the backups.").format(
                    needed=size_words(needed, round_up=True), free=size_words(free)),
            detail=f"needed {needed} bytes, {free} free",
        )
        self.needed = needed
        self.free = free


class BackupFolderBusyError(BackupFailedError):
    def __init__(self, detail: str) -> None:
        FolderError.__init__(
            self,
            translate(
                "BackupErrors",
                "The backup could not be made because the folder was busy (another "
                "program kept it to itself). Nothing was changed. Wait a moment, then "
                "try again."),
            detail=detail,
        )
