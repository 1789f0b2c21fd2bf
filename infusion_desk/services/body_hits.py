"""Search hits on a PDF page's own text, which the folder file keeps only in the PDF (0005).

They come after the ranked hits (their index cannot rank; ``storage.page_bodies``), the page
stored last first, one per document not already found. Each one's snippet is made by
``core.search`` from the page's text read again from the PDF, for at most
:data:`SNIPPETS_READ` documents a search (each costs a trip to the PDF worker, about a
millisecond a page); the rest show their title and the page the words are on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from infusion_desk.core.records import RecordKind
from infusion_desk.core.search import (
    SNIPPET_SCAN_CHARS,
    Query,
    SearchCancelledError,
    SearchHit,
    make_snippet,
)
from infusion_desk.core.text import fold
from infusion_desk.storage.searching import SearchReads

SNIPPETS_READ = 10  # documents whose PDF is read again to make a snippet, per search


def body_hits(reads: SearchReads, query: Query, limit: int, *,
              read: Callable[[bytes], Sequence[str] | None], before: Sequence[SearchHit],
              stop: Callable[[], bool] | None = None) -> list[SearchHit]:
    """Up to ``limit`` documents found by their PDF pages' text, not among ``before``."""
    if limit <= 0 or not reads.has_bodies:
        return []
    shown = {h.record_id for h in before if h.kind is RecordKind.DOCUMENT}
    found = reads.body_pages(query.body_expression, limit, leaving_out=shown)
    hits = []
    for n, (document_id, met, title) in enumerate(found):
        if stop is not None and stop():
            raise SearchCancelledError
        page: int = met
        snippet: tuple[str, tuple[tuple[int, int], ...]] = ("", ())
        if n < SNIPPETS_READ:
            page, snippet = _page_and_snippet(reads, document_id, met, query, read)
        hits.append(SearchHit(RecordKind.DOCUMENT, document_id, " ".join(title.split()),
                              snippet[0], snippet[1], page))
    return hits


def _page_and_snippet(reads: SearchReads, document_id: int, page: int, query: Query,
                      read: Callable[[bytes], Sequence[str] | None]
                      ) -> tuple[int, tuple[str, tuple[tuple[int, int], ...]]]:
    """The first page holding every word (``page`` if none does, as read), and a snippet."""
    data = reads.blob(document_id)
    texts = None if data is None else read(data)
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
