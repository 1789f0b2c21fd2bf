"""The pictures a document's pages are read from, and the one place the page reader is made.

A picture page is given to the reader upright (its EXIF turn applied) and at full size, as PNG,
so the word boxes it finds are in the frame of the picture the preview shows. A PDF page with no
text of its own is drawn at 300 dpi by the PDF engine (PDFium in its own process). No Qt.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from io import BytesIO

from PIL import Image

from infusion_desk.core.ocr import PageReader
from infusion_desk.core.records import Document
from infusion_desk.documents.pdf_engine import PdfEngine
from infusion_desk.documents.picture_pages import picture_page

log = logging.getLogger(__name__)

READ_DPI = 300
READ_SCALE = READ_DPI / 72.0  # PDF points to pixels


class ReaderUnavailableError(Exception):
    """The page reader cannot be started on this computer (its engine is missing or broken)."""


def make_page_reader() -> AbstractContextManager[PageReader]:
    """The page reader scans are read with: Tesseract, in its own worker process.

    The one place it is made (the window can be given another factory, e.g. for tests). Its
    engine is imported only here, and only when there is something to read.
    """
    try:
        from infusion_desk.documents.ocr_engine import OcrEngine

        reader: AbstractContextManager[PageReader] = OcrEngine()
    except (ImportError, OSError, RuntimeError) as exc:
        log.warning("the page reader could not be started: %s", type(exc).__name__)
        raise ReaderUnavailableError(str(exc)) from exc
    return reader


def is_pdf(document: Document) -> bool:
    return document.media_type == "application/pdf"


def page_picture(data: bytes, document: Document, page: int, pdf: PdfEngine | None
                 ) -> bytes | None:
    """The picture of page ``page`` (1-based) to read; None if none can be made."""
    if is_pdf(document):
        if pdf is None:
            return None
        return pdf.render(data, page - 1, READ_SCALE)
    picture = picture_page(data, document.original_name, page - 1)
    if picture is None:
        # Too large or in a format this computer cannot show: the reader may still manage the
        # file itself (and says so plainly when it cannot).
        return data if page == 1 else None
    image = Image.frombytes("RGB", (picture.width, picture.height), picture.rgb)
    buffer = BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()
