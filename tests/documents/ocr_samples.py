"""Page pictures for the OCR tests: real text drawn with the app's own font, and where it went."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path(__file__).resolve().parents[2] / "infusion_desk" / "resources" / "fonts"
LETTER_LINES = (
    "Blue Cross Blue Shield of Texas",
    "Prior Authorization Approval",
    "Member ID: XJH123456789",
    "Authorization number PA-2026-011903",
    "Dear Mary Smith, your request for Ocrevus infusion has been approved.",
    "Approved period: 02/10/2026 through 08/10/2026. Quantity: 2 infusions.",
    "If you have questions, call 1-800-555-0142 within 60 days of this letter.",
    "Amount billed $312.45. Plan paid $280.00. You may owe $32.45.",
)


@dataclass(frozen=True)
class Page:
    image: Image.Image
    boxes: dict[str, tuple[int, int, int, int]]  # word -> (left, top, right, bottom) as drawn

    def png(self) -> bytes:
        return png(self.image)


def letter_page(
    lines: tuple[str, ...] = LETTER_LINES, *, dpi: int = 150, font_name: str = "DejaVuSans.ttf"
) -> Page:
    """A Letter page with ``lines`` at 11 points from one inch in, and each word's box."""
    width, height = round(8.5 * dpi), round(11 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT / font_name), round(11 * dpi / 72))
    boxes: dict[str, tuple[int, int, int, int]] = {}
    y = dpi
    for line in lines:
        x = dpi
        for word in line.split():
            box = draw.textbbox((x, y), word, font=font)
            draw.text((x, y), word, font=font, fill=0)
            boxes.setdefault(word, (int(box[0]), int(box[1]), int(box[2]), int(box[3])))
            x = int(box[2]) + round(draw.textlength(" ", font=font))
        y += round(dpi * 0.3)
    return Page(image, boxes)


def png(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def turned_box(
    box: tuple[int, int, int, int], size: tuple[int, int], degrees: int
) -> tuple[int, int, int, int]:
    """Where ``box`` lands when a ``size`` picture is turned ``degrees`` counterclockwise (as
    ``Image.rotate(degrees, expand=True)`` does, for 0, 90, 180 and 270)."""
    left, top, right, bottom = box
    width, height = size
    if degrees == 90:
        return top, width - right, bottom, width - left
    if degrees == 180:
        return width - right, height - bottom, width - left, height - top
    if degrees == 270:
        return height - bottom, left, height - top, right
    return box
