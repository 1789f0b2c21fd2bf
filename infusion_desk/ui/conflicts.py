"""Settling two edits of one record in the window: the one place every save goes through
(``FolderContext.perform``) hands a conflict here (issue 17).

The conflict view shows both versions, its head saying who saved theirs and when (a shared
folder's audit log; on a folder file, "someone else": another window or program); for each field
that differs she chooses theirs or hers. *Save these* runs the same operation again over theirs
with the record as she chose it (``services.edit_conflicts``: told again if yet another save
came in between), *Keep their version* stores nothing and closes the form she was in, so that
the screens show theirs. Closed without a choice: nothing stored, her form stays open as typed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from infusion_desk.core.errors import EditConflictError, FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Profile, RecordKind, kind_of
from infusion_desk.services import Change, Done
from infusion_desk.services.edit_conflicts import chosen, keeping_mine
from infusion_desk.ui.dialogs.conflict_dialog import Choice, ask_which_to_keep, saved_by_words

if TYPE_CHECKING:
    from infusion_desk.ui.context import FolderContext

T = TypeVar("T")
log = logging.getLogger(__name__)


def change_of(conflict: EditConflictError) -> Change:
    """What the screens refresh to show theirs."""
    theirs = conflict.theirs
    if isinstance(theirs, Profile):
        return Change.of(RecordKind.PROFILE)
    return Change.of(kind_of(theirs), ids=[theirs.id])


def who_saved_theirs(ctx: FolderContext, conflict: EditConflictError) -> str:
    """"Saved by dana at …" from a shared folder's audit log; "Saved by someone else" when the
    folder keeps no log (a folder file) or it cannot be read now."""
    from infusion_desk.services.audit import last_save_of

    try:
        line = last_save_of(ctx.folder, conflict.theirs)
    except FolderError as exc:  # (the server gone again: the view is shown all the same)
        log.info("who saved a record could not be read: %s", type(exc).__name__)
        line = None
    return saved_by_words() if line is None else saved_by_words(line.who_words(), line.at)


def settle_conflict(ctx: FolderContext, conflict: EditConflictError,
                    operation: Callable[[], Done[T]], parent: QWidget | None) -> Done[T] | None:
    """Ask which version of each field to keep; the operation's result when hers (as she
    chose it) was saved, else None. Other known trouble while saving is raised as it came."""
    while True:
        choice, take_theirs = ask_which_to_keep(conflict, parent,
                                                saved_by=who_saved_theirs(ctx, conflict))
        if choice is not Choice.SAVE:
            break
        try:
            with keeping_mine(conflict.theirs, chosen(conflict, take_theirs)):
                return operation()
        except EditConflictError as again:  # yet another save came in between: show that one
            conflict = again
    ctx.signals.records_changed.emit(change_of(conflict))
    if choice is Choice.THEIRS:
        ctx.say(translate("FolderContext", "Kept their version. Yours was not saved."))
        if isinstance(parent, QDialog):  # the form she was in: the screen shows theirs
            parent.done(QDialog.DialogCode.Rejected)
    return None
