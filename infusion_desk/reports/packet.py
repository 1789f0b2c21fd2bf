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
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from infusion_desk.core.dates import format_day
from infusion_desk.core.records import Document
from infusion_desk.documents import PdfEngine
from infusion_desk.reports.data import SummaryData
from infusion_desk.reports.fonts import BOLD, REGULAR, PrintableText
from infusion_desk.reports.packet_documents import (
    AppendedDocument,
    PagePicture,
    prepare,
)
from infusion_desk.reports.packet_records import Bookmark, PacketSheet, record_sections
from infusion_desk.reports.styles import LIGHT_RULE, MARGIN, Paper, fit_line, make_styles, page_size

log = logging.getLogger(__name__)

PACKET_BODY_SIZE = 10.0  # no room to save here: a size above the summary's minimum
HEADER_SPACE = 30.0
FOOTER_SPACE = 26.0
_PAGE_TOTAL_FORM = "infusion-desk-page-total"
FOOTER_NOTE = "Infusion Desk folder packet — a personal organizer, not coverage advice."


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
    story = _cover(data, sheet) + record_sections(data, sheet)
    expected = len(data.documents) if with_documents else 0
    # Units of work: one per document read, one per flowable laid out (documents: about 4 each).
    meter = _Meter(progress, cancelled, total=len(story) + 5 * expected)

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
    story += _documents_story(appended, sheet)
    meter.total = len(story) + len(appended)

    buffer = BytesIO()
    template = _PacketTemplate(buffer, data, sheet, (page_width, page_height), meter)
    template.build(story, canvasmaker=_PacketCanvas)
    meter.finish()
    text.log_substitutions("packet")
    log.info("packet built in %.2f s (%d documents)", time.perf_counter() - started,
             len(appended))
    return buffer.getvalue()


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
    footer's "Page N of" refers to."""

    def save(self) -> None:
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
            title=f"Folder packet — {name}" if name else "Folder packet",
            author="Infusion Desk", creator="Infusion Desk", subject="Folder packet",
            initialFontName=REGULAR,
        )
        self._name = name or "Patient name not filled in"
        self._printed = f"Folder packet · printed on {format_day(data.today)}"
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
        label = f"Page {doc.page} of "
        x = width - MARGIN - 100
        canvas.drawString(x, MARGIN + 2, label)
        canvas.translate(x + canvas.stringWidth(label, REGULAR, 9), MARGIN + 2)
        canvas.doForm(_PAGE_TOTAL_FORM)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFont(REGULAR, 8.5)
        note = fit_line(FOOTER_NOTE, REGULAR, 8.5, width - 2 * MARGIN - 110)
        canvas.drawString(MARGIN, MARGIN + 2, note)
        canvas.restoreState()


# --------------------------------------------------------------------------- cover

def _cover(data: SummaryData, sheet: PacketSheet) -> list[Flowable]:
    styles = sheet.styles
    counts = data.counts
    name = sheet.text.markup(data.profile.patient_name) or "Patient name not filled in"
    inside = [
        ("Patient and therapy", ""),
        ("Insurance plans", counts.plans),
        ("People to call", counts.contacts),
        ("Coverage steps", counts.steps),
        ("Requests", counts.requests),
        ("Calls", counts.calls),
        ("Questions to ask", counts.questions),
        ("Document index", counts.documents),
    ]
    lines = "<br/>".join(f"• {title}" + (f" ({n})" if n != "" else "") for title, n in inside)
    return [
        Bookmark("cover", "Cover"),
        Spacer(1, 120),
        Paragraph("Folder packet", styles.subtitle),
        Spacer(1, 6),
        Paragraph(name, styles.title),
        Spacer(1, 10),
        Paragraph(f"Printed on {format_day(data.today)}", styles.body),
        Spacer(1, 30),
        Paragraph("<b>What is inside</b>", styles.subheading),
        Spacer(1, 4),
        Paragraph(lines, styles.body),
        Spacer(1, 30),
        Paragraph(
            "A personal organizer printout made with Infusion Desk. It is not coverage advice: "
            "confirm details with the plan and the provider.", styles.body),
        NextPageTemplate("body"),
        PageBreak(),
    ]


# --------------------------------------------------------------------------- documents

def _documents_story(appended: list[AppendedDocument], sheet: PacketSheet) -> list[Flowable]:
    if not appended:
        return []
    story: list[Flowable] = []
    total = len(appended)
    for number, item in enumerate(appended, start=1):
        marks: list[Flowable] = [Bookmark(f"document-{number}", _doc_title(item.document, sheet),
                                          level=1)]
        if number == 1:
            marks.insert(0, Bookmark("attached", "Attached documents", level=0))
        label = f"Document {number} of {total}: {_doc_title(item.document, sheet)}"
        if item.pages:
            story += _picture_pages(item, label, marks, sheet)
        else:
            story += [NextPageTemplate("body"), PageBreak(), *marks,
                      _caption(label, sheet), Spacer(1, 8)]
            story += _text_or_problem(item, sheet)
    return story


def _doc_title(document: Document, sheet: PacketSheet) -> str:
    title = document.title or document.original_name or "Untitled document"
    return sheet.text.plain(title)


def _caption(label: str, sheet: PacketSheet) -> Paragraph:
    return Paragraph(sheet.text.markup(label), sheet.styles.subheading)


def _picture_pages(item: AppendedDocument, label: str, marks: list[Flowable],
                   sheet: PacketSheet) -> list[Flowable]:
    story: list[Flowable] = []
    count = len(item.pages)
    for index, picture in enumerate(item.pages):
        wide = picture is not None and picture.landscape
        story += [NextPageTemplate("wide" if wide else "body"), PageBreak()]
        if index == 0:
            story += marks
        page_label = f"{label} — page {index + 1} of {count}" if count > 1 else label
        story += [_caption(page_label, sheet), Spacer(1, 4)]
        if picture is None:
            story.append(Paragraph(
                "This page could not be drawn for the packet. The document is saved in the "
                "folder, and you can still open it with your PDF viewer.", sheet.styles.body))
        else:
            story.append(_PagePicture(picture))
    return story


def _text_or_problem(item: AppendedDocument, sheet: PacketSheet) -> list[Flowable]:
    styles = sheet.styles
    if item.problem is not None:
        document = item.document
        details = sheet.fields([
            ("Kind", document.kind.label),
            ("Date", format_day(document.document_date or document.received_on)),
            ("From", document.sender),
            ("File name", document.original_name),
        ])
        sentence = ("This document could not be added to the packet: "
                    f"{item.problem.value} It is saved in the folder.")
        out: list[Flowable] = [Paragraph(f"<b>{sentence}</b>", styles.body), Spacer(1, 8)]
        return out + ([details] if details is not None else [])
    paragraphs = [p for p in item.text.split("\n\n") if p.strip()] or ["(This document is empty.)"]
    return [Paragraph(sheet.text.markup(p, keep_lines=True), styles.body) for p in paragraphs]


@dataclass
class _Placement:
    x: float
    y: float
    width: float
    height: float


class _PagePicture(Flowable):  # type: ignore[misc] # ReportLab is untyped
    """A page picture that takes the rest of the frame, scaled to fit, with a thin border."""

    def __init__(self, picture: PagePicture) -> None:
        super().__init__()
        self.picture = picture
        self._available = (0.0, 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available = (available_width, available_height)
        return available_width, max(available_height - 1, 0)

    def draw(self) -> None:
        width, height = self._available
        place = _fit_picture(self.picture, width, max(height - 1, 1))
        reader = ImageReader(BytesIO(self.picture.jpeg))
        self.canv.drawImage(reader, place.x, place.y, place.width, place.height)
        self.canv.setStrokeColor(LIGHT_RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(place.x, place.y, place.width, place.height)


def _fit_picture(picture: PagePicture, width: float, height: float) -> _Placement:
    """The picture scaled to fit ``width`` x ``height``, centred across, at the top."""
    scale = min(width / picture.width, height / picture.height)
    w, h = picture.width * scale, picture.height * scale
    return _Placement((width - w) / 2, height - h, w, h)
