"""How big a picture really is, so the packet prints it at that size and never blows it up.

A scan says its size through its DPI (a 1,012-pixel-wide card scanned at 300 dpi is 3.375 inches
wide). A picture with no DPI is taken as 150 dpi, a common scanning setting. An insurance card
is printed the size of a card (3.375 x 2.125 inches) unless its DPI already makes it about that
size: a phone photo of a card says 72 dpi and would otherwise come out a foot wide. Anything
bigger than the page is made smaller to fit it later, when it is placed.
"""

from __future__ import annotations

from PIL import Image

POINTS_PER_INCH = 72.0
DEFAULT_DPI = 150.0
CARD_INCHES = (3.375, 2.125)  # an ID-1 card: insurance and Medicare cards
# A card scan (with the scanner bed around the card) whose DPI gives it a long side within this
# many card widths is trusted; anything else is printed at card size.
CARD_TRUSTED = (0.9, 1.4)
# A picture whose sides are in this ratio may be a card.
CARD_RATIO = (1.35, 1.85)
_LEAST_DPI = 30.0  # below this a DPI is a placeholder ("1 x 1"), not a measurement


def picture_dpi(image: Image.Image) -> float | None:
    """The picture's DPI (the mean of across and down), or None when it gives none we trust."""
    dpi = image.info.get("dpi")
    try:
        across, down = (float(v) for v in dpi)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None
    mean = (across + down) / 2
    return mean if mean >= _LEAST_DPI else None


def real_size(width: int, height: int, dpi: float | None, *, card: bool = False
              ) -> tuple[float, float]:
    """The picture's size in points. ``card``: it is filed as an insurance card or plan
    document, and is printed at a card's size when its shape is a card's and its DPI does not
    already say it is about that size."""
    scale = POINTS_PER_INCH / (dpi or DEFAULT_DPI)
    real = (width * scale, height * scale)
    long_side, short_side = max(width, height), max(min(width, height), 1)
    if not card or not CARD_RATIO[0] <= long_side / short_side <= CARD_RATIO[1]:
        return real
    card_long = CARD_INCHES[0] * POINTS_PER_INCH
    low, high = CARD_TRUSTED
    if dpi is not None and low * card_long <= max(real) <= high * card_long:
        return real
    to_card = card_long / long_side
    return width * to_card, height * to_card
