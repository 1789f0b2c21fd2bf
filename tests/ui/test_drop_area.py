"""While files are dragged over the window, a drop area says what a drop will do ("Drop to add 3
letters", or over a request in the ledger "… and attach them to this request"); it goes away when
the drag leaves or the files are dropped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Profile, Request
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.drop_feedback import DropArea
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
ACTIONS = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        folder.records.add(Request(what="Signed plan of care", due_on=date(2026, 12, 4)))
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    assert opened(qtbot, win, path)
    yield win
    if win.view is not None and win.view.built_documents() is not None:
        win.view.documents.queue.wait_until_idle()
    win.close()


@pytest.fixture
def letters(tmp_path: Path) -> list[QUrl]:
    urls = []
    for number in range(3):
        file = tmp_path / f"letter {number}.txt"
        file.write_text(f"Letter {number}: the plan asks for the signed plan of care.")
        urls.append(QUrl.fromLocalFile(str(file)))
    return urls


def mime_of(urls: list[QUrl]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls(urls)
    return mime


def drag(target: QWidget, mime: QMimeData, at: QPoint | None = None) -> bool:
    """A drag entering ``target`` and moving on it; whether it was taken."""
    point = at if at is not None else target.rect().center()
    enter = QDragEnterEvent(point, ACTIONS, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point, ACTIONS, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, move)
    return move.isAccepted()


def area(window: MainWindow) -> DropArea:
    found = window.findChild(DropArea)
    assert found is not None
    return found


def test_dragging_files_over_the_window_says_what_a_drop_does(
        qtbot: QtBot, window: MainWindow, letters: list[QUrl]) -> None:
    assert not area(window).isVisible()
    assert drag(window, mime_of(letters))
    shown = area(window)
    assert shown.isVisible()
    assert shown.text() == "Drop to add 3 letters"
    assert shown.geometry().width() > window.width() / 2  # a clear area, not a note
    assert drag(window, mime_of(letters[:1]))
    assert shown.text() == "Drop to add 1 letter"
    QApplication.sendEvent(window, QDragLeaveEvent())
    qtbot.waitUntil(lambda: not shown.isVisible())


def test_the_area_goes_away_on_drop(qtbot: QtBot, window: MainWindow,
                                    letters: list[QUrl]) -> None:
    mime = mime_of(letters)
    assert drag(window, mime)
    drop = QDropEvent(window.rect().center().toPointF(), ACTIONS, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert not area(window).isVisible()  # at once, not after the import
    assert window.view is not None
    qtbot.waitUntil(lambda: window.view is not None
                    and window.view.tabs.currentWidget() is window.view.documents)


def ledger_row(window: MainWindow) -> tuple[QWidget, QPoint]:
    assert window.view is not None
    tab = window.view.requests
    window.view.tabs.setCurrentWidget(tab)
    return tab.table.viewport(), tab.table.visualRect(tab.proxy.index(0, 1)).center()


def test_over_a_request_it_says_the_files_are_kept_with_it(
        qtbot: QtBot, window: MainWindow, letters: list[QUrl]) -> None:
    viewport, point = ledger_row(window)
    qtbot.waitUntil(viewport.isVisible)
    assert drag(viewport, mime_of(letters[:2]), point)
    assert area(window).isVisible()
    assert area(window).text() == ("Drop to add 2 letters and attach them to this request: "
                                   "“Signed plan of care”")
    # moving off the rows: the window takes it, the area says so at once (no gap, no flicker)
    below = QPoint(point.x(), viewport.height() - 2)
    assert drag(viewport, mime_of(letters[:2]), below)
    assert area(window).text() == "Drop to add 2 letters"
    QApplication.sendEvent(viewport, QDragLeaveEvent())
    qtbot.waitUntil(lambda: not area(window).isVisible())


def test_in_spanish(qtbot: QtBot, spanish: None, window: MainWindow, letters: list[QUrl],
                    ) -> None:
    assert drag(window, mime_of(letters))
    assert area(window).text() == "Suelte para agregar 3 cartas"
    viewport, point = ledger_row(window)
    qtbot.waitUntil(viewport.isVisible)
    assert drag(viewport, mime_of(letters[:1]), point)
    assert area(window).text() == ("Suelte para agregar 1 carta y guardarla con esta solicitud: "
                                   "“Signed plan of care”")
    QApplication.sendEvent(viewport, QDragLeaveEvent())
    qtbot.waitUntil(lambda: not area(window).isVisible())
