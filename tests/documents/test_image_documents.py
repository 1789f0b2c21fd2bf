"""Pictures: thumbnails the right way up; damaged and oversized ones kept without a preview."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from document_samples import multipage_tiff, picture, png_declaring, rotated_jpeg
from PIL import Image

from infusion_desk.core.records import DocumentKind
from infusion_desk.documents import images, prepare_bytes


def thumbnail_of(data: bytes, name: str, today: date) -> Image.Image:
    prepared = prepare_bytes(data, name, today=today)
    assert prepared.thumbnail is not None, prepared.note
    return Image.open(BytesIO(prepared.thumbnail))


@pytest.mark.parametrize(
    ("fmt", "media_type"),
    [
        ("JPEG", "image/jpeg"),
        ("PNG", "image/png"),
        ("GIF", "image/gif"),
        ("BMP", "image/bmp"),
        ("WEBP", "image/webp"),
        ("TIFF", "image/tiff"),
    ],
)
def test_pictures_get_a_thumbnail(fmt: str, media_type: str, today: date) -> None:
    data = picture(fmt, (1000, 800))

    prepared = prepare_bytes(data, "IMG_4410.dat", today=today)

    assert prepared.document.media_type == media_type
    assert prepared.document.preview_ok
    assert prepared.document.page_count == 1
    assert prepared.pages == ()
    assert prepared.document.text == ""
    assert prepared.note == ""
    assert prepared.document.title == "IMG 4410"
    assert prepared.thumbnail is not None
    with Image.open(BytesIO(prepared.thumbnail)) as thumbnail:
        assert thumbnail.format == "JPEG"
        assert thumbnail.size == (160, 128)
    assert len(prepared.thumbnail) < 8_000


def test_the_first_bytes_win_over_the_extension(today: date) -> None:
    prepared = prepare_bytes(picture("PNG"), "insurance card.jpg", today=today)

    assert prepared.document.media_type == "image/png"
    assert prepared.document.kind is DocumentKind.PLAN_DOCUMENT
    assert prepared.document.preview_ok


def test_exif_orientation_is_honoured(today: date) -> None:
    with thumbnail_of(rotated_jpeg(), "phone photo.jpg", today) as thumbnail:
        assert thumbnail.size == (107, 320)  # 600x200 turned upright is 200x600


def test_transparent_pictures_sit_on_white(today: date) -> None:
    with thumbnail_of(picture("PNG", mode="RGBA"), "logo.png", today) as thumbnail:
        assert thumbnail.mode == "RGB"
        red, green, _blue = thumbnail.getpixel((5, 5))  # type: ignore[misc]
        assert red > green > 100  # half-transparent red over white is pink


def test_sixteen_bit_scans_get_a_thumbnail(today: date) -> None:
    with thumbnail_of(picture("PNG", mode="I;16"), "scan.png", today) as thumbnail:
        assert thumbnail.mode == "RGB"


def test_a_multipage_tiff_counts_its_pages(today: date) -> None:
    prepared = prepare_bytes(multipage_tiff(3), "fax.tif", today=today)

    assert prepared.document.media_type == "image/tiff"
    assert prepared.document.page_count == 3
    assert prepared.thumbnail is not None


def test_a_truncated_jpeg_is_kept_without_a_preview(today: date) -> None:
    whole = picture("JPEG", (800, 600), quality=95)
    cut = whole[: len(whole) // 2]

    prepared = prepare_bytes(cut, "scan.jpg", today=today)

    assert prepared.data == cut
    assert prepared.document.media_type == "image/jpeg"
    assert not prepared.document.preview_ok
    assert prepared.thumbnail is None
    assert prepared.note == images.NOTE_DAMAGED


def test_a_decompression_bomb_is_kept_without_being_decoded(today: date) -> None:
    bomb = png_declaring(100_000, 100_000)

    prepared = prepare_bytes(bomb, "bomb.png", today=today)

    assert len(bomb) < 200
    assert prepared.data == bomb
    assert not prepared.document.preview_ok
    assert prepared.note == images.NOTE_TOO_LARGE


def test_pillows_bomb_warning_counts_as_too_large(
    today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # 50x30 = 1500: over 1x, a mere warning

    prepared = prepare_bytes(picture("PNG", (50, 30)), "big.png", today=today)

    assert prepared.note == images.NOTE_TOO_LARGE


def test_heic_photos_are_previewed(today: date) -> None:
    pytest.importorskip("pillow_heif")
    assert images.heif_available()
    data = picture("HEIF", (480, 360))

    prepared = prepare_bytes(data, "IMG_0001.HEIC", today=today)

    assert prepared.document.media_type == "image/heic"
    assert prepared.document.preview_ok
    assert prepared.thumbnail is not None


def test_heic_photos_without_support_are_still_kept(
    today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pillow_heif")
    data = picture("HEIF", (48, 36))
    monkeypatch.setattr(images, "heif_available", lambda: False)

    prepared = prepare_bytes(data, "IMG_0002.heic", today=today)

    assert prepared.document.media_type == "image/heic"
    assert not prepared.document.preview_ok
    assert prepared.note == images.NOTE_NO_HEIF


def test_other_files_are_stored_as_they_are(today: date) -> None:
    data = b"PK\x03\x04 pretend this is a word-processor file"

    prepared = prepare_bytes(data, "appeal draft.docx", today=today)

    assert prepared.document.media_type.endswith("wordprocessingml.document")
    assert not prepared.document.preview_ok
    assert prepared.note == "This file can be opened but not previewed."
    assert prepared.document.kind is DocumentKind.PLAN_LETTER
    unknown = prepare_bytes(b"\x00\x01\x02", "mystery", today=today)
    assert unknown.document.media_type == "application/octet-stream"
