"""One page of a stored picture, decoded for showing or printing. No Qt.

The same care as for thumbnails: the decoder is told which format to expect, a picture that
declares more pixels than is safe is refused, it is turned upright by its EXIF orientation and
drawn on white. Multi-page TIFF scans give one page each.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from io import BytesIO

from PIL import Image

from infusion_desk.documents.flatten import on_white
from infusion_desk.documents.images import (
    _PILLOW_FORMATS,
    _WARNINGS_LOCK,
    PREVIEW_PIXEL_LIMIT,
    heif_available,
)
from infusion_desk.documents.sniff import Family, sniff

log = logging.getLogger(__name__)

_EXIF_ORIENTATION = 0x0112
# EXIF orientation -> the turn that makes the picture upright (as ImageOps.exif_transpose does).
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class PicturePage:
    """RGB pixels, three bytes each, rows packed (``width * 3`` bytes per row)."""

    width: int
    height: int
    rgb: bytes
    page_count: int
    full_width: int  # the picture's own size, upright, before any shrinking
    full_height: int


def picture_page(
    data: bytes, name: str, index: int = 0, *, max_width: int | None = None
) -> PicturePage | None:
    """Page ``index`` of a picture, at most ``max_width`` pixels wide; None if it cannot be shown.

    ``name`` is the file's name (only a fallback for telling its type).
    """
    file_type = sniff(data, name)
    if file_type.family not in (Family.IMAGE, Family.HEIF):
        return None
    if file_type.family is Family.HEIF and not heif_available():
        return None
    formats = _PILLOW_FORMATS.get(file_type.media_type)
    try:
        with _WARNINGS_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data), formats=formats) as image:
                if image.width * image.height > PREVIEW_PIXEL_LIMIT:
                    return None
                count = _page_count(image, file_type.media_type)
                if not 0 <= index < count:
                    return None
                image.seek(index)
                turned = image.getexif().get(_EXIF_ORIENTATION, 1) in (5, 6, 7, 8)
                full = (image.height, image.width) if turned else (image.width, image.height)
                upright = _decoded(image, max_width)
    except Exception as exc:  # noqa: BLE001 - hostile input: Pillow's decoders raise many kinds
        log.info("picture page could not be decoded: %s", type(exc).__name__)
        return None
    return PicturePage(upright.width, upright.height, upright.tobytes(), count, *full)


def _decoded(image: Image.Image, max_width: int | None) -> Image.Image:
    orientation = image.getexif().get(_EXIF_ORIENTATION, 1)
    turned = orientation in (5, 6, 7, 8)
    if max_width is not None and max_width > 0:
        # The width the picture will have once upright decides how small it may be decoded.
        side = image.height if turned else image.width
        if side > max_width:
            factor = max_width / side
            size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
            if image.format == "JPEG":
                image.draft("RGB", size)  # decode at a fraction of the size: much faster
            image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
        else:
            image.load()
    else:
        image.load()
    method = _TRANSPOSE.get(orientation)
    upright = image.transpose(method) if method is not None else image
    return on_white(upright)


def _page_count(image: Image.Image, media_type: str) -> int:
    if media_type != "image/tiff":
        return 1
    return max(1, int(getattr(image, "n_frames", 1)))
