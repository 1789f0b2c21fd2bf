"""The one kind of trouble this package reports: a file that cannot be kept."""

from __future__ import annotations

from infusion_desk.core.errors import FolderError


class DocumentRefusedError(FolderError):
    """A file was not taken in. ``str(error)`` is one plain sentence saying why.

    ``detail`` carries the path or the system's own wording, for the log only.
    """
