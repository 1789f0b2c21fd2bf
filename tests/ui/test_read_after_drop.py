"""Rows first (issue 14): a dropped PDF is listed as soon as its bytes are in, its row saying in
words that it is still being read; its pages, words, thumbnail and title come a moment later.
That works without the scan reader (a PDF with its own text needs none), and a window killed
before it had read what was dropped reads it the next time the folder opens."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infusion_desk.core.ocr import PageReader
from infusion_desk.core.records import Profile
from infusion_desk.documents import PdfEngine, PdfInfo
from infusion_desk.documents.reading_pictures import ReaderUnavailableError
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.documents.document_list import KIND, being_read_text, being_read_tip
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.ui.conftest import TODAY
from tests.ui.document_drops import (
    drop_urls,
    file_urls,
    letter_pdf,
    use_shared_engine,
    wait_until_read,
)
from tests.ui.window_helpers import opened

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
ROOT = Path(__file__).parents[2]
DENIAL = [["Silverpine Health Plans", "RE: Coverage decision", "Vancomycin was not approved."],
          ["Page two", "You may ask for a redetermination within 60 days."]]


class _GatedEngine(PdfEngine):
    """Opens each PDF only once the test lets it."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Semaphore(0)

    def inspect(self, data: bytes) -> PdfInfo:
        assert self.gate.acquire(timeout=20)
        return super().inspect(data)


def _no_reader() -> AbstractContextManager[PageReader]:
    raise ReaderUnavailableError("no Tesseract on this computer")


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    Folder.create(path, Profile(patient_name="Walter Brennan")).close()
    return path


def _window(qtbot: QtBot, folder_path: Path) -> MainWindow:
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY,
                     page_reader_factory=_no_reader)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert opened(qtbot, win, folder_path)
    assert win.view is not None
    use_shared_engine(win.view.documents)
    return win


@pytest.fixture
def window(qtbot: QtBot, folder_path: Path) -> Iterator[MainWindow]:
    win = _window(qtbot, folder_path)
    yield win
    win.close()


def _tab(window: MainWindow) -> DocumentsTab:
    assert window.view is not None
    return window.view.documents


def _row(tab: DocumentsTab, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
         ) -> str:
    return str(tab.proxy.index(0, column).data(role))


def test_the_row_says_it_is_being_read_until_its_pages_are_in(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    letter = tmp_path / "scan_0007.pdf"
    letter.write_bytes(letter_pdf(DENIAL))
    tab = _tab(window)
    assert window.scan_reading is not None
    gated = _GatedEngine()
    window.scan_reading.pdf_factory = lambda: gated
    try:
        with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000):
            drop_urls(window, file_urls(letter))
        assert window.status_label.text() == "scan_0007.pdf: added as “Scan 0007”."
        assert _row(tab, 0) == "Scan 0007"
        assert _row(tab, KIND) == being_read_text()
        assert _row(tab, KIND, Qt.ItemDataRole.ToolTipRole) == being_read_tip()
        assert tab.details.text_source.text().startswith("Being read")
        assert not tab.details.correct_text_button.isEnabled()

        gated.gate.release()
        wait_until_read(qtbot, tab)
    finally:
        gated.gate.release()
        gated.close()
    qtbot.waitUntil(lambda: _row(tab, 0) == "Coverage decision")  # what its words say
    shown = tab.selected_document()
    assert shown is not None and shown.page_count == 2
    assert _row(tab, KIND) == shown.kind.label
    assert not tab.details.text_row.isVisible()  # its own text: nothing to say about it
    qtbot.waitUntil(lambda: tab.preview.controls.page_label.text() == "Page 1 of 2")
    assert window.ctx is not None
    assert [h.record_id for h in window.ctx.folder.search("redetermination")] == [shown.id]
    # No scan reader on this computer, and none was needed: nothing said about it.
    assert "cannot be read on this computer" not in window.status_label.text()


def test_without_the_scan_reader_a_scanned_pdf_is_still_opened(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from tests.services.test_read_later import scanned_pdf

    scan = tmp_path / "fax.pdf"
    scan.write_bytes(scanned_pdf())
    tab = _tab(window)
    with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000):
        drop_urls(window, file_urls(scan))
    wait_until_read(qtbot, tab)
    qtbot.waitUntil(lambda: "cannot be read on this computer" in window.status_label.text(),
                    timeout=20000)
    shown = tab.selected_document()
    assert shown is not None and shown.page_count == 1
    assert tab.details.text_source.text() == "Waiting to be read…"


_KILLED_WRITER = """
import os, signal, sys
from datetime import date
from pathlib import Path
from infusion_desk.services import Folder
from infusion_desk.services.importing import import_files

folder = Folder.open(Path(sys.argv[1]))
outcomes = import_files(folder, [Path(p) for p in sys.argv[2:]], today=date(2026, 11, 27),
                        read_later=True)
assert all(o.ok for o in outcomes)
print("stored", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # before anything was read
"""


def test_what_a_killed_window_had_not_read_is_read_at_the_next_open(
        qtbot: QtBot, folder_path: Path, tmp_path: Path) -> None:
    paths = []
    for number, pages in enumerate((DENIAL, [["Explanation of Benefits", "Claim 4471"]])):
        path = tmp_path / f"letter {number}.pdf"
        path.write_bytes(letter_pdf(pages))
        paths.append(str(path))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(folder_path), *paths],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert killed.stdout.strip() == "stored" and killed.returncode == -9, killed.stderr
    with Folder.open(folder_path, read_only=True) as folder:
        assert [d.page_count for d in folder.documents()] == [0, 0]  # rows only

    window = _window(qtbot, folder_path)
    try:
        tab = _tab(window)
        qtbot.waitUntil(lambda: tab.proxy.rowCount() == 2)
        wait_until_read(qtbot, tab)
        assert window.ctx is not None
        qtbot.waitUntil(lambda: sorted(d.page_count for d in window.ctx.folder.documents())
                        == [1, 2])
        assert window.ctx.folder.scans.documents_to_read() == []
        assert [h.record_id for h in window.ctx.folder.search("redetermination")] == [
            d.id for d in window.ctx.folder.documents() if d.original_name == "letter 0.pdf"]
        assert {d.title for d in window.ctx.folder.documents()} == {
            "Coverage decision", "Explanation of Benefits"}
    finally:
        window.close()
