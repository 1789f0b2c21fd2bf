"""Adding documents by dropping them on the window: in the background, one batch at a time, with
one plain line per file at the end — and bad files turned away without harm to the rest."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Document, Profile
from infusion_desk.documents import PreparedDocument
from infusion_desk.documents.prepare import NOTE_PDF_PASSWORD, NOTE_PDF_UNREADABLE
from infusion_desk.paths import app_paths
from infusion_desk.services import Change, Folder, importing
from infusion_desk.services.importing import ImportStatus
from infusion_desk.ui.documents.import_summary import ImportSummary
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.documents.document_samples import png_declaring
from tests.ui.document_drops import (
    FIXTURES,
    drop_urls,
    file_urls,
    letter_pdf,
    png,
    shared_engine,
    use_shared_engine,
    wait_until_read,
)
from tests.ui.shown_windows import shown_window, shown_windows
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "Walter Brennan.infusiondesk"
    Folder.create(path, Profile(patient_name="Walter Brennan")).close()
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert opened(qtbot, win, path)
    assert win.view is not None
    use_shared_engine(win.view.documents)
    queue = win.view.documents.queue
    yield win
    queue.wait_until_idle()
    win.close()


def _tab(window: MainWindow) -> DocumentsTab:
    assert window.view is not None
    return window.view.documents


def _folder(window: MainWindow) -> Folder:
    assert window.ctx is not None
    return window.ctx.folder


def _summary(qtbot: QtBot) -> str:
    """What the summary window on screen says; it is then closed, as she would."""
    qtbot.waitUntil(lambda: bool(shown_windows(ImportSummary)), timeout=20000)
    box = shown_window(ImportSummary)
    text = box.text()
    box.close()
    return text


def _titles(tab: DocumentsTab) -> list[str]:
    return sorted(str(tab.proxy.index(r, 0).data()) for r in range(tab.proxy.rowCount()))


def test_dropped_files_and_folders_go_in_and_the_summary_names_each(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    letter = tmp_path / "approval.pdf"
    letter.write_bytes(letter_pdf([["Silverpine Health Plans", "RE: Prior authorization",
                                    "Your request was approved."]]))
    photo = tmp_path / "card photo.png"
    photo.write_bytes(png())
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "page 2.txt").write_text("Dressing change on Monday.\n", encoding="utf-8")
    (scans / "page 10.txt").write_text("Labs drawn on Thursday.\n", encoding="utf-8")
    tab = _tab(window)
    assert window.view is not None
    window.view.tabs.setCurrentIndex(0)  # she is elsewhere: the drop brings her to Documents

    urls = [*file_urls(letter, photo, scans), QUrl("https://portal.example.com/letters/eob.pdf")]
    assert drop_urls(window, urls)
    assert window.view.tabs.currentWidget() is tab
    text = _summary(qtbot)

    assert text.startswith("4 added, 1 could not be added.")
    lines = text.splitlines()
    assert "approval.pdf: added as “Approval”." in lines  # (listed before it was read)
    assert any(line.startswith("card photo.png: added as") for line in lines)
    # Folder contents in the order a person reads them: "page 2" before "page 10".
    assert lines.index(next(x for x in lines if x.startswith("page 2.txt"))) < lines.index(
        next(x for x in lines if x.startswith("page 10.txt")))
    assert ("eob.pdf: only files on this computer can be added. Save it to this computer first "
            "(for example in Downloads), then drag it here.") in lines
    stored = _folder(window).documents()
    assert len(stored) == 4
    assert len(_titles(tab)) == 4
    assert {d.original_name for d in stored} == {"approval.pdf", "card photo.png", "page 2.txt",
                                                "page 10.txt"}
    assert tab.selected_document() is not None
    assert tab.selected_document().original_name == "approval.pdf"  # type: ignore[union-attr]
    assert not tab.progress_strip.isVisible()
    # Then it is read: its row takes the title its words suggest.
    wait_until_read(qtbot, tab)
    qtbot.waitUntil(lambda: "Prior authorization" in _titles(tab))
    assert tab.selected_document().page_count == 1  # type: ignore[union-attr]


def test_a_file_already_in_the_folder_is_named_not_added_twice(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first = tmp_path / "approval.pdf"
    first.write_bytes(letter_pdf([["RE: Prior authorization approved"]]))
    tab = _tab(window)
    with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000):
        drop_urls(window, file_urls(first))
    wait_until_read(qtbot, tab)
    # The same bytes under another name, dropped again: the status bar says where it is.
    again = tmp_path / "scan from fax.pdf"
    again.write_bytes(first.read_bytes())
    with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000):
        drop_urls(window, file_urls(again))
    assert window.status_label.text() == (
        "scan from fax.pdf: already in the folder as “Prior authorization approved”.")
    assert not shown_windows(ImportSummary)
    assert len(_folder(window).documents()) == 1


def _pdf_notes_are_said(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "protected with a password" in window.status_label.text(),
                    timeout=20000)
    said = window.status_label.text()
    assert f"corrupt.pdf: {NOTE_PDF_UNREADABLE}" in said
    assert f"locked.pdf: {NOTE_PDF_PASSWORD}" in said


def test_bad_files_each_get_a_plain_line_and_the_good_ones_still_go_in(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    good = drop / "good letter.pdf"
    good.write_bytes(letter_pdf([["A good letter"]]))
    corrupt = drop / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    locked = drop / "locked.pdf"
    locked.write_bytes(letter_pdf([["Secret"]], encrypt="pass"))
    empty = drop / "empty.pdf"
    empty.write_bytes(b"")
    vanished = drop / "moved away.pdf"
    huge = drop / "huge scan.tif"
    with open(huge, "wb") as file:
        file.truncate(501 * 1024 * 1024)  # sparse: takes no room on disk
    bomb = drop / "bomb.png"
    bomb.write_bytes(png_declaring(60_000, 60_000))
    cut = drop / "cut off.jpg"
    cut.write_bytes((FIXTURES / "scan cut off.jpg").read_bytes())
    loops = drop / "loops"
    loops.mkdir()
    (loops / "a").symlink_to(loops / "b")
    (loops / "b").symlink_to(loops / "a")
    tab = _tab(window)
    before = _folder(window).counts()

    urls = [*file_urls(good, corrupt, locked, empty, vanished, huge, bomb, cut, loops),
            QUrl("ftp://files.example.com/scan.pdf")]
    drop_urls(window, urls)
    text = _summary(qtbot)
    lines = text.splitlines()

    # Refused: a plain reason each, and no row.
    for expected in (
        "empty.pdf: empty.pdf is empty (0 bytes), so there is nothing to keep.",
        "moved away.pdf: moved away.pdf could not be found; it may have been moved, renamed "
        "or deleted.",
        "huge scan.tif: huge scan.tif is too large to keep (501 MB); the largest file "
        "Infusion Desk can keep is 500 MB.",
        "a: a is a shortcut that leads back to itself, so there is no file to keep.",
        "b: b is a shortcut that leads back to itself, so there is no file to keep.",
        "scan.pdf: only files on this computer can be added. Save it to this computer first "
        "(for example in Downloads), then drag it here.",
    ):
        assert expected in lines, expected
    # Kept as they are, with a note saying they cannot be shown or searched (a PDF's when it
    # has been opened, just after: in the status bar, and beside it in the list).
    assert "corrupt.pdf: added as “Corrupt”." in lines
    assert "locked.pdf: added as “Locked”." in lines
    _pdf_notes_are_said(qtbot, window)
    assert any(line.startswith("bomb.png: added as") and "too large to preview" in line
               for line in lines)
    assert any(line.startswith("cut off.jpg: added as") and "damaged or cut off" in line
               for line in lines)
    assert any(line.startswith("good letter.pdf: added as") for line in lines)
    assert text.startswith("5 added, 6 could not be added.")

    stored = {d.original_name: d for d in _folder(window).documents()}
    assert set(stored) == {"good letter.pdf", "corrupt.pdf", "locked.pdf", "bomb.png",
                           "cut off.jpg"}
    assert stored["good letter.pdf"].preview_ok
    assert not any(stored[n].preview_ok for n in ("corrupt.pdf", "locked.pdf", "bomb.png",
                                                  "cut off.jpg"))
    assert len(_titles(tab)) == 5
    wait_until_read(qtbot, tab)
    tab.show_record(stored["locked.pdf"].id or 0)
    assert tab.details.text_source.text() == NOTE_PDF_PASSWORD
    # Nothing half-stored: every stored file is whole and matches its fingerprint.
    folder = _folder(window)
    assert folder.check().ok
    for name, document in stored.items():
        assert folder.document_bytes(document.id or 0) == (drop / name).read_bytes()
    assert folder.counts()["In the trash"] == before["In the trash"]


class _Gate:
    """Holds each file the import reads until the test lets it through."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Semaphore(0)
        real = importing.prepare_file

        def gated(path: Path, **kwargs: Any) -> PreparedDocument:
            assert self.gate.acquire(timeout=20)
            return real(path, **kwargs)

        monkeypatch.setattr(importing, "prepare_file", gated)


def test_cancel_stops_after_the_file_being_added_and_drops_waiting(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    files = []
    for number in range(1, 4):
        path = tmp_path / f"scan_{number:03d}.pdf"
        path.write_bytes(letter_pdf([[f"Scan {number}"]]))
        files.append(path)
    later = tmp_path / "later.txt"
    later.write_text("dropped while the first drop was still going in", encoding="utf-8")
    tab = _tab(window)
    gated = _Gate(monkeypatch)

    drop_urls(window, file_urls(*files))
    qtbot.waitUntil(lambda: tab.progress_strip.label.text().startswith("Adding 1 of 3: "
                                                                       "scan_001.pdf"))
    drop_urls(window, file_urls(later))  # waits its turn
    qtbot.waitUntil(lambda: "1 more drop waiting" in tab.progress_strip.label.text()
                    or tab.queue.waiting == 1)
    assert tab.progress_strip.isVisible()
    # The window answers while the import waits: the list can be used.
    assert tab.table.isEnabled()
    tab.progress_strip.cancel_button.click()
    assert tab.progress_strip.label.text() == "Stopping after the file being added now…"
    gated.gate.release()
    text = _summary(qtbot)
    assert text.startswith("1 added.")
    assert ("Stopped: 2 files were not added, because you pressed Cancel. Drop them again to "
            "add them.") in text
    assert "The other drop that was waiting was not added either." in text
    qtbot.waitUntil(lambda: not tab.queue.busy)
    assert [d.original_name for d in _folder(window).documents()] == ["scan_001.pdf"]
    assert not tab.progress_strip.isVisible()


def test_changes_reach_the_window_on_its_own_thread(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The service announces each stored file from the import thread; every screen hears it on
    the GUI thread, changes that come close together merged into one."""
    assert window.ctx is not None
    heard: list[tuple[bool, bool, frozenset[int]]] = []

    def note(change: Change) -> None:
        app = QApplication.instance()
        assert app is not None
        heard.append((QThread.currentThread() is app.thread(),
                      threading.current_thread() is threading.main_thread(), change.ids))

    window.ctx.signals.records_changed.connect(note)
    paths = []
    for number in range(3):
        path = tmp_path / f"note {number}.txt"
        path.write_text(f"note number {number}", encoding="utf-8")
        paths.append(path)
    drop_urls(window, file_urls(*paths))
    _summary(qtbot)
    assert heard
    assert all(gui and main for gui, main, _ids in heard)
    stored = {d.id for d in _folder(window).documents()}
    assert set().union(*(ids for _gui, _main, ids in heard)) == stored
    window.ctx.signals.records_changed.disconnect(note)


def test_pasting_a_picture_or_copied_files(qtbot: QtBot, window: MainWindow,
                                           tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    assert window.view is not None
    tab = _tab(window)
    window.view.tabs.setCurrentWidget(tab)
    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("teal"))
    QGuiApplication.clipboard().setImage(picture)
    tab.add_button.setFocus()
    with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000) as finished:
        qtbot.keyClick(tab.add_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    outcome = finished.args[0].outcomes[0]
    assert outcome.status is ImportStatus.IMPORTED
    assert outcome.name.startswith("Pasted picture 2026-11-27 ")
    assert outcome.name.endswith(".png")
    stored = _folder(window).documents()[0]
    assert stored.media_type == "image/png"
    assert stored.original_name == outcome.name
    assert window.status_label.text().startswith(outcome.name + ": added as")

    copied = tmp_path / "copied letter.txt"
    copied.write_text("copied in the file manager", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls(file_urls(copied))
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000):
        qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert {d.original_name for d in _folder(window).documents()} == {outcome.name,
                                                                      "copied letter.txt"}

    QGuiApplication.clipboard().clear()
    tab.paste()
    assert window.status_label.text().startswith("There is no picture or file to paste.")


def test_a_read_only_folder_takes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "read only.infusiondesk"
    Folder.create(path).close()
    from infusion_desk.ui.context import FolderContext

    with Folder.open(path, read_only=True) as folder:
        ctx = FolderContext(folder, clock=lambda: TODAY)
        tab = DocumentsTab(ctx)
        qtbot.addWidget(tab)
        note = tmp_path / "a.txt"
        note.write_text("x", encoding="utf-8")
        with qtbot.waitSignal(ctx.signals.status_message) as said:
            assert tab.import_files([note]) is None
        assert "read-only" in said.args[0]
        assert not tab.queue.busy
        ctx.close()


def test_twenty_files_go_in_while_the_window_keeps_answering(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer

    for number in range(20):
        (tmp_path / f"scan_{number:03d}.pdf").write_bytes(
            letter_pdf([[f"Scan number {number}", "Silverpine Health Plans"]]))
    shared_engine().inspect(letter_pdf([["warm up"]]))
    # Each file waits in the import's worker for a beat of the window's event loop: the twenty
    # go in only if the window keeps answering while they do (one that froze for the import
    # would let no file through, and the import would never end). How long a stall may last
    # is a performance goal, measured by the benchmark, not asserted here.
    gated = _Gate(monkeypatch)
    beats: list[int] = []

    def beat() -> None:
        beats.append(1)
        gated.gate.release()

    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    try:
        drop_urls(window, file_urls(*sorted(tmp_path.glob("scan_*.pdf"))))
        text = _summary(qtbot)
    finally:
        heartbeat.stop()
    assert text.startswith("20 added.")
    assert len(beats) >= 20, beats
    assert len(_folder(window).documents()) == 20
    assert all(isinstance(d, Document) for d in _folder(window).documents())
