"""Importing files: stored once, duplicates named, refusals plain, nothing half-stored."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
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
def folder(tmp_path: Path) -> Folder:
    return Folder.create(tmp_path / "f.infusiondesk")


@pytest.fixture(scope="module")
def engine() -> PdfEngine:
    with PdfEngine() as pdf:
        yield pdf  # type: ignore[misc]


def test_import_duplicate_and_refusals(folder: Folder, tmp_path: Path, engine: PdfEngine) -> None:
    approval = tmp_path / "approval.pdf"
    approval.write_bytes(letter_pdf("Prior Authorization Approval", "November 3, 2026",
                                    "Authorization number PA-5512-ZK"))
    copy = tmp_path / "same letter again.pdf"
    copy.write_bytes(approval.read_bytes())
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    outcomes = import_files(folder, [approval, copy, empty, tmp_path / "gone.pdf"],
                            today=TODAY, engine=engine)
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


def test_import_attaches_to_a_request(folder: Folder, tmp_path: Path, engine: PdfEngine) -> None:
    request = folder.records.add(Request(what="Clinical notes")).value
    notes = tmp_path / "notes.txt"
    notes.write_text("Progress note: wound healing well.")
    import_files(folder, [notes], today=TODAY, engine=engine, request_id=request.id)
    assert request.id is not None
    assert len(folder.get(Request, request.id).document_ids) == 1


def test_pasted_picture(folder: Folder, engine: PdfEngine) -> None:
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format="PNG")
    outcome = import_bytes(folder, buffer.getvalue(), "Pasted picture.png", today=TODAY,
                           engine=engine)
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
