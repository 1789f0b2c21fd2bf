"""Reading a packet back for the tests: where a text is on a page, and where the pictures are."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Box = tuple[float, float, float, float]  # left, bottom, right, top, in points


def text_box(pdf: bytes, page_index: int, needle: str) -> Box | None:
    """The box of the first character of the first place ``needle`` is on the page."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        found = text.find(needle)
        box = None if found < 0 else tuple(textpage.get_charbox(found))
        textpage.close()
        page.close()
        return box  # type: ignore[return-value]
    finally:
        document.close()


def picture_boxes(pdf: bytes, page_index: int) -> list[Box]:
    """Where each picture is drawn on the page."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        boxes = [tuple(float(v) for v in image.get_bounds())
                 for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])]
        page.close()
        return boxes  # type: ignore[return-value]
    finally:
        document.close()


def size_of(box: Box) -> tuple[float, float]:
    return box[2] - box[0], box[3] - box[1]
