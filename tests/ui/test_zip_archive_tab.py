"""A ZIP archive in the Documents tab: shown as "ZIP archive, N files" with their names, never as
a PDF inside it; "Add the files inside" adds its PDFs and pictures as documents of their own."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Document, Profile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.documents.import_summary import ImportSummary
from infusion_desk.ui.documents.page_area import Shape
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.ui.document_drops import TODAY, letter_pdf, png, use_shared_engine
from tests.ui.shown_windows import shown_window, shown_windows
from tests.ui.window_helpers import opened

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


def portal_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("EOB March.pdf", letter_pdf([["Explanation of Benefits", "March"]]))
        archive.writestr("EOB April.pdf", letter_pdf([["Explanation of Benefits", "April"]]))
        archive.writestr("card.png", png("lightyellow"))
        archive.writestr("readme.txt", "From the member portal")
    return path


def summary_text(qtbot: QtBot) -> str:
    qtbot.waitUntil(lambda: bool(shown_windows(ImportSummary)), timeout=20000)
    box = shown_window(ImportSummary)
    text = box.text()
    box.close()
    return text


def test_a_zip_archive_is_shown_as_one_and_its_files_are_added_on_request(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.view is not None and window.ctx is not None
    tab: DocumentsTab = window.view.documents
    folder = window.ctx.folder
    with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000):
        assert tab.import_files([portal_zip(tmp_path / "from the portal.zip")]) is not None
    (archive,) = folder.documents()
    assert archive.media_type == "application/zip"
    tab.show_record(archive.id or 0)
    qtbot.waitUntil(lambda: tab.preview.document is not None
                    and tab.preview.document.id == archive.id, timeout=10000)
    assert tab.preview.shape is Shape.ARCHIVE
    note = tab.preview.note.text()
    assert note.startswith("ZIP archive, 4 files") and "EOB April.pdf" in note
    assert "Add the files inside" in note
    assert tab.preview.page_view.pixmap().isNull()  # no page of a PDF inside is shown
    assert tab.inside_button.isVisibleTo(tab) and tab.inside_button.isEnabled()
    assert not tab.print_button.isEnabled()
    assert tab.details.fields["file"].text().startswith("from the portal.zip, ZIP archive, 4 files")

    qtbot.mouseClick(tab.inside_button, Qt.MouseButton.LeftButton)
    said = summary_text(qtbot)
    assert "3 added, 1 could not be added." in said
    assert "readme.txt: only PDFs and pictures are added from an archive" in said
    names = sorted(d.original_name for d in folder.documents())
    assert names == ["EOB April.pdf", "EOB March.pdf", "card.png", "from the portal.zip"]
    assert folder.get(Document, archive.id or 0).sha256 == archive.sha256  # kept as it was

    letter = next(d for d in folder.documents() if d.original_name == "EOB March.pdf")
    tab.show_record(letter.id or 0)
    assert not tab.inside_button.isVisibleTo(tab)  # only an archive has files inside
