"""The window's part of deadlines (issue 16): File > Export deadlines…, and the once-a-day
desktop notice while a folder is open. The code of both loads when first used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from infusion_desk.core.i18n import translate

if TYPE_CHECKING:
    from infusion_desk.ui.deadlines.calendar_export import CalendarExport
    from infusion_desk.ui.deadlines.notices import DeadlineNotices
    from infusion_desk.ui.main_window.window import MainWindow

EXPORT_ACTION = "export_deadlines_action"
FOLLOWING = "follows_deadline_notices"


def add_to(window: MainWindow, file_menu: QMenu, owner: QObject) -> QAction:
    """Add *Export deadlines…* to the File menu (``owner`` holds the menus' actions), and follow
    each opening for the notices (once, however often the menus are made again)."""
    action = QAction(translate("DeadlineActions", "Expor&t deadlines…"), owner)
    action.setObjectName(EXPORT_ACTION)
    action.setToolTip(translate("DeadlineActions", "Save the deadlines as a calendar file that "
                                "Google, Apple or Outlook calendars can import"))
    action.triggered.connect(lambda _c=False: export_deadlines(window))
    file_menu.addAction(action)
    if not window.property(FOLLOWING):
        window.setProperty(FOLLOWING, True)
        window.opening_ended.connect(lambda opened: notices(window).follow(opened))
    return action


def export_action(window: MainWindow) -> QAction | None:
    return window.findChild(QAction, EXPORT_ACTION)


def export_deadlines(window: MainWindow) -> CalendarExport | None:
    """Ask where, then write the calendar file in the background and say what was written."""
    if window.ctx is None:
        return None
    from infusion_desk.ui.deadlines.calendar_export import CalendarExport

    export = CalendarExport(window.ctx.folder, window.clock(), window.jobs, window)
    target = export.ask()
    if target is None:
        export.deleteLater()
        return None

    def finished(words: object) -> None:
        if isinstance(words, str):
            window.say(words)
        export.deleteLater()

    export.finished.connect(finished)
    export.start(target)
    return export


def notices(window: MainWindow) -> DeadlineNotices:
    """The window's deadline notices (made when a folder first opens)."""
    from infusion_desk.ui.deadlines.notices import DeadlineNotices

    found = window.findChild(DeadlineNotices)
    return found if found is not None else DeadlineNotices(window)
