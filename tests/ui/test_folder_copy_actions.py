"""File > Copy this folder to a shared server… and File > Save a copy as a file…, driven as a
person would: the menu, the form, the job in the window's strip, the words after it, and what is
stored on each side."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from memory_keyring import MemoryKeyring, keeper
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import FolderNotGivenError
from infusion_desk.core.records import Call, Document, Plan, Profile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.services.addresses import parse_server_address
from infusion_desk.ui.jobs import FOLDER
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.shared.copy_actions import copy_actions
from infusion_desk.ui.shared.sign_in_dialog import SignInDialog
from tests.ui.shown_windows import shown_window
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
PASSWORD = "tests-only-password"  # a throwaway server on loopback
COPY_TIMEOUT_MS = 120_000


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        folder.records.add(Plan(payer="Medicare", member_id="6PQ4-RS8-TU21"))
        gone = folder.records.add(Call(organization="Sunrise Home Infusion")).value
        folder.records.trash(Call, gone.id)
        folder.records.add_document(Document(title="Approval letter", text="PA-77123"),
                                    b"%PDF-1.4 pretend letter bytes")
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    assert opened(qtbot, win, path)
    return win


def menu_action(window: MainWindow, name: str) -> QAction:
    """The File menu's action, as she finds it there (shown, so it says whether it is on)."""
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.aboutToShow.emit()
    found = window.findChild(QAction, name)
    assert found is not None and found in file_menu.actions()
    return found


def message_showing(text: str) -> QMessageBox | None:
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible() and text in box.text():
            return box
    return None


def wait_for_message(qtbot: QtBot, text: str) -> QMessageBox:
    qtbot.waitUntil(lambda: message_showing(text) is not None, timeout=COPY_TIMEOUT_MS)
    box = message_showing(text)
    assert box is not None
    assert box.textFormat() == Qt.TextFormat.PlainText
    return box


def save_copy_as(qtbot: QtBot, window: MainWindow, target: Path,
                 monkeypatch: pytest.MonkeyPatch) -> QMessageBox:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    action = menu_action(window, "saveCopyAsFileAction")
    assert action.isEnabled()
    action.trigger()
    box = wait_for_message(qtbot, "Saved a copy of the folder as")
    assert "Everything arrived" in box.text()
    return box


def test_save_a_copy_as_a_file(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "copies" / "Brennan copy"  # the suffix is added
    target.parent.mkdir()
    box = save_copy_as(qtbot, window, target, monkeypatch)
    assert "Call: 0 (and 1 in the trash)" in box.text()
    box.close()
    with Folder.open(target.with_name("Brennan copy.infusiondesk"), read_only=True) as copy:
        assert [p.member_id for p in copy.plans()] == ["6PQ4-RS8-TU21"]
        assert copy.count(Call, trashed=True) == 1
        assert copy.document_bytes(copy.documents()[0].id) == b"%PDF-1.4 pretend letter bytes"
    assert window.ctx is not None and window.ctx.folder.path.name == "Walter Brennan.infusiondesk"


def test_a_plain_connection_to_another_computer_is_refused_in_the_form(
        qtbot: QtBot, window: MainWindow) -> None:
    menu_action(window, "copyToServerAction").trigger()
    dialog = shown_window(SignInDialog)
    assert dialog.windowTitle() == "Copy this folder to a shared server"
    assert dialog.open_button.text() == "&Copy"
    qtbot.keyClicks(dialog.host,
                    "postgresql://maria@db.example.org/infusion?folder=brennan&sslmode=disable")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.trouble.isVisible() and "refused" in dialog.trouble.text()
    assert dialog.trouble.textFormat() == Qt.TextFormat.PlainText
    assert copy_actions(window).job is None  # nothing was started
    dialog.reject()


class Team:
    def __init__(self, server: object) -> None:
        from infusion_desk.storage.shared.setup import add_person

        self.url = server.new_database()  # type: ignore[attr-defined]
        self.person = server.unique_name("maria")  # type: ignore[attr-defined]
        add_person(self.url, self.person, PASSWORD)
        parts = urlsplit(self.url)
        self.place = f"{parts.hostname}:{parts.port}{parts.path}"

    def address(self, folder: str) -> str:
        return f"postgresql://{self.person}@{self.place}?folder={folder}"


@pytest.fixture(scope="module")
def team(pg_server: object) -> Team:
    return Team(pg_server)


def fill_in(qtbot: QtBot, address: str) -> SignInDialog:
    """The form, as she fills it in: the whole address pasted, her password typed."""
    dialog = shown_window(SignInDialog)
    qtbot.keyClicks(dialog.pasted, address)
    assert dialog.folder.text() == parse_server_address(address).folder  # the boxes filled in
    qtbot.keyClicks(dialog.password, PASSWORD)
    return dialog


def test_copy_to_a_shared_server_then_open_it_and_save_it_back(
        qtbot: QtBot, window: MainWindow, team: Team, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    action = menu_action(window, "copyToServerAction")
    assert action.isEnabled()
    address = team.address("brennan")
    with keeper(MemoryKeyring()) as memory:
        action.trigger()
        dialog = fill_in(qtbot, address)
        dialog.remember.setChecked(True)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        box = wait_for_message(qtbot, "The folder was copied to the server")
        assert "Everything arrived" in box.text()
        key = parse_server_address(address).keyring_key()
        assert memory.entries == {("Infusion Desk", key): PASSWORD}  # kept, as she asked
    opening = next(b for b in box.buttons() if "Open the shared copy" in b.text())
    with qtbot.waitSignal(window.jobs.job_ended, timeout=COPY_TIMEOUT_MS):
        qtbot.mouseClick(opening, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx is not None and window.ctx.folder.is_shared,
                    timeout=COPY_TIMEOUT_MS)
    shared = window.ctx.folder
    assert [p.member_id for p in shared.plans()] == ["6PQ4-RS8-TU21"]
    assert shared.count(Call, trashed=True) == 1
    assert not menu_action(window, "copyToServerAction").isEnabled()  # it is there already
    # … and back to a file, from the shared folder.
    back = tmp_path / "Back.infusiondesk"
    save_copy_as(qtbot, window, back, monkeypatch).close()
    with Folder.open(back, read_only=True) as copy:
        assert copy.profile().patient_name == "Walter Brennan"
        assert copy.count(Call, trashed=True) == 1


def test_closing_the_form_stops_the_copy_and_nothing_is_left(
        qtbot: QtBot, window: MainWindow, team: Team) -> None:
    hold = threading.Event()
    blocker = window.jobs.start(lambda _p: hold.wait(60), lane=FOLDER)  # the copy waits
    menu_action(window, "copyToServerAction").trigger()
    address = team.address("stopped")
    dialog = fill_in(qtbot, address)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.open_button.isEnabled()  # busy: the form waits for the copy
    job = copy_actions(window).job
    assert job is not None and job is not blocker
    with qtbot.waitSignal(job.stopped, timeout=COPY_TIMEOUT_MS):
        dialog.reject()  # she closes the form: the copy is cancelled
        hold.set()
    assert "The copy was stopped" in window.status_label.text()
    with pytest.raises(FolderNotGivenError):  # the copy never began: no folder was made
        Folder.open_shared(parse_server_address(address), PASSWORD)
