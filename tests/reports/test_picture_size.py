"""Pictures keep their real size: from their DPI, a card at a card's size, never blown up."""

from __future__ import annotations

from PIL import Image

from infusion_desk.reports.picture_size import picture_dpi, real_size

CARD_WIDTH = 3.375 * 72


def test_the_dpi_gives_the_size() -> None:
    assert real_size(1275, 1650, 150) == (612.0, 792.0)  # a letter page scanned at 150 dpi
    assert real_size(600, 300, None) == (288.0, 144.0)  # no DPI: taken as 150


def test_a_card_is_the_size_of_a_card() -> None:
    # Scanned at 300 dpi with a little of the scanner bed around it: kept as it is.
    width, height = real_size(1100, 720, 300, card=True)
    assert (round(width), round(height)) == (264, 173)
    # A phone photo of a card that says 72 dpi (15 inches wide): printed at card size.
    width, height = real_size(1080, 680, 72, card=True)
    assert round(width, 1) == round(CARD_WIDTH, 1)
    assert round(height) == round(CARD_WIDTH * 680 / 1080)
    # No DPI at all: card size too; upright cards too.
    assert round(max(real_size(680, 1080, None, card=True)), 1) == round(CARD_WIDTH, 1)
    # Not card-shaped (a letter filed as a plan document): its DPI decides.
    assert real_size(1275, 1650, 150, card=True) == (612.0, 792.0)


def test_the_dpi_is_read_from_the_picture() -> None:
    image = Image.new("RGB", (10, 10))
    assert picture_dpi(image) is None
    image.info["dpi"] = (300, 300)
    assert picture_dpi(image) == 300
    image.info["dpi"] = (1, 1)  # a placeholder, not a measurement
    assert picture_dpi(image) is None
    image.info["dpi"] = "nonsense"
    assert picture_dpi(image) is None
