"""From revision 0004 the search index keeps no copy of the text: it reads the records, and its
triggers take an entry out with exactly what it was made of. Every way a document and its pages
change keeps it whole (FTS5's own check against the records), and a document is found by the
words on its pages, which are its only copy of its text. On a shared folder (the test
PostgreSQL server, ``place``) the same, its own index checked against the records by the server."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from io import BytesIO
from pathlib import Path

from folder_engines import FolderPlace
from folder_sql import folder_sql
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from sqlalchemy import text

from infusion_desk.core.ocr import OcrPage, ReadState
from infusion_desk.core.records import Document
from infusion_desk.services import Folder
from infusion_desk.storage.shared.search_upkeep import index_problems


def pdf_of(pages: list[str]) -> bytes:
    """A real PDF whose pages' text layer is ``pages`` (a PDF's own text is read again from it
    from revision 0005 on)."""
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for words in pages:
        pdf.drawString(72, 720, words)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _whole(place: FolderPlace, folder: Folder) -> None:
    """The index holds exactly what the records make: FTS5's own check against the records, or
    the server's check of its indexes (through ``folder``, open on it)."""
    if isinstance(place.location, Path):
        with closing(sqlite3.connect(place.location)) as conn:
            conn.execute(
                "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")
        return
    assert index_problems(folder._store) == []  # noqa: SLF001 - the server's own check


def _found(folder: Folder, words: str) -> list[int]:
    return [h.record_id for h in folder.search(words)]


def test_documents_and_their_pages_are_found_as_they_are_now(place: FolderPlace) -> None:
    with place.create() as folder:
        added = folder.records.add_document(
            Document(title="Statement", media_type="application/pdf", page_count=2,
                     text="alpha beta\n\ngamma delta"),
            pdf_of(["alpha beta", "gamma delta"]), pages=["alpha beta", "gamma delta"]).value
        scan = folder.records.add_document(
            Document(title="Scan", media_type="image/png", page_count=1), b"png bytes").value
        assert added.id is not None and scan.id is not None
        assert _found(folder, "gamma") == [added.id]
        assert folder.document_text(added.id) == "alpha beta\n\ngamma delta"
        assert [d.text for d in folder.documents() if d.id == added.id] == [""]  # kept once
        _whole(place, folder)

        folder.scans.store_read_page(scan.id, 1, OcrPage("Ref PA-2026-01 1903", (), 10, 10))
        folder.scans.finish_reading(scan.id, ReadState.READ)
        assert _found(folder, "PA-2026-011903") == [scan.id]  # the joined-up number too
        folder.scans.store_read_page(scan.id, 1, OcrPage("Ref QX-77", (), 10, 10))
        folder.scans.finish_reading(scan.id, ReadState.READ)
        assert _found(folder, "QX-77") == [scan.id] and _found(folder, "PA-2026-01") == []
        _whole(place, folder)

        folder.records.trash(Document, added.id)
        assert _found(folder, "gamma") == []
        folder.records.restore(Document, added.id)
        assert _found(folder, "gamma") == [added.id]
        folder.records.trash(Document, added.id)
        folder.records.empty_trash(backup_first=False)
        _whole(place, folder)
        assert folder.check().ok

    with folder_sql(place) as conn:  # a live document taken out whole, at once
        conn.execute(text("DELETE FROM documents WHERE id = :id"), {"id": scan.id})
    with place.open() as folder:
        _whole(place, folder)
        assert _found(folder, "QX-77") == []
        assert folder.check().ok
