"""From revision 0005 a PDF page's own text is kept only in the PDF and found through
``page_bodies`` (storage.page_bodies): read back wherever page text is given out, found by
search (after ranked hits), its entries marked dead rather than taken out, checked, rebuilt
from the PDFs, restored from a backup, and moved over from a 0004 file only when the PDF gives
back exactly the text stored."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import closing
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from infusion_desk.core.ocr import TextSource
from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder
from infusion_desk.services.blob_text import BlobText
from infusion_desk.storage import schema
from infusion_desk.storage.blob_store import BlobStore
from infusion_desk.storage.snapshot_rebuild import rebuild_folder
from infusion_desk.storage.snapshot_writing import write_snapshot
from tests.storage.test_search_triggers import build_at

PAGES = ["Cefazolin approved through March", "Reference number QX-4417 for the pump"]


def pdf_of(pages: list[str]) -> bytes:
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for text in pages:
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def rows(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [tuple(r) for r in conn.execute(sql, args)]


def found(folder: Folder, words: str) -> list[tuple[int, int | None]]:
    return [(h.record_id, h.page) for h in folder.search(words)]


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    with Folder.create(tmp_path / "Lean.infusiondesk") as made:
        yield made


def add_letter(folder: Folder, title: str = "Approval", pages: list[str] = PAGES) -> int:
    added = folder.records.add_document(
        Document(title=title, media_type="application/pdf", page_count=len(pages),
                 text="\n\n".join(pages)),  # (as documents.prepare makes it)
        pdf_of(pages), pages=pages).value
    assert added.id is not None
    return added.id


def test_a_pdf_page_keeps_its_text_in_the_pdf_only(folder: Folder) -> None:
    letter_id = add_letter(folder)
    assert rows(folder.path, "SELECT page, text, source, text_in_blob FROM document_pages") == [
        (1, "", "file", 1), (2, "", "file", 1)]
    assert folder.page_texts(letter_id) == PAGES
    assert folder.document_text(letter_id) == "\n\n".join(PAGES)
    assert [(p.text, p.source) for p in folder.scan_pages(letter_id)] == [
        (t, TextSource.FILE) for t in PAGES]
    assert folder.get(Document, letter_id).text_source is TextSource.FILE
    assert rows(folder.path, "SELECT count(thumbnail) FROM documents") == [(0,)]
    assert folder.thumbnail(letter_id) is not None  # made from the bytes when asked
    assert folder.check().ok


def test_found_after_ranked_hits_by_words_and_starts_with_a_snippet(folder: Folder) -> None:
    letter_id = add_letter(folder)
    folder.records.add(Call(reference_number="QX-4417", summary="pump call"))
    hits = folder.search("QX-4417")
    assert [h.kind.value for h in hits] == ["call", "document"]  # ranked hits first
    assert (hits[1].record_id, hits[1].page) == (letter_id, 2)
    assert "QX-4417" in hits[1].snippet and hits[1].highlights
    assert found(folder, '"pump reference"') == [(letter_id, 2)]  # words, not a phrase
    assert found(folder, "cefaz") == [(letter_id, 1)]  # the start of a word
    assert found(folder, "cefazolin QX") == []  # every word on one page


def test_pages_that_change_or_go_leave_dead_entries_only(folder: Folder) -> None:
    letter_id = add_letter(folder)
    other = add_letter(folder, "Other letter", ["Nothing about pumps here"])
    corrected = folder.scans.correct_text(letter_id, 2, "Reference number typed by her")
    assert found(folder, "QX-4417") == []
    assert found(folder, "typed") == [(letter_id, 2)]  # typed text: the ranked index
    folder.records.undo(corrected.undo)
    assert found(folder, "QX-4417") == [(letter_id, 2)]  # the PDF's text again, a new key
    folder.records.trash(Document, letter_id)
    assert found(folder, "cefazolin") == []
    folder.records.restore(Document, letter_id)
    assert found(folder, "cefazolin") == [(letter_id, 1)]
    folder.records.trash(Document, other)
    folder.records.empty_trash(backup_first=False)
    assert found(folder, "pumps") == []
    assert rows(folder.path, "SELECT sum(live), sum(NOT live) FROM page_body_entries") == [
        (2, 2)]
    assert folder.check().ok  # dead entries are no fault


def test_check_finds_pages_missing_from_the_index_and_the_rebuild_reads_the_pdfs(
        folder: Folder) -> None:
    letter_id = add_letter(folder)
    with closing(sqlite3.connect(folder.path)) as conn, conn:
        conn.execute("DELETE FROM page_body_entries")
    report = folder.check()
    assert any("missing from the index" in p for p in report.search_index_problems)
    told: list[tuple[int, int]] = []
    folder.upkeep.rebuild_search_index(progress=lambda done, of: told.append((done, of)))
    assert told == [(1, 1)]
    assert folder.check().ok
    assert found(folder, "QX-4417") == [(letter_id, 2)]


def test_a_restored_backup_gets_its_index_made_again_from_the_pdfs(
        folder: Folder, tmp_path: Path) -> None:
    letter_id = add_letter(folder)
    blobs = BlobStore(tmp_path / "backups" / "blobs", tmp_path / "backups" / "tmp")
    blobs.scratch.mkdir(parents=True, exist_ok=True)
    partial = blobs.scratch / "one.partial"
    write_snapshot(folder.path, partial=partial, blobs=blobs,
                   info={"reason": "test", "taken_at": "2026-11-27T10:00:00"})
    rebuilt = tmp_path / "rebuilt.infusiondesk"
    with BlobText() as reader:
        assert rebuild_folder(partial, rebuilt, blobs, page_reader=reader) == []
    with Folder.open(rebuilt) as restored:
        assert restored.check().ok
        assert found(restored, "QX-4417") == [(letter_id, 2)]
        assert restored.page_texts(letter_id) == PAGES


def _a_0004_folder(path: Path) -> Path:
    """A 0004 file: a PDF whose stored pages are its own text, one whose stored text is not
    what it gives back, and a big thumbnail."""
    build_at("0004_compact_text", path)
    stamp = "2026-11-27 09:00:00"
    with closing(sqlite3.connect(path)) as conn, conn:
        for document_id, pages, stored in ((1, PAGES, PAGES),
                                           (2, ["Its own words"], ["Other words stored"])):
            data = pdf_of(pages)
            sha = hashlib.sha256(data).hexdigest()
            conn.execute("INSERT INTO blobs VALUES (?, ?, ?)", (sha, len(data), data))
            conn.execute(
                "INSERT INTO documents (id, title, kind, media_type, sha256, size, page_count, "
                "thumbnail, text_source, created_at, updated_at) "
                "VALUES (?, ?, 'other', 'application/pdf', ?, ?, ?, ?, 'file', ?, ?)",
                (document_id, f"Letter {document_id}", sha, len(data), len(pages),
                 os.urandom(400_000), stamp, stamp))
            conn.executemany(
                "INSERT INTO document_pages (document_id, page, text, source) "
                "VALUES (?, ?, ?, 'file')",
                [(document_id, n, t) for n, t in enumerate(stored, start=1)])
    return path


def test_0005_moves_only_what_the_pdf_gives_back_and_shrinks_the_file(tmp_path: Path) -> None:
    path = _a_0004_folder(tmp_path / "Old.infusiondesk")
    before = path.stat().st_size
    with Folder.open(path) as folder:
        assert schema.inspect_file(path).revision == schema.HEAD
        assert folder.page_texts(1) == PAGES and folder.page_texts(2) == ["Other words stored"]
        assert found(folder, "QX-4417") == [(1, 2)]
        assert found(folder, "stored") == [(2, 1)]
        assert folder.check().ok
    assert rows(path, "SELECT document_id, page, text, text_in_blob FROM document_pages") == [
        (1, 1, "", 1), (1, 2, "", 1), (2, 1, "Other words stored", 0)]
    assert rows(path, "SELECT count(thumbnail) FROM documents") == [(0,)]
    assert path.stat().st_size < before / 2  # VACUUMed: the thumbnails' room given back


def test_0005_without_a_reader_keeps_every_text(tmp_path: Path) -> None:
    path = _a_0004_folder(tmp_path / "Old.infusiondesk")
    schema.upgrade_if_needed(path, schema.inspect_file(path))
    assert rows(path, "SELECT document_id, page, text_in_blob FROM document_pages "
                      "WHERE text != ''") == [(1, 1, 0), (1, 2, 0), (2, 1, 0)]
    with Folder.open(path) as folder:
        assert found(folder, "QX-4417") == [(1, 2)]  # through the ranked index, as before
        assert folder.check().ok


def test_a_search_in_two_steps_reads_the_pdfs_only_in_the_second(folder: Folder) -> None:
    letter_id = add_letter(folder)
    first = folder.search("QX-4417", pdfs_read=0)
    assert [(h.record_id, h.page, h.snippet) for h in first] == [(letter_id, 2, "")]
    (second,) = folder.search_snippets("QX-4417", first)
    assert (second.record_id, second.page) == (letter_id, 2)
    assert "QX-4417" in second.snippet and second.highlights
    assert folder.search("QX-4417") == [second]  # in one step: the same


def test_a_0004_file_open_read_only_gives_its_pages_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "Old.infusiondesk"
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "golden-0004.infusiondesk", path)
    with Folder.open(path, read_only=True) as folder:
        statement = next(d for d in folder.documents() if d.title == "Golden statement")
        assert statement.id is not None
        assert folder.page_texts(statement.id) == ["Golden page one", "Golden page two"]
        assert found(folder, "page two") == [(statement.id, 2)]
    assert schema.inspect_file(path).revision == "0004_compact_text"


def test_the_pdf_worker_can_be_started_ahead(folder: Folder) -> None:
    letter_id = add_letter(folder)
    folder.blob_text.start()
    assert folder.page_texts(letter_id) == PAGES
    folder.blob_text.close()
    assert folder.page_texts(letter_id) == ["", ""]  # closed: nothing is read any more


def test_correcting_a_page_reads_the_pdf_only_for_a_page_whose_text_it_keeps(
        folder: Folder, monkeypatch: pytest.MonkeyPatch) -> None:
    letter_id = add_letter(folder)
    storage = folder._documents  # noqa: SLF001 - where every PDF's words are read again
    real = storage._read  # noqa: SLF001
    assert real is not None
    reads: list[int] = []

    def counted(data: bytes) -> object:
        reads.append(1)
        return real(data)

    monkeypatch.setattr(storage, "_read", counted)
    first = folder.scans.correct_text(letter_id, 2, "Reference number typed by her")
    assert len(reads) == 1  # page 2's own text is in the PDF: read, for Undo
    again = folder.scans.correct_text(letter_id, 2, "Reference number typed again")
    folder.records.undo(again.undo)
    assert len(reads) == 1  # her typed page is in the file: the PDF is not read, nor for Undo
    folder.records.undo(first.undo)
    assert folder.page_texts(letter_id) == PAGES
