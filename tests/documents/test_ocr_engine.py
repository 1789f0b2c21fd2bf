"""Reading page pictures: words and where they are, pages turned any way, and bad pictures that
end with a plain note instead of an error, a hang or a crash."""

from __future__ import annotations

import math
import os
import signal
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from io import BytesIO

import pytest
from ocr_fault_worker import CRASH, HANG, serve_with_faults
from ocr_samples import FONT, Page, letter_page, png, turned_box
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from infusion_desk.core.ocr import OcrPage, OcrWord, PageReader
from infusion_desk.documents import ocr_worker
from infusion_desk.documents.ocr_engine import (
    NOTE_CRASHED,
    NOTE_TOO_SLOW,
    OcrEngine,
    parse_reply,
)


@pytest.fixture(scope="module")
def ocr() -> Iterator[OcrEngine]:
    with OcrEngine() as shared:
        yield shared


@pytest.fixture(scope="module")
def letter() -> Page:
    return letter_page()


def _word(page: OcrPage, text: str) -> OcrWord:
    found = [word for word in page.words if word.text == text]
    assert found, f"{text!r} not read; read: {page.text!r}"
    return found[0]


def _assert_box_near(word: OcrWord, drawn: tuple[int, int, int, int], slack: int = 6) -> None:
    left, top, right, bottom = drawn
    assert abs(word.left - left) <= slack
    assert abs(word.top - top) <= slack
    assert abs(word.left + word.width - right) <= slack
    assert abs(word.top + word.height - bottom) <= slack


def test_the_engine_is_a_page_reader(ocr: OcrEngine) -> None:
    reader: PageReader = ocr
    assert callable(reader.read_page)


def test_words_are_read_with_their_boxes_where_they_were_drawn(
    ocr: OcrEngine, letter: Page
) -> None:
    page = ocr.read_page(letter.png())

    assert page.note == ""
    assert (page.image_width, page.image_height) == letter.image.size
    assert page.rotated_by == 0
    assert page.confidence > 80
    assert page.languages == ("eng", "spa")
    for text in ("Ocrevus", "XJH123456789", "PA-2026-011903", "approved.", "$312.45."):
        assert text in page.text.split()
    assert page.text.splitlines()[0] == "Blue Cross Blue Shield of Texas"
    for text in ("Ocrevus", "Authorization", "Smith,"):
        _assert_box_near(_word(page, text), letter.boxes[text])
    assert all(0 <= word.confidence <= 100 for word in page.words)


@pytest.mark.parametrize("degrees", [180, 90, 270])
def test_a_turned_page_is_read_upright_and_boxes_stay_on_the_picture_as_given(
    ocr: OcrEngine, letter: Page, degrees: int
) -> None:
    turned = letter.image.rotate(degrees, expand=True)  # counterclockwise

    page = ocr.read_page(png(turned))

    if degrees == 270:  # Tesseract may read a page lying this way as it is, boxes and all
        assert page.rotated_by in (0, 270)
    else:
        assert page.rotated_by == degrees  # turned back: as many degrees, clockwise
    assert (page.image_width, page.image_height) == turned.size
    assert "Ocrevus" in page.text
    assert page.text.splitlines()[0] == "Blue Cross Blue Shield of Texas"
    drawn = turned_box(letter.boxes["Ocrevus"], letter.image.size, degrees)
    _assert_box_near(_word(page, "Ocrevus"), drawn)


def test_a_crooked_scan_is_read_and_boxes_stay_on_the_crooked_picture(ocr: OcrEngine) -> None:
    straight = letter_page(dpi=300)
    degrees = 2.0
    crooked = straight.image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)

    page = ocr.read_page(png(crooked))

    assert (page.image_width, page.image_height) == crooked.size
    for text in ("Ocrevus", "XJH123456789", "PA-2026-011903"):
        assert text in page.text.split()
    # Where the word's centre went when the page was turned (counterclockwise, about its middle).
    left, top, right, bottom = straight.boxes["Ocrevus"]
    cx, cy = crooked.width / 2, crooked.height / 2
    dx, dy = (left + right) / 2 - cx, (top + bottom) / 2 - cy
    rad = math.radians(degrees)
    x = cx + dx * math.cos(rad) + dy * math.sin(rad)
    y = cy - dx * math.sin(rad) + dy * math.cos(rad)
    word = _word(page, "Ocrevus")
    assert abs(word.left + word.width / 2 - x) <= 8
    assert abs(word.top + word.height / 2 - y) <= 8


def test_a_phone_photo_turned_by_exif_is_read_in_the_frame_the_app_shows(ocr: OcrEngine) -> None:
    upright = letter_page(dpi=150)
    stored = upright.image.rotate(90, expand=True)  # as the camera saved it: sideways
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn me 90 degrees clockwise to view"
    buffer = BytesIO()
    stored.convert("RGB").save(buffer, format="JPEG", quality=90, exif=exif.tobytes())

    page = ocr.read_page(buffer.getvalue())

    assert (page.image_width, page.image_height) == upright.image.size  # shown upright
    assert page.rotated_by == 0  # EXIF already made it upright: nothing more to turn
    _assert_box_near(_word(page, "Ocrevus"), upright.boxes["Ocrevus"], slack=8)


def test_a_sparse_upside_down_page_is_still_read(ocr: OcrEngine) -> None:
    sparse = letter_page(("Approved",), dpi=150)

    page = ocr.read_page(png(sparse.image.rotate(180)))

    assert page.text == "Approved"
    assert page.rotated_by == 180


def test_a_spanish_letter_keeps_its_accents(ocr: OcrEngine) -> None:
    spanish = letter_page(
        ("Su solicitud de autorización ha sido aprobada.",
         "Número de miembro: XJH123456789. Período aprobado: 6 meses."),
        dpi=200,
    )

    page = ocr.read_page(spanish.png())

    for word in ("autorización", "aprobada.", "Número", "Período"):
        assert word in page.text.split()


def test_a_blank_page_says_no_words_were_found(ocr: OcrEngine) -> None:
    blank = Image.new("L", (1275, 1650), 255)
    ImageDraw.Draw(blank).point([(400, 500), (401, 500), (900, 1200)], fill=0)  # specks of dust

    page = ocr.read_page(png(blank))

    assert page.text == ""
    assert page.words == ()
    assert not page.has_text
    assert page.note == "No words were found on this page."
    assert (page.image_width, page.image_height) == (1275, 1650)


@pytest.mark.parametrize(
    "data",
    [b"", b"not a picture at all", png(Image.new("L", (800, 1000), 255))[:300],
     b"\x89PNG\r\n\x1a\n" + os.urandom(2000), b"\xff\xd8\xff\xe0" + b"\x00" * 64],
    ids=["empty", "text", "cut-off PNG", "PNG signature then noise", "JPEG start only"],
)
def test_a_damaged_picture_gives_an_empty_page_with_a_note(ocr: OcrEngine, data: bytes) -> None:
    page = ocr.read_page(data)

    assert page.text == ""
    assert page.note == ocr_worker.NOTE_DAMAGED


def _png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 1000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(
        b"IEND", b""
    )


def test_a_picture_declaring_too_many_pixels_is_refused_before_decoding(ocr: OcrEngine) -> None:
    page = ocr.read_page(_png_declaring(30_000, 30_000))

    assert page.text == ""
    assert page.note == ocr_worker.NOTE_TOO_LARGE


def test_a_20000_pixel_square_scan_is_read_at_a_sane_size(ocr: OcrEngine) -> None:
    huge = Image.new("1", (20_000, 20_000), 1)
    font = ImageFont.truetype(str(FONT / "DejaVuSans.ttf"), 400)
    ImageDraw.Draw(huge).text((2000, 3000), "Prior authorization approved", font=font, fill=0)

    page = ocr.read_page(png(huge))

    assert page.text == "Prior authorization approved"
    assert (page.image_width, page.image_height) == (20_000, 20_000)
    word = _word(page, "Prior")
    assert 1900 <= word.left <= 2200  # in the picture's own pixels, not the shrunk copy's
    assert 3000 <= word.top <= 3200


def test_another_alphabet_is_kept_with_a_plain_note(ocr: OcrEngine) -> None:
    arabic = letter_page(("مرحبا بكم في المستشفى الرجاء ملء النموذج",) * 12, dpi=150)

    page = ocr.read_page(arabic.png())

    assert page.note == ocr_worker.NOTE_OTHER_SCRIPT


def test_a_photo_of_a_screen_is_read_or_says_why_not(ocr: OcrEngine, letter: Page) -> None:
    # A screen photographed: grey light, scan lines, slightly out of focus, skewed, JPEG noise.
    photo = letter.image.point(lambda value: 60 + value * 0.6)
    lines = ImageDraw.Draw(photo)
    for y in range(0, photo.height, 4):
        lines.line([(0, y), (photo.width, y)], fill=90)
    photo = photo.filter(ImageFilter.GaussianBlur(1.2)).rotate(3, fillcolor=70, expand=True)
    buffer = BytesIO()
    photo.save(buffer, format="JPEG", quality=40)

    page = ocr.read_page(buffer.getvalue())

    assert page.has_text or page.note
    assert page.note in ("", ocr_worker.NOTE_HARD, ocr_worker.NOTE_BLANK)


def test_a_crash_costs_one_page_and_the_worker_is_restarted(letter: Page) -> None:
    with OcrEngine(worker=serve_with_faults) as engine:
        assert engine.read_page(letter.png()).has_text
        first = engine.worker_pid

        crashed = engine.read_page(CRASH)

        assert crashed == OcrPage(text="", note=NOTE_CRASHED)
        after = engine.read_page(letter.png())
        assert "Ocrevus" in after.text
        assert engine.worker_pid not in (None, first)


def test_a_page_that_hangs_is_stopped_at_the_time_limit(letter: Page) -> None:
    with OcrEngine(worker=serve_with_faults, timeout=0.5) as engine:
        started = time.monotonic()
        page = engine.read_page(HANG)

        assert time.monotonic() - started < 30  # stopped, not waited out (it hangs an hour)
        assert page.text == ""
        assert page.note == NOTE_TOO_SLOW
        assert "took too long" in page.note
        assert engine.worker_pid is None
        engine.timeout = 30.0
        assert "Ocrevus" in engine.read_page(letter.png()).text


def test_the_real_worker_is_stopped_on_a_tiny_limit_then_recovers(
    ocr: OcrEngine, letter: Page
) -> None:
    ocr.warm_up()
    ocr.timeout = 0.001
    try:
        assert ocr.read_page(letter.png()).note == NOTE_TOO_SLOW
    finally:
        ocr.timeout = 30.0
    assert "Ocrevus" in ocr.read_page(letter.png()).text


def test_a_worker_killed_between_pages_is_restarted_without_failing_the_page(
    ocr: OcrEngine, letter: Page
) -> None:
    ocr.warm_up()
    pid = ocr.worker_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    ocr.wait_for_worker_exit(5)  # joins the killed process; no polling

    page = ocr.read_page(letter.png())

    assert "Ocrevus" in page.text
    assert ocr.worker_pid not in (None, pid)


def test_pages_from_several_threads_take_turns(ocr: OcrEngine) -> None:
    pages = {name: letter_page((f"Letter for {name}",), dpi=150).png()
             for name in ("Alvarez", "Brennan", "Castillo")}
    results: dict[str, str] = {}

    def read(name: str) -> None:
        results[name] = ocr.read_page(pages[name]).text

    threads = [threading.Thread(target=read, args=(name,)) for name in pages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert results == {name: f"Letter for {name}" for name in pages}


def test_a_closed_engine_refuses_more_pages() -> None:
    engine = OcrEngine()
    engine.close()
    engine.close()

    with pytest.raises(RuntimeError):
        engine.read_page(b"")


@pytest.mark.parametrize(
    "raw",
    [
        b"[]",
        b'{"status": "ok"}',
        b'{"status": "ok", "text": "", "note": "", "width": -1, "height": 0, "rotated_by": 0,'
        b' "confidence": 0, "words": []}',
        b'{"status": "ok", "text": "", "note": "", "width": 1, "height": 1, "rotated_by": 45,'
        b' "confidence": 0, "words": []}',
        b'{"status": "ok", "text": "", "note": "", "width": 1, "height": 1, "rotated_by": 0,'
        b' "confidence": 101, "words": []}',
        b'{"status": "ok", "text": "a", "note": "", "width": 1, "height": 1, "rotated_by": 0,'
        b' "confidence": 0, "words": [["a", 0, 0, 1]]}',
        b'{"status": "ok", "text": "a", "note": "", "width": 1, "height": 1, "rotated_by": 0,'
        b' "confidence": 0, "words": [[1, 0, 0, 1, 1, 50]]}',
    ],
)
def test_a_reply_from_the_worker_is_checked_field_by_field(raw: bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - any malformed field is the same refusal
        parse_reply(raw)


def test_a_good_reply_becomes_a_page() -> None:
    reading = ocr_worker.Reading(
        text="Approved", words=[("Approved", 10, 20, 30, 8, 96.5)], width=100, height=200,
        rotated_by=180, confidence=96.5,
    )

    page = parse_reply(reading.reply())

    assert page == OcrPage(
        text="Approved", words=(OcrWord("Approved", 10, 20, 30, 8, 96.5),), image_width=100,
        image_height=200, rotated_by=180, confidence=96.5,
    )


def test_the_second_page_of_a_tiff_scan_is_read_by_its_index(ocr: OcrEngine) -> None:
    first = letter_page(("First page of the fax",), dpi=150).image
    second = letter_page(("Second page of the fax",), dpi=150).image
    buffer = BytesIO()
    first.save(buffer, format="TIFF", save_all=True, append_images=[second],
               compression="tiff_deflate")

    assert ocr.read_page(buffer.getvalue(), index=1).text == "Second page of the fax"
    assert ocr.read_page(buffer.getvalue()).text == "First page of the fax"
    assert ocr.read_page(buffer.getvalue(), index=2).note == ocr_worker.NOTE_DAMAGED


@pytest.mark.parametrize(("fmt", "mode"), [("JPEG", "RGB"), ("GIF", "P"), ("BMP", "1"),
                                           ("WEBP", "RGB"), ("PNG", "RGBA")])
def test_every_picture_format_of_a_scan_is_read(ocr: OcrEngine, fmt: str, mode: str) -> None:
    page = letter_page(("Prior Authorization Approval",), dpi=150).image.convert(mode)
    buffer = BytesIO()
    page.save(buffer, format=fmt)

    assert ocr.read_page(buffer.getvalue()).text == "Prior Authorization Approval"
