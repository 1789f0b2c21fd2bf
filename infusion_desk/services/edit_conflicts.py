"""Two edits of one record (issue 17), as the window and the command line settle them.

An operation whose save finds that someone else saved the record first raises
``core.errors.EditConflictError`` (mine and theirs) and stores nothing. She chooses, for each
field that differs, theirs or hers (:func:`choices`); to save what she chose, the same
operation runs again inside :func:`keeping_mine` ``(conflict.theirs, chosen)``: her save then
goes over the version she has now seen, as :func:`chosen` mixes it (and she is told again if
yet another save came in between). To keep theirs whole, nothing is run: the folder holds it.
"""

from __future__ import annotations

from collections.abc import Collection

from infusion_desk.core.errors import EditConflictError
from infusion_desk.core.field_words import side_by_side
from infusion_desk.core.records import Profile, Record
from infusion_desk.storage.record_values import written_on_update
from infusion_desk.storage.record_versions import keeping_mine, mixed

__all__ = ["choices", "chosen", "keeping_mine"]


def choices(conflict: EditConflictError) -> dict[str, bool]:
    """The fields she chooses between theirs and hers: those that differ and that a save
    writes, in the record's order; True where theirs is chosen first (hers is empty), False
    where hers is."""
    written = written_on_update(type(conflict.mine))
    return {row.name: not row.mine for row in side_by_side(conflict.theirs, conflict.mine)
            if row.differs and row.name in written}


def chosen(conflict: EditConflictError, take_theirs: Collection[str]) -> Record | Profile:
    """Hers, with theirs' values of the fields in ``take_theirs`` (only fields a save
    writes)."""
    return mixed(conflict.mine, conflict.theirs, take_theirs)
