"""Opening another folder while changes wait for the shared folder's server asks first, whatever
the way (File > Open, Open recent, Open shared folder, New folder, the demo, a file handed over
by a second start), with the question closing asks: staying is the default and keeps them; going
on opens the other folder, and they are dropped only once it has taken this one's place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from memory_keyring import keeper, no_keeper
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import ServerUnreachableError
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.services.changes import Done
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.shared import actions as shared_actions
from infusion_desk.ui.shared.sign_in_dialog import SignInDialog
from infusion_desk.ui.single_instance import OpenRequest, bring_forward
from tests.ui.window_helpers import opened

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

TODAY = date(2026, 11, 27)
STAY, GO_ON = "Stay and keep trying", "Close and lose them"
ASKED = ("The server still cannot be reached, so one change you made is not saved yet. Opening "
         "another folder closes this one, and the change will be lost.")
ADDRESS = "postgresql://maria@127.0.0.1:1/team?folder=brennan&sslmode=disable"


def _demo(path: Path) -> Folder:
    return Folder.create(path)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "Walter Brennan.infusiondesk"
    Folder.create(path).close()
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY,
                     demo_writer=_demo)
    win.show()  # (closed below, not by pytest-qt: that would ask the question first)
    assert opened(qtbot, win, path)
    yield win
    for dialog in win.findChildren(SignInDialog):
        dialog.reject()
    if win.ctx is not None:
        win.ctx.outbox.forget()
    win.close()
    win.deleteLater()


@pytest.fixture
def other(tmp_path: Path) -> Path:
    path = tmp_path / "Rosa Diaz.infusiondesk"
    Folder.create(path).close()
    return path


def keep_one(window: MainWindow) -> None:
    assert window.ctx is not None

    def away() -> Done[Any]:
        raise ServerUnreachableError("db.example.org")

    assert window.ctx.perform(away) is None
    assert window.ctx.outbox.waiting == 1


def answering(button_text: str, seen: list[str]) -> QTimer:
    """Click ``button_text`` in each question that shows (looked for until stopped)."""
    timer = QTimer()
    timer.setInterval(20)

    def click() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                for button in box.buttons():
                    if button.text() == button_text:
                        seen.append(box.text())
                        button.click()
                        return

    timer.timeout.connect(click)
    timer.start()
    return timer


def _open_file(window: MainWindow, other: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    window.open_folder(other)  # Open recent, the welcome page's list, a start on a file
    return other


def _file_open(window: MainWindow, other: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other), ""))
    window.open_action.trigger()
    return other


def _new_folder(window: MainWindow, other: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    made = other.with_name("Made anew.infusiondesk")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Rosa Diaz", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(made), ""))
    window.new_action.trigger()
    return made


def _demo_folder(window: MainWindow, other: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    window.demo_action.trigger()  # written by its job (``_demo``), then opened
    return window.paths.demo_folder


def _handed_over(window: MainWindow, other: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bring_forward(window, OpenRequest(other))  # a double-click, or a second start
    return other


WAYS: dict[str, Callable[[MainWindow, Path, pytest.MonkeyPatch], Path]] = {
    "open recent": _open_file, "file open": _file_open, "new folder": _new_folder,
    "demo": _demo_folder, "handed over": _handed_over}


def _is_open(window: MainWindow, path: Path) -> bool:
    return window.ctx is not None and window.ctx.folder.path.resolve() == path.resolve()


@pytest.mark.parametrize("way", list(WAYS))
def test_staying_keeps_the_changes_and_the_folder(
        window: MainWindow, other: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        way: str) -> None:
    first = window.ctx.folder.path if window.ctx is not None else None
    keep_one(window)
    ended: list[bool] = []
    window.opening_ended.connect(ended.append)
    seen: list[str] = []
    clicker = answering(STAY, seen)
    target = WAYS[way](window, other, monkeypatch)
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    if way not in ("new folder",):  # (File > New ends without an opening to end)
        qtbot.waitUntil(lambda: bool(ended))
        assert ended == [False]
    clicker.stop()
    assert seen == [ASKED]
    assert window.ctx is not None and window.ctx.folder.path == first
    assert window.ctx.outbox.waiting == 1 and window.view is not None
    assert window.view.outbox_banner.isVisible()
    if way == "new folder":
        assert not target.exists()  # nothing made while she stays


@pytest.mark.parametrize("way", list(WAYS))
def test_going_on_opens_the_other_folder_and_drops_them(
        window: MainWindow, other: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        way: str) -> None:
    keep_one(window)
    kept = window.ctx
    assert kept is not None
    seen: list[str] = []
    clicker = answering(GO_ON, seen)
    target = WAYS[way](window, other, monkeypatch)
    qtbot.waitUntil(lambda: _is_open(window, target), timeout=60_000)
    clicker.stop()
    assert seen == [ASKED]  # asked once
    assert kept.outbox.waiting == 0
    assert window.ctx is not None and window.ctx.outbox.waiting == 0


def test_nothing_is_asked_when_nothing_waits(window: MainWindow, other: Path,
                                             qtbot: QtBot) -> None:
    seen: list[str] = []
    clicker = answering(STAY, seen)
    assert opened(qtbot, window, other)
    clicker.stop()
    assert seen == [] and _is_open(window, other)


def test_going_on_to_a_folder_that_does_not_open_loses_nothing(
        window: MainWindow, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    keep_one(window)
    monkeypatch.setattr(window, "show_error", lambda error: None)  # (it says why)
    seen: list[str] = []
    clicker = answering(GO_ON, seen)
    broken = tmp_path / "Not a folder.infusiondesk"
    broken.write_bytes(b"this is not a folder file" * 100)
    assert not opened(qtbot, window, broken)
    clicker.stop()
    assert seen == [ASKED]
    assert window.ctx is not None and window.ctx.outbox.waiting == 1  # still kept, still tried


def test_open_shared_folder_asks_before_the_sign_in(window: MainWindow, qtbot: QtBot) -> None:
    keep_one(window)
    action = window.findChild(QAction, shared_actions.OPEN_ACTION)
    assert action is not None
    seen: list[str] = []
    clicker = answering(STAY, seen)
    action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    clicker.stop()
    assert window.findChildren(SignInDialog) == [] and window.ctx is not None
    assert window.ctx.outbox.waiting == 1

    clicker = answering(GO_ON, seen)
    action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SignInDialog)))
    clicker.stop()
    assert seen == [ASKED, ASKED]
    dialog = window.findChildren(SignInDialog)[0]
    dialog.reject()  # she changes her mind: the folder and what waits are as they were
    assert window.ctx is not None and window.ctx.outbox.waiting == 1


def test_a_shared_folder_handed_over_or_recent_asks_too(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    keep_one(window)
    seen: list[str] = []
    clicker = answering(STAY, seen)
    with keeper(no_keeper()), qtbot.waitSignal(window.opening_ended) as ended:
        bring_forward(window, OpenRequest(shared=ADDRESS))
    clicker.stop()
    assert ended.args == [False] and seen == [ASKED]
    assert window.findChildren(SignInDialog) == []
    assert window.ctx is not None and window.ctx.outbox.waiting == 1
