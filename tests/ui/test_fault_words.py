"""Each fault, as the window says it: a flipped header byte, a damaged page of an index or of a
table, a full disk, a read-only place, a folder file that went away, a damaged search index. The
exact words shown are checked, and that the folder file is byte for byte as it was."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from infusion_desk.core.records import Call, Document, Profile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.services.backup_directory import BackupDirectory
from infusion_desk.storage import lock_file, opening
from infusion_desk.ui import main_window
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.storage.damage import (
    change_rows,
    digest,
    flip_header_byte,
    records_digest,
    scribble_page,
)
from tests.ui.shown_windows import shown_window, shown_windows
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
NAME = "Walter Brennan.infusiondesk"
BANNER_TAIL = " You can look at everything, but nothing here can be changed."


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / NAME
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        for n in range(200):
            folder.records.add(Call(organization="Sunrise Home Infusion",
                                    reference_number=f"SR-{n}", summary="Pump on Friday " * 9))
        folder.records.add_document(Document(title="Approval letter", text="authorization "
                                             "PA-77123"), b"%PDF approval")
    return path


@pytest.fixture
def path(sound: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(sound, tmp_path / NAME))


@dataclass
class Said:
    """What the window said in boxes that wait for an answer (``asked``), the answers to give
    (the first of them offered is clicked, else the box's default), and what reached the
    unexpected-error handler ("Something went wrong"), which must stay empty."""

    asked: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    bugs: list[str] = field(default_factory=list)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Said:
    found = Said()

    def fake_exec(box: QMessageBox) -> int:
        found.asked.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        for wanted in found.answers:
            for button in box.buttons():
                if button.text() == wanted:
                    button.click()
                    return 0
        default = box.defaultButton()
        if default is not None:
            default.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, _tb: found.bugs.append(
        f"{kind.__name__}: {value}"))
    return found


def banner(window: MainWindow) -> str:
    assert window.view is not None and window.view.read_only_banner is not None
    return window.view.read_only_banner.text()


def check_box_text(qtbot: QtBot, window: MainWindow) -> str:
    job = window.check_folder()
    assert job is not None
    qtbot.waitUntil(lambda: bool(shown_windows(QMessageBox)), timeout=30_000)
    box = shown_window(QMessageBox)
    text = box.text()
    box.close()
    return text


# ---------------------------------------------------------------------- a flipped header byte
def test_a_flipped_header_byte_is_damage_not_a_read_only_place(
    qtbot: QtBot, window: MainWindow, path: Path, said: Said,
) -> None:
    flip_header_byte(path, 18)  # the file format: 2 becomes 253, which SQLite will not write
    before = digest(path)
    said.answers.append(main_window.LOOK)
    assert opened(qtbot, window, path)
    assert said.asked == [main_window.DAMAGED_TEXT]
    assert window.ctx is not None and window.ctx.folder.read_only
    assert banner(window) == opening.DAMAGED_READ_ONLY + BANNER_TAIL
    assert check_box_text(qtbot, window) == (
        "Some problems were found. Nothing was changed.\n"
        "- The beginning of the folder file (its header) is damaged: header bytes 18-19 (file "
        "format 253, 2) are wrong.\n"
        "Restoring the newest good backup (File > Restore from backup…) usually helps.")
    window.close_folder()
    assert digest(path) == before and not said.bugs


# ---------------------------------------------------------------------- a damaged index page
def test_a_damaged_index_page_is_named_and_the_calls_are_said_to_be_fine(
    qtbot: QtBot, window: MainWindow, path: Path, said: Said,
) -> None:
    scribble_page(path, "ix_calls_called_at")  # a b-tree page of an index of a regular table
    before = digest(path)
    said.answers.append(main_window.LOOK)
    assert opened(qtbot, window, path)
    assert said.asked == [main_window.DAMAGED_TEXT]
    assert banner(window) == opening.DAMAGED_READ_ONLY + BANNER_TAIL
    assert check_box_text(qtbot, window) == (
        "Some problems were found. Nothing was changed.\n"
        "- A list that helps find calls quickly is damaged (the index ix_calls_called_at); "
        "the calls themselves read well.\n"
        "Restoring the newest good backup (File > Restore from backup…) usually helps.")
    window.close_folder()
    assert digest(path) == before and not said.bugs


def test_a_folder_too_damaged_to_show_says_so_not_something_went_wrong(
    qtbot: QtBot, window: MainWindow, path: Path, said: Said, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """"Open it to look" on a folder whose calls cannot be read: said plainly, not a bug."""
    scribble_page(path, "calls")
    before = digest(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    said.answers.append(main_window.LOOK)
    assert not opened(qtbot, window, path)
    assert said.asked == [main_window.DAMAGED_TEXT]
    assert shown == [f"Part of {NAME} could not be read because the file is damaged there. "
                     "Nothing in it was changed; restoring the newest good backup usually helps."]
    assert window.ctx is None and window.view is None
    assert digest(path) == before and not said.bugs


# ---------------------------------------------------------------------- a full disk
def test_no_room_on_the_disk_opens_to_look_and_says_the_disk_is_full(
    qtbot: QtBot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_room(_token: str) -> bytes:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_file, "_payload", no_room)  # the lock file cannot be written
    before = digest(path)
    assert opened(qtbot, window, path)
    assert window.ctx is not None and window.ctx.folder.read_only
    assert banner(window) == (
        "The disk this folder is on is full, so it is open for reading only and changes cannot "
        "be saved. Make room on the disk (empty the computer's trash, for example), then open "
        "the folder again." + BANNER_TAIL)
    window.close_folder()
    assert digest(path) == before


def test_a_save_on_a_disk_that_fills_up_says_the_disk_is_full(
    qtbot: QtBot, window: MainWindow, path: Path, said: Said,
) -> None:
    assert opened(qtbot, window, path)
    ctx = window.ctx
    assert ctx is not None
    qtbot.waitUntil(lambda: window.backup_job is not None and window.backup_job.done,
                    timeout=30_000)
    before = digest(path)

    @event.listens_for(ctx.folder._store.engine, "connect")
    def _full(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    assert ctx.perform(lambda: ctx.folder.call_log.log_call(
        Call(person="Ken", summary="words " * 200_000))) is None
    assert said.asked == [
        "This could not be saved because the disk is full, and the folder was left as it was. "
        "Make room on the disk (empty the computer's trash, for example), then try again."]
    assert digest(path) == before and not said.bugs


# ---------------------------------------------------------------------- a read-only place
def test_a_folder_in_a_read_only_place_says_where_it_is(
    qtbot: QtBot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = os.access

    def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(target)) in (path, path.parent):
            return False
        return real(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(opening.os, "access", access)
    before = digest(path)
    assert opened(qtbot, window, path)
    assert banner(window) == opening.PLACE_READ_ONLY + BANNER_TAIL
    window.close_folder()
    assert digest(path) == before


def test_a_backup_into_a_read_only_place_is_not_called_a_missing_disk(
    qtbot: QtBot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refused(self: BackupDirectory) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self.root))

    monkeypatch.setattr(BackupDirectory, "_prepare", refused)
    before = digest(path)
    assert opened(qtbot, window, path)
    job = window.backup_job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert window.status_label.text() == (
        "Today's backup could not be made: the place for backups cannot be written to. Choose "
        "another place (File > Backup location…).")
    window.close_folder()
    assert digest(path) == before


# ---------------------------------------------------------------------- a file that went away
def test_a_folder_file_moved_away_while_open_is_named_as_gone(
    qtbot: QtBot, window: MainWindow, path: Path, said: Said,
) -> None:
    assert opened(qtbot, window, path)
    ctx = window.ctx
    assert ctx is not None
    qtbot.waitUntil(lambda: window.backup_job is not None and window.backup_job.done,
                    timeout=30_000)
    ctx.folder._store.checkpoint()
    moved = path.with_name("Moved.infusiondesk")
    before = digest(path)
    path.rename(moved)
    assert ctx.perform(lambda: ctx.folder.call_log.log_call(Call(person="Ken"))) is None
    # Logging a call reads the folder first: that read is what finds the file gone.
    assert said.asked == [
        "The folder file is no longer where it was (it was moved, renamed or deleted, or its "
        "disk or USB stick was taken out), so this could not be read. Put it back or plug the "
        "stick in again, then open the folder again."]
    assert digest(moved) == before and not said.bugs


# ---------------------------------------------------------------------- a damaged search index
def test_a_search_in_a_damaged_index_offers_the_rebuild_once(
    qtbot: QtBot, window: MainWindow, path: Path, said: Said,
) -> None:
    change_rows(path, "DELETE FROM search_index_data WHERE id > 10")
    records = records_digest(path)
    assert opened(qtbot, window, path)
    view = window.view
    assert view is not None
    view.search_field.setText("pump")
    with qtbot.waitSignal(view.results.shown, timeout=10_000):  # searched in the background
        view.results.refresh()
    assert view.results.title.text() == (
        "The search index is damaged; your records are fine. Rebuilding the search index from "
        "the records repairs it.")
    assert said.asked == [main_window.messages.index_damaged_words()]  # answered "Not now"
    view.search_field.setText("pumps")
    with qtbot.waitSignal(view.results.shown, timeout=10_000):
        view.results.refresh()
    assert len(said.asked) == 1  # not at every key she types

    said.answers.append(main_window.REBUILD_INDEX)
    job = window.backup.offer_index_rebuild()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert window.status_label.text() == (
        "Rebuilt the search index: 202 records and documents can be found again.")
    view.search_field.setText("pump")
    with qtbot.waitSignal(view.results.shown, timeout=10_000):
        view.results.refresh()
    assert view.results.title.text() == "60 found for “pump”"  # at most 60 are listed
    window.close_folder()
    assert records_digest(path) == records and not said.bugs


def test_a_check_that_finds_only_the_index_damaged_offers_to_rebuild_it(
    qtbot: QtBot, window: MainWindow, path: Path, said: Said,
) -> None:
    change_rows(path, "DELETE FROM search_index_data WHERE id > 10")  # a sound file, a lost index
    records = records_digest(path)
    assert opened(qtbot, window, path)
    said.answers.append(main_window.REBUILD_INDEX)
    job = window.check_folder()
    assert job is not None
    qtbot.waitUntil(lambda: bool(said.asked), timeout=30_000)
    assert said.asked == [main_window.messages.index_damaged_words()]
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Rebuilt"), timeout=30_000)
    assert window.ctx is not None and window.ctx.folder.check().ok
    window.close_folder()
    assert records_digest(path) == records


def test_a_folder_whose_index_pages_are_damaged_is_rebuilt_then_opened(
    qtbot: QtBot, window: MainWindow, path: Path, said: Said,
) -> None:
    scribble_page(path, "search_index_data")
    records = records_digest(path)
    said.answers.append(main_window.REBUILD_INDEX)
    assert opened(qtbot, window, path)
    assert said.asked == [main_window.messages.index_damaged_words()]
    assert window.ctx is not None and not window.ctx.folder.read_only
    assert [h.record_id for h in window.ctx.folder.search("SR-150")] == [151]
    window.close_folder()
    assert records_digest(path) == records and not said.bugs
