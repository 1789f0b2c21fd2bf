"""While the app runs, a deadline within 3 days is shown once a day as a desktop notification
(a tray message). ``folder.deadlines.to_notify`` (``core.deadline_ranking``) decides what it
names; the last day a notice was shown is kept in the app's settings, per folder, so that it
never comes twice in a day, even after the app is started again. Nothing runs once the app is
closed.

Where the system has no tray (some desktops; the offscreen platform of the tests) a short, calm
line in the status bar says how many are near and where to see them (it shares the bar with the
job strip, so it is kept short), with each deadline's date and words in its tooltip; nothing
fails.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date
from typing import Protocol, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QSystemTrayIcon, QWidget

from infusion_desk.core.deadlines import Deadline
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import RecordKind
from infusion_desk.services import Change
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.deadlines.deadline_text import notice_text
from infusion_desk.ui.settings import AppSettings

CHECK_MS = 20 * 60 * 1000  # looked at again this often, so that a new day is noticed
SHOW_MS = 20_000  # how long the tray message stays


class NoticeWindow(Protocol):
    """What the notices need of the main window."""

    ctx: FolderContext | None
    settings: AppSettings
    status_label: QLabel
    clock: Callable[[], date]

    def say(self, text: str, undoable: bool = False) -> None: ...

    def windowIcon(self) -> QIcon: ...  # noqa: N802 - Qt's name


def notice_title(count: int) -> str:
    return translate("DeadlineNotices", "%n deadlines are near", None, count)


def status_words(deadlines: list[Deadline]) -> str:
    """The one short line for the status bar, where there is no tray: ``3 deadlines are near —
    see the Overview.`` Short, to be read whole beside a job's progress at 150 % text; the
    dates are in its tooltip (``notice_text``)."""
    return translate("DeadlineNotices", "%n deadlines are near — see the Overview.", None,
                     len(deadlines))


class DeadlineNotices(QObject):
    """Kept by the window while it runs (its child); looks at the open folder's deadlines when
    it opens, when they change, and every ``CHECK_MS``.

    It keeps no Python reference to the window or the folder's context (the window is its Qt
    parent): a reference back would make a cycle that Python's garbage collector frees later,
    on whatever thread it runs, and Qt objects must only be freed on the window's thread."""

    def __init__(self, window: NoticeWindow, *,
                 tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
                 ) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self._tray_available = tray_available
        self.tray: QSystemTrayIcon | None = None
        self._named: list[Deadline] = []  # what the last notice named
        self._followed: weakref.ref[FolderContext] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    @property
    def _window(self) -> NoticeWindow:
        return cast("NoticeWindow", self.parent())

    def follow(self, opened: bool) -> None:
        """A folder was opened (or not): look now, and keep looking while it is open."""
        ctx = self._window.ctx
        if ctx is None or not opened:
            self.timer.stop()
            return
        if self._followed is None or self._followed() is not ctx:
            self._followed = weakref.ref(ctx)
            ctx.signals.records_changed.connect(self._on_records_changed)
        self.timer.start()
        self.check()

    def _on_records_changed(self, change: Change) -> None:
        if RecordKind.DEADLINE in change.kinds:
            self.check()

    def check(self) -> list[Deadline]:
        """Show the day's notice if one is due and none was shown today; what it named."""
        ctx = self._window.ctx
        if ctx is None:
            self.timer.stop()
            return []
        today = self._window.clock()
        try:
            key = ctx.folder.deadlines.folder_key()
            last = self._window.settings.deadlines_notified_on(key)
            due = ctx.folder.deadlines.to_notify(today, last)
        except FolderError:
            return []  # a folder that cannot be read says so where she looks; not here
        if not due:
            return []
        self._window.settings.set_deadlines_notified_on(key, today)
        self._named = due
        if self._tray_available():
            tray = self._tray()
            tray.show()
            tray.showMessage(notice_title(len(due)), notice_text(due, today),
                             QSystemTrayIcon.MessageIcon.Warning, SHOW_MS)
        else:
            self._window.say(status_words(due))
            self._window.status_label.setToolTip(notice_text(due, today))
        return due

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(translate("DeadlineNotices", "Infusion Desk: deadlines"))
            self.tray.messageClicked.connect(self._on_tray_message_clicked)
        return self.tray

    def _on_tray_message_clicked(self) -> None:
        """A click on the notice brings the window forward with the first deadline chosen."""
        window = self.parent()
        if isinstance(window, QWidget):
            window.showNormal()
            window.raise_()
            window.activateWindow()
        ctx = self._window.ctx
        if ctx is not None and self._named:
            ctx.open_record(self._named[0])
