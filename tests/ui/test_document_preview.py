"""The preview beside the list: page through a letter, zoom, fit to width; pictures, emails and
files that cannot be shown; and a search for a letter's words opens it at the right page."""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Profile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents.page_area import Shape
from infusion_desk.ui.documents.preview_words import could_not_preview, not_previewable
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.documents.document_samples import multipage_tiff
from tests.ui.document_drops import (
    FIXTURES,
    drop_urls,
    file_urls,
    letter_pdf,
    shown_image,
    use_shared_engine,
    wait_until_read,
)
from tests.ui.document_drops import documents_tab as _tab
from tests.ui.document_drops import store_document as _store
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def _wait_page(qtbot: QtBot, tab: DocumentsTab, number: int) -> None:
    with qtbot.waitSignal(tab.preview.page_shown, timeout=10000,
                          check_params_cb=lambda shown: shown == number):
        pass


def _shown_width(tab: DocumentsTab) -> int:
    image = shown_image(tab)
    assert image is not None
    return image.width()


def test_paging_and_zooming_through_a_letter(ctx: FolderContext, folder: Folder,
                                             tabs: list[QWidget], qtbot: QtBot) -> None:
    letter = _store(folder, letter_pdf([["Page one"], ["Page two"], ["Page three"]]),
                    "three pages.pdf")
    tab = _tab(ctx, qtbot, tabs)
    preview = tab.preview
    if shown_image(tab) is None:
        _wait_page(qtbot, tab, 1)
    assert tab.selected_document() == letter
    assert preview.shape is Shape.PAGES
    assert preview.controls.page_label.text() == "Page 1 of 3"
    assert not preview.controls.previous_button.isEnabled()
    assert preview.controls.next_button.isEnabled()
    assert preview.controls.fit_button.isChecked()
    # As wide as the space beside the list, once the window has its size (a page drawn while
    # the layout was still settling is drawn again to fit).
    def fits() -> bool:
        room = preview.area.viewport().width()
        return room - 40 <= _shown_width(tab) <= room

    qtbot.waitUntil(fits, timeout=10000)
    fitted = _shown_width(tab)

    with qtbot.waitSignal(preview.page_shown, timeout=10000) as shown:
        qtbot.mouseClick(preview.controls.next_button, Qt.MouseButton.LeftButton)
    assert shown.args == [2]
    assert preview.controls.page_label.text() == "Page 2 of 3"
    assert preview.controls.previous_button.isEnabled()
    with qtbot.waitSignal(preview.page_shown, timeout=10000):
        qtbot.mouseClick(preview.controls.next_button, Qt.MouseButton.LeftButton)
    assert preview.controls.page_label.text() == "Page 3 of 3"
    assert not preview.controls.next_button.isEnabled()
    with qtbot.waitSignal(preview.page_shown, timeout=10000) as shown:
        qtbot.mouseClick(preview.controls.previous_button, Qt.MouseButton.LeftButton)
    assert shown.args == [2]

    # Zoom: from "fit" to the next step up, then down; 100 % is the page's real size.
    before = preview.effective_zoom()
    with qtbot.waitSignal(preview.page_shown, timeout=10000):
        qtbot.mouseClick(preview.controls.zoom_in_button, Qt.MouseButton.LeftButton)
    assert not preview.controls.fit_button.isChecked()
    assert preview.effective_zoom() > before
    larger = _shown_width(tab)
    assert larger > fitted
    assert preview.controls.zoom_label.text() == f"{round(preview.effective_zoom() * 100)} %"
    for button, too_far in ((preview.controls.zoom_in_button, lambda z: z < 1.0 - 1e-6),
                            (preview.controls.zoom_out_button, lambda z: z > 1.0 + 1e-6)):
        while too_far(preview.effective_zoom()):
            with qtbot.waitSignal(preview.page_shown, timeout=10000):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert preview.controls.zoom_label.text() == "100 %"
    real_size = round(8.5 * preview.logicalDpiX())
    assert abs(_shown_width(tab) - real_size) <= 2
    with qtbot.waitSignal(preview.page_shown, timeout=10000):
        qtbot.mouseClick(preview.controls.fit_button, Qt.MouseButton.LeftButton)
    assert preview.controls.fit_button.isChecked()
    assert abs(_shown_width(tab) - fitted) <= 2
    assert preview.controls.page_label.text() == "Page 2 of 3"  # zooming keeps the page


def _show(qtbot: QtBot, tab: DocumentsTab, document_id: int) -> None:
    """Choose a document and wait until it has been read (in the background) and shown."""
    with qtbot.waitSignal(tab.preview.loaded, timeout=10000):
        tab.show_record(document_id)


def test_pictures_emails_and_files_that_cannot_be_shown(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    scan = _store(folder, multipage_tiff(2), "fax pages.tif")
    mail = _store(folder, (FIXTURES / "portal message with attachment.eml").read_bytes(),
                  "portal message with attachment.eml")
    cut = _store(folder, (FIXTURES / "scan cut off.jpg").read_bytes(), "scan cut off.jpg")
    other = _store(folder, b"PK\x03\x04 a spreadsheet", "costs.xlsx")
    card = _store(folder, (FIXTURES / "insurance card cmyk.jpg").read_bytes(), "card.jpg")
    tab = _tab(ctx, qtbot, tabs)
    preview = tab.preview

    _show(qtbot, tab, scan.id or 0)
    assert preview.shape is Shape.PICTURE
    _wait_page(qtbot, tab, 1)
    assert preview.controls.page_label.text() == "Page 1 of 2"
    with qtbot.waitSignal(preview.page_shown, timeout=10000) as shown:
        preview.next_page()
    assert shown.args == [2]

    _show(qtbot, tab, card.id or 0)
    _wait_page(qtbot, tab, 1)
    assert not preview.controls.page_label.isVisible()  # one page: nothing to page through
    image = shown_image(tab)
    assert image is not None
    assert image.pixelColor(5, 5).lightness() > 200  # CMYK shown in its real, light colours

    _show(qtbot, tab, mail.id or 0)
    assert preview.shape is Shape.TEXT
    assert preview.stack.currentWidget() is preview.text
    assert preview.text.isReadOnly()
    assert "Reference PA-55120" in preview.text.toPlainText()
    assert "Attachments: PA-55120 approval.pdf" in preview.text.toPlainText()

    _show(qtbot, tab, cut.id or 0)
    assert preview.note.text() == could_not_preview()
    assert preview.open_button.isVisibleTo(preview)
    assert tab.open_button.isEnabled()
    assert not tab.print_button.isEnabled()

    _show(qtbot, tab, other.id or 0)
    assert preview.note.text() == not_previewable()
    assert preview.open_button.isVisibleTo(preview)


def test_a_search_for_words_in_a_letter_opens_it_at_their_page(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "Walter Brennan.infusiondesk"
    Folder.create(path, Profile(patient_name="Walter Brennan")).close()
    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert opened(qtbot, window, path)
    assert window.view is not None
    tab = window.view.documents
    use_shared_engine(tab)
    letter = tmp_path / "denial letter.pdf"
    letter.write_bytes(letter_pdf([
        ["Silverpine Health Plans", "RE: Coverage decision"],
        ["Page two", "The plan needs the infusion log from the nurse."],
        ["Page three", "Your appeal rights: you may ask for a redetermination."],
    ]))
    with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000):
        drop_urls(window, file_urls(letter))
    wait_until_read(qtbot, tab)  # its words are searched once its row says it has been read
    window.view.tabs.setCurrentIndex(0)

    window.find_action.trigger()
    qtbot.keyClicks(window.view.search_field, "redetermination")
    results = window.view.results.list
    qtbot.waitUntil(lambda: results.count() == 1)
    assert "page 3" in results.item(0).text()
    with qtbot.waitSignal(tab.preview.page_shown, timeout=10000,
                          check_params_cb=lambda shown: shown == 3):
        qtbot.keyClick(window.view.search_field, Qt.Key.Key_Return)
    assert window.view.tabs.currentWidget() is tab
    assert tab.selected_document() is not None
    assert tab.selected_document().original_name == "denial letter.pdf"  # type: ignore[union-attr]
    assert tab.preview.controls.page_label.text() == "Page 3 of 3"
    window.close()


class _NoPdfium(importlib.abc.MetaPathFinder):
    """Notes any attempt to load PDFium's Python binding in this process."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def find_spec(self, name: str, path: object, target: object = None) -> None:  # noqa: ARG002
        if name.partition(".")[0] == "pypdfium2":
            self.attempts.append(name)
            raise ImportError("PDFium must stay in the worker process")


@pytest.fixture
def no_pdfium() -> Iterator[_NoPdfium]:
    """While the test runs, pypdfium2 is not loaded here and cannot be (other tests may have
    loaded it for their own checks: it is put back afterwards)."""
    saved = {n: m for n, m in sys.modules.items() if n.partition(".")[0] == "pypdfium2"}
    for name in saved:
        del sys.modules[name]
    guard = _NoPdfium()
    sys.meta_path.insert(0, guard)
    yield guard
    sys.meta_path.remove(guard)
    sys.modules.update(saved)


def test_pages_are_drawn_without_pdfium_in_the_app(
        no_pdfium: _NoPdfium, ctx: FolderContext, folder: Folder, tabs: list[QWidget],
        qtbot: QtBot) -> None:
    """PDFium is not thread-safe and hostile PDFs can crash it: pages are drawn by the worker
    process, never inside the app."""
    _store(folder, letter_pdf([["Page one"], ["Page two"]]), "two pages.pdf")
    tab = _tab(ctx, qtbot, tabs)
    with qtbot.waitSignal(tab.preview.page_shown, timeout=15000):
        tab.preview.next_page()
    assert shown_image(tab) is not None
    assert no_pdfium.attempts == []
    assert not any(n.partition(".")[0] == "pypdfium2" for n in sys.modules)
