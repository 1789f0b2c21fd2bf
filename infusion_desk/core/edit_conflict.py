"""Two edits of one record: the later save is told, never silently written over the other.

Import it from :mod:`infusion_desk.core.errors` like the rest (which loads this module; imported
first, this one would meet errors half made). Raised by ``Store.update`` (and the profile's
save) when the record's stored version is no longer the one the edit started from; the
transaction is rolled back, so nothing of the operation was stored.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate

if TYPE_CHECKING:
    from infusion_desk.core.records import Profile, Record

# Fields that are the folder's bookkeeping, not what she typed: never compared or shown.
BOOKKEEPING = frozenset({"id", "version"})


class EditConflictError(FolderError):
    """Someone else saved this record after the edit began. ``mine``: the record as this save
    would have stored it (with the version it started from); ``theirs``: as it is stored now
    (with its version). Saving ``mine`` again with ``theirs.version`` keeps mine."""

    def __init__(self, mine: Record | Profile, theirs: Record | Profile) -> None:
        super().__init__(
            translate("Errors", "Someone else changed this while you were editing it, so it "
                                "was not saved. Open it again to see their changes."),
            detail=f"{type(mine).__name__} {getattr(mine, 'id', None)}: version "
                   f"{mine.version}, stored {theirs.version}",
        )
        self.mine = mine
        self.theirs = theirs

    def differing(self) -> list[str]:
        """The names of the fields whose values differ, in the record's own order."""
        return [f.name for f in fields(self.mine)
                if f.name not in BOOKKEEPING
                and getattr(self.mine, f.name) != getattr(self.theirs, f.name)]
