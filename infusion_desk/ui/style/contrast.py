"""WCAG 2.2 contrast, in plain Python: relative luminance, the contrast ratio of two colours, a
translucent colour laid over another, and a colour moved just far enough to read.

Colours are ``(red, green, blue)`` or ``(red, green, blue, alpha)`` tuples of 0–255 values.
"""

from __future__ import annotations

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]

TEXT = 4.5  # WCAG 2.2 AA, 1.4.3: normal text
LARGE_TEXT = 3.0  # 1.4.3: text of 18 pt, or 14 pt bold, and larger
GRAPHIC = 3.0  # 1.4.11: what a state or a control needs to be seen by (a frame, a mark)

BLACK: RGB = (0, 0, 0)
WHITE: RGB = (255, 255, 255)


def parse(colour: str) -> RGB:
    """``#rrggbb`` (or ``#rgb``) as a tuple."""
    digits = colour.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: RGB) -> float:
    """Relative luminance (WCAG 2.2): 0 for black, 1 for white."""
    r, g, b = colour[:3]
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(first: RGB, second: RGB) -> float:
    """The contrast ratio of two opaque colours, from 1 (none) to 21 (black on white)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def over(top: RGB | RGBA, bottom: RGB) -> RGB:
    """``top`` (maybe translucent) painted over the opaque ``bottom``: what the eye sees."""
    alpha = (top[3] if len(top) == 4 else 255) / 255
    return (round(top[0] * alpha + bottom[0] * (1 - alpha)),
            round(top[1] * alpha + bottom[1] * (1 - alpha)),
            round(top[2] * alpha + bottom[2] * (1 - alpha)))


def mix(colour: RGB, toward: RGB, amount: float) -> RGB:
    return (round(colour[0] + (toward[0] - colour[0]) * amount),
            round(colour[1] + (toward[1] - colour[1]) * amount),
            round(colour[2] + (toward[2] - colour[2]) * amount))


def readable(colour: RGB, against: RGB, goal: float = TEXT) -> RGB:
    """``colour`` unchanged if it reads on ``against``; else moved toward black or white (the one
    farther from ``against``) just far enough, keeping its hue as far as it can."""
    if ratio(colour, against) >= goal:
        return colour
    extreme = BLACK if ratio(BLACK, against) >= ratio(WHITE, against) else WHITE
    for step in range(1, 51):
        moved = mix(colour, extreme, step / 50)
        if ratio(moved, against) >= goal:
            return moved
    return extreme
