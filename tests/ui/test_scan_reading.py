"""A dropped scan reads itself in the window (issue 11): the letter shows at once, the job says
which page it is reading, the text arrives, search finds it (numbers split by the reader too) and
opening the hit highlights the words on the page; her correction is what search finds and Undo
takes it back; in a folder open for reading only the text can be looked at, not corrected.

The page reader is a fake handed to the window (its constructor takes the factory): it "reads"
the words the test drew on the picture, where it drew them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from infusion_desk.core.ocr import OcrPage, OcrWord, PageReader, ReadState, TextSource
from infusion_desk.core.records import Document, Profile, RecordKind
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.dialogs.page_text_dialog import PageTextDialog
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.ui.document_drops import drop_urls, file_urls, shown_image, use_shared_engine
from tests.ui.shown_windows import shown_window
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
SIZE = (1200, 800)
LINES = [("Authorization", (60, 80)), ("PA-2026-01", (330, 80)), ("1903", (560, 80)),
         ("Cefazolln", (60, 200)), ("approved", (300, 200))]


def _font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(40)


def scan_png() -> bytes:
    image = Image.new("RGB", SIZE, "white")
    draw = ImageDraw.Draw(image)
    for text, at in LINES:
        draw.text(at, text, fill="black", font=_font())
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class DrawnWordsReader:
    """Reads back the words drawn by ``scan_png``, with their boxes, once ``gate`` is open."""

    def __init__(self, gate: threading.Event) -> None:
        self.gate = gate
        self.read = 0

    def read_page(self, image: bytes) -> OcrPage:
        assert self.gate.wait(30)
        size = Image.open(BytesIO(image)).size
        words = []
        for text, (left, top) in LINES:
            box = ImageDraw.Draw(Image.new("RGB", (1, 1))).textbbox((left, top), text,
                                                                   font=_font())
            words.append(OcrWord(text, box[0], box[1], box[2] - box[0], box[3] - box[1], 90))
        self.read += 1
        return OcrPage(" ".join(t for t, _ in LINES[:3]) + "\n" + " ".join(
            t for t, _ in LINES[3:]), tuple(words), *size)


@pytest.fixture
def gate() -> threading.Event:
    return threading.Event()


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    Folder.create(path, Profile(patient_name="Walter Brennan")).close()
    return path


def make_window(qtbot: QtBot, gate: threading.Event) -> MainWindow:
    paths = app_paths()

    def factory() -> AbstractContextManager[PageReader]:
        return nullcontext(DrawnWordsReader(gate))

    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY,
                     page_reader_factory=factory)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


@pytest.fixture
def window(qtbot: QtBot, folder_path: Path, gate: threading.Event) -> Iterator[MainWindow]:
    win = make_window(qtbot, gate)
    assert opened(qtbot, win, folder_path)
    assert win.view is not None
    use_shared_engine(win.view.documents)
    yield win
    gate.set()
    win.close()


def _tab(window: MainWindow) -> DocumentsTab:
    assert window.view is not None
    return window.view.documents


def _document(window: MainWindow) -> Document:
    assert window.ctx is not None
    (document,) = window.ctx.folder.documents()
    return document


def _hits(qtbot: QtBot, window: MainWindow, text: str) -> int:
    assert window.view is not None
    window.view.search_field.setText(text)
    with qtbot.waitSignal(window.view.results.shown, timeout=10000):
        window.view.results.refresh()  # (searches in the background; the list is then shown)
    return window.view.results.list.count() if window.view.results.title.text()[0].isdigit() \
        else 0


def _yellow_pixels(image: Image.Image) -> int:
    red, green, blue = image.split()
    mask = ImageChops.multiply(
        ImageChops.multiply(red.point(lambda v: 255 if v > 230 else 0),
                            green.point(lambda v: 255 if v > 190 else 0)),
        blue.point(lambda v: 255 if v < 170 else 0))
    return mask.histogram()[255]


def _shown_picture(tab: DocumentsTab) -> Image.Image | None:
    shown = shown_image(tab)
    if shown is None:
        return None
    buffer = shown.convertToFormat(shown.Format.Format_RGB888)
    return Image.frombytes("RGB", (buffer.width(), buffer.height()),
                           bytes(buffer.constBits()), "raw", "RGB", buffer.bytesPerLine())


def _yellow_over(picture: Image.Image, word: str) -> float:
    """How much of the box of a drawn word is highlighted (0..1), on the page as shown."""
    text, at = next(line for line in LINES if line[0] == word)
    box = ImageDraw.Draw(Image.new("RGB", (1, 1))).textbbox(at, text, font=_font())
    scale = picture.width / SIZE[0]
    area = picture.crop(tuple(round(v * scale) for v in box))
    return _yellow_pixels(area) / max(1, area.width * area.height)


def _assert_highlighted_over_the_number(qtbot: QtBot, tab: DocumentsTab) -> None:
    def highlighted() -> int:
        picture = _shown_picture(tab)
        return 0 if picture is None else _yellow_pixels(picture)

    qtbot.waitUntil(lambda: highlighted() > 200, timeout=20000)
    picture = _shown_picture(tab)
    assert picture is not None
    # Over the two pieces of the number, and nowhere else.
    assert _yellow_over(picture, "PA-2026-01") > 0.3
    assert _yellow_over(picture, "1903") > 0.3
    assert _yellow_over(picture, "Authorization") == 0
    assert _yellow_over(picture, "approved") == 0


def _correct_and_undo(qtbot: QtBot, window: MainWindow, tab: DocumentsTab) -> None:
    """She corrects what was misread: search finds her words, and Undo takes them back."""
    assert _hits(qtbot, window, "Cefazolin") == 0
    dialog = tab.correct_text()
    assert isinstance(dialog, PageTextDialog)
    qtbot.waitUntil(lambda: dialog.is_read, timeout=10000)  # (read in a job)
    assert "Cefazolln" in dialog.text.toPlainText()
    dialog.text.setPlainText(dialog.text.toPlainText().replace("Cefazolln", "Cefazolin"))
    dialog.save_button.click()
    assert _hits(qtbot, window, "Cefazolin") == 1
    assert _hits(qtbot, window, "Cefazolln") == 0
    assert _document(window).text_source is TextSource.TYPED
    qtbot.waitUntil(lambda: tab.details.text_source.text()
                    == "The text was typed or corrected by you.", timeout=10000)
    window.undo()
    assert _hits(qtbot, window, "Cefazolin") == 0
    assert _hits(qtbot, window, "Cefazolln") == 1
    assert _document(window).text_source is TextSource.OCR


def test_a_dropped_scan_is_read_found_highlighted_and_corrected(
        qtbot: QtBot, window: MainWindow, gate: threading.Event, tmp_path: Path) -> None:
    scan = tmp_path / "Scan0001.png"
    scan.write_bytes(scan_png())
    tab = _tab(window)
    assert drop_urls(window, file_urls(scan))

    # The letter shows at once; its text is still to come.
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1, timeout=20000)
    qtbot.waitUntil(lambda: window.job_strip.isVisible()
                    and "page 1 of 1" in window.job_strip.label.text(), timeout=20000)
    assert window.job_strip.label.text() == "Reading the letter… page 1 of 1"
    assert _document(window).read_state is ReadState.WAITING
    qtbot.waitUntil(lambda: tab.details.text_source.text() == "Waiting to be read…",
                    timeout=10000)
    assert _hits(qtbot, window, "Cefazolln") == 0

    gate.set()
    qtbot.waitUntil(lambda: _document(window).read_state is ReadState.READ, timeout=20000)
    qtbot.waitUntil(lambda: not window.job_strip.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: tab.details.text_source.text()
                    == "Text read from the picture; check it against the letter", timeout=10000)
    assert tab.details.correct_text_button.isEnabled()

    # Search finds the authorization number however the reader split it; the hit opens the
    # page with its words highlighted.
    assert window.view is not None
    window.view.tabs.setCurrentIndex(0)
    assert _hits(qtbot, window, "PA-2026-011903") == 1
    results = window.view.results
    item = results.list.item(0)
    assert "page 1" in item.text()
    results.list.itemActivated.emit(item)
    assert window.view.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.preview.marks is not None, timeout=20000)
    marks = tab.preview.marks
    assert marks is not None and [w.text for w in marks.boxes] == ["PA-2026-01", "1903"]

    _assert_highlighted_over_the_number(qtbot, tab)
    _correct_and_undo(qtbot, window, tab)


def test_a_read_only_folder_shows_the_text_and_never_corrects_it(
        qtbot: QtBot, folder_path: Path, gate: threading.Event) -> None:
    with Folder.open(folder_path) as folder:
        from infusion_desk.services.importing import import_bytes

        outcome = import_bytes(folder, scan_png(), "Scan0002.png", today=TODAY)
        assert outcome.document is not None and outcome.document.id is not None
        document_id = outcome.document.id
        from infusion_desk.services.scans import read_waiting_documents

        gate.set()
        read_waiting_documents(folder, DrawnWordsReader(gate))
    win = make_window(qtbot, gate)
    try:
        assert opened(qtbot, win, folder_path, read_only=True)
        assert win.view is not None and win.scan_reading is not None
        assert win.scan_reading.job is None  # nothing is read in a folder that cannot change
        tab = _tab(win)
        win.view.show_record(RecordKind.DOCUMENT, document_id)
        qtbot.waitUntil(lambda: tab.details.text_source.text()
                        == "Text read from the picture; check it against the letter",
                        timeout=10000)
        assert not tab.details.correct_text_button.isEnabled()
        assert tab.details.show_text_button.isVisibleTo(tab.details)
        assert tab.details.show_text_button.isEnabled()
        assert not win.read_scans_action.isEnabled()
        tab.details.show_text_button.click()
        dialog = shown_window(PageTextDialog)
        qtbot.waitUntil(lambda: dialog.is_read, timeout=10000)
        assert dialog.text.isReadOnly() and "Authorization" in dialog.text.toPlainText()
        assert not dialog.save_button.isVisibleTo(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    finally:
        win.close()


def test_letters_waiting_when_the_folder_opens_are_read(
        qtbot: QtBot, folder_path: Path, gate: threading.Event) -> None:
    with Folder.open(folder_path) as folder:
        from infusion_desk.services.importing import import_bytes

        import_bytes(folder, scan_png(), "Scan0003.png", today=TODAY)
        assert len(folder.scans.documents_to_read()) == 1
    gate.set()
    win = make_window(qtbot, gate)
    try:
        assert opened(qtbot, win, folder_path)
        qtbot.waitUntil(lambda: _document(win).read_state is ReadState.READ, timeout=20000)
        assert _hits(qtbot, win, "approved") == 1
        assert win.read_scans_action.isEnabled()
    finally:
        win.close()
