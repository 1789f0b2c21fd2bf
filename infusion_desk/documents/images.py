"""Pictures: count their pages and make a small thumbnail, without trusting what they declare."""

from __future__ import annotations

import functools
import logging
import threading
import warnings
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageOps

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP
from infusion_desk.documents.flatten import (
    THUMBNAIL_MAX_HEIGHT,
    THUMBNAIL_WIDTH,
    thumbnail_bytes,
)
from infusion_desk.documents.sniff import Family, FileType

log = logging.getLogger(__name__)

# Pillow's own default, restated so that a change to the global elsewhere cannot lift it here.
PREVIEW_PIXEL_LIMIT = 89_478_485

NOTE_DAMAGED = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "This picture seems to be damaged or cut off, so it cannot be "
        "previewed. It is saved in the folder as it is.")
)
NOTE_TOO_LARGE = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "This picture is too large to preview safely. It is saved in the "
        "folder, and you can still open it with your picture viewer.")
)
NOTE_NO_HEIF = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "Photos in this format (HEIC) cannot be previewed on this computer. It "
        "is saved in the folder, and you can still open it with your photo "
        "viewer.")
)

_PILLOW_FORMATS: dict[str, tuple[str, ...]] = {
    "image/jpeg": ("JPEG", "MPO"),
    "image/png": ("PNG",),
    "image/tiff": ("TIFF",),
    "image/gif": ("GIF",),
    "image/bmp": ("BMP", "DIB"),
    "image/webp": ("WEBP",),
    "image/avif": ("AVIF",),
    "image/heic": ("HEIF",),
    "image/heif": ("HEIF",),
}
_ROTATED_ORIENTATIONS = frozenset({5, 6, 7, 8})
# warnings.catch_warnings() swaps process-wide state (until Python 3.14): one thread at a time.
_WARNINGS_LOCK = threading.Lock()
_EXIF_ORIENTATION = 0x0112


@dataclass(frozen=True)
class ImagePreview:
    page_count: int
    thumbnail: bytes | None
    note: str


def preview_image(data: bytes, file_type: FileType) -> ImagePreview:
    """Page count and thumbnail of a picture; a note instead when it cannot be shown."""
    if file_type.family is Family.HEIF and not heif_available():
        return ImagePreview(1, None, NOTE_NO_HEIF)
    formats = _PILLOW_FORMATS.get(file_type.media_type)
    try:
        with _WARNINGS_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "corrupt EXIF" and the like: the note says enough
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data), formats=formats) as image:
                if image.width * image.height > PREVIEW_PIXEL_LIMIT:
                    return ImagePreview(1, None, NOTE_TOO_LARGE)
                page_count = _page_count(image, file_type)
                thumbnail = make_thumbnail(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return ImagePreview(1, None, NOTE_TOO_LARGE)
    except Exception as exc:  # noqa: BLE001 - hostile input: Pillow's decoders raise many kinds
        log.info("picture could not be previewed: %s", type(exc).__name__)
        return ImagePreview(0, None, NOTE_DAMAGED)
    return ImagePreview(page_count, thumbnail, "")


def make_thumbnail(image: Image.Image) -> bytes:
    """A JPEG at most THUMBNAIL_WIDTH wide, turned upright by its EXIF orientation, on white."""
    image.seek(0)
    orientation = image.getexif().get(_EXIF_ORIENTATION, 1)
    if orientation in _ROTATED_ORIENTATIONS:
        box = (THUMBNAIL_MAX_HEIGHT, THUMBNAIL_WIDTH)
    else:
        box = (THUMBNAIL_WIDTH, THUMBNAIL_MAX_HEIGHT)
    image.thumbnail(box)
    upright = ImageOps.exif_transpose(image)
    return thumbnail_bytes(upright)


@functools.cache
def heif_available() -> bool:
    """Teach Pillow to read HEIC photos, once, the first time one is met."""
    try:
        from pillow_heif import register_heif_opener  # only when a photo needs it
    except ImportError:
        return False
    try:
        register_heif_opener()
    except Exception as exc:  # noqa: BLE001 - a broken native library must not stop an import
        log.warning("HEIC support could not be loaded: %s", type(exc).__name__)
        return False
    return True


def _page_count(image: Image.Image, file_type: FileType) -> int:
    if file_type.media_type != "image/tiff":
        return 1  # an animated GIF or a burst photo is still one page
    return max(1, int(getattr(image, "n_frames", 1)))
