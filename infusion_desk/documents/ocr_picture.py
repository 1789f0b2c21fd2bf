"""Page pictures made ready for Tesseract, in the OCR worker: decoded, shrunk, made grey and
turned (see :mod:`infusion_desk.documents.ocr_worker`, which reads them).

1. The picture is decoded with Pillow's decompression-bomb guard set on purpose to
   :data:`MAX_SOURCE_PIXELS` (a picture declaring more pixels is refused with a note), turned
   upright by its EXIF orientation (as the app shows it) and laid on white, in grey.
2. It is scaled down to at most :data:`MAX_READ_SIDE` pixels on its long side (about 400 dpi for
   a Letter page; a JPEG is decoded at a fraction of its size directly); a small one is read at
   twice its size (:data:`LOW_RES_SIDE`). A black-and-white one (a fax) is then softened a
   little (:data:`BILEVEL_BLUR`).

:func:`rotated` and :func:`unturn_point` turn a page for reading and map a word's box back.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageFilter

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP
from infusion_desk.documents.flatten import on_white

# Pillow's bomb guard, set on purpose: a picture may declare up to about 20,500 x 20,500 pixels
# (a poster scanned at 600 dpi); more is refused before any pixel is decoded. A non-JPEG picture
# that large is decoded whole once (up to ~1.7 GB for a 4-channel one) before it is shrunk.
MAX_SOURCE_PIXELS = 420_000_000
MAX_READ_SIDE = 4400  # long side read: 400 dpi for a Letter page; finer costs time, not words
# A picture whose long side is shorter than this (a 150-200 dpi fax, a small scan) is read at twice
# its size: Tesseract reads small type far better at about 300 dpi (hard faxes of the accuracy
# set, small table type and streaks: word recall 0.67 -> 0.75, at about 0.5 s more a page).
LOW_RES_SIDE = 2500
# A black-and-white picture (a fax) is softened a little once it is at reading size, so that its
# stair-step edges turn grey and Tesseract's own threshold draws smooth letters from them (the
# accuracy set's faxes: word recall 0.89 -> 0.91).
BILEVEL_BLUR = 0.8
_FORMATS = ("PNG", "JPEG", "MPO", "TIFF", "GIF", "BMP", "DIB", "WEBP", "AVIF", "HEIF", "PPM")

NOTE_DAMAGED = QT_TRANSLATE_NOOP(
    "DocumentNotes",
    "This picture could not be read: it seems to be damaged, or it is not "
    "a picture.")
NOTE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "DocumentNotes",
    "This picture is too large to read. It is kept as it is.")


class PictureRefusedError(Exception):
    """The picture cannot be read; ``note`` says why in plain words."""

    def __init__(self, note: str) -> None:
        super().__init__(note)
        self.note = note


@dataclass(frozen=True)
class Picture:
    """The picture to read (grey, upright as shown, maybe shrunk) and the size it is shown at."""

    image: Image.Image
    full_width: int
    full_height: int


def decode(data: bytes, index: int) -> Picture:
    """Frame ``index`` of the picture in ``data``, ready to read. PictureRefusedError for one too
    large or empty; whatever Pillow raises for a damaged one (hostile input: many kinds)."""
    Image.MAX_IMAGE_PIXELS = MAX_SOURCE_PIXELS  # this process reads nothing else
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(BytesIO(data), formats=_formats())
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise PictureRefusedError(NOTE_TOO_LARGE) from None
        with image:
            if index:
                image.seek(index)
            width, height = image.size
            if width <= 0 or height <= 0:
                raise PictureRefusedError(NOTE_DAMAGED)
            factor = min(1.0, MAX_READ_SIDE / max(width, height))
            if max(width, height) < LOW_RES_SIDE:
                factor = 2.0
            size = (max(1, round(width * factor)), max(1, round(height * factor)))
            if factor < 1.0 and image.format in ("JPEG", "MPO"):
                image.draft("L", size)  # decode at 1/2, 1/4 or 1/8 of the size: much faster
            image.load()
            orientation = image.getexif().get(_EXIF_ORIENTATION, 1)
            bilevel = _bilevel(image)
            if image.mode in ("RGB", "L"):
                flat = _shrunk(image, size).convert("L")  # shrink first: no big grey copy
            else:
                flat = _shrunk(_grey(image), size)
            if bilevel:
                flat = flat.filter(ImageFilter.GaussianBlur(BILEVEL_BLUR))
    method = _EXIF_TRANSPOSE.get(orientation)
    upright = flat.transpose(method) if method is not None else flat
    full = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    return Picture(upright, *full)


def _bilevel(image: Image.Image) -> bool:
    """Black and white only, as a fax machine sends a page (mode "1", or grey with two levels)."""
    if image.mode == "1":
        return True
    if image.mode != "L":
        return False
    return sum(1 for count in image.histogram() if count) <= 2


def _grey(image: Image.Image) -> Image.Image:
    """Grey on white, without ever making a colour copy of a black-and-white or grey scan."""
    if image.mode == "1" or (image.mode == "P" and "transparency" not in image.info):
        return image.convert("L")
    return on_white(image, keep_grey=True).convert("L")


def _shrunk(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    if image.size == size:
        return image
    whole = min(image.width // size[0], image.height // size[1])
    if whole >= 2:
        image = image.reduce(whole)  # a quick box average first: a 20000 px scan in 0.3 s
    return image if image.size == size else image.resize(size, Image.Resampling.LANCZOS)


def _formats() -> tuple[str, ...]:
    from infusion_desk.documents.images import heif_available

    heif_available()  # registers the HEIC reader when pillow-heif is there
    Image.init()  # every Pillow reader loaded, so each format named below can be tried
    return tuple(name for name in _FORMATS if name in Image.OPEN)


_EXIF_ORIENTATION = 0x0112
# EXIF orientation -> the turn that makes the picture upright (as ImageOps.exif_transpose does).
_EXIF_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_TRANSPOSE = {
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_270,
}


def rotated(image: Image.Image, turn: int) -> Image.Image:
    """``image`` turned ``turn`` degrees counterclockwise."""
    method = _TRANSPOSE.get(turn)
    return image.transpose(method) if method is not None else image


def unturn_point(x: float, y: float, turn: int, width: int, height: int) -> tuple[float, float]:
    """A point of the picture turned ``turn`` degrees counterclockwise, back in the picture
    before the turn (``width`` x ``height``)."""
    if turn == 90:
        return width - y, x
    if turn == 180:
        return width - x, height - y
    if turn == 270:
        return y, height - x
    return x, y
