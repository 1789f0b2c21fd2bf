"""Search terms, snippets and hits, independent of how the index stores them.

A search must take bounded time whatever she typed and whatever the folder holds (issue 12: a
pasted log repeating one word 100,000 times froze the window for a minute). So the query is cut
to its first :data:`MAX_QUERY_CHARS` characters and :data:`MAX_TERMS` words, the last word is the
start of a word only when it has :data:`MIN_PREFIX_CHARS` letters or more, and the stored text
looked at to place and show a hit is counted against a :class:`ScanBudget`: a snippet is made
from at most :data:`SNIPPET_SCAN_CHARS` characters, never by the index over the whole text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from infusion_desk.core.records import RecordKind
from infusion_desk.core.scans import PageMarks
from infusion_desk.core.text import clean_text, fold

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

MAX_QUERY_CHARS = 200  # what is searched of a long paste
MAX_TERMS = 12  # words searched at most (each must appear)
MIN_PREFIX_CHARS = 2  # a last word of one letter is a whole word, not "every word starting e"
SNIPPET_WORDS = 12  # words shown around the first match
SNIPPET_SCAN_CHARS = 4_000  # characters examined to make one snippet
DOCUMENT_SCAN_CHARS = 250_000  # characters of one document's pages examined to find the page
SEARCH_SCAN_CHARS = 1_000_000  # characters of stored text one search examines in all

_TOKEN = re.compile(r"[^\W_]+")  # what the index calls a word: letters and digits
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_BEFORE_SNIPPET = 3  # words shown before the first match


class SearchCancelledError(Exception):
    """The search was stopped because a newer one was asked for. Not a fault: nothing to say."""


@dataclass(frozen=True)
class SearchHit:
    kind: RecordKind
    record_id: int
    title: str
    snippet: str  # plain text
    highlights: tuple[tuple[int, int], ...] = ()  # (start, end) spans of matched words in snippet
    page: int | None = None  # for documents: the first page the words are on, 1-based
    marks: PageMarks | None = None  # on a page read from its picture: the words to highlight


class ScanBudget:
    """How many characters of stored text one search may still examine."""

    def __init__(self, limit: int = SEARCH_SCAN_CHARS) -> None:
        self.limit = limit
        self.used = 0

    def take(self, text: str, most: int) -> str:
        """The part of ``text`` (from its start, at most ``most`` characters) that may be
        examined; what is handed out is counted as used."""
        piece = text[: max(0, min(most, self.limit - self.used))]
        self.used += len(piece)
        return piece


def terms(text: str) -> list[str]:
    """The words a person typed, as the search sees them (at most :data:`MAX_TERMS`).

    A NUL ends a query string inside SQLite ("unterminated string") and a lone surrogate cannot
    be sent to it at all: the first splits words, the second becomes U+FFFD, as when stored.
    """
    words = clean_text(text[:MAX_QUERY_CHARS]).replace("\x00", " ").split()
    seen: dict[tuple[str, ...], str] = {}
    for word in words:
        tokens = tuple(_TOKEN.findall(fold(word)))
        if tokens and tokens not in seen:
            seen[tokens] = word
    return list(seen.values())[:MAX_TERMS]


@dataclass(frozen=True)
class Query:
    """One search: the typed words, each a phrase of the index's words, all of which must
    appear; the last may be the start of a word (``prefix``)."""

    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]  # each word's tokens, folded as the text is
    prefix: bool
    _any: re.Pattern[str] = field(repr=False, compare=False)
    _each: tuple[re.Pattern[str], ...] = field(repr=False, compare=False)

    @classmethod
    def of(cls, text: str) -> Query | None:
        words = tuple(terms(text))
        if not words:
            return None
        phrases = tuple(tuple(_TOKEN.findall(fold(w))) for w in words)
        prefix = len(phrases[-1][-1]) >= MIN_PREFIX_CHARS
        each = tuple(
            _phrase_pattern(p, prefix=prefix and n == len(phrases) - 1)
            for n, p in enumerate(phrases))
        joined = re.compile("|".join(f"(?:{p.pattern})" for p in each), re.DOTALL)
        return cls(words, phrases, prefix, joined, each)

    @property
    def expression(self) -> str:
        """The FTS5 query. Each typed chunk is a quoted phrase, so a member ID like
        ``1EG4-TE5-MK72`` or a word with punctuation is matched as written, never read as
        query syntax."""
        parts = ['"' + w.replace('"', '""') + '"' for w in self.words]
        if self.prefix:
            parts[-1] += "*"
        return " ".join(parts)

    @property
    def body_expression(self) -> str:
        """The FTS5 query for an index that finds no phrases (``detail=none``): every word of
        every chunk, each quoted, all of which must appear (the last may be a start)."""
        parts = ['"' + t.replace('"', '""') + '"' for phrase in self.phrases for t in phrase]
        if self.prefix:
            parts[-1] += "*"
        return " ".join(parts)

    def first(self, folded: str, start: int = 0) -> tuple[int, int] | None:
        """Where any of the words first appears in ``folded`` text (see :func:`fold`)."""
        found = self._any.search(folded, start)
        return None if found is None else found.span()

    def spans(self, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        """Every place the words appear between ``start`` and ``end``."""
        return [m.span() for m in self._any.finditer(folded, start, end)]

    def all_in(self, folded: str) -> bool:
        """Whether every word appears in ``folded`` text."""
        return all(p.search(folded) for p in self._each)


def _phrase_pattern(tokens: tuple[str, ...], *, prefix: bool) -> re.Pattern[str]:
    """A phrase as a pattern: its words in order, anything but letters and digits between them,
    whole words (the last may be a start). The check that no letter comes before the phrase is
    made just after its first word, so the search runs at the speed of a plain text search."""
    first, rest = tokens[0], tokens[1:]
    pattern = re.escape(first) + rf"(?<![^\W_].{{{len(first)}}})"
    pattern += "".join(rf"[\W_]+{re.escape(t)}" for t in rest)
    pattern += r"[^\W_]*" if prefix else r"(?![^\W_])"  # a start: the whole word is marked
    return re.compile(pattern, re.DOTALL)


def match_expression(text: str) -> str | None:
    """The FTS5 query for ``text`` (see :attr:`Query.expression`), None when nothing to find."""
    query = Query.of(text)
    return None if query is None else query.expression


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold(ch)


def _folded_with_origin(text: str) -> tuple[str, list[int] | None]:
    """``fold(text)`` and, when a character folds to more or fewer than one, where each folded
    character came from (None: the same place)."""
    if text.isascii():
        return text.lower(), None
    if all(len(_fold_char(m.group())) == 1 for m in _NOT_ASCII.finditer(text)):
        return fold(text), None  # (folding is letter by letter: the same as folding the whole)
    parts = [_fold_char(ch) for ch in text]
    return "".join(parts), [i for i, p in enumerate(parts) for _ in p]


def make_snippet(text: str, query: Query, start: int = 0
                 ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """One plain line from ``text`` around the first match at or after about ``start``, and the
    spans of the matched words in it. Examines at most :data:`SNIPPET_SCAN_CHARS` characters
    whatever the length of ``text``; when no word is found there, the line is where it starts."""
    start = max(0, min(start, len(text) - 1))
    window = text[start : start + SNIPPET_SCAN_CHARS]
    window = window.replace(HIGHLIGHT_START, " ").replace(HIGHLIGHT_END, " ")
    folded, origin = _folded_with_origin(window)

    def at(i: int) -> int:  # a folded offset in the window's own offsets
        return i if origin is None else (origin[i] if i < len(origin) else len(window))

    found = query.first(folded)
    first = 0 if found is None else at(found[0])
    end_of_first = 0 if found is None else at(found[1] - 1) + 1
    words = [m.span() for m in _TOKEN.finditer(window, max(0, first - 300),
                                               min(len(window), end_of_first + 600))]
    index = next((n for n, (_a, b) in enumerate(words) if b > first), len(words))
    shown = words[max(0, index - _BEFORE_SNIPPET): max(0, index - _BEFORE_SNIPPET) + SNIPPET_WORDS]
    if not shown:
        return "", ()
    a, b = shown[0][0], max(shown[-1][1], end_of_first)
    if len(window) - b <= 20 and not _TOKEN.search(window, b):
        b = len(window)  # the full stop at the end, and the like
    marks: list[tuple[int, int]] = []
    if found is not None:
        fa, fb = (a, b) if origin is None else (bisect_left(origin, a), bisect_left(origin, b))
        for s, e in query.spans(folded, fa, fb):
            ms, me = at(s), at(e - 1) + 1
            while me < len(window) and unicodedata.combining(window[me]):  # its accents too
                me += 1
            if not marks or ms >= marks[-1][1]:
                marks.append((ms, me))
    raw: list[str] = ["…" if start > 0 or window[:a].strip() else ""]
    cursor = a
    for ms, me in marks:
        raw += [window[cursor:ms], HIGHLIGHT_START, window[ms:me], HIGHLIGHT_END]
        cursor = me
    raw.append(window[cursor:b])
    raw.append("…" if window[b:].strip() or start + len(window) < len(text) else "")
    return split_snippet("".join(raw))


def split_snippet(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Turn a snippet with highlight markers into one plain line and highlight spans."""
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
    query = Query.of(text)
    if query is None:
        return None
    for number, page in enumerate(pages, start=1):
        if query.all_in(fold(page)):
            return number
    return None
