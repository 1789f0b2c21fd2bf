"""The window as a whole: welcome, opening folders, remembering state, text size, Find, Undo."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Call, Contact, Plan, Profile, Request
from infusion_desk.demo import cast, demo_needs_writing, story
from infusion_desk.demo import writer as demo_writer
from infusion_desk.paths import AppPaths, app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.editing import edits_folder
from infusion_desk.ui.jobs import FOLDER
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.ui.shown_windows import shown_window
from tests.ui.window_helpers import demo_opened, opened

TODAY = date(2026, 11, 27)


def make_window(qtbot: QtBot, paths: AppPaths) -> MainWindow:
    window = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def paths() -> AppPaths:
    return app_paths()


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    win = make_window(qtbot, paths)
    yield win
    win.close()


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        folder.records.add(Plan(payer="Medicare", member_id="4TR8-UV2-WX61"))
        folder.records.add(Request(what="Signed plan of care", due_on=date(2026, 11, 20)))
        folder.records.add(Call(organization="Sunrise Home Infusion", reference_number="SR-99017",
                        summary="Pump delivery set for Friday"))
        folder.records.add(Contact(name="Maria Lopez", organization="Sunrise Home Infusion"))
    return path


def test_first_run_shows_the_welcome(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    texts = [b.text() for b in (window.welcome.new_button, window.welcome.open_button,
                                window.welcome.demo_button)]
    assert texts == ["&Start a new folder for someone you care for…",
                     "&Open a folder…", "&Look around with a demo folder"]
    assert not window.close_action.isEnabled()


def test_start_a_new_folder_named_after_the_patient(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "Rosa Díaz"
    assert window.create_folder(target, "Rosa Díaz")
    assert window.view is not None
    assert window.view.title.text() == "Rosa Díaz"
    assert "Rosa Díaz" in window.windowTitle()
    stored = tmp_path / "Rosa Díaz.infusiondesk"
    assert stored.exists()
    assert window.settings.recent_folders()[0] == stored


def test_an_open_folder_is_kept_out_of_full_garbage_collections(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    """A big folder's views and records are some 100,000 objects: a full collection of them
    stalled the window 100 ms or more at some moment after opening. They are frozen while the
    folder is open, and collectable again once it is closed."""
    gc.unfreeze()
    assert opened(qtbot, window, folder_path)
    assert gc.get_freeze_count() > 0
    window.close_folder()
    assert gc.get_freeze_count() == 0


def test_open_shows_tabs_and_remembers_state(
    qtbot: QtBot, paths: AppPaths, folder_path: Path
) -> None:
    first = make_window(qtbot, paths)
    assert opened(qtbot, first, folder_path)
    assert first.view is not None
    assert [first.view.tabs.tabText(i) for i in range(first.view.tabs.count())] == [
        "Overview", "Requests", "Calls", "Questions to ask", "Documents", "People to call"]
    first.view.tabs.setCurrentIndex(2)
    first.resize(780, 650)
    first.move(QPoint(40, 30))
    first.set_text_scale(125)
    first.close()

    second = make_window(qtbot, paths)
    assert second.settings.last_folder() == folder_path
    assert opened(qtbot, second, second.settings.last_folder())  # type: ignore[arg-type]
    assert second.view is not None
    assert second.view.tabs.currentIndex() == 2
    assert (second.width(), second.height()) == (780, 650)
    assert second.text_size_actions[125].isChecked()
    second.close()


def test_refused_file_says_why_and_keeps_the_welcome(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.infusiondesk"
    bad.write_text("not a folder")
    assert not opened(qtbot, window, bad)
    assert window.stack.currentWidget() is window.welcome
    box = shown_window(QMessageBox)
    assert "not an Infusion Desk folder file" in box.text()
    box.close()


def test_find_and_jump_to_the_record(qtbot: QtBot, window: MainWindow, folder_path: Path) -> None:
    opened(qtbot, window, folder_path)
    assert window.view is not None
    window.activateWindow()
    window.find_action.trigger()
    field = window.view.search_field
    qtbot.keyClicks(field, "SR-99017")
    qtbot.waitUntil(lambda: window.view is not None and window.view.results.list.count() == 1)
    assert window.view.results.list.item(0).text().startswith("Call: Sunrise Home Infusion")
    assert "SR-99017" in window.view.results.list.item(0).text()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.view.tabs.currentWidget() is window.view.calls
    table = window.view.calls.table
    selected = table.selectionModel().selectedRows()
    assert len(selected) == 1
    assert "SR-99017" in " ".join(
        str(table.model().index(selected[0].row(), c).data())
        for c in range(table.model().columnCount())
    )


def test_text_size_scales_the_whole_window(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    opened(qtbot, window, folder_path)
    base = QApplication.font().pointSizeF()
    window.text_size_actions[200].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2, rel=0.01)
    assert window.settings.text_scale() == 200
    assert window.view is not None
    assert window.view.title.font().pointSizeF() > base * 2
    window.text_size_actions[100].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base, rel=0.01)


def test_undo_by_shortcut_and_by_the_status_link(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    opened(qtbot, window, folder_path)
    ctx = window.ctx
    assert ctx is not None
    contact = ctx.folder.contacts()[0]
    assert ctx.trash(contact, "Maria Lopez")
    assert ctx.folder.contacts() == []
    assert window.undo_button.isVisible()
    assert "trash" in window.status_label.text()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in ctx.folder.contacts()] == ["Maria Lopez"]

    assert ctx.trash(ctx.folder.contacts()[0], "Maria Lopez")
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.undo_action.trigger()
    assert [c.name for c in ctx.folder.contacts()] == ["Maria Lopez"]


def test_demo_folder_opens(qtbot: QtBot, window: MainWindow, paths: AppPaths) -> None:
    assert demo_opened(qtbot, window)
    assert paths.demo_folder.exists()
    assert window.view is not None
    assert window.view.title.text() == "Walter Brennan"


def test_a_half_made_demo_is_made_again_when_she_clicks_the_demo_button(
        qtbot: QtBot, window: MainWindow, paths: AppPaths) -> None:
    """The window was closed while the demo was first written (an older version left it so)."""
    t = story.Timeline(date.today())
    paths.demo_folder.parent.mkdir(parents=True, exist_ok=True)
    with Folder.create(paths.demo_folder, cast.profile(t)) as half:
        for number in range(10):
            half.records.add(Request(what=f"Request {number}"))
    with qtbot.waitSignal(window.opening_ended, timeout=60_000) as ended:
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert ended.args == [True]
    assert window.ctx is not None
    folder = window.ctx.folder
    assert folder.count(Call) >= 30 and folder.count(Request) == 23
    assert "Request 0" not in {r.what for r in folder.requests()}


def test_cancelling_the_demo_leaves_nothing_half_made(
        qtbot: QtBot, window: MainWindow, paths: AppPaths,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cancel_pressed = threading.Event()
    add_requests = demo_writer._add_requests

    def after_cancel(*args: Any) -> Any:  # the ledger is written once Cancel was pressed
        assert cancel_pressed.wait(30)
        return add_requests(*args)

    monkeypatch.setattr(demo_writer, "_add_requests", after_cancel)
    with qtbot.waitSignal(window.opening_ended, timeout=60_000) as ended:
        window.open_demo()
        qtbot.waitUntil(lambda: window.jobs.busy(FOLDER))
        window.jobs.cancel_all(FOLDER)
        cancel_pressed.set()
    assert ended.args == [False]
    assert window.ctx is None
    assert not paths.demo_folder.exists()
    assert demo_needs_writing(paths.demo_folder)


def test_garbage_settings_file_gives_defaults(qtbot: QtBot, paths: AppPaths) -> None:
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_bytes(b"\x00\xff[window]\ngeometry=@ByteArray(\x01\x02)\ntab=banana\n"
                                    b"[view]\ntext_scale=9999\n[folders]\nrecent=7\n")
    window = make_window(qtbot, paths)
    assert window.settings.text_scale() == 100
    assert window.settings.tab() == 0
    assert window.stack.currentWidget() is window.welcome
    assert QGuiApplication.primaryScreen() is not None
    window.close()


def test_opening_the_open_folder_again_keeps_it(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    assert opened(qtbot, window, folder_path)
    first = window.ctx
    assert opened(qtbot, window, folder_path)
    assert window.ctx is first
    assert window.view is not None


def test_read_only_folder_does_not_promise_saving(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    assert opened(qtbot, window, folder_path, read_only=True)
    assert "reading only" in window.saved_note.text()
    changing = (window.empty_trash_action, window.log_call_action, window.restore_action)
    assert all(edits_folder(action) for action in changing)  # declared where they are made
    assert not any(action.isEnabled() for action in changing)
    assert not edits_folder(window.open_action) and window.open_action.isEnabled()
    assert window.print_action.isEnabled()  # reading and printing stay on
    window.close_folder()
    assert opened(qtbot, window, folder_path)
    assert window.saved_note.text() == "Every change is saved as you make it."
    assert all(action.isEnabled() for action in changing)


def test_opening_is_a_job_shown_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    with qtbot.waitSignal(window.opening_ended, timeout=60000) as ended:
        window.open_folder(folder_path)
        assert window.ctx is None  # not opened on the spot: the window keeps answering
        assert not window.job_strip.isHidden()
        assert window.job_strip.label.text() == f"Opening {folder_path.stem}…"
        assert not window.job_strip.cancel_button.isVisibleTo(window.job_strip)
    assert ended.args == [True]
    assert window.ctx is not None
    qtbot.waitUntil(window.job_strip.isHidden)
