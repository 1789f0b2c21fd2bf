"""Trouble copying a whole folder (a folder file to a server, or back): the rest of the folder
errors are in :mod:`errors`."""

from __future__ import annotations

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate


class TargetNotEmptyError(FolderError):
    """A folder is copied only into a new, empty one; nothing was written."""

    def __init__(self, where: str) -> None:
        super().__init__(translate(
            "CopyErrors",
            "{where} already holds records, so nothing was copied into it (a copy never mixes "
            "two folders). Give the name of a new folder instead.").format(where=where))


class CopyStoppedError(FolderError):
    """The copy was stopped before it ended; what was written so far was taken back."""

    def __init__(self) -> None:
        super().__init__(translate(
            "CopyErrors",
            "The copy was stopped, so nothing was copied. The folder itself was not changed."))

