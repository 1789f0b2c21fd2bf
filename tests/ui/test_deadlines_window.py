"""The window's part of deadlines, driven as a person would, with a fixed clock: File > Export
deadlines… (the file written through the job runner, a plain message when the place cannot be
written, the same events again on a second export) and the desktop notice once a day for a
deadline within 3 days (a status-bar line where there is no tray, as offscreen)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from infusion_desk.core.deadlines import Deadline
from infusion_desk.core.records import Profile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.deadlines.deadline_card import DeadlineCard
from infusion_desk.ui.deadlines.notices import DeadlineNotices
from infusion_desk.ui.main_window import MainWindow, deadline_actions
from infusion_desk.ui.main_window.status_bar import StatusLine
from infusion_desk.ui.settings import AppSettings
from tests.ui.deadline_helpers import filed_denial, typed
from tests.ui.window_helpers import opened

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

TODAY = date(2026, 11, 27)


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        filed_denial(folder)
        typed(folder, "Send the signed consent", date(2026, 11, 29))  # in 2 days
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def window(qtbot: QtBot, folder_path: Path, clock: Clock) -> MainWindow:
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=clock)
    qtbot.addWidget(win)
    win.show()
    assert opened(qtbot, win, folder_path)
    return win


def _events(path: Path) -> dict[str, str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): str(e["summary"]) for e in calendar.walk("VEVENT")}


def _warning(qtbot: QtBot) -> QMessageBox:
    def shown() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]
    qtbot.waitUntil(lambda: bool(shown()))
    return shown()[0]


def test_export_deadlines_writes_a_calendar_file_and_again_the_same_events(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "Walter's deadlines"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    action = deadline_actions.export_action(window)
    assert action is not None and action.isEnabled()
    assert action in window.menuBar().actions()[0].menu().actions()

    action.trigger()
    qtbot.waitUntil(lambda: "Wrote 2 deadlines" in window.status_label.text(), timeout=20000)

    written = target.with_name("Walter's deadlines.ics")
    assert window.status_label.text() == (
        "Wrote 2 deadlines to “Walter's deadlines.ics”. Import it into your calendar; "
        "exporting again later updates the same events instead of adding new ones.")
    first = _events(written)
    assert sorted(first.values()) == sorted(d.title for d in _folder_deadlines(window))

    # She moves a date and exports again: the same events (same UIDs), the new date.
    assert window.ctx is not None
    moved = next(d for d in window.ctx.folder.deadlines.all() if d.title.startswith("Send"))
    window.ctx.folder.deadlines.edit(moved.id or 0, due_on=date(2026, 12, 2))
    window.clear_status()
    action.trigger()
    qtbot.waitUntil(lambda: "Wrote 2 deadlines" in window.status_label.text(), timeout=20000)
    assert _events(written).keys() == first.keys()
    assert "20261202" in written.read_text()
    assert not list(written.parent.glob("*.part"))


def _folder_deadlines(window: MainWindow) -> list[Deadline]:
    assert window.ctx is not None
    return window.ctx.folder.deadlines.all()


def test_export_to_a_place_that_cannot_be_written_says_so_plainly(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    gone = tmp_path / "USB stick" / "deadlines.ics"  # the folder vanished
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(gone), "")))
    export = deadline_actions.export_deadlines(window)
    assert export is not None
    box = _warning(qtbot)
    assert box.text().startswith("The calendar file could not be written there (")
    assert "Nothing in the folder was changed" in box.text()
    box.close()
    assert not gone.parent.exists()

    if os.geteuid() == 0:  # root writes into a read-only directory: only the vanished case
        return
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(locked / "d.ics"), "")))
        deadline_actions.export_deadlines(window)
        box = _warning(qtbot)
        assert "could not be written there" in box.text()
        box.close()
    finally:
        locked.chmod(0o700)


def test_a_near_deadline_is_told_once_a_day_without_a_tray(
        window: MainWindow, qtbot: QtBot, folder_path: Path, clock: Clock) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the status bar instead
    assert window.status_label.text() == "1 deadline is near — see the Overview."
    assert "Due Sun, Nov 29, 2026 — in 2 days: Send the signed consent" in (
        window.status_label.toolTip())
    assert window.ctx is not None
    key = window.ctx.folder.deadlines.folder_key()
    assert window.settings.deadlines_notified_on(key) == TODAY

    # Opened again the same day: nothing more.
    window.close_folder()
    window.clear_status()
    assert opened(qtbot, window, folder_path)
    assert "near" not in window.status_label.text()
    notices = window.findChild(DeadlineNotices)
    assert notices is not None and notices.timer.isActive()
    notices.timer.timeout.emit()
    assert "near" not in window.status_label.text()

    # The next morning, while the app still runs: once more.
    clock.day = date(2026, 11, 28)
    notices.timer.timeout.emit()
    assert "near" in window.status_label.text()
    assert "Due Sun, Nov 29, 2026 — tomorrow" in window.status_label.toolTip()
    assert window.settings.deadlines_notified_on(key) == date(2026, 11, 28)

    # Closed: nothing runs.
    window.close_folder()
    assert not notices.timer.isActive() or notices.check() == []


def test_the_tray_message_is_shown_where_there_is_a_tray(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, clock: Clock) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, text, *a: shown.append((title, text)))
    notices = DeadlineNotices(window, tray_available=lambda: True)
    clock.day = date(2026, 11, 28)
    named = notices.check()
    assert [d.title for d in named] == ["Send the signed consent"]
    title, text = shown[0]
    assert title == "1 deadline is near"
    assert text == "Due Sun, Nov 29, 2026 — tomorrow: Send the signed consent"
    assert notices.check() == [] and len(shown) == 1  # never twice a day

    # A click on the notice shows that deadline on the Overview.
    assert notices.tray is not None and window.view is not None
    window.view.tabs.setCurrentIndex(2)
    notices.tray.messageClicked.emit()
    assert window.view.tabs.currentIndex() == 0
    [card] = [c for c in window.view.overview.deadlines.cards.values() if c.chosen]
    assert card.deadline.title == "Send the signed consent"


def test_a_read_only_folder_shows_its_deadlines_but_cannot_change_them(
        qtbot: QtBot, folder_path: Path) -> None:
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    assert opened(qtbot, win, folder_path, read_only=True)
    assert win.view is not None
    panel = win.view.overview.deadlines
    cards = panel.findChildren(DeadlineCard)
    assert len(cards) == 2
    assert not panel.add_button.isEnabled()
    assert not panel.lead_time.days.isEnabled() and panel.lead_time.days.value() == 14
    for card in cards:
        assert not card.edit_button.isEnabled()
        assert not card.done_button.isEnabled()
        assert not card.remove_button.isEnabled()
        assert card.open_button.isEnabled() or not card.open_button.isVisible()
    action = deadline_actions.export_action(win)
    assert action is not None and action.isEnabled()  # exporting changes nothing in it


def test_the_notice_is_read_whole_beside_a_job_and_a_long_message_ends_in_dots(
        window: MainWindow, qtbot: QtBot) -> None:
    """The status bar shares its room with the job strip: the notice is short enough to be
    read whole there; a longer message takes the standing note's room, ends in "…" if it
    still does not fit, and its tooltip holds all of it."""
    label = window.status_label
    assert isinstance(label, StatusLine)
    window.resize(1366, 768)
    window.job_strip.show()
    qtbot.waitUntil(lambda: window.job_strip.isVisible() and label.width() > 0)
    assert label.text() == "1 deadline is near — see the Overview."
    qtbot.waitUntil(lambda: label.shown_text() == label.text())
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.width()
    assert label.geometry().right() < window.job_strip.geometry().left()

    window.say("Wrote 2 deadlines to “Walter's deadlines.ics”. Import it into your calendar; "
               "exporting again later updates the same events instead of adding new ones. "
               "And a few more words, so that it cannot fit beside the job.", undoable=True)
    qtbot.waitUntil(lambda: label.shown_text().endswith("…"))
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.width()
    assert label.text().startswith("Wrote 2 deadlines")
    assert "cannot fit beside the job" in label.toolTip()
    assert "Due Sun" not in label.toolTip()  # the notice's dates went with the notice
    assert not window.saved_note.isVisible()  # the standing note gave its room
    window.clear_status()
    assert window.saved_note.isVisible() and label.toolTip() == ""
    window.job_strip.hide()
