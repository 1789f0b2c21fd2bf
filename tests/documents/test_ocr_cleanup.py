"""Page pictures made easier to read: a fax's streak, a table's grid and a crooked page are dealt
with, and the letters themselves are left whole."""

from __future__ import annotations

import io
import math

import pytest
from ocr_samples import letter_page
from PIL import Image, ImageDraw

from infusion_desk.documents.ocr_cleanup import clean, otsu, skew_angle, unskew_point

DPI = 300


def _dark(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """How many pixels of ``box`` are ink."""
    return image.crop(box).point(lambda v: 255 if v < 128 else 0).histogram()[255]


def test_a_page_of_text_alone_is_left_as_it_is() -> None:
    page = letter_page(dpi=DPI).image

    cleaned = clean(page, DPI)

    assert cleaned.angle == 0.0
    assert cleaned.image.tobytes() == page.tobytes()


def test_a_fax_streak_down_the_page_goes_and_the_words_it_crossed_stay_whole() -> None:
    letter = letter_page(dpi=DPI)
    page = letter.image.copy()
    left, top, right, bottom = letter.boxes["Ocrevus"]
    x = (left + right) // 2
    ImageDraw.Draw(page).line((x, 0, x, page.height), fill=20, width=3)

    cleaned = clean(page, DPI).image

    # The streak is gone above and below the text ...
    assert _dark(cleaned, (x - 3, 0, x + 4, DPI // 2)) == 0
    assert _dark(cleaned, (x - 3, page.height - DPI, x + 4, page.height)) == 0
    # ... and the word it crossed keeps (nearly) all of its ink, joined where it was cut.
    word = (left, top, right, bottom)
    assert _dark(cleaned, word) >= 0.95 * _dark(letter.image, word)
    assert _dark(cleaned, word) <= 1.05 * _dark(letter.image, word)


def test_the_ruled_grid_of_a_table_goes_and_its_numbers_stay() -> None:
    letter = letter_page(dpi=DPI)
    page = letter.image.copy()
    draw = ImageDraw.Draw(page)
    rows = [DPI + round(DPI * 0.3) * n - 12 for n in range(4, 9)]
    for y in rows:  # thin grey rules between the lines of text, as a statement's table has
        draw.line((DPI - 20, y, page.width - DPI, y), fill=110, width=2)
    for x in (DPI - 20, page.width - DPI):
        draw.line((x, rows[0], x, rows[-1]), fill=110, width=2)

    cleaned = clean(page, DPI).image

    for y in rows:
        assert _dark(cleaned, (DPI * 3, y - 2, DPI * 4, y + 3)) < 10
    amount = letter.boxes["$312.45."]
    assert _dark(cleaned, amount) >= 0.95 * _dark(letter.image, amount)


@pytest.mark.parametrize("degrees", [-2.5, -1.0, 0.6, 1.8])
def test_a_crooked_page_is_found_crooked_by_its_angle(degrees: float) -> None:
    page = letter_page(dpi=DPI).image
    crooked = page.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)

    found = clean(crooked, DPI).angle

    assert found == pytest.approx(-degrees, abs=0.15)
    assert skew_angle(page, otsu(page)) == 0.0


def test_a_point_of_the_straightened_page_maps_back_onto_the_crooked_one() -> None:
    size = (1200, 1600)
    dot = Image.new("L", size, 0)
    ImageDraw.Draw(dot).rectangle((300, 200, 303, 203), fill=255)
    angle = 2.0
    turned = dot.rotate(angle, resample=Image.Resampling.NEAREST)
    box = turned.getbbox()
    assert box is not None
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2

    x, y = unskew_point(cx, cy, angle, *size)

    assert math.hypot(x - 301.5, y - 201.5) < 2
    assert unskew_point(10.0, 20.0, 0.0, *size) == (10.0, 20.0)


def test_a_black_and_white_fax_is_softened_and_a_grey_scan_is_not() -> None:
    from infusion_desk.documents.ocr_picture import decode

    page = letter_page(dpi=150).image  # a fax's resolution: read at twice its size
    fax = page.point(lambda v: 255 if v > 128 else 0).convert("1")
    buffer = io.BytesIO()
    fax.save(buffer, format="PNG")
    read = decode(buffer.getvalue(), 0).image
    levels = sum(1 for count in read.histogram() if count)
    assert read.size == (page.width * 2, page.height * 2)
    assert levels > 100  # its stair-step edges turned grey

    grey = letter_page(dpi=300).image
    buffer = io.BytesIO()
    grey.save(buffer, format="PNG")
    assert decode(buffer.getvalue(), 0).image.tobytes() == grey.tobytes()
