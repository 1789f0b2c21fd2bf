"""The full folder packet: a cover, every record in full, and (optionally) the documents.

Shape: :func:`build_packet` takes plain data (:func:`.data.gather_packet_data`) and the documents
with their bytes (:func:`.data.document_contents`, read one at a time), and returns PDF bytes.
No Qt and no database session: the window runs it on a worker thread, passing ``progress`` and
``cancelled`` callbacks (both called on that thread).

Every page but the cover has a running header (the patient's name) and "Page 3 of 12". The PDF
has an outline (bookmarks): one entry per section and, under "Attached documents", one per
document. PDF pages of documents are drawn by the PDF engine's worker process, never in this
process (see :mod:`infusion_desk.reports.packet_documents`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from infusion_desk.core.dates import format_day
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.core.records import Document
from infusion_desk.documents import PdfEngine
from infusion_desk.reports.data import SummaryData
from infusion_desk.reports.fonts import BOLD, REGULAR, PrintableText
from infusion_desk.reports.packet_attached import document_key, documents_story
from infusion_desk.reports.packet_cover import cover
from infusion_desk.reports.packet_documents import AppendedDocument, prepare
from infusion_desk.reports.packet_records import PacketSheet, record_sections
from infusion_desk.reports.page_refs import write_page_numbers
from infusion_desk.reports.styles import LIGHT_RULE, MARGIN, Paper, fit_line, make_styles, page_size
from infusion_desk.reports.words import said

log = logging.getLogger(__name__)

PACKET_BODY_SIZE = 10.0  # no room to save here: a size above the summary's minimum
HEADER_SPACE = 30.0
FOOTER_SPACE = 26.0
_PAGE_TOTAL_FORM = "infusion-desk-page-total"
FOOTER_NOTE = QT_TRANSLATE_NOOP(
    "Packet", "Infusion Desk folder packet — a personal organizer, not coverage advice.")


class PacketCancelledError(Exception):
    """``cancelled()`` said yes: the packet was abandoned and nothing was written."""


ProgressCallback = Callable[[int, int], None]


def build_packet(
    data: SummaryData,
    *,
    with_documents: bool,
    documents: Iterable[tuple[Document, bytes]] = (),
    engine: PdfEngine | None = None,
    paper: Paper = "letter",
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The whole folder as a PDF. Raises :class:`PacketCancelledError` when ``cancelled()`` is true.

    ``data`` should hold every record (:func:`gather_packet_data`). With ``with_documents``,
    each of ``documents`` is appended after the document index: its PDF pages (drawn by
    ``engine``, or by a private engine started and stopped here), its picture, or its text; a
    document that cannot be appended gets a page saying why. ``progress(done, total)`` is
    called now and then (``total`` may grow once the documents are read).
    """
    started = time.perf_counter()
    page_width, page_height = page_size(paper)
    text = PrintableText()
    styles = make_styles(body=PACKET_BODY_SIZE)
    sheet = PacketSheet(styles, text, data.today, page_width - 2 * MARGIN)
    expected = len(data.documents) if with_documents else 0
    # Units of work: one per document read, one per flowable laid out (documents: about 4 each;
    # records: about 2 each until the story is made).
    meter = _Meter(progress, cancelled, total=2 * _record_count(data) + 5 * expected)

    appended: list[AppendedDocument] = []
    if with_documents:
        with ExitStack() as stack:
            def pdf_engine() -> PdfEngine:
                nonlocal engine
                if engine is None:
                    engine = stack.enter_context(PdfEngine())
                return engine

            for document, content in documents:
                meter.check()
                appended.append(prepare(document, content, pdf_engine))
                meter.advance()
    keys = {item.document.id: document_key(item.document, number)
            for number, item in enumerate(appended, start=1) if item.document.id is not None}
    story = [*cover(data, sheet, [item.document for item in appended]),
             *record_sections(data, sheet, keys), *documents_story(appended, sheet)]
    meter.total = len(story) + len(appended)

    buffer = BytesIO()
    template = _PacketTemplate(buffer, data, sheet, (page_width, page_height), meter)
    template.build(story, canvasmaker=_PacketCanvas)
    meter.finish()
    text.log_substitutions("packet")
    log.info("packet built in %.2f s (%d documents)", time.perf_counter() - started,
             len(appended))
    return buffer.getvalue()


def _record_count(data: SummaryData) -> int:
    return (len(data.plans) + len(data.contacts) + len(data.steps) + len(data.requests)
            + len(data.calls) + len(data.questions) + len(data.documents))


# --------------------------------------------------------------------------- progress and cancel

class _Meter:
    """Progress as (done, total), reported about every 1 %, and the cancel check."""

    def __init__(self, progress: ProgressCallback | None, cancelled: Callable[[], bool] | None,
                 *, total: int) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.total = max(total, 1)
        self.done = 0
        self._reported = -1

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise PacketCancelledError("the packet was cancelled")

    def advance(self, units: int = 1) -> None:
        self.done = min(self.done + units, self.total)
        step = max(1, self.total // 100)
        if self._progress is not None and self.done // step != self._reported:
            self._reported = self.done // step
            self._progress(self.done, self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)


# --------------------------------------------------------------------------- pages

class _PacketCanvas(Canvas):  # type: ignore[misc] # ReportLab is untyped
    """A canvas that, once every page is drawn, writes the page total into the form that each
    footer's "Page N of" refers to, and each contents line's page into its own form."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.marked_pages: dict[str, int] = {}  # bookmark key -> page, as they are drawn
        self.wanted_pages: set[str] = set()  # the keys the contents lines print pages for

    def save(self) -> None:
        write_page_numbers(self, self.marked_pages, self.wanted_pages)
        total = max(self.getPageNumber() - 1, 1)
        self.beginForm(_PAGE_TOTAL_FORM)
        self.setFont(REGULAR, 9)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class _PacketTemplate(BaseDocTemplate):  # type: ignore[misc] # ReportLab is untyped
    def __init__(self, buffer: BytesIO, data: SummaryData, sheet: PacketSheet,
                 size: tuple[float, float], meter: _Meter) -> None:
        name = sheet.text.plain(data.profile.patient_name)
        super().__init__(
            buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_SPACE, bottomMargin=MARGIN + FOOTER_SPACE,
            title=(translate("Packet", "Folder packet — {name}").format(name=name) if name
                   else translate("Packet", "Folder packet")),
            author="Infusion Desk", creator="Infusion Desk",
            subject=translate("Packet", "Folder packet"),
            initialFontName=REGULAR,
        )
        self._name = name or translate("Packet", "Patient name not filled in")
        self._printed = translate("Packet", "Folder packet · printed on {day}").format(
            day=format_day(data.today))
        self._meter = meter
        wide = landscape(size)
        self.addPageTemplates([
            PageTemplate("cover", [self._frame(size, cover=True)], onPage=self._footer,
                         pagesize=size),
            PageTemplate("body", [self._frame(size)], onPage=self._decorate, pagesize=size),
            PageTemplate("wide", [self._frame(wide)], onPage=self._decorate, pagesize=wide),
        ])

    @staticmethod
    def _frame(size: tuple[float, float], *, cover: bool = False) -> Frame:
        top = MARGIN if cover else MARGIN + HEADER_SPACE
        return Frame(MARGIN, MARGIN + FOOTER_SPACE, size[0] - 2 * MARGIN,
                     size[1] - top - MARGIN - FOOTER_SPACE, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)

    def afterFlowable(self, _flowable: Flowable) -> None:
        self._meter.check()
        self._meter.advance()

    def _decorate(self, canvas: Any, doc: Any) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        right_text = self._printed
        canvas.setFont(REGULAR, 9)
        right_width = canvas.stringWidth(right_text, REGULAR, 9)
        name = fit_line(self._name, BOLD, 10.5, width - 2 * MARGIN - right_width - 18)
        canvas.setFont(BOLD, 10.5)
        canvas.drawString(MARGIN, height - MARGIN - 12, name)
        canvas.setFont(REGULAR, 9)
        canvas.drawRightString(width - MARGIN, height - MARGIN - 12, right_text)
        canvas.setStrokeColor(LIGHT_RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, height - MARGIN - 18, width - MARGIN, height - MARGIN - 18)
        canvas.restoreState()
        self._footer(canvas, doc)

    def _footer(self, canvas: Any, doc: Any) -> None:
        width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setStrokeColor(LIGHT_RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, MARGIN + 14, width - MARGIN, MARGIN + 14)
        canvas.setFont(REGULAR, 9)
        label = translate("Packet", "Page {page} of").format(page=doc.page) + " "
        x = width - MARGIN - 100
        canvas.drawString(x, MARGIN + 2, label)
        # (ReportLab's translate(), as a transform: translate() is the name of the app's words)
        canvas.transform(1, 0, 0, 1, x + canvas.stringWidth(label, REGULAR, 9), MARGIN + 2)
        canvas.doForm(_PAGE_TOTAL_FORM)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFont(REGULAR, 8.5)
        note = fit_line(said(FOOTER_NOTE, "Packet"), REGULAR, 8.5, width - 2 * MARGIN - 110)
        canvas.drawString(MARGIN, MARGIN + 2, note)
        canvas.restoreState()
