"""Rows first, pages after (issue 14: ≥ 50 files/s to all rows listed): a PDF the window adds is
stored as soon as its bytes are in, as still to be read, and the background reading opens it —
its pages written at once (the search index takes it in once), its thumbnail, and guesses that
never overwrite what she changed meanwhile; a damaged PDF's note still reaches her; duplicates
are found at once; the state is in the folder, so a closed folder goes on where it stopped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from folder_engines import FolderPlace
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from infusion_desk.core.ocr import ReadState, TextSource
from infusion_desk.core.records import Document, DocumentKind
from infusion_desk.core.scans import is_unopened
from infusion_desk.documents import PdfEngine
from infusion_desk.documents.prepare import NOTE_PDF_UNREADABLE
from infusion_desk.services import Folder
from infusion_desk.services.importing import ImportStatus, import_files
from infusion_desk.services.scans import ReadingProgress, read_waiting_documents
from tests.services.test_scans import FakeReader, page

TODAY = date(2026, 11, 27)
LINES = ("Explanation of Benefits", "Claim for home infusion, date of service 10/14/2026",
         "Vancomycin 1 g IV every 12 hours")


def text_pdf(pages: int = 3, extra: str = "") -> bytes:
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for number in range(pages):
        for line, text in enumerate(LINES):
            pdf.drawString(72, 720 - 18 * line, text)
        pdf.drawString(72, 600, f"Page {number + 1} {extra}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    picture = Image.new("RGB", (850, 1100), "white")
    ImageDraw.Draw(picture).text((80, 80), "scanned", fill="black")
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.drawImage(ImageReader(picture), 0, 0, width=612, height=792)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """On each engine: a folder file, and a folder shared on the test PostgreSQL server."""
    with place.create() as made:
        yield made


@pytest.fixture(scope="module")
def pdf_engine() -> PdfEngine:
    with PdfEngine() as pdf:
        yield pdf


def _files(tmp_path: Path, **named: bytes) -> list[Path]:
    paths = []
    for name, data in named.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        paths.append(path)
    return paths


def _add(folder: Folder, paths: list[Path], pdf_engine: PdfEngine) -> list[Document]:
    outcomes = import_files(folder, paths, today=TODAY, engine=pdf_engine, read_later=True)
    assert all(o.ok for o in outcomes), [o.message for o in outcomes]
    return [o.document for o in outcomes if o.document is not None]


def test_the_row_is_stored_first_and_its_pages_come_when_read(
        folder: Folder, pdf_engine: PdfEngine, tmp_path: Path) -> None:
    (kept,) = _add(folder, _files(tmp_path, scan_0012=text_pdf(3, "cefazolin")), pdf_engine)
    assert kept.id is not None
    row = folder.get(Document, kept.id)
    assert (row.title, row.kind, row.page_count, row.read_state) == (
        "Scan 0012", DocumentKind.OTHER, 0, ReadState.WAITING)
    assert is_unopened(row.media_type, row.page_count, row.read_state)
    assert folder.search("cefazolin") == []
    assert folder.scans.documents_to_read() == [row]

    seen: list[ReadingProgress] = []
    result = read_waiting_documents(folder, None, pdf=pdf_engine, today=TODAY, progress=seen.append)

    assert (result.documents, result.pages, result.notes) == (1, 0, ())
    assert seen == [ReadingProgress(kept.id, 1, 1, 1, opening=True)]
    opened = folder.get(Document, kept.id)
    assert opened.page_count == 3 and opened.read_state is ReadState.NOT_NEEDED
    assert opened.text_source is TextSource.FILE and opened.preview_ok
    assert opened.title == "Explanation of Benefits"
    assert opened.kind is DocumentKind.EOB
    assert opened.document_date == date(2026, 10, 14)
    assert folder.thumbnail(kept.id)
    assert [h.record_id for h in folder.search("cefazolin")] == [kept.id]
    assert folder.search("cefazolin")[0].page in (1, 2, 3)
    assert folder.scans.documents_to_read() == []
    assert folder.check().search_index_problems == []


def test_what_she_changed_meanwhile_is_kept(folder: Folder, pdf_engine: PdfEngine,
                                           tmp_path: Path) -> None:
    (kept,) = _add(folder, _files(tmp_path, letter=text_pdf(1)), pdf_engine)
    assert kept.id is not None
    mine = folder.get(Document, kept.id)
    mine.title, mine.document_date = "Dad's EOB from October", date(2026, 10, 20)
    mine = folder.records.update(mine).value  # (reading it later counts no version up)

    read_waiting_documents(folder, None, pdf=pdf_engine, today=TODAY)

    opened = folder.get(Document, kept.id)
    assert opened.title == "Dad's EOB from October"  # hers
    assert opened.document_date == date(2026, 10, 20)  # hers
    assert opened.kind is DocumentKind.EOB  # still as it was kept: guessed
    assert [h.record_id for h in folder.search("vancomycin")] == [kept.id]

    mine.notes = "Saved from a form opened before it was read"
    folder.records.update(mine)  # (page count 0, as the form saw it)
    again = folder.get(Document, kept.id)
    assert (again.page_count, again.preview_ok, again.notes) == (1, True, mine.notes)


def test_one_trashed_meanwhile_stays_in_the_trash(folder: Folder, pdf_engine: PdfEngine,
                                                  tmp_path: Path) -> None:
    (kept,) = _add(folder, _files(tmp_path, letter=text_pdf(1)), pdf_engine)
    assert kept.id is not None
    folder.records.trash(Document, kept.id)
    read_waiting_documents(folder, None, pdf=pdf_engine, today=TODAY)
    assert folder.is_trashed(Document, kept.id)
    assert folder.search("vancomycin") == []
    assert folder.check().search_index_problems == []


def test_a_damaged_pdf_says_so_when_it_is_opened(folder: Folder, pdf_engine: PdfEngine,
                                                 tmp_path: Path) -> None:
    broken = b"%PDF-1.7\n" + b"\x00 not really a PDF " * 200
    (kept,) = _add(folder, _files(tmp_path, broken=broken), pdf_engine)
    assert kept.id is not None
    result = read_waiting_documents(folder, None, pdf=pdf_engine, today=TODAY)
    assert result.notes == (f"broken.pdf: {NOTE_PDF_UNREADABLE}",)
    opened = folder.get(Document, kept.id)
    assert not opened.preview_ok and opened.read_note == NOTE_PDF_UNREADABLE
    assert opened.read_state is ReadState.NOT_NEEDED
    assert folder.scans.documents_to_read() == []


def test_a_copy_is_found_at_once(folder: Folder, pdf_engine: PdfEngine, tmp_path: Path) -> None:
    data = text_pdf(2)
    (kept,) = _add(folder, _files(tmp_path, first=data), pdf_engine)
    again = import_files(folder, _files(tmp_path, second=data), today=TODAY, engine=pdf_engine,
                         read_later=True)
    assert [o.status for o in again] == [ImportStatus.DUPLICATE]
    assert again[0].document is not None and again[0].document.id == kept.id


def test_pages_without_text_are_read_from_their_picture_after_opening(
        folder: Folder, pdf_engine: PdfEngine, tmp_path: Path) -> None:
    scanned, plain = _add(folder, _files(tmp_path, scanned=scanned_pdf(), plain=text_pdf(1)),
                          pdf_engine)
    assert scanned.id is not None and plain.id is not None

    read_waiting_documents(folder, None, pdf=pdf_engine, today=TODAY)  # no reader on this computer
    waiting = folder.get(Document, scanned.id)
    assert (waiting.page_count, waiting.read_state) == (1, ReadState.WAITING)
    assert not is_unopened(waiting.media_type, waiting.page_count, waiting.read_state)
    assert folder.get(Document, plain.id).read_state is ReadState.NOT_NEEDED

    result = read_waiting_documents(folder, FakeReader(page("Approved Cefazolin")), pdf=pdf_engine,
                                    today=TODAY)
    assert (result.documents, result.pages) == (1, 1)
    assert folder.get(Document, scanned.id).read_state is ReadState.READ
    assert [h.record_id for h in folder.search("cefazolin")] == [scanned.id]


def test_reading_goes_on_after_the_folder_was_closed(place: FolderPlace, pdf_engine: PdfEngine,
                                                     tmp_path: Path) -> None:
    with place.create() as folder:
        kept = _add(folder, _files(tmp_path, a=text_pdf(1), b=text_pdf(2, "second")), pdf_engine)
    with place.open() as folder:  # (as after a window that was killed)
        assert [d.id for d in folder.scans.documents_to_read()] == [d.id for d in kept]
        read_waiting_documents(folder, None, pdf=pdf_engine, today=TODAY)
        assert [folder.get(Document, d.id or 0).page_count for d in kept] == [1, 2]


def test_the_command_line_way_still_reads_at_once(folder: Folder, pdf_engine: PdfEngine,
                                                  tmp_path: Path) -> None:
    (outcome,) = import_files(folder, _files(tmp_path, now=text_pdf(2)), today=TODAY,
                              engine=pdf_engine)
    assert outcome.document is not None
    assert outcome.document.page_count == 2
    assert outcome.document.read_state is ReadState.NOT_NEEDED


def test_cancel_stops_between_pdfs_and_keeps_those_opened(folder: Folder, pdf_engine: PdfEngine,
                                                          tmp_path: Path) -> None:
    kept = _add(folder, _files(tmp_path, **{f"letter {n}": text_pdf(1, str(n))
                                            for n in range(6)}), pdf_engine)
    heard: list[ReadingProgress] = []

    def stop() -> bool:
        return len(heard) >= 2

    result = read_waiting_documents(folder, None, pdf=pdf_engine, today=TODAY,
                                    progress=heard.append, cancelled=stop)
    assert result.stopped and result.opened == 2
    assert [h.waiting for h in heard] == [6, 5]
    pages = [folder.get(Document, d.id or 0).page_count for d in kept]
    assert pages == [1, 1, 0, 0, 0, 0]  # the rest wait for the next time
    again = read_waiting_documents(folder, None, pdf=pdf_engine, today=TODAY)
    assert (again.stopped, again.opened) == (False, 4)
    assert folder.scans.documents_to_read() == []


def test_one_deleted_for_good_meanwhile_is_passed_over(folder: Folder, pdf_engine: PdfEngine,
                                                       tmp_path: Path) -> None:
    gone, stays = _add(folder, _files(tmp_path, gone=text_pdf(1, "gone"),
                                      stays=text_pdf(1, "stays")), pdf_engine)
    assert gone.id is not None and stays.id is not None

    class DeletedWhileOpened:
        """The folder, where the first PDF is deleted for good once its bytes have been read."""

        scans = folder.scans

        @staticmethod
        def document_bytes(document_id: int) -> bytes:
            data = folder.document_bytes(document_id)
            if document_id == gone.id:
                folder.records.trash(Document, document_id)
                folder.records.empty_trash(backup_first=False)
            return data

    result = read_waiting_documents(DeletedWhileOpened(), None, pdf=pdf_engine, today=TODAY)
    assert result.opened == 1
    assert folder.get(Document, stays.id).page_count == 1
    assert [h.record_id for h in folder.search("stays")] == [stays.id]
    assert folder.search("gone") == []
