"""A page picture made easier to read, in the OCR worker: ruled lines and streaks taken away, the
page turned straight, specks taken away. Pillow only; every step works on a grey picture of
about 300 dpi (:mod:`infusion_desk.documents.ocr_picture` makes it) and keeps its size.

Why each step (measured on the project's labelled letters, ``infusion-desk ocr-accuracy``):

* **Lines.** A fax machine's dirty glass draws a streak down the whole page; statements and
  notices print their tables in ruled grids. Tesseract takes a long vertical line for a column
  edge and cuts every word it crosses in two, and reads grid lines as ``|``, ``l`` or ``1``
  beside the numbers. A line is ink that runs on, nearly unbroken, for half an inch (an inch
  across) with paper on both sides of it a few pixels away — text never does — and is painted
  paper colour; where a letter's stroke crossed it, the stroke is joined again.
* **Straight.** A crooked page (scanner, copier, fax) is turned straight by the angle whose
  rows of ink stand out most sharply (a projection profile, on a small copy with its lines
  taken away first, since a fax's streaks are straight while its text is not). Straight rows
  keep table rows apart, and the grid lines become straight, so they are found and taken away.
* **Specks.** A photocopier's dust and toner specks read as full stops and commas inside
  numbers. A 3 x 3 median takes dots of one or two pixels away and leaves type whole; it costs
  about half a second, so :func:`despeckle` is only for a page that read poorly.

:func:`unskew_point` maps a word's box back to the picture before turning.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter

MAX_SKEW = 4.0  # degrees: a page fed crooked by more than this is not straightened
MIN_SKEW = 0.15  # degrees: less than this is straight enough to read
SKEW_SIDE = 900  # long side of the copy the angle is found on
_SKEW_STEP = 0.2
_RESAMPLE = Image.Resampling.BICUBIC
_SKEW_FINE = 0.05
_LINE_COVER = 245  # of 255: a line's run is this nearly unbroken
_PAPER_BESIDE = 100  # of 255: beside a line there is at most this much ink


@dataclass(frozen=True)
class Cleaned:
    """The picture to read, and the angle (degrees, counterclockwise) it was turned by."""

    image: Image.Image
    angle: float = 0.0


def clean(image: Image.Image, dpi: int) -> Cleaned:
    """``image`` (grey) without its ruled lines and streaks, turned straight."""
    threshold = otsu(image)
    image = remove_lines(image, dpi, threshold)
    angle = skew_angle(image, threshold)
    if abs(angle) < MIN_SKEW:
        return Cleaned(image)
    straight = image.rotate(angle, resample=_RESAMPLE,
                            fillcolor=paper_level(image))
    return Cleaned(remove_lines(straight, dpi, threshold), angle)


def despeckle(image: Image.Image) -> Image.Image:
    """``image`` without the dots of one or two pixels that dust and toner leave."""
    return image.filter(ImageFilter.MedianFilter(3))


def unskew_point(x: float, y: float, angle: float, width: int, height: int) -> tuple[float, float]:
    """A point of the picture after :func:`clean` turned it by ``angle``, in the picture before."""
    if not angle:
        return x, y
    # Image.rotate turns counterclockwise about the centre, y pointing down: undo that.
    rad = math.radians(angle)
    cx, cy = width / 2, height / 2
    dx, dy = x - cx, y - cy
    return (cx + dx * math.cos(rad) - dy * math.sin(rad),
            cy + dx * math.sin(rad) + dy * math.cos(rad))


# ---------------------------------------------------------------------------------- levels

def otsu(image: Image.Image) -> int:
    """The grey level that best splits ink from paper (Otsu's method on the histogram)."""
    hist = image.histogram()[:256]
    total = sum(hist)
    weighted = sum(level * count for level, count in enumerate(hist))
    below = below_sum = 0
    best, threshold = -1.0, 128
    for level, count in enumerate(hist):
        below += count
        if not below:
            continue
        above = total - below
        if not above:
            break
        below_sum += level * count
        gap = below_sum / below - (weighted - below_sum) / above
        between = below * above * gap * gap
        if between > best:
            best, threshold = between, level
    return threshold


def paper_level(image: Image.Image) -> int:
    """The grey of the paper: the level that nine tenths of the picture is darker than or as
    dark as (a page is mostly paper)."""
    hist = image.histogram()[:256]
    wanted, seen = 0.9 * sum(hist), 0
    for level, count in enumerate(hist):
        seen += count
        if seen >= wanted:
            return level
    return 255


def ink_level(image: Image.Image, threshold: int) -> int:
    """The grey of the ink: the middle level of everything darker than ``threshold``."""
    hist = image.histogram()[: threshold + 1]
    wanted, seen = sum(hist) / 2, 0
    for level, count in enumerate(hist):
        seen += count
        if seen >= wanted:
            return level
    return 0


def _ink(image: Image.Image, threshold: int) -> Image.Image:
    return image.point([255 if level <= threshold else 0 for level in range(256)])


def _any(level: int) -> int:
    return 255 if level else 0


def _shifted(image: Image.Image, dx: int, dy: int) -> Image.Image:
    out = Image.new("L", image.size, 0)
    out.paste(image, (dx, dy))
    return out


# ----------------------------------------------------------------------------------- lines

def line_mask(ink: Image.Image, dpi: int, *, vertical: bool) -> Image.Image:
    """255 where ``ink`` (255 = ink) lies on a long, thin, straight line along one axis, and
    one pixel each side of it (its grey edge)."""
    gap = max(2, round(dpi / 30))  # breaks in a dotted or faxed line up to ~1/30 inch bridged
    reach = max(3, round(dpi * (0.25 if vertical else 0.5) / gap))  # half the run, in steps
    side = max(3, round(dpi / 38))  # where paper must be, each side of the line
    if vertical:
        steps = ink.reduce((1, gap)).point(_any)
        run, across = (0, reach), (1, 0)
    else:
        steps = ink.reduce((gap, 1)).point(_any)
        run, across = (reach, 0), (0, 1)
    cover = steps.filter(ImageFilter.BoxBlur(run))
    line = cover.point([255 if level >= _LINE_COVER else 0 for level in range(256)])
    paper = cover.point([255 if level < _PAPER_BESIDE else 0 for level in range(256)])
    if vertical:
        beside = ImageChops.darker(_shifted(paper, side, 0), _shifted(paper, -side, 0))
    else:
        beside = ImageChops.darker(_shifted(paper, 0, side), _shifted(paper, 0, -side))
    line = ImageChops.darker(line, beside)
    if line.getbbox() is None:
        return Image.new("L", ink.size, 0)
    line = line.filter(ImageFilter.BoxBlur(run)).point(_any)  # the whole run, ends too
    line = ImageChops.darker(line.filter(ImageFilter.BoxBlur(across)).point(_any),
                             steps.filter(ImageFilter.BoxBlur(across)).point(_any))
    return line.resize(ink.size, Image.Resampling.NEAREST)


def remove_lines(image: Image.Image, dpi: int, threshold: int) -> Image.Image:
    """``image`` with its long straight lines painted paper colour; strokes of letters that
    crossed a line are joined again."""
    ink = _ink(image, threshold)
    paper, dark = paper_level(image), ink_level(image, threshold)
    reach = max(2, round(dpi / 100))  # gaps up to about twice this wide are joined
    out = image
    for vertical in (True, False):
        mask = line_mask(ink, dpi, vertical=vertical)
        if mask.getbbox() is None:
            continue
        if out is image:
            out = image.copy()
        out.paste(paper, mask=mask)
        across = (reach, 0) if vertical else (0, reach)
        for box in _runs(mask, vertical, margin=2 * reach + 1):
            left = _ink(out.crop(box), threshold)
            grown = left.filter(ImageFilter.BoxBlur(across)).point(_any)
            joined = grown.filter(ImageFilter.BoxBlur(across)).point(
                [255 if level == 255 else 0 for level in range(256)])
            out.paste(dark, box[:2], mask=ImageChops.darker(joined, mask.crop(box)))
    return out


def _runs(mask: Image.Image, vertical: bool, margin: int) -> Iterator[tuple[int, int, int, int]]:
    """A box around each band of the mask (columns for vertical lines, rows otherwise)."""
    width, height = mask.size
    size = (width, 1) if vertical else (1, height)
    profile = mask.resize(size, Image.Resampling.BOX).tobytes()
    start = None
    for index, level in enumerate([*profile, 0]):
        if level and start is None:
            start = index
        elif not level and start is not None:
            low, high = max(0, start - margin), min(len(profile), index + margin)
            band = (low, 0, high, height) if vertical else (0, low, width, high)
            inside = mask.crop(band).getbbox()
            start = None
            if inside is None:
                continue
            if vertical:
                yield low, max(0, inside[1] - margin), high, min(height, inside[3] + margin)
            else:
                yield max(0, inside[0] - margin), low, min(width, inside[2] + margin), high


# ------------------------------------------------------------------------------------ skew

def skew_angle(image: Image.Image, threshold: int) -> float:
    """Degrees (counterclockwise) that make the rows of text on ``image`` level (0.0 for a
    page straight enough)."""
    small = image.copy()
    small.thumbnail((SKEW_SIDE, SKEW_SIDE), Image.Resampling.BILINEAR)
    dpi = max(20, round(max(small.size) / 11))
    ink = _ink(small, threshold)
    for vertical in (True, False):  # a fax's streaks are level whatever the text does
        ink = ImageChops.subtract(ink, line_mask(ink, dpi, vertical=vertical))
    if ink.getbbox() is None:
        return 0.0

    def sharpness(angle: float) -> int:
        turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        return sum((b - a) ** 2 for a, b in itertools.pairwise(rows))

    coarse = [i * _SKEW_STEP for i in range(-round(MAX_SKEW / _SKEW_STEP),
                                            round(MAX_SKEW / _SKEW_STEP) + 1)]
    score, best = max((sharpness(a), a) for a in coarse)
    fine = [best + i * _SKEW_FINE for i in range(-3, 4) if i]
    score, best = max([(score, best), *((sharpness(a), a) for a in fine)])
    if abs(best) < MIN_SKEW:
        return 0.0
    return round(best, 2)
