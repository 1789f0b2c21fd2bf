"""Search terms and hits, independent of how the index stores them."""

from __future__ import annotations

from dataclasses import dataclass

from infusion_desk.core.records import RecordKind
from infusion_desk.core.scans import PageMarks
from infusion_desk.core.text import clean_text, fold

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


@dataclass(frozen=True)
class SearchHit:
    kind: RecordKind
    record_id: int
    title: str
    snippet: str  # plain text
    highlights: tuple[tuple[int, int], ...] = ()  # (start, end) spans of matched words in snippet
    page: int | None = None  # for documents: the first page the words are on, 1-based
    marks: PageMarks | None = None  # on a page read from its picture: the words to highlight


def terms(text: str) -> list[str]:
    """The words a person typed, as the search sees them.

    A NUL ends a query string inside SQLite ("unterminated string") and a lone surrogate cannot
    be sent to it at all: the first splits words, the second becomes U+FFFD, as when stored.
    """
    words = clean_text(text).replace("\x00", " ").split()
    return [t for t in words if any(ch.isalnum() for ch in t)]


def match_expression(text: str) -> str | None:
    """An FTS5 query for ``text``: every word must appear, the last one may be the start of a word.

    Each typed chunk becomes a quoted phrase, so a member ID like ``1EG4-TE5-MK72`` or a word with
    punctuation is matched as written and never read as query syntax.
    """
    words = terms(text)
    if not words:
        return None
    parts = ['"' + w.replace('"', '""') + '"' for w in words]
    parts[-1] += "*"
    return " ".join(parts)


def split_snippet(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Turn an index snippet with highlight markers into one plain line and highlight spans."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    start = 0
    for ch in raw:
        if ch == HIGHLIGHT_START:
            start = len(out)
        elif ch == HIGHLIGHT_END:
            spans.append((start, len(out)))
        elif ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(ch)
    while out and out[-1] == " ":
        out.pop()
    text = "".join(out)
    return text, tuple((a, min(b, len(text))) for a, b in spans if a < len(text))


def first_page_with(pages: list[str], text: str) -> int | None:
    """The first page (1-based) whose text holds every typed word, ignoring case and accents."""
    wanted = [fold(w).strip("\"'") for w in terms(text)]
    for number, page in enumerate(pages, start=1):
        folded = fold(page)
        if all(w in folded for w in wanted):
            return number
    return None
