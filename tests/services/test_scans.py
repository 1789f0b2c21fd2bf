"""Scanned letters read themselves (issue 11, points 1 and 2), without Qt and with a fake reader:
each page is stored as it is read, search finds what a scan says (numbers the reader split too),
her corrections are what is searched and can be undone, Cancel stops between pages, a page that
cannot be read leaves the letter kept and says so, and letters added before are read once."""

from __future__ import annotations

import shutil
import sqlite3
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

from infusion_desk.core.ocr import OcrPage, OcrWord, ReadState, TextSource
from infusion_desk.core.records import Document, RecordKind
from infusion_desk.core.scans import joined_number_runs, matching_words
from infusion_desk.documents import PdfEngine
from infusion_desk.services import Folder
from infusion_desk.services.importing import import_bytes
from infusion_desk.services.scans import ReadingProgress, read_waiting_documents

TODAY = date(2026, 11, 27)
GOLDEN_0001 = Path(__file__).parent.parent / "fixtures" / "golden-0001.infusiondesk"


def scan(text: str = "Approved", size: tuple[int, int] = (600, 300)) -> bytes:
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).text((20, 20), text, fill="black")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def tiff(pages: int) -> bytes:
    frames = [Image.new("RGB", (300, 200), (255, 255, 255 - n)) for n in range(pages)]
    buffer = BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    return buffer.getvalue()


def page(text: str, width: int = 600, height: int = 300) -> OcrPage:
    words, left = [], 20
    for word in text.split():
        words.append(OcrWord(word, left, 20, 10 * len(word), 18, 90.0))
        left += 10 * len(word) + 8
    return OcrPage(text, tuple(words), width, height)


class FakeReader:
    """Gives the pages it is told to, in order; raises for a page given as an exception."""

    def __init__(self, *pages: OcrPage | Exception) -> None:
        self.pages = list(pages)
        self.pictures: list[bytes] = []

    def read_page(self, image: bytes) -> OcrPage:
        self.pictures.append(image)
        answer = self.pages.pop(0) if self.pages else OcrPage("")
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """On each engine: a folder file, and a folder shared on the test PostgreSQL server."""
    with place.create() as opened:
        yield opened


def add_picture(folder: Folder, data: bytes, name: str = "Scan0001.png") -> Document:
    outcome = import_bytes(folder, data, name, today=TODAY)
    assert outcome.document is not None and outcome.document.id is not None
    return folder.get(Document, outcome.document.id)


def test_a_picture_waits_and_is_read_page_by_page_into_search(folder: Folder) -> None:
    document = add_picture(folder, scan())
    assert document.id is not None
    assert document.read_state is ReadState.WAITING
    assert folder.scans.documents_to_read() == [document]
    assert folder.search("Cefazolin") == []

    reader = FakeReader(page("Prior authorization approved for Cefazolin 2 g IV"))
    seen: list[ReadingProgress] = []
    result = read_waiting_documents(folder, reader, progress=seen.append)

    assert (result.documents, result.pages, result.stopped) == (1, 1, False)
    assert seen == [ReadingProgress(document.id, 1, 1, 1)]
    assert Image.open(BytesIO(reader.pictures[0])).size == (600, 300)  # upright, full size
    read = folder.get(Document, document.id)
    assert read.read_state is ReadState.READ and read.text_source is TextSource.OCR
    assert "Cefazolin" in folder.document_text(document.id)
    assert read.text == ""  # its text is its pages': kept there only
    (hit,) = folder.search("cefazolin")
    assert (hit.record_id, hit.page) == (document.id, 1)
    assert hit.marks is not None and (hit.marks.width, hit.marks.height) == (600, 300)
    assert [w.text for w in hit.marks.boxes] == ["Cefazolin"]
    assert folder.scans.documents_to_read() == []


def test_numbers_the_reader_split_are_found_and_marked(folder: Folder) -> None:
    document = add_picture(folder, scan())
    read_waiting_documents(folder, FakeReader(page(
        "Authorization PA-2026-01 1903 paid $31 2.45 on 02/ 10/2026")))
    for query in ("PA-2026-011903", "$312.45", "02/10/2026", "011903"):
        hits = folder.search(query)
        assert [h.record_id for h in hits] == [document.id], query
        assert hits[0].page == 1
    (hit,) = folder.search("PA-2026-011903")
    assert hit.marks is not None
    assert [w.text for w in hit.marks.boxes] == ["PA-2026-01", "1903"]
    assert folder.search("PA-2026-019999") == []
    assert folder.document_text(document.id or 0).startswith("Authorization PA-2026-01 1903")


def test_joining_number_runs_leaves_words_alone() -> None:
    assert joined_number_runs("Member ID 1EG4-TE5- MK72 page 2 of 3") == ["1EG4-TE5-MK72"]
    assert joined_number_runs("Dear Jane, your request was approved.") == []
    words = [OcrWord(t, 0, 0, 1, 1, 90) for t in ("Infusion", "in", "2026-01", "1903")]
    assert [w.text for w in matching_words(words, ["in"], prefix_last=False)] == ["in"]
    assert [w.text for w in matching_words(words, ["in"])] == ["Infusion", "in"]
    assert [w.text for w in matching_words(words, ["2026-011903"])] == ["2026-01", "1903"]


def test_her_correction_is_what_is_searched_and_undo_puts_it_back(folder: Folder) -> None:
    document = add_picture(folder, scan())
    assert document.id is not None
    read_waiting_documents(folder, FakeReader(page("Approved: Cefazolln 2 g")))
    assert folder.search("Cefazolln")

    done = folder.scans.correct_text(document.id, 1, "Approved: Cefazolin 2 g")
    assert done.undo is not None and "text" in done.message.lower()
    assert folder.search("Cefazolln") == []
    (hit,) = folder.search("Cefazolin")
    assert hit.page == 1
    corrected = folder.get(Document, document.id)
    assert corrected.text_source is TextSource.TYPED
    assert folder.scan_pages(document.id)[0].source is TextSource.TYPED

    redo = folder.records.undo(done.undo).undo
    assert folder.search("Cefazolin") == []
    assert folder.search("Cefazolln")
    assert folder.get(Document, document.id).text_source is TextSource.OCR
    assert redo is not None
    folder.records.undo(redo)
    assert folder.search("Cefazolin")


def test_editing_the_details_never_writes_back_an_older_text(folder: Folder) -> None:
    stale = add_picture(folder, scan())  # the details form was opened before it was read
    read_waiting_documents(folder, FakeReader(page("Approved for Cefazolin")))
    from dataclasses import replace

    folder.records.update(replace(stale, title="Approval letter"))
    kept = folder.get(Document, stale.id or 0)
    assert kept.title == "Approval letter"
    assert kept.read_state is ReadState.READ and "Cefazolin" in folder.document_text(kept.id or 0)
    assert folder.search("Cefazolin")


def test_cancel_stops_between_pages_and_reading_goes_on_later(folder: Folder) -> None:
    document = add_picture(folder, tiff(3), "fax.tif")
    assert document.id is not None and document.page_count == 3
    reader = FakeReader(page("first page"), page("second page"), page("third page"))
    asked: list[int] = []

    def cancelled() -> bool:
        return len(asked) >= 1 and len(reader.pictures) >= 1

    result = read_waiting_documents(folder, reader, progress=lambda p: asked.append(p.page),
                                    cancelled=cancelled)
    assert result.stopped and result.pages == 1 and len(reader.pictures) == 1
    assert folder.get(Document, document.id).read_state is ReadState.WAITING
    assert [p.page for p in folder.scan_pages(document.id)] == [1]

    rest = FakeReader(page("second page"), page("third page"))
    pages: list[tuple[int, int]] = []
    read_waiting_documents(folder, rest, progress=lambda p: pages.append((p.page, p.pages)))
    assert pages == [(1, 2), (2, 2)]
    assert len(rest.pictures) == 2
    assert folder.get(Document, document.id).read_state is ReadState.READ
    (hit,) = folder.search("third")
    assert hit.page == 3


def test_a_page_that_cannot_be_read_keeps_the_letter_and_says_so(folder: Folder) -> None:
    document = add_picture(folder, tiff(2), "two pages.tif")
    assert document.id is not None
    read_waiting_documents(folder, FakeReader(page("first page"), RuntimeError("worker died")))
    kept = folder.get(Document, document.id)
    assert kept.read_state is ReadState.FAILED
    assert kept.read_note == "Page 2 could not be read."
    assert folder.search("first")  # what was read is kept and searched
    assert folder.document_bytes(document.id) == tiff(2)

    assert folder.scans.read_again().value == 1
    assert folder.get(Document, document.id).read_state is ReadState.WAITING
    again = FakeReader(page("second page"))
    read_waiting_documents(folder, again)
    assert len(again.pictures) == 1  # only the page that failed
    assert folder.get(Document, document.id).read_state is ReadState.READ
    assert folder.search("second")


def test_a_picture_with_no_words_says_so(folder: Folder) -> None:
    document = add_picture(folder, scan(""))
    read_waiting_documents(folder, FakeReader(OcrPage("", (), 600, 300, note="")))
    assert folder.get(Document, document.id or 0).read_state is ReadState.NO_TEXT


def test_only_pdf_pages_without_text_are_read(folder: Folder) -> None:
    picture = Image.new("RGB", (850, 1100), "white")
    ImageDraw.Draw(picture).text((80, 80), "scanned", fill="black")
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.drawString(72, 720, "Page one has its own text layer, like any letter made on a computer.")
    pdf.showPage()
    pdf.drawImage(ImageReader(picture), 0, 0, width=612, height=792)
    pdf.showPage()
    pdf.save()
    with PdfEngine() as engine:
        outcome = import_bytes(folder, buffer.getvalue(), "mixed.pdf", today=TODAY,
                               engine=engine)
        assert outcome.document is not None and outcome.document.id is not None
        document_id = outcome.document.id
        assert folder.get(Document, document_id).read_state is ReadState.WAITING
        reader = FakeReader(page("Scanned page two says Cefazolin", 2550, 3300))
        read_waiting_documents(folder, reader, pdf=engine)
    assert len(reader.pictures) == 1
    width, height = Image.open(BytesIO(reader.pictures[0])).size
    assert width == 2550 and abs(height - 3300) <= 1  # 300 dpi
    sources = [p.source for p in folder.scan_pages(document_id)]
    assert sources == [TextSource.FILE, TextSource.OCR]
    (hit,) = folder.search("Cefazolin")
    assert hit.page == 2 and hit.marks is not None
    assert folder.get(Document, document_id).text_source is TextSource.OCR


def test_letters_with_their_own_text_are_not_read(folder: Folder) -> None:
    outcome = import_bytes(folder, b"Dear Jane,\nyour infusion was approved.\n", "note.txt",
                           today=TODAY)
    assert outcome.document is not None
    assert outcome.document.read_state is ReadState.NOT_NEEDED
    assert folder.scans.documents_to_read() == []


def test_pictures_added_before_the_upgrade_are_read_once(tmp_path: Path) -> None:
    path = tmp_path / "Old folder.infusiondesk"
    shutil.copy(GOLDEN_0001, path)
    conn = sqlite3.connect(path)
    png = scan("old scan")
    now = "2026-11-01 10:00:00"
    conn.execute("INSERT INTO blobs (sha256, size, data) VALUES ('aa', ?, ?)", (len(png), png))
    conn.execute("INSERT INTO blobs (sha256, size, data) VALUES ('bb', 3, ?)", (b"pdf",))
    for title, media, sha, text in (("Old photo", "image/png", "aa", ""),
                                    ("Scanned PDF", "application/pdf", "bb", ""),
                                    ("Typed PDF", "application/pdf", "bb", "a letter made "
                                                                           "on a computer")):
        cursor = conn.execute(
            "INSERT INTO documents (title, kind, original_name, media_type, sha256, size, "
            "page_count, preview_ok, text, created_at, updated_at) "
            "VALUES (?, 'other', ?, ?, ?, 3, 1, 1, ?, ?, ?)",
            (title, title, media, sha, text, now, now))
        if media == "application/pdf":
            conn.execute("INSERT INTO document_pages (document_id, page, text) VALUES (?, 1, ?)",
                         (cursor.lastrowid, text))
    conn.commit()
    conn.close()
    with Folder.open(path) as folder:
        waiting = sorted(d.title for d in folder.scans.documents_to_read())
        assert waiting == ["Old photo", "Scanned PDF"]
        typed = next(d for d in folder.documents() if d.title == "Typed PDF")
        assert typed.read_state is ReadState.NOT_NEEDED and typed.text_source is TextSource.FILE
        golden = next(d for d in folder.documents() if d.title == "Golden letter")
        assert golden.read_state is ReadState.NOT_NEEDED
        assert folder.search("made on a computer")
        photo = next(d for d in folder.documents() if d.title == "Old photo")
        read_waiting_documents(folder, FakeReader(page("the old scan says Cefazolin")),
                               pdf=None)
        assert folder.get(Document, photo.id or 0).read_state is ReadState.READ
        assert [h.title for h in folder.search("Cefazolin")
                if h.kind is RecordKind.DOCUMENT] == ["Old photo"]


def test_a_read_only_folder_is_never_written(place: FolderPlace) -> None:
    with place.create() as folder:
        document = add_picture(folder, scan())
    from infusion_desk.core.errors import ReadOnlyFolderError

    with place.open(read_only=True) as folder:
        with pytest.raises(ReadOnlyFolderError):
            folder.scans.correct_text(document.id or 0, 1, "x")
        with pytest.raises(ReadOnlyFolderError):
            read_waiting_documents(folder, FakeReader(page("words")))
