"""Prepare a file for the folder: what it is, its text, a thumbnail and first guesses."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import date
from io import BytesIO
from pathlib import Path, PurePath
from typing import TypeVar

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP
from infusion_desk.core.ocr import ReadState
from infusion_desk.core.records import Document, DocumentKind
from infusion_desk.documents.archives import (
    NOTE_ARCHIVE_UNREADABLE,
    ArchiveListing,
    list_archive,
)
from infusion_desk.documents.guess import (
    guess_date,
    guess_kind,
    guess_title,
    is_plausible_date,
    title_from_name,
)
from infusion_desk.documents.images import preview_image
from infusion_desk.documents.pdf_engine import PdfEngine, PdfStatus
from infusion_desk.documents.reading import DocumentFile, FileStamp, check_size
from infusion_desk.documents.sniff import (
    PDF_HEADER_WINDOW,
    Family,
    FileType,
    has_pdf_header,
    sniff,
)
from infusion_desk.documents.text_files import clean_text, decode_text, read_email

log = logging.getLogger(__name__)

NOTE_NOT_PREVIEWABLE = QT_TRANSLATE_NOOP(
    "DocumentNotes", "This file can be opened but not previewed.")
NOTE_PDF_PASSWORD = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "This PDF is protected with a password, so it cannot be previewed or "
        "searched. It is saved in the folder.")
)
NOTE_PDF_UNREADABLE = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "This PDF could not be read, so it cannot be previewed or searched. It "
        "is saved in the folder, and you can still try to open it with your "
        "PDF viewer.")
)
NOTE_PDF_TOO_SLOW = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "This PDF took too long to read, so it cannot be previewed or "
        "searched. It is saved in the folder, and you can still open it with "
        "your PDF viewer.")
)
NOTE_PDF_NO_PAGES = QT_TRANSLATE_NOOP(
    "DocumentNotes",
    "This PDF has no pages to show. It is saved in the folder as it is.")
NOTE_ARCHIVE = (QT_TRANSLATE_NOOP(
    "DocumentNotes",
    "It is kept as one file ({summary}); the PDFs and pictures inside can "
    "be added one by one with “Add the files inside”."))
NOTE_EMAIL_UNREADABLE = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "This email could not be read fully, so only its raw text is shown. It "
        "is saved in the folder.")
)

_PDF_NOTES = {
    PdfStatus.PASSWORD: NOTE_PDF_PASSWORD,
    PdfStatus.UNREADABLE: NOTE_PDF_UNREADABLE,
    PdfStatus.CRASHED: NOTE_PDF_UNREADABLE,
    PdfStatus.TIMED_OUT: NOTE_PDF_TOO_SLOW,
}


class FileSource:
    """A file to store by reading it again, in chunks: never whole in memory. Refused with
    FileChangedError if it is not as it was when it was fingerprinted."""

    def __init__(self, path: Path, stamp: FileStamp) -> None:
        self.path = path
        self.stamp = stamp

    def chunks(self) -> Iterator[bytes]:
        with DocumentFile(self.path, expected=self.stamp) as again:
            yield from again.chunks()


@dataclass(frozen=True)
class PreparedDocument:
    """A file ready to be stored: its bytes untouched, plus what was learned from them.

    ``data`` holds the bytes when they were read whole (to be previewed); a file that is not
    previewed (or a ZIP archive) is never held whole in memory: ``data`` is empty and ``source``
    reads it again, in chunks, when it is stored. :meth:`content` gives either.
    """

    data: bytes
    document: Document
    pages: tuple[str, ...]
    thumbnail: bytes | None
    note: str
    source: FileSource | None = None

    def content(self) -> bytes | Iterator[bytes]:
        """The bytes to store: in one piece, or read from the file again in chunks."""
        return self.source.chunks() if self.source is not None else self.data


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
    text: str = ""  # the text to search when it is not the pages' (an archive's listing)


# Kept without being read whole: a file shown here only as a note, and a ZIP archive (listed).
_STREAMED = frozenset({Family.OTHER, Family.ARCHIVE})


def prepare_file(path: Path, *, today: date, engine: PdfEngine | None = None,
                 read_later: bool = False) -> PreparedDocument:
    """Read ``path`` and prepare it: a file to preview is read once, whole; any other file is
    fingerprinted in chunks. Raises :class:`DocumentRefusedError` with the reason, and
    :class:`FileChangedError` if it changes while it is read. ``read_later``: see
    :func:`prepare_bytes`."""
    with DocumentFile(path) as file:
        file_type = sniff(file.head(PDF_HEADER_WINDOW), file.name)
        if file_type.family not in _STREAMED:
            return prepare_bytes(file.read_all(), file.name, today=today, engine=engine,
                                 read_later=read_later)
        if file_type.family is Family.ARCHIVE:
            content = _archive_content(list_archive(file.file))
        else:
            content = _Content(preview_ok=False, note=NOTE_NOT_PREVIEWABLE)
        sha256 = file.fingerprint()  # (after the listing: a change meanwhile is found out)
        document = _document(file.name, file_type, content, sha256=sha256, size=file.size,
                             today=today)
        return PreparedDocument(b"", document, content.pages, content.thumbnail, content.note,
                                FileSource(path, file.stamp))


def prepare_bytes(
    data: bytes, name: str, *, today: date, engine: PdfEngine | None = None,
    read_later: bool = False,
) -> PreparedDocument:
    """Prepare ``data`` that came from a file called ``name``.

    Only an empty or oversized file is refused; anything else is kept, with a note when it
    cannot be previewed. ``engine`` reads PDFs; without one, a private engine is started for
    this call (slow: pass one engine when preparing many files).

    ``read_later``: a PDF is not opened here. It is kept as it came (its title from its name, no
    pages yet), waiting to be read (``ReadState.WAITING`` with no pages: see
    :func:`core.scans.is_unopened`); the background reading opens it (:func:`open_pdf`).
    """
    display_name = PurePath(name.replace("\\", "/")).name or name
    check_size(len(data), display_name)
    file_type = sniff(data, display_name)
    later = read_later and file_type.family is Family.PDF and has_pdf_header(data)
    content = _Content() if later else _read_content(data, file_type, engine)
    document = _document(display_name, file_type, content,
                         sha256=hashlib.sha256(data).hexdigest(), size=len(data), today=today)
    if later:
        document = replace(document, read_state=ReadState.WAITING)
    return PreparedDocument(data, document, content.pages, content.thumbnail, content.note)


@dataclass(frozen=True)
class OpenedPdf:
    """A PDF kept unread, opened: its pages' text, its thumbnail, and a note when it cannot be
    previewed (damaged, locked, too slow, no pages)."""

    page_count: int
    pages: tuple[str, ...]
    thumbnail: bytes | None
    preview_ok: bool
    note: str


def open_pdf(data: bytes, engine: PdfEngine) -> OpenedPdf:
    """Open a PDF that was kept without being read (``prepare_bytes(read_later=True)``)."""
    content = _read_pdf(data, engine)
    return OpenedPdf(content.page_count, content.pages, content.thumbnail, content.preview_ok,
                     content.note)


@dataclass(frozen=True)
class Guesses:
    """What a document's name and text suggest it is."""

    title: str
    kind: DocumentKind
    document_date: date | None


def guesses(name: str, text: str, *, today: date) -> Guesses:
    """The guesses :func:`prepare_bytes` makes for a PDF from its name and its text (``text``
    empty: those it made for a PDF kept unread)."""
    return Guesses(guess_title(name, text), guess_kind(name, text),
                   guess_date(text, name, today=today))


def _document(name: str, file_type: FileType, content: _Content, *, sha256: str, size: int,
              today: date) -> Document:
    """The first guesses about a document from what was read in it."""
    text = content.text or "\n\n".join(page for page in content.pages if page)
    is_email = file_type.family is Family.EMAIL
    archive = file_type.family is Family.ARCHIVE  # its text is a list of names, not a letter
    sent_on = content.sent_on if is_plausible_date(content.sent_on, today=today) else None
    return Document(
        title=title_from_name(name) if archive else guess_title(name, text,
                                                                subject=content.subject),
        kind=guess_kind(name, "" if archive else text, is_email=is_email),
        document_date=sent_on or guess_date("" if archive else text, name, today=today),
        received_on=today,
        sender=content.sender,
        original_name=name,
        media_type=file_type.media_type,
        sha256=sha256,
        size=size,
        page_count=content.page_count,
        preview_ok=content.preview_ok,
        text=text,
    )


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


def pdf_page_texts(data: bytes, engine: PdfEngine | None = None) -> tuple[str, ...] | None:
    """The text of each page of a PDF exactly as it is taken in (see ``_read_pdf``), read again
    from its bytes; None when the PDF cannot be read (or is no PDF)."""
    if not has_pdf_header(data):
        return None
    info = _with_engine(engine, lambda pdf: pdf.texts(data))
    if info.status is not PdfStatus.OK:
        return None
    return tuple(clean_text(page) for page in info.pages)


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
    if family is Family.ARCHIVE:
        return _archive_content(list_archive(BytesIO(data)))
    return _Content(preview_ok=False, note=NOTE_NOT_PREVIEWABLE)


def _archive_content(listing: ArchiveListing | None) -> _Content:
    if listing is None:
        return _Content(preview_ok=False, note=NOTE_ARCHIVE_UNREADABLE)
    return _Content(text=listing.text, note=NOTE_ARCHIVE.format(summary=listing.summary))


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
        log.info("email could not be parsed: %s", type(exc).__name__)
        return _Content(page_count=1, pages=(decode_text(data),), note=NOTE_EMAIL_UNREADABLE)
    return _Content(
        page_count=1,
        pages=(mail.text,),
        subject=mail.subject,
        sender=mail.sender,
        sent_on=mail.sent_on,
    )
