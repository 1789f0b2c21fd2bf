"""One way to lay a picture flat on white paper: what is see-through becomes white (not black),
deep 16-bit and floating-point greys are brought down to 8 bits, and the rest becomes RGB — for
previews, thumbnails, printing and the packet alike."""

from __future__ import annotations

from io import BytesIO

from PIL import Image

_ALPHA_MODES = ("RGBA", "LA", "PA", "RGBa", "La")
_DEEP_MODES = ("I", "I;16", "I;16B", "I;16L", "I;16N", "F")


def has_transparency(image: Image.Image) -> bool:
    """Whether some of ``image`` may be see-through (an alpha channel or a transparent colour)."""
    return image.mode in _ALPHA_MODES or (image.mode == "P" and "transparency" in image.info)


def on_white(image: Image.Image, *, keep_grey: bool = False) -> Image.Image:
    """``image`` as RGB on white; with ``keep_grey``, an opaque grey picture stays grey ("L")."""
    if has_transparency(image):
        rgba = image.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, "white")
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    if image.mode in _DEEP_MODES:
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    kept = ("RGB", "L") if keep_grey else ("RGB",)
    return image if image.mode in kept else image.convert("RGB")


# A thumbnail: a small JPEG of the first page (a few KB), at most this wide and this high.
THUMBNAIL_WIDTH = 160
THUMBNAIL_MAX_HEIGHT = 320
THUMBNAIL_QUALITY = 70


def thumbnail_bytes(image: Image.Image) -> bytes:
    """``image`` (already at most thumbnail size) on white, as the JPEG a thumbnail is kept as."""
    buffer = BytesIO()
    on_white(image).save(buffer, format="JPEG", quality=THUMBNAIL_QUALITY, optimize=True)
    return buffer.getvalue()
