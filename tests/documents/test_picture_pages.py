"""Picture pages for the preview and for printing: upright, on white, one TIFF page at a time,
and nothing at all for a picture that is damaged or too large."""

from __future__ import annotations

from pathlib import Path

from infusion_desk.documents.picture_pages import picture_page
from tests.documents.document_samples import (
    multipage_tiff,
    picture,
    png_declaring,
    rotated_jpeg,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents"


def test_a_photo_is_turned_upright_and_can_be_made_smaller() -> None:
    page = picture_page(rotated_jpeg(), "photo.jpg")
    assert page is not None
    assert (page.width, page.height, page.page_count) == (200, 600, 1)
    assert (page.full_width, page.full_height) == (200, 600)
    assert len(page.rgb) == 200 * 600 * 3
    small = picture_page(rotated_jpeg(), "photo.jpg", max_width=100)
    assert small is not None
    assert (small.width, small.height, small.full_width) == (100, 300, 200)


def test_each_page_of_a_tiff_scan() -> None:
    data = multipage_tiff(3)
    pages = [picture_page(data, "scan.tif", index) for index in range(3)]
    assert all(p is not None and p.page_count == 3 for p in pages)
    assert [p.rgb[0] for p in pages if p is not None] == [0, 40, 80]
    assert picture_page(data, "scan.tif", 3) is None


def test_transparent_pictures_are_drawn_on_white() -> None:
    page = picture_page(picture("PNG", mode="RGBA"), "clip.png")
    assert page is not None
    assert page.rgb[:3] != b"\x00\x00\x00"


def test_a_cmyk_jpeg_shows_its_real_colours() -> None:
    page = picture_page((FIXTURES / "insurance card cmyk.jpg").read_bytes(), "card.jpg")
    assert page is not None
    red, green, blue = page.rgb[:3]
    assert min(red, green, blue) > 200  # the light background, not an inverted dark one


def test_damaged_or_dangerous_pictures_give_nothing() -> None:
    assert picture_page((FIXTURES / "scan cut off.jpg").read_bytes(), "scan.jpg") is None
    assert picture_page(png_declaring(50_000, 50_000), "bomb.png") is None
    assert picture_page(b"not a picture", "x.png") is None
    assert picture_page(b"%PDF-1.7", "letter.pdf") is None
