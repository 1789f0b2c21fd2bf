"""The demo's pictures, drawn with Pillow: insurance cards, a flatbed scan and a phone photo.

Like the real thing, they carry no text layer: what they say is written into each document's notes
by the demo, as a caregiver would type it.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from infusion_desk.demo import story as s
from infusion_desk.demo.story import Timeline, long_date, short_date

_FONTS = Path(reportlab.__file__).parent / "fonts"
Font = ImageFont.FreeTypeFont
Colour = tuple[int, int, int]


@lru_cache(maxsize=32)
def _font(size: int, *, bold: bool = False) -> Font:
    try:
        return ImageFont.truetype(str(_FONTS / ("VeraBd.ttf" if bold else "Vera.ttf")), size)
    except OSError:  # a bundle without ReportLab's fonts: Pillow's own font still draws text
        fallback = ImageFont.load_default(size)
        if isinstance(fallback, ImageFont.FreeTypeFont):
            return fallback
        raise


def _wrap(text: str, font: Font, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and font.getlength(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _paragraph(
    draw: ImageDraw.ImageDraw, at: tuple[int, int], text: str, font: Font, width: int,
    *, fill: Colour = (30, 30, 30), leading: float = 1.35,
) -> int:
    """Draw wrapped text from (x, y); return the y below it."""
    x, y = at
    step = int(font.size * leading)
    for line in _wrap(text, font, width):
        draw.text((x, y), line, font=font, fill=fill)
        y += step
    return y


def _signature(draw: ImageDraw.ImageDraw, at: tuple[int, int], rng: random.Random) -> None:
    """A few looping pen strokes that read as a hurried signature."""
    x0, y0 = at
    ink = (25, 25, 90)
    for start, length, height in ((0, 70, 26), (95, 330, 16)):
        points = []
        for step in range(length // 2):
            x = x0 + start + step * 2 + 9 * math.sin(step * 0.5)
            y = y0 - height * math.cos(step * 0.5) * (0.7 + 0.3 * math.sin(step * 0.07))
            points.append((x, y + rng.uniform(-1.0, 1.0)))
        draw.line(points, fill=ink, width=3, joint="curve")
    draw.line([(x0 - 10, y0 + 22), (x0 + 440, y0 + 12)], fill=ink, width=2)


def _encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


# ---------------------------------------------------------------------------------- the cards
def part_d_card() -> bytes:
    """Front of the Part D card, scanned on a flatbed at 300 dpi into a PNG."""
    page = Image.new("RGB", (1100, 720), (250, 250, 248))
    card = Image.new("RGB", (1012, 638), (255, 255, 255))
    d = ImageDraw.Draw(card)
    d.rounded_rectangle((0, 0, 1011, 637), radius=36, outline=(170, 170, 170), width=3)
    d.rounded_rectangle((0, 0, 1011, 150), radius=36, fill=(46, 107, 79))
    d.rectangle((0, 110, 1011, 150), fill=(46, 107, 79))
    d.text((48, 34), "Silverpine", font=_font(50, bold=True), fill=(255, 255, 255))
    d.text((50, 98), "Rx Select (PDP)", font=_font(26), fill=(220, 240, 228))
    d.text((640, 60), "Medicare Prescription\nDrug Coverage", font=_font(24, bold=True),
           fill=(255, 255, 255))
    rows = [
        ("Member", s.PATIENT.upper()),
        ("Member ID", s.PART_D_ID),
        ("RxBIN", "000555"),
        ("RxPCN", "SPRX01"),
        ("RxGroup", s.PART_D_GROUP),
        ("Effective", "01/01"),
    ]
    y = 190
    for label, value in rows:
        d.text((56, y), label, font=_font(24), fill=(90, 90, 90))
        d.text((270, y), value, font=_font(30, bold=True), fill=(20, 20, 20))
        y += 52
    d.text((56, 540), f"Member services {s.SILVERPINE_PHONE} · TTY 711",
           font=_font(24), fill=(46, 107, 79))
    d.text((56, 578), f"Prior authorization (prescribers) {s.SILVERPINE_PA_PHONE}",
           font=_font(20), fill=(80, 80, 80))
    shadow = Image.new("RGB", card.size, (205, 205, 200))
    page.paste(shadow, (52, 46))
    page.paste(card, (44, 38))
    return _encode(page, "PNG", optimize=False, dpi=(300, 300))


def medicare_card() -> bytes:
    """The red, white and blue card, scanned in greyscale at 300 dpi to a JPEG."""
    card = Image.new("RGB", (1012, 638), (255, 255, 255))
    d = ImageDraw.Draw(card)
    d.rectangle((0, 0, 1011, 120), fill=(35, 57, 93))
    d.text((40, 34), "MEDICARE HEALTH INSURANCE", font=_font(44, bold=True),
           fill=(255, 255, 255))
    d.rectangle((0, 560, 1011, 637), fill=(178, 34, 52))
    d.text((40, 160), "Name/Nombre", font=_font(20), fill=(80, 80, 80))
    d.text((40, 186), s.PATIENT.upper(), font=_font(36, bold=True), fill=(10, 10, 10))
    d.text((40, 252), "Medicare Number/Número de Medicare", font=_font(20), fill=(80, 80, 80))
    d.text((40, 278), s.MEDICARE_ID, font=_font(40, bold=True), fill=(10, 10, 10))
    d.text((40, 350), "Entitled to/Con derecho a", font=_font(20), fill=(80, 80, 80))
    d.text((560, 350), "Coverage starts/Cobertura empieza", font=_font(20), fill=(80, 80, 80))
    d.text((40, 384), "HOSPITAL (PART A)", font=_font(30, bold=True), fill=(10, 10, 10))
    d.text((560, 384), "03-01-2012", font=_font(30, bold=True), fill=(10, 10, 10))
    d.text((40, 430), "MEDICAL (PART B)", font=_font(30, bold=True), fill=(10, 10, 10))
    d.text((560, 430), "03-01-2012", font=_font(30, bold=True), fill=(10, 10, 10))
    d.text((40, 580), "SAMPLE — invented for the Infusion Desk demo", font=_font(22),
           fill=(255, 255, 255))
    grey = card.convert("L").filter(ImageFilter.GaussianBlur(0.6))
    page = Image.new("L", (1100, 720), 246)
    page.paste(grey, (40, 44))
    return _encode(page, "JPEG", quality=85, dpi=(300, 300))


# ---------------------------------------------------------------------------------- pages
def _letter_page(
    heading: str, subheading: str, blocks: Sequence[tuple[str, str]], *, size: tuple[int, int]
) -> Image.Image:
    """A plain white page: a heading, a sub line, then (title, text) blocks."""
    width, height = size
    page = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(page)
    margin = width // 12
    y = _paragraph(d, (margin, margin), heading, _font(width // 32, bold=True),
                   width - 2 * margin, fill=(20, 20, 20), leading=1.3)
    y = _paragraph(d, (margin, y + 4), subheading, _font(width // 60), width - 2 * margin,
                   fill=(70, 70, 70)) + width // 120
    d.line((margin, y, width - margin, y), fill=(120, 120, 120), width=2)
    y += width // 50
    body = _font(width // 52)
    for title, text in blocks:
        if title:
            d.text((margin, y), title, font=_font(width // 46, bold=True), fill=(20, 20, 20))
            y += int(width / 46 * 1.5)
        y = _paragraph(d, (margin, y), text, body, width - 2 * margin) + width // 70
        if y > height - margin:
            break
    return page


def after_visit_photo(t: Timeline) -> bytes:
    """A phone photo of the week-4 after-visit summary, a little crooked, on the kitchen table."""
    visit = t.day(-6)
    page = _letter_page(
        f"{s.RIVERSIDE} — After-Visit Summary",
        f"{s.PATIENT} · DOB {short_date(s.PATIENT_DOB)} · Visit {long_date(visit)} · "
        f"{s.PRESCRIBER}",
        [
            ("Reason for visit", "Week 4 follow-up: osteomyelitis of the left foot on IV "
                                 "ertapenem through a PICC line in the right arm."),
            ("What we talked about", "The foot is healing. ESR and CRP are lower but not yet "
                                     "normal. We may need 2 more weeks of IV antibiotics. We "
                                     "will decide after the week-5 labs and a repeat MRI."),
            ("Your medicines", "Ertapenem 1 g IV once a day (infusion pharmacy). Metformin "
                               "1000 mg twice a day. Atorvastatin 20 mg at night."),
            ("Next steps", "1. Week-5 labs with the home health nurse on Monday.\n"
                           "2. MRI of the left foot — St. Brigid imaging will call.\n"
                           "3. Our office will send an updated progress note to the infusion "
                           "pharmacy if we extend the antibiotics.\n"
                           "4. Keep the PICC line until we tell you."),
            ("Next appointment", f"Week 6 visit: {long_date(t.next_visit)}, 10:15 a.m."),
            ("Questions", f"Nurse line {s.RIVERSIDE_NURSE_PHONE} · Office {s.RIVERSIDE_PHONE}"),
        ],
        size=(800, 1035),
    )
    tilted = page.rotate(-3.2, resample=Image.Resampling.BILINEAR, expand=True,
                         fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).rotate(
        -3.2, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=0
    )
    table = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_90).resize((1050, 1350))
    background = Image.merge(
        "RGB",
        [table.point(lambda v: 120 + v // 4), table.point(lambda v: 86 + v // 5),
         table.point(lambda v: 58 + v // 6)],
    )
    shade = Image.linear_gradient("L").resize(tilted.size).point(lambda v: 255 - v // 7)
    lit = Image.composite(tilted, Image.new("RGB", tilted.size, (0, 0, 0)), shade)
    background.paste(lit, (95, 110), mask)
    soft = background.filter(ImageFilter.SMOOTH)
    return _encode(soft, "JPEG", quality=80)


def consent_scan(t: Timeline) -> bytes:
    """The signed assignment of benefits, as a 150 dpi greyscale PNG from a cheap scanner."""
    signed = t.day(-41)
    page = _letter_page(
        f"{s.BRIGHTWATER}",
        "Assignment of Benefits, Consent to Treat and Financial Responsibility",
        [
            ("Patient", f"{s.PATIENT} · Date of birth {short_date(s.PATIENT_DOB)} · "
                        f"Patient number {s.BRIGHTWATER_PATIENT}"),
            ("Insurance", f"Medicare {s.MEDICARE_ID} · {s.MEDIGAP_PLAN} {s.MEDIGAP_ID} · "
                          f"{s.PART_D_PLAN} {s.PART_D_ID}"),
            ("1. Consent", "I consent to home infusion services from Brightwater, including "
                           "pharmacy services, delivery of drugs and supplies, and teaching."),
            ("2. Assignment of benefits", "I assign payment of insurance benefits for these "
                                          "services directly to Brightwater."),
            ("3. Financial responsibility", "I understand I may owe copays, coinsurance and the "
                                            "cost of items my insurance does not cover. "
                                            "Brightwater will tell me before billing me for "
                                            "anything not covered."),
            ("4. Privacy", "I received the Notice of Privacy Practices."),
        ],
        size=(1275, 1650),
    )
    d = ImageDraw.Draw(page)
    y = 1320
    d.line((106, y, 640, y), fill=(0, 0, 0), width=2)
    d.line((760, y, 1160, y), fill=(0, 0, 0), width=2)
    d.text((106, y + 10), "Signature of patient or representative", font=_font(22),
           fill=(40, 40, 40))
    d.text((760, y + 10), "Date", font=_font(22), fill=(40, 40, 40))
    d.text((106, y + 44), "Dana Brennan, daughter (health care power of attorney)",
           font=_font(22), fill=(40, 40, 40))
    d.text((770, y - 44), short_date(signed), font=_font(34), fill=(25, 25, 90))
    rng = random.Random(s.RANDOM_SEED)
    _signature(d, (130, y - 28), rng)
    grey = page.convert("L")
    for _ in range(400):  # scanner dust
        x, yy = rng.randrange(grey.width), rng.randrange(grey.height)
        grey.putpixel((x, yy), rng.randint(120, 200))
    return _encode(grey.rotate(0.6, fillcolor=255), "PNG", dpi=(150, 150))
