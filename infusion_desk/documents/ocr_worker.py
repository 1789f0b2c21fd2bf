"""The OCR worker: the only code that runs Tesseract, in its own process.

Tesseract is native code that a strange picture can make slow (or, rarely, crash), so it never
runs in the app's process. :class:`~infusion_desk.documents.ocr_engine.OcrEngine` starts
:func:`serve` in a child process and talks to it over a pipe, one page at a time:

* request: a JSON header (``op`` "read", ``index`` the frame of a multi-page TIFF), then the
  picture's bytes;
* reply: one JSON object (``status``, ``text``, ``words`` as ``[text, left, top, width, height,
  confidence]`` lists, ``width``, ``height``, ``rotated_by``, ``confidence``, ``note``).

Replies are JSON, never pickles: a worker taken over by a hostile picture cannot run code in the
app by what it sends back, and the engine checks every field.

How a page is read:

1. The picture is decoded, turned upright as the app shows it, made grey on white and scaled to
   a size Tesseract reads well (:mod:`infusion_desk.documents.ocr_picture`; a picture too large
   to read is refused there with a note).
2. Its ruled lines and streaks are taken away and a crooked page is turned straight
   (:mod:`infusion_desk.documents.ocr_cleanup`).
3. The ``eng+spa`` models read it. Most pages are upright and read well: done.
4. Otherwise Tesseract's orientation detection (``osd.traineddata``, on a copy of about 150
   dpi) says whether the page lies sideways or upside down, and in which alphabet; the page is
   read again turned upright and the better reading kept. When detection fails (a sparse page)
   the page is read once more upside down instead.
5. A page still read with a mean word confidence under :data:`SPECKLED_CONFIDENCE` (a
   photocopy's specks, a fax's ragged type) is read once more, the right way up, after a 3 x 3
   median, and the reading Tesseract is surer of is kept.
6. Each word's box is mapped back to the picture as shown. (Tesseract itself may read a page
   that lies sideways well; it is then kept as read, its boxes right, ``rotated_by`` 0.)
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP
from infusion_desk.documents.ocr_cleanup import clean, despeckle, unskew_point
from infusion_desk.documents.ocr_picture import (  # its two notes are the worker's too
    NOTE_DAMAGED,
    NOTE_TOO_LARGE,
    Picture,
    PictureRefusedError,
    decode,
    rotated,
    unturn_point,
)
from infusion_desk.documents.worker_process import READY, harden_process

if TYPE_CHECKING:
    from tesserocr import PyTessBaseAPI

log = logging.getLogger(__name__)

TESSDATA = Path(__file__).resolve().parent.parent / "resources" / "tessdata"
LANGUAGES = ("eng", "spa")

OSD_SIDE = 1700  # long side for orientation detection: about 150 dpi for a Letter page
MEMORY_LIMIT_BYTES = 4 * 1024**3
MIN_ORIENTATION_CONFIDENCE = 2.0
POOR_CONFIDENCE = 60.0  # mean word confidence below which a page counts as hard to read
SPECKLED_CONFIDENCE = 90.0  # read worse than this, a page is read again without its specks
GOOD_CONFIDENCE = 80.0  # a page read as well as this, with MIN_WORDS, is not turned
MIN_WORDS = 3
_LATIN_SCRIPTS = frozenset({"Latin", "Common"})

STATUS_OK = "ok"

NOTE_BLANK = QT_TRANSLATE_NOOP("DocumentNotes", "No words were found on this page.")
NOTE_UNREADABLE = QT_TRANSLATE_NOOP(
    "DocumentNotes", "This page could not be read. It is kept as it is.")
NOTE_HARD = QT_TRANSLATE_NOOP(
    "DocumentNotes",
    "Some words on this page were hard to read. Check them against the "
    "picture.")
NOTE_OTHER_SCRIPT = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "This page seems to be written in another alphabet. Only English and "
        "Spanish words are read, so its words may be missing or wrong.")
)


@dataclass(frozen=True)
class Job:
    op: str
    index: int
    data: bytes


@dataclass
class Reading:
    """One page read, in the frame of the picture as the app shows it."""

    text: str = ""
    words: list[tuple[str, int, int, int, int, float]] = field(default_factory=list)
    width: int = 0
    height: int = 0
    rotated_by: int = 0
    confidence: float = 0.0
    note: str = ""

    def reply(self) -> bytes:
        return json.dumps(
            {
                "status": STATUS_OK,
                "text": self.text,
                "words": [list(word) for word in self.words],
                "width": self.width,
                "height": self.height,
                "rotated_by": self.rotated_by,
                "confidence": self.confidence,
                "note": self.note,
            }
        ).encode("utf-8")


def serve(conn: Connection, *, before_job: Callable[[Job], None] | None = None) -> None:
    """Read pages until told to quit or until the app goes away. Runs in the child process.

    ``before_job`` is a seam for tests that need a worker which crashes or hangs on cue.
    """
    # Tesseract built with OpenMP is twice as slow on two cores unless held to one thread; the
    # variable is read when the library loads, so it is set before tesserocr is imported.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    harden_process(MEMORY_LIMIT_BYTES)
    reader = PageReading()  # loads Tesseract once: the first call costs 0.1-0.3 s
    conn.send_bytes(READY)
    while True:
        try:
            job = _receive_job(conn)
        except (EOFError, OSError, ValueError):
            return  # the app closed the pipe (or died): nothing left to do
        if job is None:
            return
        if before_job is not None:
            before_job(job)
        reading = reader.read(job.data, job.index)
        try:
            conn.send_bytes(reading.reply())
        except (OSError, ValueError):
            return


def _receive_job(conn: Connection) -> Job | None:
    header = json.loads(conn.recv_bytes())
    if not isinstance(header, dict) or header.get("op") != "read":
        return None
    index = header.get("index", 0)
    data = conn.recv_bytes()
    return Job("read", index if isinstance(index, int) and index >= 0 else 0, data)


# ------------------------------------------------------------------------------ the reading


@dataclass(frozen=True)
class _Orientation:
    turn: int  # counterclockwise degrees that make the page upright (0, 90, 180, 270)
    sure: bool  # detection worked and was confident
    script: str  # the writing system it saw ("Latin", "Arabic", "Han" ...), "" if unknown


@dataclass
class _Words:
    """What Tesseract read from one (turned) picture, boxes in that picture's pixels."""

    lines: list[list[tuple[str, tuple[int, int, int, int], float]]]
    confidence: float

    @property
    def count(self) -> int:
        return sum(len(line) for line in self.lines)


class PageReading:
    """One Tesseract for reading (``eng+spa``) and one for orientation (``osd``), kept alive."""

    def __init__(
        self, tessdata: Path = TESSDATA, languages: tuple[str, ...] = LANGUAGES
    ) -> None:
        from tesserocr import OEM, PSM, PyTessBaseAPI

        # The path is always given: a tessdata folder installed on the computer is never used.
        path = str(tessdata)
        self._api: PyTessBaseAPI = PyTessBaseAPI(
            path=path, lang="+".join(languages), psm=PSM.AUTO, oem=OEM.LSTM_ONLY
        )
        # Orientation needs the legacy engine of osd.traineddata. (Asking the eng+spa LSTM-only
        # API for it aborts the process in Tesseract 5.5, so it gets an API of its own.)
        self._osd: PyTessBaseAPI = PyTessBaseAPI(
            path=path, lang="osd", psm=PSM.OSD_ONLY, oem=OEM.TESSERACT_ONLY
        )

    def read(self, data: bytes, index: int = 0) -> Reading:
        """Read one picture; never raises for a bad picture (the reading's note says why)."""
        try:
            picture = decode(data, index)
        except PictureRefusedError as refused:
            return Reading(note=refused.note)
        except MemoryError:
            return Reading(note=NOTE_TOO_LARGE)
        except Exception as exc:  # noqa: BLE001 - hostile input: Pillow's decoders raise many kinds
            log.info("picture could not be decoded: %s", type(exc).__name__)
            return Reading(note=NOTE_DAMAGED)
        try:
            return self._read_picture(picture)
        except MemoryError:
            return Reading(note=NOTE_TOO_LARGE)
        except RuntimeError as exc:  # Tesseract said no (tesserocr raises RuntimeError)
            log.info("page could not be read: %s", type(exc).__name__)
            return Reading(note=NOTE_UNREADABLE)

    def _read_picture(self, picture: Picture) -> Reading:
        cleaned = clean(picture.image, _likely_dpi(picture.image))
        image = cleaned.image
        words = self._recognise(image)
        turn = 0
        orientation = _Orientation(0, sure=False, script="")
        if words.count < MIN_WORDS or words.confidence < GOOD_CONFIDENCE:
            # Read poorly: the page may lie sideways or upside down, or be in another alphabet.
            # (Detection costs a quarter of a second, so a page read well as given skips it.)
            orientation = self._orientation(image)
            if orientation.sure and orientation.turn:
                turned = self._recognise(rotated(image, orientation.turn))
                if turned.count and turned.confidence >= words.confidence:
                    words, turn = turned, orientation.turn
            elif not orientation.sure:
                # A sparse page that detection could not place: try it upside down once.
                flipped = self._recognise(rotated(image, 180))
                if flipped.count and flipped.confidence > words.confidence + 10:
                    words, turn = flipped, 180
        if words.count >= MIN_WORDS and words.confidence < SPECKLED_CONFIDENCE:
            # Still read poorly, the right way up: specks of dust and toner, or a fax's ragged
            # type, read as marks inside words and numbers. Once more without them.
            again = self._recognise(despeckle(rotated(image, turn)))
            if again.confidence > words.confidence:
                words = again
        reading = _in_picture_frame(words, turn, cleaned.angle, picture)
        reading.note = _note(words, orientation)
        return reading

    def _orientation(self, image: Image.Image) -> _Orientation:
        small = image
        if max(image.size) > OSD_SIDE:
            small = image.copy()
            small.thumbnail((OSD_SIDE, OSD_SIDE), Image.Resampling.BILINEAR)
        try:
            self._osd.SetImage(small)
            found: dict[str, Any] | None = self._osd.DetectOrientationScript()
        except RuntimeError:
            found = None  # "too few characters": a sparse or blank page
        finally:
            self._osd.Clear()
        if not found:
            return _Orientation(0, sure=False, script="")
        degrees = int(found.get("orient_deg", 0)) % 360
        sure = float(found.get("orient_conf", 0.0)) >= MIN_ORIENTATION_CONFIDENCE
        script = str(found.get("script_name", "")) if found.get("script_conf", 0) else ""
        return _Orientation(degrees if sure and degrees in (90, 180, 270) else 0, sure, script)

    def _recognise(self, image: Image.Image) -> _Words:
        from tesserocr import RIL, iterate_level

        api = self._api
        api.SetImage(image)
        api.SetSourceResolution(_likely_dpi(image))
        lines: list[list[tuple[str, tuple[int, int, int, int], float]]] = []
        try:
            api.Recognize()
            iterator = api.GetIterator()
            if iterator is not None:
                for word in iterate_level(iterator, RIL.WORD):
                    try:
                        text = (word.GetUTF8Text(RIL.WORD) or "").strip()
                    except RuntimeError:
                        continue  # "No text returned": an empty page has one empty word
                    confidence = min(100.0, max(0.0, float(word.Confidence(RIL.WORD))))
                    if not text or _is_speck(text, confidence):
                        continue
                    if not lines or word.IsAtBeginningOf(RIL.TEXTLINE):
                        lines.append([])
                    lines[-1].append((text, word.BoundingBox(RIL.WORD), confidence))
        finally:
            api.Clear()
        lines = [line for line in lines if line]
        confidences = [confidence for line in lines for _, _, confidence in line]
        mean = sum(confidences) / len(confidences) if confidences else 0.0
        return _Words(lines, mean)


def _is_speck(text: str, confidence: float) -> bool:
    """Dust, a fold or a staple read as a mark: no letter or digit and little confidence."""
    return not any(ch.isalnum() for ch in text) and confidence < POOR_CONFIDENCE


def _likely_dpi(image: Image.Image) -> int:
    # Most pages are Letter or A4: the long side is 11 to 11.7 inches.
    return max(70, min(600, round(max(image.size) / 11)))


def _in_picture_frame(words: _Words, turn: int, angle: float, picture: Picture) -> Reading:
    """Words and boxes mapped from the turned, straightened, shrunk picture to the picture as
    shown."""
    width, height = picture.image.size
    scale_x = picture.full_width / width
    scale_y = picture.full_height / height
    placed: list[tuple[str, int, int, int, int, float]] = []
    for line in words.lines:
        for text, (x1, y1, x2, y2), confidence in line:
            corners = [unskew_point(*unturn_point(x, y, turn, width, height), angle, width,
                                    height) for x in (x1, x2) for y in (y1, y2)]
            xs, ys = [x for x, _ in corners], [y for _, y in corners]
            left = math.floor(min(xs) * scale_x)
            top = math.floor(min(ys) * scale_y)
            right = math.ceil(max(xs) * scale_x)
            bottom = math.ceil(max(ys) * scale_y)
            left, top = max(0, left), max(0, top)
            right, bottom = min(picture.full_width, right), min(picture.full_height, bottom)
            placed.append((text, left, top, max(0, right - left), max(0, bottom - top),
                           round(confidence, 1)))
    text = "\n".join(" ".join(word for word, _, _ in line) for line in words.lines)
    return Reading(
        text=text,
        words=placed,
        width=picture.full_width,
        height=picture.full_height,
        rotated_by=(360 - turn) % 360,  # said clockwise, as a screen turns a picture
        confidence=round(words.confidence, 1),
    )


def _note(words: _Words, orientation: _Orientation) -> str:
    if not words.count:
        return NOTE_BLANK
    if words.confidence < POOR_CONFIDENCE + 15 and orientation.script not in ("", *_LATIN_SCRIPTS):
        return NOTE_OTHER_SCRIPT
    if words.confidence < POOR_CONFIDENCE:
        return NOTE_HARD
    return ""
