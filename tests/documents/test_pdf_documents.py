"""PDFs: text, pages, thumbnails, dates and kinds; locked and damaged ones are kept, not refused."""

from __future__ import annotations

import hashlib
from datetime import date
from io import BytesIO

from document_samples import PA_LETTER_LINES, pa_letter, pdf_pages
from PIL import Image
from reportlab.lib.pdfencrypt import StandardEncryption

from infusion_desk.core.records import DocumentKind
from infusion_desk.documents import PdfEngine, prepare_bytes, render_page


def test_letter_is_read_and_guessed(engine: PdfEngine, today: date) -> None:
    data = pa_letter()

    prepared = prepare_bytes(data, "scan_0012.pdf", today=today, engine=engine)

    document = prepared.document
    assert prepared.data is data
    assert document.media_type == "application/pdf"
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.size == len(data)
    assert document.page_count == 1
    assert document.preview_ok
    assert prepared.note == ""
    assert document.title == "Prior Authorization Approval"
    assert document.kind is DocumentKind.PA_DECISION
    assert document.document_date == date(2026, 11, 3)  # not the birth date above it
    assert document.received_on == today
    assert document.original_name == "scan_0012.pdf"
    assert prepared.pages == ("\n".join(PA_LETTER_LINES),)
    assert "IVIG infusions at home" in document.text
    assert prepared.thumbnail is not None
    with Image.open(BytesIO(prepared.thumbnail)) as thumbnail:
        assert thumbnail.format == "JPEG"  # small: a few KB
        assert thumbnail.width == 160
        assert abs(thumbnail.height - 160 * 11 / 8.5) < 1
        assert all(c >= 250 for c in thumbnail.getpixel((2, 2)))  # type: ignore[union-attr]
    assert len(prepared.thumbnail) < 8_000


def test_every_page_has_its_own_text(engine: PdfEngine, today: date) -> None:
    data = pdf_pages([["Explanation of Benefits"], ["Page two: claim lines"], ["Page three"]])

    prepared = prepare_bytes(data, "november.pdf", today=today, engine=engine)

    assert prepared.document.page_count == 3
    assert prepared.pages == ("Explanation of Benefits", "Page two: claim lines", "Page three")
    assert prepared.document.text == "\n\n".join(prepared.pages)
    assert prepared.document.kind is DocumentKind.EOB


def test_password_protected_pdf_is_kept_without_preview(engine: PdfEngine, today: date) -> None:
    data = pdf_pages([["Secret letter"]], encrypt="user-password")

    prepared = prepare_bytes(data, "Letter from plan.pdf", today=today, engine=engine)

    assert prepared.data == data
    assert not prepared.document.preview_ok
    assert prepared.document.page_count == 0
    assert prepared.document.text == ""
    assert prepared.thumbnail is None
    assert "password" in prepared.note
    assert prepared.document.title == "Letter from plan"


def test_pdf_with_only_an_owner_password_opens(engine: PdfEngine, today: date) -> None:
    locked_for_printing = StandardEncryption("", ownerPassword="owner", canPrint=0)
    data = pdf_pages([["Statement of account", "Amount due: $40.00"]], encrypt=locked_for_printing)

    prepared = prepare_bytes(data, "a.pdf", today=today, engine=engine)

    assert prepared.document.preview_ok
    assert prepared.document.kind is DocumentKind.BILL


def test_damaged_pdfs_are_kept_with_a_note(engine: PdfEngine, today: date) -> None:
    whole = pa_letter()
    for damaged in (whole[: len(whole) // 2], b"%PDF-1.4\n" + bytes(range(256)) * 8, b"not a pdf"):
        prepared = prepare_bytes(damaged, "letter.pdf", today=today, engine=engine)

        assert prepared.data == damaged
        assert prepared.document.media_type == "application/pdf"
        assert not prepared.document.preview_ok
        assert prepared.document.page_count == 0
        assert "could not be read" in prepared.note


def test_render_page_draws_on_white(engine: PdfEngine) -> None:
    data = pdf_pages([["first"], ["second"]])

    png = render_page(data, 1, 0.5, engine)

    assert png is not None
    with Image.open(BytesIO(png)) as page:
        assert page.size == (306, 396)
        assert page.mode == "RGB"
        assert page.getpixel((0, 0)) == (255, 255, 255)
        darkest, _lightest = page.convert("L").getextrema()
        assert isinstance(darkest, int) and darkest < 128  # the text was drawn
    assert render_page(data, 2, 1.0, engine) is None
    assert render_page(data, -1, 1.0, engine) is None
    assert render_page(data, 0, 0.0, engine) is None
    assert render_page(b"plain text", 0, 1.0, engine) is None


def test_without_an_engine_a_private_one_is_used(today: date) -> None:
    prepared = prepare_bytes(pa_letter(), "a.pdf", today=today)

    assert prepared.document.page_count == 1
    assert render_page(pa_letter(), 0, 0.25) is not None
