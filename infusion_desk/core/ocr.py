"""What reading a picture gives: the words Tesseract found, where they stand, and how sure it was.

Plain data shared by the OCR worker (``documents.ocr_*``), the store (page texts and word boxes),
search (highlights on the picture) and the letter reader (``core.letter_facts``). No Qt, no engine.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol


class TextSource(enum.StrEnum):
    """Where a page's text came from."""

    NONE = "none"  # nothing read (yet)
    FILE = "file"  # the PDF's own text layer, an email, a text file
    OCR = "ocr"  # read from the picture: to be checked against the letter
    TYPED = "typed"  # typed or corrected by her: what is searched from then on


class ReadState(enum.StrEnum):
    """Whether a document's pictures have been read."""

    NOT_NEEDED = "not_needed"  # it has its own text, or it is not a picture
    WAITING = "waiting"  # to be read in the background
    READ = "read"
    NO_TEXT = "no_text"  # read, and no text was found on it (a blank page, a photo)
    FAILED = "failed"  # could not be read (too slow, too big, the reader crashed): kept, unread


@dataclass(frozen=True)
class OcrWord:
    """One word and its box, in pixels of the page picture that was read (origin top left)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..100, as Tesseract says


@dataclass(frozen=True)
class OcrPage:
    """One page read: its text (lines joined by newlines), its words, and the picture's size."""

    text: str
    words: tuple[OcrWord, ...] = ()
    image_width: int = 0
    image_height: int = 0
    rotated_by: int = 0  # degrees the page was turned to be read upright (0, 90, 180, 270)
    confidence: float = 0.0  # mean word confidence, 0..100
    note: str = ""  # a plain sentence when something was off (blank, too big, too slow)
    languages: tuple[str, ...] = field(default=("eng", "spa"))

    @property
    def has_text(self) -> bool:
        return bool(self.text.strip())


class PageReader(Protocol):
    """Reads one page picture (PNG, JPEG, TIFF … bytes). Raises nothing for bad pictures: it
    returns an ``OcrPage`` with an empty text and a ``note`` instead."""

    def read_page(self, image: bytes) -> OcrPage: ...
