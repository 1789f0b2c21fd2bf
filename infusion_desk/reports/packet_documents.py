"""The documents appended to the folder packet, each page a picture on a packet page of its own.

Why pictures: merging the original PDF pages (pypdfium2's ``import_pages``) would keep them sharp
and searchable, but it means running PDFium in this process, and PDFium is not thread-safe and
can be crashed by a hostile file. Instead every PDF page is drawn at 150 dpi by the documents
package's :class:`~infusion_desk.documents.PdfEngine`, whose worker process takes the crash or
the hang (one page or one document is then replaced by a note), and ReportLab places the pictures.
No PDFium code runs in the caller's process, so the packet can be built on any thread. The price:
appended pages print at 150 dpi and their text cannot be selected in the packet.

Pictures (JPEG, PNG, TIFF, HEIC...) are read here with Pillow, with the same size limit as the
import pipeline; emails and text files are printed as text. Anything that cannot be appended
gets a page saying why, and that it is still saved in the folder.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageOps

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP
from infusion_desk.core.records import Document, DocumentKind
from infusion_desk.documents import PdfEngine, PdfStatus
from infusion_desk.documents.flatten import on_white
from infusion_desk.documents.images import PREVIEW_PIXEL_LIMIT, heif_available
from infusion_desk.documents.sniff import Family, sniff
from infusion_desk.documents.text_files import decode_text, read_email
from infusion_desk.reports.picture_size import picture_dpi, real_size

log = logging.getLogger(__name__)

RENDER_DPI = 150
RENDER_SCALE = RENDER_DPI / 72
JPEG_QUALITY = 85
MAX_PICTURE_SIDE = 2000  # pixels: about 150 dpi on a letter page, enough to print a photo
MAX_FRAMES = 500  # pages of one multi-page TIFF
MAX_TEXT_CHARACTERS = 60_000
_PILLOW_FORMATS: dict[str, tuple[str, ...]] = {
    "image/jpeg": ("JPEG", "MPO"),
    "image/png": ("PNG",),
    "image/tiff": ("TIFF",),
    "image/gif": ("GIF",),
    "image/bmp": ("BMP", "DIB"),
    "image/webp": ("WEBP",),
    "image/avif": ("AVIF",),
    "image/heic": ("HEIF",),
    "image/heif": ("HEIF",),
}


class Problem(enum.Enum):
    """Why a document (or one of its pages) is not in the packet; the value finishes the
    sentence "This document could not be added to the packet: …"."""

    PASSWORD = QT_TRANSLATE_NOOP("PacketProblem", "it is protected with a password.")
    DAMAGED = QT_TRANSLATE_NOOP("PacketProblem",
                                "it seems to be damaged, so it could not be read.")
    TOO_SLOW = QT_TRANSLATE_NOOP("PacketProblem", "it took too long to read.")
    TOO_LARGE = QT_TRANSLATE_NOOP("PacketProblem", "the picture is too large to print safely.")
    NO_PAGES = QT_TRANSLATE_NOOP("PacketProblem", "it has no pages to print.")
    NOT_PRINTABLE = QT_TRANSLATE_NOOP(
        "PacketProblem", "this kind of file cannot be printed from Infusion Desk.")
    NO_HEIF = QT_TRANSLATE_NOOP(
        "PacketProblem", "photos in this format (HEIC) cannot be read on this computer.")
    MISSING = QT_TRANSLATE_NOOP("PacketProblem", "its file could not be read from the folder.")


_PDF_PROBLEMS = {
    PdfStatus.PASSWORD: Problem.PASSWORD,
    PdfStatus.UNREADABLE: Problem.DAMAGED,
    PdfStatus.CRASHED: Problem.DAMAGED,
    PdfStatus.TIMED_OUT: Problem.TOO_SLOW,
}


@dataclass(frozen=True)
class PagePicture:
    """One page as a JPEG, its size in pixels, and the size it really is, in points (1/72 in):
    a PDF page's own size, a picture's from its DPI. The packet prints it at that size, or
    smaller to fit the page, never larger."""

    jpeg: bytes
    width: int
    height: int
    real_width: float
    real_height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height


@dataclass(frozen=True)
class AppendedDocument:
    """What the packet prints for one document: pictures of its pages (None for a page that
    could not be drawn), or its text, or the problem that kept it out."""

    document: Document
    pages: tuple[PagePicture | None, ...] = ()
    text: str = ""
    problem: Problem | None = None


def prepare(document: Document, data: bytes, engine: Callable[[], PdfEngine]
            ) -> AppendedDocument:
    """Turn one stored document into what the packet prints. Never raises for a bad file.

    ``engine`` gives the PDF engine; it is only asked for when the document is a PDF.
    """
    if not data:
        return AppendedDocument(document, problem=Problem.MISSING)
    family = sniff(data, document.original_name).family
    try:
        if family is Family.PDF:
            return _pdf(document, data, engine())
        if family in (Family.IMAGE, Family.HEIF):
            return _picture(document, data, family)
        if family in (Family.EMAIL, Family.TEXT):
            return AppendedDocument(document, text=_text(document, data, family))
    except Exception as exc:  # noqa: BLE001 - a hostile file must cost one document, not the packet
        log.warning("document %s could not be prepared for the packet: %s", document.id,
                    type(exc).__name__)
        return AppendedDocument(document, problem=Problem.DAMAGED)
    return AppendedDocument(document, problem=Problem.NOT_PRINTABLE)


def _pdf(document: Document, data: bytes, engine: PdfEngine) -> AppendedDocument:
    page_count = document.page_count if document.preview_ok else 0
    first = engine.render(data, 0, RENDER_SCALE) if page_count > 0 else None
    if first is None:
        # The record's page count is missing or the first page failed: ask the worker why.
        info = engine.inspect(data)
        if info.status is not PdfStatus.OK:
            return AppendedDocument(document, problem=_PDF_PROBLEMS[info.status])
        if info.page_count == 0:
            return AppendedDocument(document, problem=Problem.NO_PAGES)
        page_count = info.page_count
        first = engine.render(data, 0, RENDER_SCALE)
    pages = [_png_to_picture(first)]
    for index in range(1, page_count):
        pages.append(_png_to_picture(engine.render(data, index, RENDER_SCALE)))
    if not any(pages):
        return AppendedDocument(document, problem=Problem.DAMAGED)
    return AppendedDocument(document, pages=tuple(pages))


def _png_to_picture(png: bytes | None) -> PagePicture | None:
    """The worker's PNG as a JPEG (smaller, and ReportLab embeds JPEG without re-encoding)."""
    if png is None:
        return None
    try:
        with Image.open(BytesIO(png), formats=("PNG",)) as image:
            if image.width * image.height > PREVIEW_PIXEL_LIMIT:
                return None
            return _encode(image.convert("RGB"),
                           (image.width / RENDER_SCALE, image.height / RENDER_SCALE))
    except Exception as exc:  # noqa: BLE001 - the worker is not trusted either
        log.warning("a rendered page could not be read: %s", type(exc).__name__)
        return None


def _picture(document: Document, data: bytes, family: Family) -> AppendedDocument:
    if family is Family.HEIF and not heif_available():
        return AppendedDocument(document, problem=Problem.NO_HEIF)
    media_type = sniff(data, document.original_name).media_type
    with Image.open(BytesIO(data), formats=_PILLOW_FORMATS.get(media_type)) as image:
        if image.width * image.height > PREVIEW_PIXEL_LIMIT:
            return AppendedDocument(document, problem=Problem.TOO_LARGE)
        frames = int(getattr(image, "n_frames", 1)) if media_type == "image/tiff" else 1
        pages: list[PagePicture | None] = []
        for frame in range(min(frames, MAX_FRAMES)):
            image.seek(frame)
            pages.append(_upright(image, card=document.kind is DocumentKind.PLAN_DOCUMENT))
    return AppendedDocument(document, pages=tuple(pages))


def _upright(image: Image.Image, *, card: bool) -> PagePicture:
    """The current frame turned by its EXIF orientation, on white, at most MAX_PICTURE_SIDE,
    with the size it really is."""
    upright = ImageOps.exif_transpose(image) or image.copy()
    real = real_size(upright.width, upright.height, picture_dpi(image), card=card)
    upright.thumbnail((MAX_PICTURE_SIDE, MAX_PICTURE_SIDE))
    return _encode(on_white(upright, keep_grey=True), real)


def _encode(image: Image.Image, real: tuple[float, float]) -> PagePicture:
    buffer = BytesIO()
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY)
    return PagePicture(buffer.getvalue(), image.width, image.height, *real)


def _text(document: Document, data: bytes, family: Family) -> str:
    text = document.text.strip()
    if not text:
        text = read_email(data).text if family is Family.EMAIL else decode_text(data)
    if len(text) > MAX_TEXT_CHARACTERS:
        text = text[:MAX_TEXT_CHARACTERS].rstrip() + "\n\n[… The rest is in the folder.]"
    return text
