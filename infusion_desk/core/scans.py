"""Text read from scans, as search sees it: number runs the reader split, and the words on a page
picture that a search matched (to highlight them). Plain data and rules; no Qt, no engine.

Tesseract splits digit runs ("PA-2026-01 1903", "$31 2.45", "02/ 10/2026"). The page text is
kept as it was read (it is what she checks against the letter); the joined forms are stored
beside it as extra words the search index finds the document by (``joined_number_runs``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from infusion_desk.core.ocr import OcrWord, ReadState, TextSource
from infusion_desk.core.ocr_text import normalise_numbers
from infusion_desk.core.text import fold

# A text layer with fewer characters than this (spaces left out) is a scan with, at most, a
# stray page number or fax header on it: it is read from the picture.
MIN_TEXT_LAYER = 8
MAX_RUN = 6  # tokens joined at most (a split authorization number is 2-4 pieces)

_NOT_SPACE = re.compile(r"\S")
_ALNUM = re.compile(r"[^\W_]+")
_JOINERS = "-/.,:$#"


def text_layer_is_empty(text: str) -> bool:
    """Whether a PDF page's own text is empty or nearly so (then its picture is read)."""
    # Counting stops at MIN_TEXT_LAYER characters: a page of text is told at once.
    return sum(1 for _ in islice(_NOT_SPACE.finditer(text), MIN_TEXT_LAYER)) < MIN_TEXT_LAYER


def is_picture(media_type: str) -> bool:
    return media_type.startswith("image/")


def first_read_state(media_type: str, preview_ok: bool, pages: Sequence[str]) -> ReadState:
    """Whether a new document is to be read: pictures always; a PDF whose pages (some of them)
    have no text layer; nothing else."""
    if is_picture(media_type):
        return ReadState.WAITING
    scanned = any(text_layer_is_empty(page) for page in pages)
    if media_type == "application/pdf" and preview_ok and scanned:
        return ReadState.WAITING
    return ReadState.NOT_NEEDED


def is_unopened(media_type: str, page_count: int, read_state: ReadState) -> bool:
    """Whether a document is a PDF kept as soon as its bytes were in, not opened yet: its pages,
    text, thumbnail and guesses are still to come from the background reading. (A state of its
    own would stop older versions of the app reading the folder: a PDF waiting to be read with
    no pages is one not opened yet.)"""
    return (media_type == "application/pdf" and page_count == 0
            and read_state is ReadState.WAITING)


def joined_number_runs(text: str) -> list[str]:
    """Every number-like run split by a space in ``text``, joined up, once each, by the one rule
    of ``core.ocr_text.normalise_numbers`` (the letter reader uses the same).

    ``"Ref PA-2026-01 1903 on 02/ 10/2026"`` gives ``PA-2026-011903`` and ``02/10/2026``. Only
    the joined forms are returned (the words as read are in the text already).
    """
    as_read = set(text.split())
    found: dict[str, None] = {}
    for token in normalise_numbers(text).split():
        joined = token.strip(",.;:()")
        if joined and token not in as_read and joined not in as_read:
            found[joined] = None
    return list(found)


def search_words(pages: Iterable[str]) -> str:
    """The extra words a document read from pictures is found by (one line)."""
    words: dict[str, None] = {}
    for page in pages:
        for run in joined_number_runs(page):
            words[run] = None
    return " ".join(words)


# ---------------------------------------------------------------------------- a page as stored
@dataclass(frozen=True)
class PageText:
    """One page's text as stored: where it came from. (An undo of a correction puts it back.)"""

    document_id: int
    page: int  # 1-based
    text: str
    source: TextSource


@dataclass(frozen=True)
class PageMarks:
    """The words to highlight on one page picture, in pixels of a picture ``width`` × ``height``
    (the one that was read; scale them to the size shown)."""

    page: int  # 1-based
    width: int
    height: int
    boxes: tuple[OcrWord, ...]


def words_to_json(words: Sequence[OcrWord]) -> str:
    return json.dumps([[w.text, w.left, w.top, w.width, w.height, round(w.confidence, 1)]
                       for w in words], ensure_ascii=False, separators=(",", ":"))


def words_from_json(raw: str | None) -> tuple[OcrWord, ...]:
    """The words stored for a page; nothing (never an error) if what is stored cannot be read."""
    if not raw:
        return ()
    try:
        rows = json.loads(raw)
        return tuple(OcrWord(str(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4]),
                             float(r[5])) for r in rows)
    except (ValueError, TypeError, IndexError, KeyError):
        return ()


# ---------------------------------------------------------------------------- matching words
def _pieces(text: str) -> list[str]:
    return _ALNUM.findall(fold(text))


def matching_words(words: Sequence[OcrWord], terms: Sequence[str], *, prefix_last: bool = True
                   ) -> tuple[OcrWord, ...]:
    """The words of a page that the search terms match, however the reader split them.

    Each term is compared letter-and-digit-wise with the pieces of consecutive words, so the
    term ``PA-2026-011903`` marks the two words ``PA-2026-01`` and ``1903``. As in the search,
    the last term may be the start of a word.
    """
    stream: list[tuple[str, int]] = [(piece, index) for index, word in enumerate(words)
                                     for piece in _pieces(word.text)]
    marked: set[int] = set()
    for number, term in enumerate(terms):
        wanted = "".join(_pieces(term))
        if not wanted:
            continue
        prefix = prefix_last and number == len(terms) - 1
        for start in range(len(stream)):
            joined = ""
            for end in range(start, min(len(stream), start + 4 * MAX_RUN)):
                joined += stream[end][0]
                if len(joined) >= len(wanted):
                    if joined == wanted or (prefix and joined.startswith(wanted)):
                        marked.update(stream[k][1] for k in range(start, end + 1))
                    break
                if not wanted.startswith(joined):
                    break
    return tuple(w for i, w in enumerate(words) if i in marked)
