"""Settling two edits of one record in the window: the one place every save goes through
(``FolderContext.perform``) hands a conflict here (issue 17).

The conflict view shows both versions; *Keep my version* runs the same operation again over
theirs (``services.edit_conflicts.keeping_mine``: told again if yet another save came in
between), *Keep their version* stores nothing and closes the form she was in, so that the
screens show theirs. Closed without a choice: nothing stored, her form stays open as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from infusion_desk.core.errors import EditConflictError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Profile, RecordKind, kind_of
from infusion_desk.services import Change, Done
from infusion_desk.services.edit_conflicts import keeping_mine
from infusion_desk.ui.dialogs.conflict_dialog import Choice, ask_which_to_keep

if TYPE_CHECKING:
    from infusion_desk.ui.context import FolderContext

T = TypeVar("T")


def change_of(conflict: EditConflictError) -> Change:
    """What the screens refresh to show theirs."""
    theirs = conflict.theirs
    if isinstance(theirs, Profile):
        return Change.of(RecordKind.PROFILE)
    return Change.of(kind_of(theirs), ids=[theirs.id])


def settle_conflict(ctx: FolderContext, conflict: EditConflictError,
                    operation: Callable[[], Done[T]], parent: QWidget | None) -> Done[T] | None:
    """Ask which version to keep; the operation's result when hers was saved, else None.
    Other known trouble while saving hers is raised as it came."""
    while True:
        choice = ask_which_to_keep(conflict, parent)
        if choice is not Choice.MINE:
            break
        try:
            with keeping_mine(conflict.theirs):
                return operation()
        except EditConflictError as again:  # yet another save came in between: show that one
            conflict = again
    ctx.signals.records_changed.emit(change_of(conflict))
    if choice is Choice.THEIRS:
        ctx.say(translate("FolderContext", "Kept their version. Yours was not saved."))
        if isinstance(parent, QDialog):  # the form she was in: the screen shows theirs
            parent.done(QDialog.DialogCode.Rejected)
    return None
