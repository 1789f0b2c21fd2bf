"""The shared search test set: one folder's records, documents and pages, and what is typed to
search them. A folder file (FTS5) and a shared folder (PostgreSQL full-text search) filled with
it must find the same hits for every search (``test_search_engines.py``).

Every record's title is its own, so that hits can be told apart by title on both engines (a
shared folder's ids are the server's, not the file's). It holds what tells tokenizers apart:
member IDs, phone numbers, e-mail addresses, accents, curly quotes, other scripts, signs inside
words, a word repeated many times, trashed and deleted records, a document's pages, a PDF's own
text (kept only in the PDF) and a page read from its picture.
"""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from infusion_desk.core.ocr import OcrPage, ReadState
from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    Plan,
    Question,
    RecordKind,
    Request,
    Step,
)
from infusion_desk.core.search import SearchHit
from infusion_desk.services import Folder

QUERIES = (
    "pump", "REF-88231", "ref", "7qw2", "7QW2-HJ4-XK19", "hj4 xk19", "xk19 hj4", "jose nguyen",
    "José", "nguy", "osteomyelitis", "appeal 180", "infusion pump", "sunrise",
    "maria.f@sunrise.example.org", "sunrise.example", "555", "0100", "1-800-555-0100",
    "привет", "東京", "zebra", "trashedword", "gonefor", "zoe angstrom", "Ångström",
    "resume naive", "façade", "coop", "coöperate", "remicade", "x_y", "snake", "case", "3.5",
    "2g/kg", "q4w", "error", "err", "AND OR NOT", "the", "plan", "pa-2026", "IVIG",
    "ana lucia", "penicillin", "dear member", "member dear", "“pump”", "pump’s", "e", "ab",
    "Is the pump covered?", "DME", "under dme", "medically necessary", "necessary medically",
    "denial", "rental", "appeal jose", "member id", "statement", "PA-2026-011903", "1903",
    "scan", "order letter", "plan signed", "part b", "b medicare", "o'brien", "obrien",
    "Zoë", "mir", "мир", "ivig 2g", "hrs",
)

PDF_PAGES = (
    ("Prior authorization approved for IVIG", "Member ID 7QW2-HJ4-XK19"),
    ("Denial letter: not medically necessary", "Appeal rights José"),
    ("Statement of benefits", "pump rental denied"),
)


def pdf_of(pages: tuple[str, ...]) -> bytes:
    """A real PDF whose pages' text layer is ``pages``."""
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for text in pages:
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def fill(folder: Folder) -> None:
    """Put the test set in ``folder`` (a new one)."""
    r = folder.records
    r.add(Plan(payer="Medicare", plan_name="Part B", member_id="7QW2-HJ4-XK19",
               notes="José Nguyễn’s plan — call 1-800-555-0100"))
    r.add(Plan(payer="Aetna", plan_name="Choice POS II", member_id="W123456789",
               policyholder="Zoë Ångström", notes="Sean O'Brien"))
    r.add(Contact(name="Dr. Maria Ferreira", organization="Sunrise Home Infusion",
                  email="maria.f@sunrise.example.org", phone="(555) 010-2233"))
    call = r.add(Call(organization="Sunrise Home Infusion", reference_number="REF-88231",
                      summary="They need the plan of care signed")).value
    r.update(replace(call, summary="They need the plan of care signed. IVIG 2g/kg q4w; "
                                   "pump delivered 3.5 hrs"))
    r.add(Call(organization="Plan", person="Bob",
               summary="asked about the infusion pump again; Привет мир; 東京 office"))
    r.add(Request(what="Infusion pump order", notes="Remicade® infusion x_y snake_case"))
    r.add(Request(what="Letter for José Nguyễn", notes="résumé naïve façade coöperate"))
    r.add(Question(text="Is the pump covered?", ask_whom="Aetna", answer="Yes, under DME"))
    r.add(Step(title="Prior authorization", reference_number="PA-2026-01",
               notes="approved 12 visits"))
    trashed = r.add(Call(organization="Trashed org", summary="zebra trashedword")).value
    gone = r.add(Call(organization="Gone org", summary="gonefor good")).value
    r.trash(Call, gone.id)
    r.empty_trash(backup_first=False)
    r.trash(Call, trashed.id)
    restored = r.add(Request(what="Restored request", notes="zebra again")).value
    r.trash(Request, restored.id)
    r.restore(Request, restored.id)
    r.add_document(
        Document(title="Letter from the plan",
                 text="Dear member. Your request was denied: osteomyelitis not documented."),
        b"letter", pages=["Dear member.", "Your request was denied: osteomyelitis not "
                          "documented.", "Page three: appeal within 180 days"])
    for n, pages in enumerate(PDF_PAGES):
        pdf = r.add_document(Document(title=f"PDF {n}", media_type="application/pdf",
                                      page_count=len(pages)), pdf_of(pages),
                             pages=list(pages)).value
    r.trash(Document, pdf.id)  # (the last PDF: its pages' words are found no more)
    r.add_document(Document(title="EOB statement", sender="Medicare", notes="ERROR " * 2000),
                   b"eob")
    scan = r.add_document(Document(title="Scan", media_type="image/png", page_count=1),
                          b"png bytes").value
    folder.scans.store_read_page(scan.id, 1, OcrPage("Ref PA-2026-01 1903", (), 10, 10))
    folder.scans.finish_reading(scan.id, ReadState.READ)
    folder.records.save_profile(replace(folder.profile(), patient_name="Ana Lucía",
                                        therapy="IVIG", allergies="penicillin"))


Found = tuple[RecordKind, str, int | None]


def found(folder: Folder, text: str) -> list[Found]:
    """What a search finds, as both engines can say it: kind, title and page of each hit."""
    return [_seen(hit) for hit in folder.search(text)]


def _seen(hit: SearchHit) -> Found:
    return hit.kind, hit.title, hit.page
