"""One search's hits, made from what the indexes found: each with a snippet around the first
match and, for a document, the first page holding every word.

A PDF page's own text is kept only in the PDF (0005): such pages are found through their own
index (``storage.page_bodies``), after the ranked hits (that index cannot rank), the page stored
last first, one per document not already found. Their snippets (and those of ranked documents
whose words are on such a page) are made by ``core.search`` from the page's text read again from
the PDF (:class:`PdfTexts`): a trip to the PDF worker, about 8 ms a PDF here. So a search can be
made in two steps (:func:`with_pdf_snippets`): the hits at once (those pages' hits with their
title and the page the words are on), then the snippets read from at most :data:`PDFS_READ`
PDFs; or in one, reading them as it goes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import replace

from infusion_desk.core.ocr import OcrWord, TextSource
from infusion_desk.core.records import RecordKind
from infusion_desk.core.scans import PageMarks, joined_number_runs, matching_words
from infusion_desk.core.search import (
    DOCUMENT_SCAN_CHARS,
    SNIPPET_SCAN_CHARS,
    Query,
    ScanBudget,
    SearchCancelledError,
    SearchHit,
    make_snippet,
)
from infusion_desk.core.text import fold
from infusion_desk.storage.searching import IndexHit, SearchReads

PDFS_READ = 10  # documents whose PDF is read again for a snippet, per search

Snippet = tuple[str, tuple[tuple[int, int], ...]]


class PdfTexts:
    """The PDFs one search reads again (at most :data:`PDFS_READ`, each once)."""

    def __init__(self, reads: SearchReads, read: Callable[[bytes], Sequence[str] | None],
                 most: int = PDFS_READ) -> None:
        self._reads = reads
        self._read = read
        self._left = most
        self._known: dict[int, Sequence[str] | None] = {}

    def pages(self, document_id: int) -> Sequence[str] | None:
        """Each page's text of a PDF; None when it cannot be read, or too many were."""
        if document_id not in self._known:
            if self._left <= 0:
                return None
            self._left -= 1
            data = self._reads.blob(document_id)
            self._known[document_id] = None if data is None else self._read(data)
        return self._known[document_id]

    def page(self, document_id: int, page: int) -> str:
        texts = self.pages(document_id)
        return texts[page - 1] if texts is not None and 0 < page <= len(texts) else ""


def ranked_hit(reads: SearchReads, found: IndexHit, query: Query, budget: ScanBudget,
               pdfs: PdfTexts) -> SearchHit:
    """A hit of the ranked index, with its snippet (and a document's page)."""
    kind = RecordKind.parse(found.kind)
    on_page = None
    if kind is RecordKind.DOCUMENT:
        on_page = first_page(reads, found.record_id, query, budget, pdfs)
    page, marks = None, None
    if on_page is None:  # the start of its text (and one more letter: is there more?)
        snippet, spans = make_snippet(budget.take(found.body, SNIPPET_SCAN_CHARS + 1), query)
    else:  # the page the words are on, examined already
        page, text, near = on_page
        snippet, spans = make_snippet(text, query, near)
        words = reads.page_words(found.record_id, page)
        marks = None if words is None else page_marks(page, words, query)
    return SearchHit(kind, found.record_id, " ".join(found.title.split()), snippet, spans,
                     page, marks)


def with_pdf_snippets(reads: SearchReads, hits: Sequence[SearchHit], query: Query, *,
                      budget: ScanBudget, pdfs: PdfTexts,
                      stop: Callable[[], bool] | None = None) -> list[SearchHit]:
    """``hits`` (of a search that read no PDF), each document's whose words may be on a page
    kept in its PDF given its page and snippet from there, for as many PDFs as ``pdfs`` reads;
    any other hit as it was."""
    out = []
    for hit in hits:
        if stop is not None and stop():
            raise SearchCancelledError
        if hit.kind is RecordKind.DOCUMENT and hit.marks is None and (
                hit.page is None or not hit.snippet):
            on_page = first_page(reads, hit.record_id, query, budget, pdfs)
            if on_page is not None:
                page, text, near = on_page
                snippet, spans = make_snippet(text, query, near)
                hit = replace(hit, page=page, snippet=snippet, highlights=spans)  # noqa: PLW2901
        out.append(hit)
    return out


def page_marks(page: int, found: tuple[tuple[OcrWord, ...], int, int], query: Query
               ) -> PageMarks | None:
    words, width, height = found
    boxes = matching_words(words, query.words, prefix_last=query.prefix)
    return PageMarks(page, width, height, boxes) if boxes else None


def first_page(reads: SearchReads, document_id: int, query: Query, budget: ScanBudget,
               pdfs: PdfTexts) -> tuple[int, str, int] | None:
    """The first page holding every word (as read: split numbers joined up), the part of its
    text examined, and about where the words start in it; None when not found within the
    budget (at most ``DOCUMENT_SCAN_CHARS`` of one document)."""
    left = min(DOCUMENT_SCAN_CHARS, budget.limit - budget.used)
    with closing(reads.pages(document_id, most=left)) as pages:
        for number, stored, source, in_blob in pages:
            # (kept in the PDF only: read again from it, while ``pdfs`` reads any more)
            text = budget.take(pdfs.page(document_id, number) if in_blob else stored, left)
            left -= len(text)
            if not text:
                if left <= 0:
                    return None
                continue
            extra = " ".join(joined_number_runs(text)) if source == TextSource.OCR.value else ""
            folded = fold(f"{text}\n{extra}" if extra else text)
            if query.all_in(folded):
                found = query.first(folded)
                return number, text, max(0, (found[0] if found else 0) - SNIPPET_SCAN_CHARS // 4)
    return None


def body_hits(reads: SearchReads, query: Query, limit: int, *, pdfs: PdfTexts,
              before: Sequence[SearchHit], stop: Callable[[], bool] | None = None
              ) -> list[SearchHit]:
    """Up to ``limit`` documents found by their PDF pages' text, not among ``before``."""
    if limit <= 0 or not reads.has_bodies:
        return []
    shown = {h.record_id for h in before if h.kind is RecordKind.DOCUMENT}
    hits = []
    for document_id, met, title in reads.body_pages(query.body_expression, limit,
                                                    leaving_out=shown):
        if stop is not None and stop():
            raise SearchCancelledError
        page, snippet = _page_and_snippet(pdfs.pages(document_id), met, query)
        if not snippet[0]:  # (no PDF read: the page the index met)
            page = met
        hits.append(SearchHit(RecordKind.DOCUMENT, document_id, " ".join(title.split()),
                              snippet[0], snippet[1], page))
    return hits


def _page_and_snippet(texts: Sequence[str] | None, page: int, query: Query
                      ) -> tuple[int, Snippet]:
    """The first page holding every word (``page`` if none does, as read), and a snippet."""
    if not texts:
        return page, ("", ())
    for number, text in enumerate(texts, start=1):
        folded = fold(text)
        if query.all_in(folded):
            found = query.first(folded)
            near = max(0, (found[0] if found else 0) - SNIPPET_SCAN_CHARS // 4)
            return number, make_snippet(text, query, near)
    text = texts[page - 1] if 0 < page <= len(texts) else ""
    return page, make_snippet(text, query) if text else ("", ())
