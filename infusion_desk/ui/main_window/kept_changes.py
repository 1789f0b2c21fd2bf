"""Closing the window while changes wait for a shared folder's server: asked first, honestly.

The kept changes live only in this window (a service call with what she typed, not something
that can be written to a file and trusted later), so closing loses them. The question says so,
and staying is the default (Esc, Enter): the window keeps trying, and the banner's *Try now* is
right there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from infusion_desk.core.i18n import translate

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow


def question_words(count: int) -> str:
    if count == 1:
        return translate("KeptChanges", "The server still cannot be reached, so one change you "
                         "made is not saved yet. If you close now, it will be lost.")
    return translate("KeptChanges", "The server still cannot be reached, so %n changes you "
                     "made are not saved yet. If you close now, they will be lost.", None, count)


def may_close(window: MainWindow) -> bool:
    """True when nothing waits, or she chose to close anyway (what waited is dropped)."""
    ctx = window.ctx
    if ctx is None or not ctx.outbox.waiting:
        return True
    stay = translate("KeptChanges", "Stay and keep trying")
    close = translate("KeptChanges", "Close and lose them")
    chosen = window.choose(question_words(ctx.outbox.waiting), [stay, close], escape=stay,
                           icon=QMessageBox.Icon.Warning)
    if chosen != close:
        ctx.outbox.try_now()
        return False
    ctx.outbox.forget()
    return True


def close_for_good(window: MainWindow) -> None:
    """File > Close: asked first while changes wait for the server (as closing the window is)."""
    if may_close(window):
        window.close_folder_for_good()
