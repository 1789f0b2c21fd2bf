"""Closing the folder while changes wait for a shared folder's server: asked first, honestly.

The kept changes live only in this window (a service call with what she typed, not something
that can be written to a file and trusted later), so closing the folder loses them: closing the
window, File > Close, and every way of opening another folder in its place (File > Open, Open
recent, Open shared folder, New folder, the demo, a file handed over by a second start). Each
asks the one question here, and staying is the default (Esc, Enter): the window keeps trying,
and the banner's *Try now* is right there.

Opening another folder is asked before it starts (:func:`may_leave`); what waits is dropped only
when the other folder actually takes this one's place, so an opening that fails or is cancelled
loses nothing, and the window goes on trying.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from infusion_desk.core.i18n import translate

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow

log = logging.getLogger(__name__)


def question_words(count: int) -> str:
    if count == 1:
        return translate("KeptChanges", "The server still cannot be reached, so one change you "
                         "made is not saved yet. If you close now, it will be lost.")
    return translate("KeptChanges", "The server still cannot be reached, so %n changes you "
                     "made are not saved yet. If you close now, they will be lost.", None, count)


def leaving_words(count: int) -> str:
    """The question before another folder is opened in this one's place."""
    if count == 1:
        return translate("KeptChanges", "The server still cannot be reached, so one change you "
                         "made is not saved yet. Opening another folder closes this one, and "
                         "the change will be lost.")
    return translate("KeptChanges", "The server still cannot be reached, so %n changes you "
                     "made are not saved yet. Opening another folder closes this one, and "
                     "they will be lost.", None, count)


def _go_on(window: MainWindow, text: str) -> bool:
    """Ask; True if she chose to close and lose them (else the window tries again now)."""
    assert window.ctx is not None
    stay = translate("KeptChanges", "Stay and keep trying")
    close = translate("KeptChanges", "Close and lose them")
    chosen = window.choose(text, [stay, close], escape=stay, icon=QMessageBox.Icon.Warning)
    if chosen != close:
        window.ctx.outbox.try_now()
        return False
    return True


def may_close(window: MainWindow) -> bool:
    """True when nothing waits, or she chose to close anyway (what waited is dropped)."""
    ctx = window.ctx
    if ctx is None or not ctx.outbox.waiting:
        return True
    if not _go_on(window, question_words(ctx.outbox.waiting)):
        return False
    ctx.outbox.forget()
    return True


def may_leave(window: MainWindow) -> bool:
    """Before another folder is opened in this one's place, every way it can be: True when
    nothing waits for the server, or she chose to go on (what waits is dropped when the other
    folder takes this one's place: until then the window keeps trying)."""
    ctx = window.ctx
    if ctx is None or not ctx.outbox.waiting:
        return True
    if not _go_on(window, leaving_words(ctx.outbox.waiting)):
        log.info("she stayed with the folder: its kept changes wait for the server")
        return False
    return True


def close_for_good(window: MainWindow) -> None:
    """File > Close: asked first while changes wait for the server (as closing the window is)."""
    if may_close(window):
        window.close_folder_for_good()
