"""Importing files: stored once, duplicates named, refusals plain, nothing half-stored."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from folder_engines import FolderPlace
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from infusion_desk.cli import main
from infusion_desk.core.records import Document, DocumentKind, Request
from infusion_desk.documents import PdfEngine
from infusion_desk.services import Folder
from infusion_desk.services.importing import ImportStatus, import_bytes, import_files, summary_line

TODAY = date(2026, 11, 27)


def letter_pdf(*lines: str) -> bytes:
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for number, text in enumerate(lines):
        pdf.drawString(72, 720 - 18 * number, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """A folder on each engine: a file, and a folder shared on the server."""
    with place.create() as made:
        yield made


@pytest.fixture(scope="module")
def pdf_engine() -> PdfEngine:
    with PdfEngine() as pdf:
        yield pdf  # type: ignore[misc]


def test_import_duplicate_and_refusals(folder: Folder, tmp_path: Path,
                                       pdf_engine: PdfEngine) -> None:
    approval = tmp_path / "approval.pdf"
    approval.write_bytes(letter_pdf("Prior Authorization Approval", "November 3, 2026",
                                    "Authorization number PA-5512-ZK"))
    copy = tmp_path / "same letter again.pdf"
    copy.write_bytes(approval.read_bytes())
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    outcomes = import_files(folder, [approval, copy, empty, tmp_path / "gone.pdf"],
                            today=TODAY, engine=pdf_engine)
    statuses = [o.status for o in outcomes]
    assert statuses.count(ImportStatus.IMPORTED) == 1
    assert statuses.count(ImportStatus.DUPLICATE) == 1
    assert statuses.count(ImportStatus.REFUSED) == 2
    duplicate = next(o for o in outcomes if o.status is ImportStatus.DUPLICATE)
    assert "already in the folder as" in duplicate.message
    documents = folder.documents()
    assert len(documents) == 1
    stored = documents[0]
    assert stored.kind is DocumentKind.PA_DECISION
    assert stored.document_date == date(2026, 11, 3)
    assert stored.id is not None
    assert folder.document_bytes(stored.id) == approval.read_bytes()
    assert [h.record_id for h in folder.search("PA-5512-ZK")] == [stored.id]
    assert summary_line(outcomes) == "1 added, 1 already in the folder, 2 could not be added."
    assert folder.check().ok


def test_import_attaches_to_a_request(folder: Folder, tmp_path: Path,
                                      pdf_engine: PdfEngine) -> None:
    request = folder.records.add(Request(what="Clinical notes")).value
    notes = tmp_path / "notes.txt"
    notes.write_text("Progress note: wound healing well.")
    import_files(folder, [notes], today=TODAY, engine=pdf_engine, request_id=request.id)
    assert request.id is not None
    assert len(folder.get(Request, request.id).document_ids) == 1


def test_pasted_picture(folder: Folder, pdf_engine: PdfEngine) -> None:
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format="PNG")
    outcome = import_bytes(folder, buffer.getvalue(), "Pasted picture.png", today=TODAY,
                           engine=pdf_engine)
    assert outcome.status is ImportStatus.IMPORTED
    assert outcome.document is not None and outcome.document.id is not None
    assert folder.thumbnail(outcome.document.id) is not None


def test_import_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.infusiondesk"
    Folder.create(path).close()
    good = tmp_path / "eob.pdf"
    good.write_bytes(letter_pdf("Explanation of Benefits", "THIS IS NOT A BILL"))
    assert main(["import", str(path), str(good)]) == 0
    assert "imported: eob.pdf" in capsys.readouterr().out
    assert main(["import", str(path), str(good)]) == 0
    assert "duplicate: eob.pdf: already in the folder" in capsys.readouterr().out
    empty = tmp_path / "blank.png"
    empty.write_bytes(b"")
    assert main(["import", str(path), str(empty)]) == 1
    assert "refused: blank.png" in capsys.readouterr().out
    with Folder.open(path) as folder:
        assert [d.kind for d in folder.documents()] == [DocumentKind.EOB]
        assert isinstance(folder.documents()[0], Document)


# ------------------------------------------------------------------ honest intake
def test_each_outcome_is_told_once_its_file_is_stored(folder: Folder, tmp_path: Path,
                                                     pdf_engine: PdfEngine) -> None:
    files = []
    for number in range(3):
        path = tmp_path / f"letter {number}.txt"
        path.write_text(f"Letter number {number}: wound healing well.")
        files.append(path)
    heard: list[tuple[str, ImportStatus, int]] = []
    outcomes = import_files(
        folder, [*files, files[0], tmp_path / "gone.pdf"], today=TODAY, engine=pdf_engine,
        on_outcome=lambda o: heard.append((o.name, o.status, folder.count(Document))))
    assert [(name, status) for name, status, _count in heard] == [
        (o.name, o.status) for o in outcomes]  # each one told, in order, once
    assert [(name, status) for name, status, _count in heard] == [
        ("gone.pdf", ImportStatus.REFUSED),  # turned away before anything was read
        ("letter 0.txt", ImportStatus.IMPORTED),
        ("letter 1.txt", ImportStatus.IMPORTED),
        ("letter 2.txt", ImportStatus.IMPORTED),
    ]  # (the same file named twice is added once)
    # Each is told once it is in the folder (files stored together, in one transaction, are
    # told together, once it is committed).
    assert heard[0][2] == 0
    assert all(count >= told for told, (_name, _status, count) in enumerate(heard))


def test_a_file_that_changes_while_it_is_added_is_refused_and_nothing_is_stored(
        folder: Folder, tmp_path: Path, pdf_engine: PdfEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from infusion_desk.documents.reading import DocumentFile

    scan = tmp_path / "Scan0001.pdf"
    scan.write_bytes(letter_pdf("Explanation of Benefits"))
    original = DocumentFile._read

    def read_while_the_scanner_writes(self: DocumentFile, count: int) -> bytes:
        chunk = original(self, count)
        with self.path.open("ab") as file:  # the scanner adds the next page meanwhile
            file.write(b"\n% next page\n")
        return chunk

    monkeypatch.setattr(DocumentFile, "_read", read_while_the_scanner_writes)
    (outcome,) = import_files(folder, [scan], today=TODAY, engine=pdf_engine)
    assert outcome.status is ImportStatus.REFUSED
    assert outcome.message == ("Scan0001.pdf: This file changed while it was being added. "
                               "Try again when it is finished.")
    assert folder.count(Document) == 0
    monkeypatch.undo()
    (again,) = import_files(folder, [scan], today=TODAY, engine=pdf_engine)  # once it is finished
    assert again.status is ImportStatus.IMPORTED and again.document is not None
    assert again.document.id is not None
    assert folder.document_bytes(again.document.id) == scan.read_bytes()


def test_a_large_file_is_stored_in_chunks_exactly(folder: Folder, tmp_path: Path,
                                                  pdf_engine: PdfEngine) -> None:
    video = tmp_path / "wound photo video.mp4"
    video.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    (outcome,) = import_files(folder, [video], today=TODAY, engine=pdf_engine)
    assert outcome.status is ImportStatus.IMPORTED and outcome.document is not None
    assert outcome.document.id is not None
    assert folder.document_bytes(outcome.document.id) == video.read_bytes()
    assert folder.check().ok  # its bytes match the fingerprint taken while it was read


def test_bytes_that_differ_from_their_fingerprint_are_never_stored(
        folder: Folder, tmp_path: Path) -> None:
    """A file changed after it was read, in place, keeping its size and time of change: the
    fingerprint of what is stored is checked as it is written, and nothing is kept."""
    from infusion_desk.core.errors import FileChangedError
    from infusion_desk.documents import prepare_file

    video = tmp_path / "recording.mov"
    video.write_bytes(os.urandom(2 * 1024 * 1024))
    prepared = prepare_file(video, today=TODAY)
    stamp = video.stat()
    with video.open("r+b") as file:
        file.seek(1_500_000)
        file.write(b"changed")
    os.utime(video, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    with pytest.raises(FileChangedError):
        folder.records.add_document(prepared.document, prepared.content())
    assert folder.count(Document) == 0
    assert folder.check().ok and folder.check().counts.get("Document", 0) == 0
    assert folder.find_document_by_hash(prepared.document.sha256) is None


def test_a_zip_archive_is_kept_and_its_files_added_on_request(
        folder: Folder, tmp_path: Path, pdf_engine: PdfEngine) -> None:
    import zipfile

    from infusion_desk.services.archive_import import add_files_inside, is_archive

    eob = letter_pdf("Explanation of Benefits", "THIS IS NOT A BILL")
    approval = letter_pdf("Prior Authorization Approval", "Authorization number PA-77")
    path = tmp_path / "from the portal.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("letters/eob.pdf", eob)
        archive.writestr("letters/approval.pdf", approval)
        archive.writestr("readme.txt", "Downloaded from the member portal")
    (outcome,) = import_files(folder, [path], today=TODAY, engine=pdf_engine)
    assert outcome.status is ImportStatus.IMPORTED and outcome.document is not None
    kept = outcome.document
    assert kept.id is not None and is_archive(kept)
    assert kept.title == "From the portal" and kept.text.startswith("ZIP archive, 3 files")
    assert "ZIP archive, 3 files" in outcome.message
    assert [h.record_id for h in folder.search("approval.pdf")] == [kept.id]

    heard: list[str] = []
    inside = add_files_inside(folder, kept.id, today=TODAY, engine=pdf_engine,
                              on_outcome=lambda o: heard.append(o.message))
    assert [o.status for o in inside] == [ImportStatus.IMPORTED, ImportStatus.IMPORTED,
                                          ImportStatus.REFUSED]
    assert heard == [o.message for o in inside]
    assert inside[2].message == ("readme.txt: only PDFs and pictures are added from an archive, "
                                 "so this file stays inside it.")
    added = {d.original_name: d for d in folder.documents() if d.id != kept.id}
    assert set(added) == {"eob.pdf", "approval.pdf"}
    assert added["approval.pdf"].kind is DocumentKind.PA_DECISION
    assert folder.document_bytes(added["eob.pdf"].id or 0) == eob
    assert folder.get(Document, kept.id).sha256 == kept.sha256  # the archive stays as it was
    again = add_files_inside(folder, kept.id, today=TODAY, engine=pdf_engine)
    assert [o.status for o in again][:2] == [ImportStatus.DUPLICATE, ImportStatus.DUPLICATE]
    assert folder.count(Document) == 3
    assert folder.check().ok


def test_only_a_zip_archive_has_files_inside(folder: Folder, tmp_path: Path,
                                             pdf_engine: PdfEngine) -> None:
    from infusion_desk.core.errors import FolderError
    from infusion_desk.services.archive_import import add_files_inside, is_archive

    notes = tmp_path / "notes.txt"
    notes.write_text("Progress note")
    (outcome,) = import_files(folder, [notes], today=TODAY, engine=pdf_engine)
    assert outcome.document is not None and not is_archive(outcome.document)
    with pytest.raises(FolderError, match="not a ZIP archive"):
        add_files_inside(folder, outcome.document.id or 0, today=TODAY, engine=pdf_engine)
