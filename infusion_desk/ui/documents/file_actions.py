"""What can be done with a stored file: open it in another program, save a copy, print it."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document
from infusion_desk.documents import PdfEngine
from infusion_desk.documents.open_copies import OpenCopies, copy_name
from infusion_desk.paths import app_paths
from infusion_desk.privacy import open_private
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents.page_area import Shape, shape_of
from infusion_desk.ui.documents.page_renderer import PageRenderer, PageRequest, draw
from infusion_desk.ui.jobs import PRINT, Progress

log = logging.getLogger(__name__)

PRINT_DPI = 300  # enough for letters and scans; keeps each page under ~9 megapixels


def document_name(document: Document) -> str:
    return (document.title or document.original_name
            or translate("DocumentFiles", "the document"))


def new_printer(document: Document) -> QPrinter:
    """A printer set to US Letter (Qt would pick A4 from the locale), named after the document."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setDocName(document_name(document))
    return printer


def print_pages(printer: QPrinter, document: Document, data: bytes, texts: list[str],
                engine: PdfEngine | None) -> int:
    """Draw the document onto ``printer``; return the number of pages printed.

    PDF pages are drawn by the PDF engine at up to 300 dpi and pictures decoded at the printer's
    size; each is fitted to the printable area, centred, never stretched. Text is laid out as
    text. Safe off the GUI thread (painting on a printer is).
    """
    shape = shape_of(document)
    if shape is Shape.TEXT:
        text = QTextDocument()
        text.setPlainText("\n\n".join(t for t in texts if t))
        text.print_(printer)
        return max(1, text.pageCount())
    if shape not in (Shape.PAGES, Shape.PICTURE):
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise FolderError(translate("DocumentFiles", "The printer could not be started. Check "
                                    "that it is switched on and try again."))
    printed = 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = min(printer.resolution(), PRINT_DPI)
        count = max(1, document.page_count)
        index = 0
        while index < count:
            if shape is Shape.PAGES:
                wish = PageRequest(0, data, document.original_name, True, index, scale=dpi / 72)
            else:
                width = round(area.width() * dpi / printer.resolution())
                wish = PageRequest(0, data, document.original_name, False, index, width=width)
            rendered = draw(wish, engine)
            if rendered.page_count:
                count = rendered.page_count
            if rendered.image is not None:
                if printed:
                    printer.newPage()
                _fit(painter, rendered.image, QRectF(0, 0, area.width(), area.height()))
                printed += 1
            index += 1
    finally:
        painter.end()
    return printed


def _fit(painter: QPainter, image: QImage, room: QRectF) -> None:
    size = image.size().toSizeF().scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(room.left() + (room.width() - size.width()) / 2, room.top(),
                    size.width(), size.height())
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)


class _TextRead(NamedTuple):
    """An email's or a note's text, read by the print job, to lay out on the window's thread."""

    printer: QPrinter
    document: Document
    data: bytes
    texts: list[str]


class DocumentFiles(QObject):
    """*Open with…*, *Save a copy…* and *Print…* for the Documents tab."""

    printed = Signal(str, int)  # document title, pages printed (0: failed)

    def __init__(self, ctx: FolderContext, renderer: PageRenderer, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._renderer = renderer
        self._parent = parent
        self.copies = OpenCopies(app_paths().temp)
        self.copies.remove_stale()
        self.printed.connect(self._on_printed)

    def _bytes(self, document: Document) -> bytes | None:
        if document.id is None:
            return None
        try:
            return self._ctx.folder.document_bytes(document.id)
        except FolderError as exc:
            self._ctx.say(exc.message)
            return None

    # ------------------------------------------------------------------ open with…
    def open_with(self, document: Document) -> Path | None:
        """Hand a private copy to the program this computer uses for such files."""
        data = self._bytes(document)
        if data is None:
            return None
        try:
            path = self.copies.write(data, copy_name(document.original_name, document.title,
                                                     document.media_type))
        except FolderError as exc:
            self._ctx.say(exc.message)
            return None
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._ctx.say(translate("DocumentFiles", "Opened a copy of “{name}”. Changes made "
                                    "there are not saved in the folder.").format(
                name=document_name(document)))
        else:
            self._ctx.say(translate("DocumentFiles", "No program on this computer opens this kind "
                                    "of file. Use “Save a copy…” and open it from there."))
        return path

    # ------------------------------------------------------------------ save a copy…
    def save_copy(self, document: Document) -> Path | None:
        """Write the file exactly as it was added, where she chooses."""
        data = self._bytes(document)
        if data is None:
            return None
        suggested = app_paths().documents / copy_name(document.original_name, document.title,
                                                      document.media_type)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent, translate("DocumentFiles", "Save a copy"), str(suggested))
        if not chosen:
            return None
        target = Path(chosen)
        partial = target.with_name(target.name + ".part")
        try:
            with open_private(partial) as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            self._ctx.show_error(FolderError(
                translate("DocumentFiles", "The copy could not be saved in {place}. Check that "
                          "the disk is not full and that you may save there, or choose another "
                          "place.").format(place=target.parent), str(exc)),
                self._parent)
            return None
        self._ctx.say(translate("DocumentFiles", "Saved a copy as {name}.").format(
            name=target.name))
        return target

    # ------------------------------------------------------------------ print…
    def print_document(self, document: Document) -> QPrintDialog | None:
        """Ask where and how to print, then print in the background (the file is read there,
        not on the window's thread). Returns the open dialog."""
        if document.id is None:
            return None
        printer = new_printer(document)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(translate("DocumentFiles", "Print “{name}”").format(
            name=document_name(document)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda *_a: self.start_printing(printer, document))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # (PySide's QPrintDialog.open() wants a receiver)
        return dialog

    def start_printing(self, printer: QPrinter, document: Document, data: bytes | None = None,
                       texts: list[str] | None = None) -> None:
        """Print in a job: the file's bytes (and an email's or a note's text) are read there
        unless given; a file gone or unreadable is said plainly."""
        self._ctx.say(translate("DocumentFiles", "Printing “{name}”…").format(
            name=document_name(document)))
        shape, title = shape_of(document), document_name(document)
        folder, document_id = self._ctx.folder, document.id or 0
        engine = self._renderer.engine() if shape is Shape.PAGES else None

        def work(progress: Progress) -> tuple[str, int] | _TextRead:
            got = data if data is not None else folder.document_bytes(document_id)
            lines = texts if texts is not None else (
                folder.page_texts(document_id) if shape is Shape.TEXT else [])
            progress.check()
            if shape is Shape.TEXT:  # laying out text is quick, and GUI-thread work
                return _TextRead(printer, document, got, lines)
            try:
                return title, print_pages(printer, document, got, lines, engine)
            except Exception:
                log.exception("printing failed")
                return title, 0

        job = self._ctx.jobs.start(work, lane=PRINT)
        job.finished.connect(self._on_print_job_finished)  # (not told if the tab has closed)
        job.failed.connect(self._on_print_job_failed)

    def _on_print_job_finished(self, result: tuple[str, int] | _TextRead) -> None:
        if isinstance(result, _TextRead):  # an email's or a note's text, read: laid out here
            result = (document_name(result.document),
                      print_pages(result.printer, result.document, result.data, result.texts,
                                  None))
        self.printed.emit(*result)

    def _on_print_job_failed(self, error: FolderError) -> None:
        self._ctx.say(error.message)

    def _on_printed(self, title: str, pages: int) -> None:
        if pages:
            self._ctx.say(translate("DocumentFiles", "Sent “{title}” to the printer (%n pages).",
                                    None, pages).format(title=title))
        else:
            self._ctx.say(translate("DocumentFiles", "“{title}” could not be printed. Try “Open "
                                    "with…” and print it from there.").format(title=title))

