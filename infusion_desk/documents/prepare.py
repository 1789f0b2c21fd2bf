"""Prepare a file for the folder: what it is, its text, a thumbnail and first guesses."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath
from typing import TypeVar

from infusion_desk.core.records import Document
from infusion_desk.documents.guess import guess_date, guess_kind, guess_title, is_plausible_date
from infusion_desk.documents.images import preview_image
from infusion_desk.documents.pdf_engine import PdfEngine, PdfStatus
from infusion_desk.documents.reading import check_size, read_document_file
from infusion_desk.documents.sniff import Family, FileType, has_pdf_header, sniff
from infusion_desk.documents.text_files import clean_text, decode_text, read_email

log = logging.getLogger(__name__)

NOTE_NOT_PREVIEWABLE = "This file can be opened but not previewed."
NOTE_PDF_PASSWORD = (
    "This PDF is protected with a password, so it cannot be previewed or searched. "
    "It is saved in the folder."
)
NOTE_PDF_UNREADABLE = (
    "This PDF could not be read, so it cannot be previewed or searched. It is saved in the "
    "folder, and you can still try to open it with your PDF viewer."
)
NOTE_PDF_TOO_SLOW = (
    "This PDF took too long to read, so it cannot be previewed or searched. It is saved in the "
    "folder, and you can still open it with your PDF viewer."
)
NOTE_PDF_NO_PAGES = "This PDF has no pages to show. It is saved in the folder as it is."
NOTE_EMAIL_UNREADABLE = (
    "This email could not be read fully, so only its raw text is shown. It is saved in the folder."
)

_PDF_NOTES = {
    PdfStatus.PASSWORD: NOTE_PDF_PASSWORD,
    PdfStatus.UNREADABLE: NOTE_PDF_UNREADABLE,
    PdfStatus.CRASHED: NOTE_PDF_UNREADABLE,
    PdfStatus.TIMED_OUT: NOTE_PDF_TOO_SLOW,
}


@dataclass(frozen=True)
class PreparedDocument:
    """A file ready to be stored: its bytes untouched, plus what was learned from them."""

    data: bytes
    document: Document
    pages: tuple[str, ...]
    thumbnail: bytes | None
    note: str


@dataclass(frozen=True)
class _Content:
    page_count: int = 0
    pages: tuple[str, ...] = ()
    thumbnail: bytes | None = None
    preview_ok: bool = True
    note: str = ""
    subject: str = ""
    sender: str = ""
    sent_on: date | None = None


def prepare_file(path: Path, *, today: date, engine: PdfEngine | None = None) -> PreparedDocument:
    """Read ``path`` once and prepare it. Raises :class:`DocumentRefusedError` with the reason."""
    data = read_document_file(path)
    return prepare_bytes(data, path.name, today=today, engine=engine)


def prepare_bytes(
    data: bytes, name: str, *, today: date, engine: PdfEngine | None = None
) -> PreparedDocument:
    """Prepare ``data`` that came from a file called ``name``.

    Only an empty or oversized file is refused; anything else is kept, with a note when it
    cannot be previewed. ``engine`` reads PDFs; without one, a private engine is started for
    this call (slow: pass one engine when preparing many files).
    """
    display_name = PurePath(name.replace("\\", "/")).name or name
    check_size(len(data), display_name)
    file_type = sniff(data, display_name)
    content = _read_content(data, file_type, engine)
    text = "\n\n".join(page for page in content.pages if page)
    is_email = file_type.family is Family.EMAIL
    sent_on = content.sent_on if is_plausible_date(content.sent_on, today=today) else None
    document = Document(
        title=guess_title(display_name, text, subject=content.subject),
        kind=guess_kind(display_name, text, is_email=is_email),
        document_date=sent_on or guess_date(text, display_name, today=today),
        received_on=today,
        sender=content.sender,
        original_name=display_name,
        media_type=file_type.media_type,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        page_count=content.page_count,
        preview_ok=content.preview_ok,
        text=text,
    )
    return PreparedDocument(data, document, content.pages, content.thumbnail, content.note)


def render_page(
    data: bytes, page_index: int, scale: float, engine: PdfEngine | None = None
) -> bytes | None:
    """PNG of one PDF page drawn on white, ``scale`` pixels per point (1.0 = 72 dpi).

    ``scale`` must be in (0, 16]; a page that would exceed about 40 megapixels is drawn smaller.
    None when the page cannot be drawn (no such page, damaged or locked PDF, worker trouble).
    ``engine=None`` starts a private engine for this one call: pass one when paging through.
    """
    if not has_pdf_header(data):
        return None
    return _with_engine(engine, lambda pdf: pdf.render(data, page_index, scale))


_T = TypeVar("_T")


def _with_engine(engine: PdfEngine | None, job: Callable[[PdfEngine], _T]) -> _T:
    with nullcontext(engine) if engine is not None else PdfEngine() as pdf:
        return job(pdf)


def _read_content(data: bytes, file_type: FileType, engine: PdfEngine | None) -> _Content:
    family = file_type.family
    if family is Family.PDF:
        return _read_pdf(data, engine)
    if family in (Family.IMAGE, Family.HEIF):
        preview = preview_image(data, file_type)
        return _Content(
            page_count=preview.page_count,
            thumbnail=preview.thumbnail,
            preview_ok=preview.thumbnail is not None,
            note=preview.note,
        )
    if family is Family.EMAIL:
        return _read_email(data)
    if family is Family.TEXT:
        return _Content(page_count=1, pages=(decode_text(data),))
    return _Content(preview_ok=False, note=NOTE_NOT_PREVIEWABLE)


def _read_pdf(data: bytes, engine: PdfEngine | None) -> _Content:
    if not has_pdf_header(data):
        return _Content(preview_ok=False, note=NOTE_PDF_UNREADABLE)
    info = _with_engine(engine, lambda pdf: pdf.inspect(data))
    if info.status is not PdfStatus.OK:
        return _Content(preview_ok=False, note=_PDF_NOTES[info.status])
    if info.page_count == 0:
        return _Content(preview_ok=False, note=NOTE_PDF_NO_PAGES)
    return _Content(
        page_count=info.page_count,
        pages=tuple(clean_text(page) for page in info.pages),
        thumbnail=info.thumbnail,
    )


def _read_email(data: bytes) -> _Content:
    try:
        mail = read_email(data)
    except Exception as exc:  # noqa: BLE001 - the email package can still trip on hostile mail
        log.info("email could not be parsed: %r", exc)
        return _Content(page_count=1, pages=(decode_text(data),), note=NOTE_EMAIL_UNREADABLE)
    return _Content(
        page_count=1,
        pages=(mail.text,),
        subject=mail.subject,
        sender=mail.sender,
        sent_on=mail.sent_on,
    )
