"""The file itself: "Open with…" hands a private copy to the system's viewer, "Save a copy…"
writes the original bytes unchanged, "Print…" prints on US Letter."""

from __future__ import annotations

import hashlib
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Document
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents.file_actions import new_printer, print_pages
from tests.documents.document_samples import multipage_tiff
from tests.ui.document_drops import documents_tab as _tab
from tests.ui.document_drops import letter_pdf, png, shared_engine
from tests.ui.document_drops import store_document as _store

TODAY = date(2026, 11, 27)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def test_save_a_copy_gives_back_the_very_same_bytes(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot, *,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = letter_pdf([["Approval letter"], ["Page two"]])
    document = _store(folder, original, "approval letter.pdf")
    tab = _tab(ctx, qtbot, tabs)
    tab.show_record(document.id or 0)
    asked: list[str] = []
    target = tmp_path / "out" / "for the nurse.pdf"
    target.parent.mkdir()

    def choose(_parent: QWidget, _caption: str, suggested: str, *_args: object) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(ctx.signals.status_message) as said:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == "approval letter.pdf"  # the name it came with
    assert hashlib.sha256(target.read_bytes()).hexdigest() == hashlib.sha256(original).hexdigest()
    assert said.args[0] == "Saved a copy as for the nurse.pdf."
    assert list(target.parent.iterdir()) == [target]  # no half-written leftovers
    if sys.platform != "win32":  # only she may read it (a saved letter is health information)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    # Cancelled: nothing written, nothing said.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert tab.files.save_copy(document) is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_open_with_hands_a_private_copy_to_the_system_viewer(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    original = png("lightyellow")
    document = _store(folder, original, "card photo.png")
    tab = _tab(ctx, qtbot, tabs)
    tab.show_record(document.id or 0)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    with qtbot.waitSignal(ctx.signals.status_message) as said:
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "card photo.png"
    assert copy.read_bytes() == original
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    temp = app_paths().temp
    assert copy.is_relative_to(temp)
    for folder_path in [temp, *[p for p in copy.parents if p.is_relative_to(temp)]]:
        assert stat.S_IMODE(folder_path.stat().st_mode) == 0o700
    assert said.args[0].startswith("Opened a copy of “Card photo”.")

    # No program for it: she is told what to do instead.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    with qtbot.waitSignal(ctx.signals.status_message) as said:
        tab.files.open_with(document)
    assert "Save a copy" in said.args[0]
    tab.files.copies.remove_session()
    assert not copy.exists()


def test_printing_a_letter_and_a_scan_on_us_letter(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot,
        tmp_path: Path) -> None:
    letter = _store(folder, letter_pdf([["Page one"], ["Page two"], ["Page three"]]),
                    "letter.pdf")
    scan = _store(folder, multipage_tiff(2), "fax.tif")
    tab = _tab(ctx, qtbot, tabs)
    tab.show_record(letter.id or 0)

    # The dialog comes up set to Letter, whatever the locale says.
    dialog = tab.files.print_document(letter)
    assert dialog is not None
    printer = dialog.printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    dialog.reject()

    for document, pages in ((letter, 3), (scan, 2)):
        printer = new_printer(document)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / f"{document.original_name}.printed.pdf"
        printer.setOutputFileName(str(out))
        printer.setResolution(100)  # (a test needs no 300 dpi)
        data = folder.document_bytes(document.id or 0)
        with qtbot.waitSignal(tab.files.printed, timeout=20000) as printed:
            tab.files.start_printing(printer, document, data, [])
        assert printed.args == [document.title, pages]
        info = shared_engine().inspect(out.read_bytes())
        assert info.page_count == pages
        first = shared_engine().render(out.read_bytes(), 0, 1.0)
        assert first is not None
        from PySide6.QtGui import QImage

        size = QImage.fromData(first).size()
        assert (size.width(), size.height()) == (612, 792)  # US Letter, in points
    assert print_pages(new_printer(letter), Document(media_type="application/x-zip"), b"",
                       [], None) == 0
