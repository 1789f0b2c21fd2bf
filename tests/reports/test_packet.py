"""The folder packet: every record, page numbers, bookmarks, and the documents appended."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from packet_reading import picture_boxes, size_of, text_box
from PIL import Image
from report_samples import (
    TODAY,
    char_boxes,
    long_text,
    outline,
    page_count,
    page_sizes,
    page_texts,
    pdf_pages,
    png_picture,
)
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from infusion_desk.core.essentials import ALLERGIES_NOT_FILLED
from infusion_desk.core.records import (
    Call,
    Document,
    DocumentKind,
    Plan,
    Profile,
    Request,
    SendMethod,
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
    panorama = doc(1, "Whiteboard photo", "board.png", DocumentKind.OTHER)
    note = Document(id=2, title="Running note", original_name="note.txt",
                    text="Asked: signed order\n\nSent: fax on Mar 3")
    data = small_data((panorama, note))
    base = page_count(build_packet(data, with_documents=True, engine=engine))  # no documents

    pdf = build_packet(data, with_documents=True, engine=engine,
                       documents=[(panorama, png_picture(3000, 1400)), (note, b"ignored")])

    assert page_count(pdf) == base + 2
    width, height = page_sizes(pdf)[base]
    assert width > height  # a picture too wide for an upright page gets a landscape one
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


# ---------------------------------------------------------------- the packet reads like the folder

MARGIN = 36.0
CARD = (3.375 * 72, 2.125 * 72)


def picture(width: int, height: int, *, dpi: float | None = None) -> bytes:
    """A PNG of ``width`` x ``height`` pixels that says its DPI (or none)."""
    buffer = BytesIO()
    extra = {"dpi": (dpi, dpi)} if dpi else {}
    Image.new("RGB", (width, height), (200, 220, 240)).save(buffer, format="PNG", **extra)
    return buffer.getvalue()


def card_sized_pdf() -> bytes:
    """A one-page PDF the size of a card (3.375 x 2.125 inches)."""
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=CARD, invariant=True)
    pdf.drawString(10, 60, "Member ID 1EG4-TE5-MK72")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def near(value: float, expected: float, within: float = 1.0) -> bool:
    return abs(value - expected) <= within


def test_the_cover_carries_the_essentials_and_the_contents_with_their_pages(
    demo_folder: Folder,
) -> None:
    data = gather_packet_data(demo_folder, TODAY)
    pdf = build_packet(data, with_documents=False)
    cover = page_texts(pdf)[0]
    profile = data.profile

    assert f"ALLERGIES: {profile.allergies}" in cover
    for value in (profile.treats, profile.therapy, profile.access_line,
                  profile.next_appointment_with, profile.dosing_schedule):
        assert " ".join(value.split()) in cover
    assert all(plan.member_id in cover for plan in data.plans)
    assert "Next appointment" in cover and "planned last day" in cover
    # The allergies come before everything else the cover says about the patient.
    allergies, born = text_box(pdf, 0, "ALLERGIES"), text_box(pdf, 0, "Date of birth")
    assert allergies is not None and born is not None and allergies[1] > born[3]

    marks = [(title, page) for level, title, page in outline(pdf) if level == 0]
    assert marks[1] == ("Patient and therapy", 1)  # the cover is one page
    for title, page in marks[1:]:
        # "Calls (30) ........ 8": the page it is on (the dots are drawn, not text)
        assert re.search(rf"{re.escape(title)}\s*{page + 1}\b", cover), title


def test_a_blank_allergies_field_is_printed_as_not_filled_in() -> None:
    pdf = build_packet(small_data(), with_documents=False)
    texts = page_texts(pdf)
    assert f"ALLERGIES: {ALLERGIES_NOT_FILLED}" in texts[0]
    assert f"Allergies: {ALLERGIES_NOT_FILLED}" in " ".join(texts[1:])


def test_the_ledger_keeps_its_two_columns() -> None:
    sent = Request(what="Week 4 lab results", requested_on=date(2026, 3, 2),
                   submitted_on=date(2026, 3, 4), method=SendMethod.FAX,
                   submitted_to="Brightwater", confirmation_number="FAX-OK-7")
    data = replace(small_data(), requests=(
        Request(what="Signed order", due_on=date(2026, 3, 1)), sent))
    pdf = build_packet(data, with_documents=False)
    page = next(n for n, text in enumerate(page_texts(pdf)) if "What they asked for" in text)
    width = LETTER[0] - 2 * MARGIN

    asked, answered = text_box(pdf, page, "What they asked for"), text_box(
        pdf, page, "What we sent, and when")
    assert asked is not None and answered is not None
    assert near(asked[1], answered[1])  # side by side, on one line
    assert near(asked[0], MARGIN + 3, 2) and near(answered[0], MARGIN + 0.56 * width + 3, 2)
    for left, right in (("Signed order", "Nothing sent yet"),
                        ("Week 4 lab results", "Sent Wed, Mar 4, 2026 by fax")):
        what, how = text_box(pdf, page, left), text_box(pdf, page, right)
        assert what is not None and how is not None
        assert asked[0] - 1 <= what[0] < answered[0] - 20  # in the left column
        assert near(how[0], answered[0], 2)  # at the start of the right one
        assert near(what[3], how[3], 2)  # a request and what we sent share a row


def test_cards_and_photos_are_printed_at_their_real_size(engine: PdfEngine) -> None:
    scanned_card = doc(1, "Medicare card", "card.png", DocumentKind.PLAN_DOCUMENT)
    phoned_card = doc(2, "Part D card", "IMG_1.png", DocumentKind.PLAN_DOCUMENT)
    big_photo = doc(3, "Visit summary photo", "IMG_2.png", DocumentKind.CLINICAL_NOTES)
    small_scan = doc(4, "Pharmacy label", "label.png", DocumentKind.OTHER)
    card_pdf = doc(5, "Card as a PDF", "card.pdf", DocumentKind.PLAN_DOCUMENT)
    documents = [
        (scanned_card, picture(1100, 720, dpi=300)),  # scanned at 300 dpi, bed around it
        (phoned_card, picture(1080, 680, dpi=72)),  # a phone photo: "72 dpi", 15 in wide
        (big_photo, picture(3000, 4000, dpi=72)),  # 42 x 56 in
        (small_scan, picture(300, 200, dpi=150)),  # 2 x 1.33 in
        (card_pdf, card_sized_pdf()),
    ]
    data = small_data(tuple(d for d, _ in documents))
    base = page_count(build_packet(data, with_documents=False))
    pdf = build_packet(data, with_documents=True, engine=engine, documents=documents)
    sizes = page_sizes(pdf)

    def placed(index: int) -> tuple[float, float]:
        [box] = picture_boxes(pdf, base + index)
        return size_of(box)

    width, height = placed(0)
    assert near(width, 1100 / 300 * 72) and near(height, 720 / 300 * 72)
    width, height = placed(1)
    assert near(width, CARD[0]) and near(height, CARD[0] * 680 / 1080)
    width, height = placed(2)  # made smaller to fit the page, never beyond it
    page_width, page_height = sizes[base + 2]
    assert width <= page_width - 2 * MARGIN + 0.5 and height <= page_height - 2 * MARGIN
    assert height > 0.7 * (page_height - 2 * MARGIN)  # but as big as the page allows
    width, height = placed(3)
    assert near(width, 144) and near(height, 96)  # not blown up
    width, height = placed(4)
    assert near(width, CARD[0]) and near(height, CARD[1])
    assert all(w < h for w, h in sizes[base:])  # none of them needs a landscape page


def test_an_unnamed_scan_is_headed_by_its_kind_and_date(engine: PdfEngine) -> None:
    scan = Document(id=1, title="Scan0001", original_name="Scan0001.pdf",
                    kind=DocumentKind.PA_DECISION, document_date=date(2026, 3, 2),
                    received_on=date(2026, 3, 4), page_count=1)
    photo = Document(id=2, title="IMG_4471", original_name="IMG_4471.png",
                     kind=DocumentKind.PLAN_LETTER, received_on=date(2026, 3, 5))
    data = small_data((scan, photo))
    pdf = build_packet(data, with_documents=True, engine=engine,
                       documents=[(scan, pdf_pages(1)), (photo, picture(600, 800))])
    texts = page_texts(pdf)
    everything = " ".join(texts)
    assert "Document 1 of 2: Prior-authorization decision, Mar 2, 2026" in everything
    assert "Document 2 of 2: Letter from the plan, Mar 5, 2026" in everything
    assert "Scan0001" not in everything and "IMG_4471" not in everything
    titles = [title for level, title, _page in outline(pdf) if level == 1]
    assert titles == ["Prior-authorization decision, Mar 2, 2026",
                      "Letter from the plan, Mar 5, 2026"]


def test_the_document_index_says_the_page_each_attached_document_is_on(
    engine: PdfEngine,
) -> None:
    letters = [doc(n, f"Letter {n}", f"letter{n}.pdf") for n in range(1, 5)]
    documents = [(letter, pdf_pages(n)) for n, letter in enumerate(letters, start=1)]
    data = small_data(tuple(letters))
    pdf = build_packet(data, with_documents=True, engine=engine, documents=documents)
    starts = {title: page + 1 for level, title, page in outline(pdf) if level == 1}
    index = next(n for n, text in enumerate(page_texts(pdf)) if "On page" in text)
    column = text_box(pdf, index, "On page")
    assert column is not None

    rows: dict[float, str] = {}
    for char, (left, bottom, _right, _top) in char_boxes(pdf, index):
        in_table = MARGIN + 30 < bottom < column[1] - 2  # under the head, above the footer
        if left >= column[0] - 1 and in_table and char.isdigit():
            rows[round(bottom)] = rows.get(round(bottom), "") + char
    printed = [int(rows[y]) for y in sorted(rows, reverse=True)]  # top to bottom
    # The index lists the newest first: Letter 4 (Mar 4) down to Letter 1 (Mar 1).
    assert printed == [starts[f"Letter {n}"] for n in (4, 3, 2, 1)]
    assert printed == sorted(printed, reverse=True) and len(set(printed)) == 4


def test_a_cover_with_very_long_essentials_still_builds_and_keeps_every_allergy() -> None:
    allergies = long_text("allergy", 4000)
    profile = Profile(patient_name=long_text("name"), treats=long_text("diagnosis"),
                      allergies=allergies, therapy=long_text("therapy"),
                      next_appointment_with=long_text("doctor"))
    pdf = build_packet(replace(small_data(), profile=profile), with_documents=False)
    texts = page_texts(pdf)
    start = next(page for _level, title, page in outline(pdf) if title == "Patient and therapy")
    cover = " ".join(texts[:start])
    assert "ALLERGIES:" in texts[0]  # a long name is cut on the cover, never the allergies
    # Never cut, even when it runs over a page (long words are broken over lines, so the words
    # are counted rather than matched).
    assert cover.count("allergy") == allergies.count("allergy") > 10
    assert "… (in full under Patient and therapy)" in cover
    assert cover.count("diagnosis") < long_text("diagnosis").count("diagnosis")
    rest = " ".join(texts[start:])
    assert rest.count("diagnosis") == long_text("diagnosis").count("diagnosis")
