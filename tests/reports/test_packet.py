"""The folder packet: every record, page numbers, bookmarks, and the documents appended."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from report_samples import (
    TODAY,
    outline,
    page_count,
    page_sizes,
    page_texts,
    pdf_pages,
    png_picture,
)

from infusion_desk.core.records import (
    Call,
    Document,
    DocumentKind,
    Plan,
    Profile,
    Request,
)
from infusion_desk.documents import PdfEngine
from infusion_desk.reports.data import SummaryData, document_contents, gather_packet_data
from infusion_desk.reports.packet import PacketCancelledError, build_packet
from infusion_desk.services.folder import Folder

SECTIONS = [
    "Cover",
    "Patient and therapy",
    "Insurance plans",
    "People to call",
    "Coverage steps",
    "Requests: what they asked for and what we sent",
    "Calls",
    "Questions to ask",
    "Document index",
]
PASSWORD_SENTENCE = (
    "This document could not be added to the packet: it is protected with a password. "
    "It is saved in the folder."
)


def small_data(documents: tuple[Document, ...] = ()) -> SummaryData:
    return SummaryData(
        today=TODAY,
        profile=Profile(patient_name="Nguyễn Thị Hồng Nhung", therapy="Cefazolin 2 g IV"),
        plans=(Plan(payer="Medicare", member_id="1EG4-TE5-MK72"),),
        requests=(Request(what="Signed order", due_on=date(2026, 3, 1)),),
        calls=(Call(organization="Medicare", reference_number="CALL-REF-1"),),
        documents=documents,
    )


def doc(number: int, title: str, name: str, kind: DocumentKind = DocumentKind.PLAN_LETTER
        ) -> Document:
    return Document(id=number, title=title, kind=kind, original_name=name,
                    received_on=date(2026, 3, number))


def section_titles(pdf: bytes) -> list[str]:
    return [title.split(" (")[0] for level, title, _page in outline(pdf) if level == 0]


def test_the_packet_holds_every_record_with_sections_and_page_numbers(
    demo_folder: Folder,
) -> None:
    data = gather_packet_data(demo_folder, TODAY)
    pdf = build_packet(data, with_documents=False)

    pages = page_count(pdf)
    texts = page_texts(pdf)
    everything = " ".join(texts)
    assert section_titles(pdf) == SECTIONS
    assert all(f"Page {n} of {pages}" in texts[n - 1] for n in range(1, pages + 1))
    assert all(data.profile.patient_name in text for text in texts[1:])  # running header
    for call in data.calls:  # every call, not only the latest
        assert call.reference_number in everything
    for request in data.requests:
        assert " ".join(request.what.split()) in everything
    for question in data.questions:
        assert " ".join(question.text.split()) in everything
    for document in data.documents:
        assert document.title in everything
    bookmarks = {title.split(" (")[0]: page for _level, title, page in outline(pdf)}
    assert "Calls" in texts[bookmarks["Calls"]]  # each bookmark lands on its section


def test_appended_documents_add_their_pages_with_bookmarks(engine: PdfEngine) -> None:
    letter = doc(1, "Approval letter", "approval.pdf")
    data = small_data((letter,))
    without = build_packet(data, with_documents=False)
    with_letter = build_packet(data, with_documents=True, engine=engine,
                               documents=[(letter, pdf_pages(2, title="Approval letter"))])

    base = page_count(without)
    assert page_count(with_letter) == base + 2
    texts = page_texts(with_letter)
    assert "Document 1 of 1: Approval letter — page 1 of 2" in texts[base]
    assert "Document 1 of 1: Approval letter — page 2 of 2" in texts[base + 1]
    assert f"Page {base + 2} of {base + 2}" in texts[base + 1]
    marks = outline(with_letter)
    assert (0, "Attached documents", base) in marks
    assert (1, "Approval letter", base) in marks
    assert section_titles(with_letter) == [*SECTIONS, "Attached documents"]


def test_a_document_that_cannot_be_appended_gets_a_page_saying_so(engine: PdfEngine) -> None:
    locked = doc(1, "Locked statement", "locked.pdf")
    broken = doc(2, "Broken fax", "broken.pdf")
    mystery = doc(3, "Spreadsheet", "costs.xlsx", DocumentKind.OTHER)
    missing = doc(4, "Lost file", "lost.pdf")
    letter = doc(5, "Good letter", "good.pdf")
    documents = [
        (locked, pdf_pages(1, password="secret")),
        (broken, b"%PDF-1.7\n1 0 obj <<>> endobj\nthis is not a PDF any more"),
        (mystery, b"PK\x03\x04 not really a spreadsheet"),
        (missing, b""),
        (letter, pdf_pages(1, title="Good letter")),
    ]
    data = small_data(tuple(d for d, _ in documents))
    base = page_count(build_packet(data, with_documents=False))

    pdf = build_packet(data, with_documents=True, documents=documents, engine=engine)

    assert page_count(pdf) == base + 5
    texts = page_texts(pdf)[base:]
    assert PASSWORD_SENTENCE in texts[0]
    assert "could not be added to the packet: it seems to be damaged" in texts[1]
    assert "this kind of file cannot be printed" in texts[2]
    assert "its file could not be read from the folder" in texts[3]
    assert "Document 5 of 5: Good letter" in texts[4]
    titles = [title for level, title, _page in outline(pdf) if level == 1]
    assert titles == ["Locked statement", "Broken fax", "Spreadsheet", "Lost file", "Good letter"]


def test_pictures_and_text_documents_are_appended(engine: PdfEngine) -> None:
    card = doc(1, "Insurance card photo", "card.png", DocumentKind.PLAN_DOCUMENT)
    note = Document(id=2, title="Running note", original_name="note.txt",
                    text="Asked: signed order\n\nSent: fax on Mar 3")
    data = small_data((card, note))
    base = page_count(build_packet(data, with_documents=True, engine=engine))  # no documents

    pdf = build_packet(data, with_documents=True, engine=engine,
                       documents=[(card, png_picture(900, 560)), (note, b"ignored")])

    assert page_count(pdf) == base + 2
    width, height = page_sizes(pdf)[base]
    assert width > height  # a wide picture gets a landscape page
    assert "Asked: signed order" in page_texts(pdf)[base + 1]


def test_documents_from_the_folder_are_read_one_by_one(demo_folder: Folder,
                                                       engine: PdfEngine) -> None:
    data = gather_packet_data(demo_folder, TODAY)
    some = [d for d in data.documents if d.media_type == "application/pdf"][:2]
    pdf = build_packet(data, with_documents=True, engine=engine,
                       documents=document_contents(demo_folder, some))
    expected = page_count(build_packet(data, with_documents=False))
    assert page_count(pdf) == expected + sum(d.page_count for d in some)


def test_progress_is_reported_and_cancel_stops_the_packet(demo_data: SummaryData) -> None:
    reports: list[tuple[int, int]] = []
    build_packet(demo_data, with_documents=False, progress=lambda d, t: reports.append((d, t)))
    assert reports[-1][0] == reports[-1][1]
    assert all(0 <= done <= total for done, total in reports)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)

    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 20

    with pytest.raises(PacketCancelledError):
        build_packet(demo_data, with_documents=False, cancelled=cancelled)


APPEND_IN_A_FRESH_PROCESS = """
import sys
from datetime import date
from io import BytesIO
from reportlab.pdfgen.canvas import Canvas
from infusion_desk.core.records import Document, Profile
from infusion_desk.reports.data import SummaryData
from infusion_desk.reports.packet import build_packet

buffer = BytesIO()
canvas = Canvas(buffer)
canvas.drawString(72, 700, "A letter")
canvas.showPage()
canvas.save()
letter = Document(id=1, title="Letter", original_name="letter.pdf")
data = SummaryData(today=date(2026, 3, 11), profile=Profile(), documents=(letter,))
pdf = build_packet(data, with_documents=True, documents=[(letter, buffer.getvalue())])
assert "pypdfium2" not in sys.modules, "PDFium was loaded in the app's process"
print(len(pdf))
"""


def test_appending_pdfs_never_loads_pdfium_in_the_calling_process() -> None:
    done = subprocess.run([sys.executable, "-c", APPEND_IN_A_FRESH_PROCESS],
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 1000
