"""Real sample files for the document tests, made on the spot with ReportLab and Pillow."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from io import BytesIO

from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas


def pdf_pages(
    pages: Sequence[Sequence[str]], *, encrypt: StandardEncryption | str | None = None
) -> bytes:
    """A PDF with one page per entry, each line of text drawn down the page."""
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, encrypt=encrypt, invariant=True)
    for lines in pages:
        for index, line in enumerate(lines):
            pdf.drawString(72, 720 - 16 * index, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


PA_LETTER_LINES = (
    "Acme Health Plan",
    "PO Box 1234",
    "Springfield, IL 62701",
    "Date of birth: 04/12/1948",
    "November 3, 2026",
    "Member ID: XJ4417",
    "RE: Prior Authorization Approval",
    "Dear Jane Doe,",
    "Your request for IVIG infusions at home was approved.",
)


def pa_letter() -> bytes:
    return pdf_pages([PA_LETTER_LINES])


def picture(
    fmt: str, size: tuple[int, int] = (300, 200), mode: str = "RGB", **save: object
) -> bytes:
    colour: object = (200, 30, 30, 128) if mode == "RGBA" else "red"
    if mode in ("L", "I;16", "P", "1"):
        colour = 100
    image = Image.new(mode, size, colour)  # type: ignore[arg-type]
    buffer = BytesIO()
    image.save(buffer, format=fmt, **save)
    return buffer.getvalue()


def rotated_jpeg() -> bytes:
    """A wide picture whose EXIF says "turn me 90 degrees": upright, it is tall."""
    image = Image.new("RGB", (600, 200), "blue")
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def multipage_tiff(pages: int) -> bytes:
    frames = [Image.new("L", (100, 130), 40 * index) for index in range(pages)]
    buffer = BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    return buffer.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels: a decompression bomb."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + checksum

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks
