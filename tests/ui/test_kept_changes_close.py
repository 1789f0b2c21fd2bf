"""Closing the window while changes wait for the server asks first: staying is the default and
keeps them; closing anyway says they are lost, and drops them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import ServerUnreachableError
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.services.changes import Done
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "Walter Brennan.infusiondesk"
    Folder.create(path).close()
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    win.show()  # (closed below, not by pytest-qt: that would ask the question first)
    assert opened(qtbot, win, path)
    yield win
    if win.ctx is not None:
        win.ctx.outbox.forget()
    win.close()
    win.deleteLater()


def keep_one(window: MainWindow) -> None:
    assert window.ctx is not None

    def away() -> Done[Any]:
        raise ServerUnreachableError("db.example.org")

    assert window.ctx.perform(away) is None
    assert window.ctx.outbox.waiting == 1


def answer(qtbot: QtBot, button_text: str, seen: list[str]) -> QTimer:
    """Click ``button_text`` in the question once it shows (looked for until then)."""
    timer = QTimer()
    timer.setInterval(20)

    def click() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                for button in box.buttons():
                    if button.text() == button_text:
                        timer.stop()
                        seen.append(box.text())
                        button.click()
                        return

    timer.timeout.connect(click)
    timer.start()
    return timer


def test_closing_with_a_kept_change_asks_and_staying_keeps_it(
        window: MainWindow, qtbot: QtBot) -> None:
    keep_one(window)
    seen: list[str] = []
    clicker = answer(qtbot, "Stay and keep trying", seen)
    window.close()
    clicker.stop()
    assert window.isVisible() and window.ctx is not None and window.ctx.outbox.waiting == 1
    assert seen == ["The server still cannot be reached, so one change you made is not saved "
                    "yet. If you close now, it will be lost."]


def test_closing_anyway_drops_what_was_kept(window: MainWindow, qtbot: QtBot) -> None:
    keep_one(window)
    ctx = window.ctx
    assert ctx is not None
    seen: list[str] = []
    clicker = answer(qtbot, "Close and lose them", seen)
    window.close()
    clicker.stop()
    assert not window.isVisible()
    assert ctx.outbox.waiting == 0 and len(seen) == 1


def test_file_close_asks_too(window: MainWindow, qtbot: QtBot) -> None:
    keep_one(window)
    seen: list[str] = []
    clicker = answer(qtbot, "Stay and keep trying", seen)
    window.close_action.trigger()
    clicker.stop()
    assert window.ctx is not None and window.ctx.outbox.waiting == 1 and len(seen) == 1
    clicker = answer(qtbot, "Close and lose them", seen)
    window.close_action.trigger()
    clicker.stop()
    assert window.ctx is None and window.stack.currentWidget() is window.welcome
