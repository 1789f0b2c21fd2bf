"""A PDF's pages' text and a document's thumbnail, made again from the stored bytes.

From revision 0005 the folder file keeps neither a PDF's own text nor thumbnails
(``storage.page_bodies``): both come from the document's bytes when needed, through the PDF
worker process (never PDFium in the app's own process). :class:`BlobText` starts its worker the
first time it is needed, keeps it until :meth:`close`, and remembers the last few PDFs read, so
that a search showing several pages of one letter, or the reader paging through it, reads it
once. It is safe to call from several threads (the engine's jobs wait their turn).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (PDFium's client and Pillow load when first needed, not with the folder)
    from infusion_desk.documents import PdfEngine

log = logging.getLogger(__name__)

REMEMBERED = 16  # PDFs whose pages' text is kept in memory (a few hundred KB at most)


class BlobText:
    """Reads PDFs' text again (call it with a PDF's bytes); see the module's notes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._engine: PdfEngine | None = None
        self._closed = False
        self._known: OrderedDict[str, tuple[str, ...] | None] = OrderedDict()

    def __call__(self, data: bytes) -> Sequence[str] | None:
        """The text of each page of the PDF ``data``, as it was taken in; None if unreadable."""
        key = hashlib.sha256(data).hexdigest()
        with self._lock:
            if key in self._known:
                self._known.move_to_end(key)
                return self._known[key]
        engine = self._engine_or_none()
        if engine is None:
            return None
        from infusion_desk.documents import pdf_page_texts

        texts = pdf_page_texts(data, engine)
        with self._lock:
            self._known[key] = texts
            while len(self._known) > REMEMBERED:
                self._known.popitem(last=False)
        return texts

    def thumbnail(self, data: bytes, name: str) -> bytes | None:
        """A small picture of the first page (JPEG), made from the bytes; None if none."""
        engine = self._engine_or_none()
        if engine is None:
            return None
        from infusion_desk.documents import prepare_bytes

        return prepare_bytes(data, name or "document", today=date.today(),
                             engine=engine).thumbnail

    @property
    def closed(self) -> bool:
        """Whether the folder this reads for has been closed (nothing more is read)."""
        return self._closed

    def start(self) -> None:
        """Start the PDF worker now (about 0.3 s, in a background job), so that the first PDF
        read on the window's thread (a letter being filed, printed, its page's text shown) costs
        one read, a few milliseconds, not the worker's start too."""
        engine = self._engine_or_none()
        if engine is not None:
            from infusion_desk.documents.worker_process import WorkerJobError

            try:
                engine.start()
            except WorkerJobError:
                log.info("the PDF worker could not be started ahead")

    def _engine_or_none(self) -> PdfEngine | None:
        with self._lock:
            if self._closed:
                return None
            if self._engine is None:
                from infusion_desk.documents import PdfEngine

                self._engine = PdfEngine()
            return self._engine

    def close(self) -> None:
        with self._lock:
            engine, self._engine, self._closed = self._engine, None, True
            self._known.clear()
        if engine is not None:
            engine.close()

    def __enter__(self) -> BlobText:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
