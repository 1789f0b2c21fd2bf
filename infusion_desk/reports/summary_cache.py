"""The one-page summary made ahead, so that Print summary shows it at once.

A :class:`SummaryCache` belongs to one open folder. Made ahead (``make`` on a background job once
the folder is open), it keeps what the page shows (read once), the last page made (its PDF and
preview picture) and one PDF worker for the previews. Any change in the folder drops what it
kept: the next page is read and made afresh. ReportLab and the PDF worker load only when the
first page is made (off the window's thread), not when this module is imported. No Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal, Protocol

from infusion_desk.core.i18n import language
from infusion_desk.core.meeting import Meeting
from infusion_desk.reports.data import FolderReader, SummaryData, gather_summary_data

if TYPE_CHECKING:
    from infusion_desk.documents.pdf_engine import PdfEngine

log = logging.getLogger(__name__)

Paper = Literal["letter", "a4"]
PREVIEW_SCALE = 1.4  # about 100 dpi: sharp on screen, quick to make


class WatchedFolder(FolderReader, Protocol):
    """A folder that says when it changes (``services.Folder``)."""

    def subscribe(self, listener: Callable[[object], None]) -> None: ...
    def unsubscribe(self, listener: Callable[[object], None]) -> None: ...


@dataclass(frozen=True)
class SummaryPage:
    """One page made: for whom, on what paper, the PDF, its preview (PNG; None when the page
    cannot be drawn), what it was made from and the language of its words."""

    meeting: Meeting
    paper: Paper
    pdf: bytes
    picture: bytes | None
    data: SummaryData
    language: str = "en"


class SummaryCache:
    """The summary of one folder, kept ready. Thread-safe; ``make`` runs on a job lane."""

    def __init__(self, folder: WatchedFolder, engine: PdfEngine | None = None) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._generation = 0  # counts the folder's changes
        self._data: SummaryData | None = None
        self._page: SummaryPage | None = None
        self._engine = engine
        self._closed = False
        folder.subscribe(self._on_folder_changed)

    def _on_folder_changed(self, _change: object) -> None:
        with self._lock:
            self._generation += 1
            self._data = None
            self._page = None

    @property
    def engine(self) -> PdfEngine:
        """The previews' PDF worker (one for the folder, started on first use)."""
        with self._lock:
            if self._engine is None:
                from infusion_desk.documents.pdf_engine import PdfEngine

                self._engine = PdfEngine()
            return self._engine

    def data(self, today: date) -> SummaryData | None:
        """What the page shows, when read since the last change (else None)."""
        with self._lock:
            data = self._data
        return data if data is not None and data.today == today else None

    def ready(self, today: date, meeting: Meeting, paper: Paper) -> SummaryPage | None:
        """The page for ``meeting`` on ``paper``, when made since the last change."""
        with self._lock:
            page = self._page
        if (page is None or page.data.today != today or page.meeting != meeting
                or page.paper != paper or page.language != language()):
            return None
        return page

    def make(self, today: date, meeting: Meeting, paper: Paper) -> SummaryPage:
        """The page for ``meeting`` on ``paper``: kept when nothing changed, else read and made
        (and kept, unless the folder changed meanwhile)."""
        page = self.ready(today, meeting, paper)
        if page is not None:
            return page
        from infusion_desk.documents.prepare import render_page
        from infusion_desk.reports.summary import build_summary

        with self._lock:
            generation = self._generation
        spoken = language()
        data = self.data(today) or gather_summary_data(self.folder, today)
        pdf = build_summary(data, paper=paper, meeting=meeting)
        picture = None if self._closed else render_page(pdf, 0, PREVIEW_SCALE, engine=self.engine)
        page = SummaryPage(meeting, paper, pdf, picture, data, spoken)
        with self._lock:
            if self._generation == generation and not self._closed:
                self._data, self._page = data, page
        return page

    def close(self) -> None:
        """Stop watching the folder, forget the page and stop the PDF worker."""
        with self._lock:
            self._closed = True
            self._data = self._page = None
            engine, self._engine = self._engine, None
        self.folder.unsubscribe(self._on_folder_changed)
        if engine is not None:
            engine.close()
