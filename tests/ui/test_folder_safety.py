"""Read-only folders, damaged folders, backups and checking a folder, as the window shows them."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import FolderFailedCheckError
from infusion_desk.core.records import Call, Profile, Request
from infusion_desk.paths import AppPaths, app_paths
from infusion_desk.services import Folder
from infusion_desk.services.backups import BackupStore
from infusion_desk.storage import snapshot_writing
from infusion_desk.ui import main_window
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.ui.shown_windows import shown_window, shown_windows
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    paths: AppPaths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        folder.records.add(Request(what="Signed plan of care", due_on=date(2026, 11, 20)))
        folder.records.add(Call(organization="Sunrise Home Infusion", summary="Pump on Friday"))
    return path


def _buttons(window: MainWindow, text: str) -> list[QAbstractButton]:
    assert window.view is not None
    for index in range(window.view.tabs.count()):  # each tab is built when first needed
        window.view.tab(index)
    return [b for b in window.view.findChildren(QAbstractButton)
            if b.text().replace("&", "").startswith(text)]  # (the keyboard letter left out)


def test_read_only_folder_shows_a_banner_and_turns_editing_off(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    assert opened(qtbot, window, folder_path, read_only=True)
    assert window.view is not None and window.ctx is not None
    banner = window.view.read_only_banner
    assert banner is not None
    qtbot.waitUntil(banner.isVisible)
    assert "You can look at everything, but nothing here can be changed." in banner.text()
    for text in ("Log a call…", "Add a request…", "Add documents…", "Add a person…"):
        found = _buttons(window, text)
        assert found, text
        assert not any(b.isEnabled() for b in found), text
    assert not window.log_call_action.isEnabled()
    # Selecting a request would turn "Edit…" on for a writable folder; here it stays off.
    requests = window.view.requests
    window.view.tabs.setCurrentWidget(requests)
    requests.show_record(window.ctx.folder.requests()[0].id or 0)
    assert not any(b.isEnabled() for b in _buttons(window, "Edit"))


def test_a_sent_request_in_a_read_only_folder_cannot_be_changed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The button of a sent request reads "Change what we sent…", which no list of editing words
    ever matched: it stayed on and opened its form. It is declared as editing, so it is off."""
    path = tmp_path / "Sent.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        sent = folder.records.add(Request(what="Lab results", submitted_on=date(2026, 11, 2)))
    assert opened(qtbot, window, path, read_only=True)
    assert window.view is not None
    requests = window.view.requests
    window.view.tabs.setCurrentWidget(requests)
    requests.show_record(sent.value.id or 0)
    button = requests.details.mark_sent_button
    assert button.text() == "Change what we sent…"
    assert button.isVisible() and not button.isEnabled()


def test_writable_folder_has_no_banner(qtbot: QtBot, window: MainWindow, folder_path: Path) -> None:
    assert opened(qtbot, window, folder_path)
    assert window.view is not None
    assert window.view.read_only_banner is None
    assert all(b.isEnabled() for b in _buttons(window, "Add a request…"))


# ---------------------------------------------------------------------- damaged and in use
def answer_with(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Each QMessageBox.exec() clicks the next answer; returns the texts that were asked."""
    asked: list[str] = []
    queue = list(answers)

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        want = queue.pop(0)
        texts = [b.text() for b in box.buttons()]
        assert want in texts, (want, texts)
        next(b for b in box.buttons() if b.text() == want).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def damage_on_open(monkeypatch: pytest.MonkeyPatch, times: int = 100) -> None:
    """Opening for changes fails the quick check ``times`` times."""
    original = Folder.open
    left = [times]

    def fake_open(path: Path, *, read_only: bool = False,
                  backups: object = None, full_check: bool = True) -> Folder:
        if not read_only and left[0] > 0:
            left[0] -= 1
            raise FolderFailedCheckError(path, ["Tree 3 page 7: btreeInitPage() error"])
        return original(path, read_only=read_only, backups=backups,  # type: ignore[arg-type]
                        full_check=full_check)

    monkeypatch.setattr(Folder, "open", fake_open)


def test_damaged_folder_can_be_opened_to_look(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, folder_path: Path
) -> None:
    damage_on_open(monkeypatch)
    asked = answer_with(monkeypatch, main_window.LOOK)
    assert opened(qtbot, window, folder_path)
    assert asked[0].startswith("This folder looks damaged. It was not changed.")
    assert window.ctx is not None and window.ctx.folder.read_only
    assert window.view is not None and window.view.read_only_banner is not None


def test_damaged_folder_cancel_stays_on_the_welcome(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, folder_path: Path
) -> None:
    damage_on_open(monkeypatch)
    answer_with(monkeypatch, main_window.CANCEL)
    assert not opened(qtbot, window, folder_path)
    assert window.ctx is None and window.stack.currentWidget() is window.welcome


def test_damaged_folder_restores_the_newest_good_backup(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, folder_path: Path
) -> None:
    BackupStore(folder_path).snapshot(folder_path)
    with Folder.open(folder_path) as folder:
        folder.records.add(Request(what="Added after the backup"))
    damage_on_open(monkeypatch, times=1)
    asked = answer_with(monkeypatch, main_window.RESTORE_NEWEST, "Restore this backup")
    assert opened(qtbot, window, folder_path)
    assert "A backup of how it is now is made first. No backup is deleted." in asked[1]
    assert window.ctx is not None and not window.ctx.folder.read_only
    assert [r.what for r in window.ctx.folder.requests()] == ["Signed plan of care"]
    assert window.status_label.text().startswith("Restored the backup from ")


def test_folder_in_use_says_so_plainly(qtbot: QtBot, window: MainWindow, folder_path: Path) -> None:
    with Folder.open(folder_path):
        assert not opened(qtbot, window, folder_path)
    box = shown_window(QMessageBox)
    assert "already open in Infusion Desk" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText


# ---------------------------------------------------------------------- backups
def test_opening_a_folder_backs_it_up_once_a_day(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    assert opened(qtbot, window, folder_path)
    qtbot.waitUntil(lambda: window.status_label.text() == "Backed up today's folder.")
    window.close_folder()
    assert len(BackupStore(folder_path).list_backups()) == 1
    opened(qtbot, window, folder_path)
    window.close_folder()  # joins the day's backup job: nothing new today
    assert len(BackupStore(folder_path).list_backups()) == 1


def test_backups_go_to_the_chosen_place(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, folder_path: Path,
    tmp_path: Path
) -> None:
    stick = tmp_path / "USB stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    asked = answer_with(monkeypatch, "Choose another place…")
    window.choose_backup_location()
    assert "beside each folder file" in asked[0]
    assert window.settings.backup_location() == stick
    assert opened(qtbot, window, folder_path)
    window.close_folder()
    assert len(BackupStore(folder_path, stick).list_backups()) == 1
    assert not BackupStore(folder_path).list_backups()


def test_restore_dialog_lists_backups_and_puts_one_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, folder_path: Path
) -> None:
    store = BackupStore(folder_path)
    store.snapshot(folder_path)
    bad = store.snapshots_dir / "2026-11-01 10-00-00-000000 daily.snapshot"
    bad.write_bytes(b"not a snapshot")
    assert opened(qtbot, window, folder_path)
    assert window.ctx is not None
    window.ctx.folder.records.add(Request(what="Added after the backup"))
    dialog = window.show_restore_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 2)  # listed in the background
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "1 request, 1 call, 0 documents" in texts[0]
    damaged = dialog.list.item(1)
    assert "damaged" in damaged.text()
    assert not damaged.flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialog.restore_button.isEnabled()
    asked = answer_with(monkeypatch, "Restore this backup")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("The folder will be put back to how it was on ")
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Restored the backup from "),
                    timeout=30000)
    assert window.ctx is not None
    assert [r.what for r in window.ctx.folder.requests()] == ["Signed plan of care"]
    reasons = [b.reason for b in store.list_backups()]
    assert "before restore" in reasons


def test_empty_the_trash_backs_up_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, folder_path: Path
) -> None:
    assert opened(qtbot, window, folder_path)
    assert window.ctx is not None
    folder = window.ctx.folder
    folder.records.trash(Request, folder.requests()[0].id or 0)
    asked = answer_with(monkeypatch, "Delete for good")
    job = window.empty_trash()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30000) as emptied:
        pass
    assert emptied.args == [1]
    assert window.status_label.text() == "Emptied the trash."
    assert asked == ["Delete 1 thing in the trash for good? A backup is made first."]
    assert folder.count_trashed() == 0
    window.close_folder()
    assert "before emptying the trash" in [b.reason for b in
                                           BackupStore(folder_path).list_backups()]


def test_empty_the_trash_without_a_backup_when_it_cannot_be_made(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, folder_path: Path,
    tmp_path: Path
) -> None:
    window.settings.set_backup_location(tmp_path / "unplugged stick")
    assert opened(qtbot, window, folder_path)
    assert window.ctx is not None
    folder = window.ctx.folder
    folder.records.trash(Request, folder.requests()[0].id or 0)
    asked = answer_with(monkeypatch, "Delete for good", "Delete without a backup")
    assert window.empty_trash() is not None
    qtbot.waitUntil(lambda: window.status_label.text() == "Emptied the trash.", timeout=30000)
    assert asked[1].startswith(  # named for what happened: the stick is not plugged in
        "The place where the backups are kept cannot be found. Check that the backup disk or "
        "USB stick is plugged in, then try again.")
    assert folder.count_trashed() == 0


# ---------------------------------------------------------------------- check
def test_check_this_folder_reports_in_plain_words(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    assert opened(qtbot, window, folder_path)
    assert window.check_folder() is not None
    qtbot.waitUntil(lambda: bool(shown_windows(QMessageBox)))
    box = shown_window(QMessageBox)
    assert box.windowTitle() == "Check this folder"
    assert box.text().startswith("Everything is in order.")
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_the_backup_note_never_hides_another_message(
    qtbot: QtBot, window: MainWindow, folder_path: Path
) -> None:
    assert opened(qtbot, window, folder_path)
    window.say("Saved the call.")
    job = window.backup_job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30000)  # its result has been handled
    assert len(BackupStore(folder_path).list_backups()) == 1
    assert window.status_label.text() == "Saved the call."


@pytest.mark.parametrize("trouble", ["unplugged", "no room", "read-only"])
def test_the_days_backup_says_why_it_was_not_made(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, folder_path: Path,
    trouble: str
) -> None:
    stick = folder_path.parent / "USB STICK"
    if trouble != "unplugged":
        stick.mkdir()
    if trouble == "no room":
        usage = shutil.disk_usage(folder_path.parent)
        monkeypatch.setattr(snapshot_writing.shutil, "disk_usage",
                            lambda _where: usage._replace(free=0))
    if trouble == "read-only":
        real_mkdir = Path.mkdir

        def mkdir(self: Path, *args: object, **kwargs: object) -> None:
            if self.is_relative_to(stick):
                raise OSError(errno.EROFS, "Read-only file system")
            real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "mkdir", mkdir)
    window.settings.set_backup_location(stick)
    assert opened(qtbot, window, folder_path)
    job = window.backup_job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    assert window.status_label.text() == {
        "unplugged": "Today's backup could not be made: the place for backups cannot be found. "
                     "Check that the backup disk or USB stick is plugged in (File > Backup "
                     "location…).",
        "no room": "Today's backup could not be made: it needs about 2 MB, and the place for "
                   "backups has 0 MB free. Make room there, or choose another place (File > "
                   "Backup location…).",
        "read-only": "Today's backup could not be made: the place for backups cannot be "
                     "written to. Choose another place (File > Backup location…).",
    }[trouble]
