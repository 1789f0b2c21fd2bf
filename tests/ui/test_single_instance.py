"""One window per user: a second start hands its folder file to the running window and exits 0."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infusion_desk.app import start_request
from infusion_desk.core.records import Profile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.single_instance import (
    FileOpenEvents,
    OpenRequest,
    SingleInstance,
    bring_forward,
    server_name,
)
from tests.ui.window_helpers import opened

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the tests speak to a Unix socket")


def make_folder(path: Path, patient: str) -> Path:
    Folder.create(path, Profile(patient_name=patient)).close()
    return path


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: date(2026, 11, 27))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def running(window: MainWindow) -> Iterator[SingleInstance]:
    """The first start: listening, wired to the window as run_app wires it."""
    instance = SingleInstance(server_name(app_paths().config), window)
    assert instance.listen(), instance.name
    instance.open_requested.connect(lambda request: bring_forward(window, request))
    yield instance
    instance.close()


def hand_over_in_thread(name: str, request: OpenRequest) -> tuple[threading.Thread, list[bytes]]:
    """A second start, speaking the protocol over a plain socket from another thread (Python's
    socket lets go of the GIL while it waits; QLocalSocket's waitFor... calls do not), while
    this thread runs the first start's events. Its reply lands in the returned list."""
    reply: list[bytes] = []

    def send() -> None:
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(10)
            client.connect(name)
            client.sendall(request.to_bytes())
            reply.append(client.recv(16))

    thread = threading.Thread(target=send)
    thread.start()
    return thread, reply


def shown_folder(window: MainWindow) -> Path | None:
    return window.ctx.folder.path if window.ctx is not None else None


def test_a_request_survives_the_trip_and_garbage_is_refused() -> None:
    request = OpenRequest(Path("/home/ann/Walter Brennan.infusiondesk"), token="abc")
    assert OpenRequest.from_bytes(request.to_bytes().strip()) == request
    assert OpenRequest.from_bytes(OpenRequest(demo=True).to_bytes()) == OpenRequest(demo=True)
    for garbage in (b"", b"\xff\xfe", b"[1, 2]", b'{"open": 3}', b'{"open": ""}',
                    b'{"open": "a\\u0000b"}', b'{"open": null, "demo": "yes"}'):
        assert OpenRequest.from_bytes(garbage) is None, garbage


def test_the_socket_is_private_to_the_user_and_the_settings_place(tmp_path: Path) -> None:
    one, other = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert one != other
    assert server_name(tmp_path / "a") == one
    if sys.platform.startswith("linux"):  # in $XDG_RUNTIME_DIR, which only this user may enter
        assert Path(one).parent == Path(os.environ["XDG_RUNTIME_DIR"])


def test_a_second_start_opens_its_folder_in_the_running_window(
    qtbot: QtBot, window: MainWindow, running: SingleInstance, tmp_path: Path
) -> None:
    first = make_folder(tmp_path / "Walter Brennan.infusiondesk", "Walter Brennan")
    second = make_folder(tmp_path / "Rosa Diaz.infusiondesk", "Rosa Diaz")
    assert opened(qtbot, window, first)
    window.showMinimized()

    thread, result = hand_over_in_thread(running.name, OpenRequest(second))
    qtbot.waitUntil(lambda: shown_folder(window) == second, timeout=10_000)
    thread.join(10)

    assert result == [b"ok\n"]  # the second start was told its folder was taken
    assert window.windowTitle() == "Rosa Diaz — Infusion Desk"
    assert not window.isMinimized()


def test_the_folder_already_shown_is_not_opened_again(
    qtbot: QtBot, window: MainWindow, running: SingleInstance, tmp_path: Path
) -> None:
    first = make_folder(tmp_path / "Walter Brennan.infusiondesk", "Walter Brennan")
    assert opened(qtbot, window, first)
    ctx = window.ctx

    thread, result = hand_over_in_thread(running.name, OpenRequest(first))
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    thread.join(10)

    assert result == [b"ok\n"]
    assert window.ctx is ctx  # same folder, same undo history


def test_a_start_without_a_folder_just_brings_the_window_forward(
    qtbot: QtBot, window: MainWindow, running: SingleInstance
) -> None:
    window.showMinimized()
    thread, result = hand_over_in_thread(running.name, OpenRequest())
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    thread.join(10)
    assert result == [b"ok\n"]
    assert not window.isMinimized()
    assert window.ctx is None


def test_a_message_that_is_no_request_is_ignored(
    qtbot: QtBot, window: MainWindow, running: SingleInstance
) -> None:
    reply: list[bytes] = []

    def send() -> None:
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(10)
            client.connect(running.name)
            client.sendall(b'{"open": 42}\n')
            reply.append(client.recv(16))

    with qtbot.assertNotEmitted(running.open_requested, wait=100):
        thread = threading.Thread(target=send)
        thread.start()
        qtbot.waitUntil(lambda: bool(reply), timeout=10_000)
        thread.join(10)
    assert reply == [b""]  # dropped without an "ok"
    assert window.ctx is None


def test_nobody_listening_means_this_start_is_the_first(tmp_path: Path) -> None:
    instance = SingleInstance(server_name(tmp_path / "nobody"))
    assert instance.hand_over(OpenRequest(tmp_path / "x.infusiondesk")) is False


def test_a_socket_left_by_a_crashed_app_is_taken_over(qapp: QApplication, tmp_path: Path) -> None:
    name = server_name(tmp_path / "crashed")
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(name)  # bound, never listening, then abandoned: as after a crash
    leftover.close()
    assert Path(name).exists()

    instance = SingleInstance(name)
    assert instance.hand_over_or_listen(OpenRequest()) is False
    assert instance.listening
    instance.close()


def test_the_second_process_hands_over_and_exits_0(
    qtbot: QtBot, window: MainWindow, running: SingleInstance, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path / "Walter Brennan.infusiondesk", "Walter Brennan")
    second = subprocess.Popen([sys.executable, "-m", "infusion_desk", str(folder)], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        if second.poll() is None:
            second.kill()
    output = second.communicate()[0].decode()
    assert second.returncode == 0, output
    qtbot.waitUntil(lambda: shown_folder(window) == folder, timeout=5000)


def test_the_start_request_names_the_folder_with_its_full_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "token-1")
    request = start_request(["Walter.infusiondesk"])
    assert request == OpenRequest(tmp_path / "Walter.infusiondesk", token="token-1")
    assert "XDG_ACTIVATION_TOKEN" not in os.environ  # not handed down to the PDF worker
    assert start_request(["--demo"]) == OpenRequest(demo=True)
    assert start_request([]) == OpenRequest()


def test_a_file_opened_from_the_finder_becomes_a_request(qapp: QApplication,
                                                         tmp_path: Path) -> None:
    events = FileOpenEvents()
    received: list[OpenRequest] = []
    events.open_requested.connect(received.append)
    qapp.installEventFilter(events)
    try:
        path = tmp_path / "Walter Brennan.infusiondesk"
        QApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(path))))
    finally:
        qapp.removeEventFilter(events)
    assert received == [OpenRequest(path)]
