"""Shared pieces for the Documents tests: real files, real drops, one PDF engine for the session."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from infusion_desk.core.records import Document
from infusion_desk.documents import PdfEngine, prepare_bytes
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents.document_list import KIND, being_read_text
from infusion_desk.ui.documents.import_queue import ImportQueue
from infusion_desk.ui.documents.scan_reading import ScanReading
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.ui.tab_helpers import show_tab

TODAY = date(2026, 11, 27)  # the day the tests' documents arrive (the ``ctx`` fixture's today)
FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents"


@functools.cache
def shared_engine() -> PdfEngine:
    """One PDF worker for every test that needs one (starting one costs ~0.4 s)."""
    return PdfEngine()


def use_shared_engine(tab: DocumentsTab) -> None:
    tab.queue.engine_factory = shared_engine
    tab.queue.close_engine_when_idle = False
    tab.renderer.engine_factory = shared_engine
    tab.renderer.owns_engine = False


def use_shared_engine_for(queue: ImportQueue) -> None:
    queue.engine_factory = shared_engine
    queue.close_engine_when_idle = False


def letter_pdf(pages: Sequence[Sequence[str]], *, encrypt: str | None = None) -> bytes:
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, encrypt=encrypt, invariant=True)
    for lines in pages:
        for index, line in enumerate(lines):
            pdf.drawString(72, 720 - 18 * index, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def png(colour: str = "lightgray", size: tuple[int, int] = (300, 400)) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def drop_urls(target: QWidget, urls: Sequence[QUrl], position: QPoint | None = None) -> bool:
    """Drop ``urls`` on ``target`` as a file manager would: enter, move, drop.

    Returns whether the drop was accepted (by ``target`` or a widget it passed it on to).
    """
    mime = QMimeData()
    mime.setUrls(list(urls))
    point = QPointF(position if position is not None else target.rect().center())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
    buttons = Qt.MouseButton.LeftButton
    no_keys = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, no_keys)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point.toPoint(), actions, mime, buttons, no_keys)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(point, actions, mime, buttons, no_keys)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def file_urls(*paths: Path) -> list[QUrl]:
    return [QUrl.fromLocalFile(str(p)) for p in paths]


def store_document(folder: Folder, data: bytes, name: str) -> Document:
    """Prepare ``data`` as the app would on import (with the shared engine) and store it."""
    prepared = prepare_bytes(data, name, today=TODAY, engine=shared_engine())
    return folder.records.add_document(prepared.document, prepared.data, pages=prepared.pages,
                               thumbnail=prepared.thumbnail).value


def documents_tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> DocumentsTab:
    """A shown Documents tab that uses the shared PDF engine. What is dropped on it is read in
    the background after each batch, as the window does (a dropped PDF's pages come then)."""
    tab = DocumentsTab(ctx)
    use_shared_engine(tab)
    reading = ScanReading(ctx, tab)
    reading.pdf_factory = shared_engine
    tab.queue.batch_finished.connect(lambda _result: reading.start())
    return show_tab(tab, qtbot, tabs)


def wait_until_read(qtbot: QtBot, tab: DocumentsTab) -> None:
    """Until no row of the list says it is still being read (dropped PDFs are opened in the
    background after their rows are listed: their pages, words and guesses come then)."""
    def read() -> bool:
        return all(tab.proxy.index(row, KIND).data() != being_read_text()
                   for row in range(tab.proxy.rowCount()))

    qtbot.waitUntil(read, timeout=20000)


def shown_image(tab: DocumentsTab) -> QImage | None:
    """The page the preview shows on screen, or ``None`` while it shows none."""
    pixmap = tab.preview.page_view.pixmap()
    return None if pixmap.isNull() else pixmap.toImage()
