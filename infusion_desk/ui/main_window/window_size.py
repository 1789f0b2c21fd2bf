"""The window's size: the first window fits the screen's available area (a 1366×768 screen with
its task bar shows the whole window, status line included), a saved size that no longer fits
(another screen, a lower resolution) is brought inside; and the text size's font."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

WANTED = QSize(1280, 760)  # the first window, where the screen has room for it
FRAME_ROOM = QSize(16, 40)  # a title bar and borders, before the window manager says


def available_area(window: QMainWindow) -> QRect:
    """The part of the window's screen not taken by task bars and docks."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *WANTED.toTuple())


def frame_room(window: QMainWindow) -> QSize:
    """What the title bar and borders add to the window (a guess until it has been shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame.height() > inner.height():
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return FRAME_ROOM


def fit(window: QMainWindow, area: QRect | None = None) -> None:
    """Make the window, with its frame, fit inside ``area`` (the screen's available area)."""
    area = area or available_area(window)
    room = frame_room(window)
    most = QSize(max(area.width() - room.width(), 1), max(area.height() - room.height(), 1))
    window.setMinimumSize(window.minimumSize().boundedTo(most))
    size = window.size().boundedTo(most)
    if size != window.size():
        window.resize(size)
    x = min(max(window.x(), area.left()), area.right() + 1 - size.width() - room.width())
    y = min(max(window.y(), area.top()), area.bottom() + 1 - size.height() - room.height())
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def place_first(window: QMainWindow, geometry: QByteArray | None,
                area: QRect | None = None) -> None:
    """Where the window first shows: its saved place (brought inside the screen), or the wanted
    size, smaller on a small screen, in the middle of the screen."""
    area = area or available_area(window)
    if geometry is None or not window.restoreGeometry(geometry):
        room = frame_room(window)
        size = WANTED.boundedTo(QSize(area.width() - room.width(), area.height() - room.height()))
        window.resize(size)
        window.move(area.left() + (area.width() - size.width() - room.width()) // 2,
                    area.top() + (area.height() - size.height() - room.height()) // 2)
    fit(window, area)


def apply_text_scale(window: QMainWindow, base: QFont, percent: int) -> None:
    """The app's font at ``percent`` of the base (at least 11 pt at 100 %)."""
    font = QFont(base)
    size = base.pointSizeF()
    if size <= 0:
        size = 11.0
    font.setPointSizeF(max(size, 11.0) * percent / 100)
    QApplication.setFont(font)
    window.setFont(font)
