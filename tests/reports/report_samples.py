"""Samples for the report tests: a generated 10,000-record folder, PDFs, and PDF read-back."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas
from sqlalchemy import insert

from infusion_desk.core.records import (
    Call,
    CallDirection,
    Contact,
    Document,
    DocumentKind,
    Plan,
    PlanRank,
    PlanType,
    Profile,
    Question,
    QuestionStatus,
    Record,
    Request,
    SendMethod,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.services.folder import Folder
from infusion_desk.storage.mapping import ROW_TYPES, to_values

TODAY = date(2026, 3, 11)  # the day the report tests print on

LONG = 5000
NEWEST_CALL_REFERENCE = "REF-NEWEST-99999"


def long_text(seed: str, length: int = LONG) -> str:
    """``length`` characters of words, some of them very long."""
    words = [seed, "authorization", "Nguyễn", "x" * 300, "request", "—", "Überweisung"]
    out: list[str] = []
    while sum(len(w) + 1 for w in out) < length:
        out.append(words[len(out) % len(words)])
    return " ".join(out)[:length]


COUNTS = {
    "plans": 20,
    "contacts": 800,
    "steps": 400,
    "requests": 3000,
    "calls": 3500,
    "questions": 1500,
    "documents": 780,
}


def make_big_folder(path: Path, today: date) -> Folder:
    """10,000 records (see COUNTS), every 50th with 5,000-character fields, in one transaction.

    The profile's fields are 5,000 characters long too; some text has CJK and an emoji, which
    the report font lacks."""
    rng = random.Random(7)
    profile = Profile(
        patient_name=long_text("Patient"),
        date_of_birth=date(1950, 1, 1),
        therapy=long_text("Therapy"),
        treats=long_text("Treats"),
        prescriber=long_text("Prescriber"),
        infusion_provider=long_text("Provider"),
        start_date=today - timedelta(days=20),
        planned_duration=long_text("Duration"),
        dosing_schedule=long_text("Dosing"),
        access_line=long_text("Line"),
        nursing_schedule=long_text("Nursing"),
        notes=long_text("Notes"),
    )
    folder = Folder.create(path, profile)
    seed = folder.records.add_document(
        Document(title="Seed", media_type="text/plain"), b"seed text").value
    now = datetime.combine(today, datetime.min.time()).replace(hour=9)

    def text(label: str, i: int) -> str:
        return long_text(f"{label}{i}") if i % 50 == 0 else f"{label} number {i} 漢字 🧪"

    records: list[Record] = []
    records += [
        Plan(payer=text("Payer", i), rank=PlanRank.SECONDARY, plan_type=PlanType.EMPLOYER,
             member_id=text("MEMBER", i), group_number=text("GROUP", i),
             member_phone="(555) 010-0000")
        for i in range(COUNTS["plans"])
    ]
    records += [
        Contact(name=text("Contact", i), role=text("Role", i), organization=text("Org", i),
                phone=text("555-", i), needs_from_us=text("Needs", i))
        for i in range(COUNTS["contacts"])
    ]
    records += [
        Step(kind=StepKind.PRIOR_AUTHORIZATION, title=text("Step", i),
             status=list(StepStatus)[i % 5], waiting_on=text("Waiting", i),
             reference_number=text("AUTH", i), approved_from=today - timedelta(days=10),
             approved_to=today + timedelta(days=i % 30), approved_quantity=text("Quantity", i))
        for i in range(COUNTS["steps"])
    ]
    records += [
        Request(what=text("Request", i), requested_on=today - timedelta(days=30),
                requested_by=text("Asker", i),
                due_on=today + timedelta(days=rng.randint(-20, 20)),
                submitted_on=today - timedelta(days=1) if i % 3 == 0 else None,
                method=SendMethod.FAX if i % 3 == 0 else None,
                submitted_to=text("To", i) if i % 3 == 0 else "")
        for i in range(COUNTS["requests"])
    ]
    records += [
        Call(called_at=now - timedelta(hours=i + 1), direction=CallDirection.OUTGOING,
             organization=text("Org", i), person=text("Person", i),
             reference_number=text("REF", i), summary=text("Summary", i))
        for i in range(COUNTS["calls"] - 1)
    ]
    records.append(Call(called_at=now, organization="Newest plan office", person="Newest person",
                        reference_number=NEWEST_CALL_REFERENCE))
    records += [
        Question(text=text("Question", i), ask_whom=text("Whom", i),
                 status=QuestionStatus.OPEN if i % 2 else QuestionStatus.ANSWERED)
        for i in range(COUNTS["questions"])
    ]
    records += [
        Document(title=text("Document", i), kind=DocumentKind.PLAN_LETTER,
                 received_on=today - timedelta(days=i % 90), sha256=seed.sha256,
                 size=seed.size, media_type="text/plain")
        for i in range(COUNTS["documents"] - 1)
    ]
    _insert_all(folder, records)
    return folder


def _insert_all(folder: Folder, records: list[Record]) -> None:
    """What ``Store.add`` does for each record, as one multi-row INSERT per kind, in one
    transaction (``Store.add`` one by one takes about 7 s for 10,000 records)."""
    store = folder._store
    stamp = datetime.now()
    by_kind: dict[type[Record], list[dict[str, object]]] = {}
    for record in records:
        by_kind.setdefault(type(record), []).append(
            {**to_values(record), "created_at": stamp, "updated_at": stamp})
    with store.writing() as session:
        for cls, rows in by_kind.items():
            session.execute(insert(ROW_TYPES[cls]), rows)


# ----------------------------------------------------------------------------- reading PDFs back

def pdf_pages(pages: int, *, title: str = "Sample letter", password: str | None = None) -> bytes:
    """A PDF of ``pages`` letter pages, made with ReportLab (optionally locked with a password)."""
    buffer = BytesIO()
    encrypt = StandardEncryption(password, canPrint=0) if password else None
    pdf = canvas.Canvas(buffer, pagesize=LETTER, encrypt=encrypt, invariant=True)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 700, f"{title}, page {number} of {pages}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def png_picture(width: int, height: int) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (width, height), (200, 220, 240)).save(buffer, format="PNG")
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_texts(pdf: bytes) -> list[str]:
    """The text of every page, whitespace folded (lines broken by wrapping join up again)."""
    document = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(" ".join(textpage.get_text_bounded().split()))
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [tuple(round(v, 1) for v in document.get_page_size(i))  # type: ignore[misc]
                for i in range(len(document))]
    finally:
        document.close()


def media_boxes(pdf: bytes) -> list[tuple[float, ...]]:
    document = pdfium.PdfDocument(pdf)
    try:
        boxes = []
        for page in document:
            boxes.append(tuple(round(v, 1) for v in page.get_mediabox()))
            page.close()
        return boxes
    finally:
        document.close()


def outline(pdf: bytes) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [(mark.level, mark.get_title(), mark.get_dest().get_index())
                for mark in document.get_toc()]
    finally:
        document.close()


def char_boxes(pdf: bytes, page_index: int = 0) -> list[tuple[str, tuple[float, ...]]]:
    """Every character of a page with its box (left, bottom, right, top) in points."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        textpage = page.get_textpage()
        boxes = []
        for index in range(textpage.count_chars()):
            char = textpage.get_text_range(index, 1)
            if char.strip():
                boxes.append((char, tuple(textpage.get_charbox(index))))
        textpage.close()
        page.close()
        return boxes
    finally:
        document.close()


def font_sizes(pdf: bytes, page_index: int = 0) -> dict[str, float]:
    """Each printed character's font size in points, smallest first by character: the size
    PDFium reads back from the page (what a reader sees), not the size asked for."""
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        textpage = page.get_textpage()
        sizes: dict[str, float] = {}
        for index in range(textpage.count_chars()):
            char = textpage.get_text_range(index, 1)
            if char.strip():
                size = round(pdfium_c.FPDFText_GetFontSize(textpage.raw, index), 2)
                sizes[char] = min(size, sizes.get(char, size))
        textpage.close()
        page.close()
        return sizes
    finally:
        document.close()


def smallest_font_size(pdf: bytes) -> float:
    """The smallest type on the first page, in points."""
    return min(font_sizes(pdf).values())
