"""The one-page appointment summary: whatever the folder holds, exactly one page.

How it stays on one page: every block is a list of flowables measured with ``wrap()`` at its real
width, and :func:`~infusion_desk.reports.fitting.choose` picks how many items of each ranked list
to show and how short long text must be so that the blocks fit the frame. Every cut list ends
with a "+ N more" line, and every cut field with "…". Nothing is ever drawn past the frame: if
even the smallest choice were too tall, the page prints what fits and says the rest is in the
folder.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from infusion_desk.reports import ranking
from infusion_desk.reports.data import SummaryData
from infusion_desk.reports.fitting import Choice, choose
from infusion_desk.reports.fonts import REGULAR, PrintableText
from infusion_desk.reports.layout import draw_stack, stack_height
from infusion_desk.reports.styles import (
    LIGHT_RULE,
    MARGIN,
    Paper,
    make_styles,
    page_size,
)
from infusion_desk.reports.summary_blocks import (
    Sheet,
    calls_block,
    contacts_block,
    documents_block,
    header,
    plans_block,
    profile_block,
    questions_block,
    requests_block,
    steps_block,
)
from infusion_desk.reports.words import DISCLAIMER

log = logging.getLogger(__name__)

ROW_GAP = 8.0
COLUMN_GAP = 18.0
FOOTER_HEIGHT = 24.0
# Longest text per field, most generous first; the fitting loop steps down this list.
TEXT_LIMITS = (200, 140, 110, 90, 72, 56, 40)  # by fitting.TEXT_STEPS
_FOOTER_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)
CUT_NOTICE = "More is in the folder: this page has no room for the rest."

# The page, top to bottom: a tuple of two names is a row of two columns.
LAYOUT: tuple[tuple[str, ...], ...] = (
    ("header",),
    ("profile",),
    ("plans",),
    ("steps",),
    ("requests",),
    ("questions", "contacts"),
    ("calls", "documents"),
)


def build_summary(data: SummaryData, *, paper: Paper = "letter") -> bytes:
    """The one-page appointment summary of ``data``, as PDF bytes (US Letter or A4)."""
    started = time.perf_counter()
    page_width, page_height = page_size(paper)
    sheet = Sheet(make_styles(), PrintableText(), data.today)
    width = page_width - 2 * MARGIN
    height = page_height - 2 * MARGIN - FOOTER_HEIGHT
    page = _Page(sheet, data, width)
    choice = _fit(page, height)

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(page_width, page_height), pageCompression=1,
                    initialFontName=REGULAR)
    name = sheet.text.plain(data.profile.patient_name)
    canvas.setTitle(f"Summary — {name}" if name else "Appointment summary")
    canvas.setAuthor("Infusion Desk")
    canvas.setSubject("Appointment summary")
    canvas.setCreator("Infusion Desk")
    top = page_height - MARGIN
    page.draw(canvas, choice, MARGIN, top, height)
    _footer(canvas, page_width)
    canvas.showPage()
    canvas.save()
    sheet.text.log_substitutions("summary")
    log.info("summary built in %.2f s (%s)", time.perf_counter() - started, paper)
    return buffer.getvalue()


class _Page:
    """The summary's blocks for one folder, built on demand and measured once each."""

    def __init__(self, sheet: Sheet, data: SummaryData, width: float) -> None:
        self.sheet = sheet
        self.width = width
        self.column = (width - COLUMN_GAP) / 2
        today = data.today
        plans = ranking.plans_in_order(data.plans)
        calls = ranking.newest_calls_first(data.calls)
        contacts = ranking.key_contacts(data.contacts, calls)
        steps = ranking.steps_in_order(data.steps, today)
        requests = ranking.open_requests(data.requests, today)
        questions = ranking.open_questions(data.questions)
        documents = ranking.documents_newest_first(data.documents)
        call_total = max(data.counts.calls, len(calls))
        self.lengths = {
            "plans": len(plans), "contacts": len(contacts), "steps": len(steps),
            "requests": len(requests), "calls": len(calls), "questions": len(questions),
            "documents": len(documents),
        }
        profile = data.profile
        self._builders: dict[str, Callable[[int, int, float], list[Flowable]]] = {
            "header": lambda _n, _limit, w: header(sheet, profile, w),
            "profile": lambda _n, limit, w: profile_block(sheet, profile, limit, w),
            "plans": lambda n, limit, w: plans_block(sheet, plans, n, limit, w),
            "contacts": lambda n, limit, w: contacts_block(sheet, contacts, n, limit, w),
            "calls": lambda n, limit, w: calls_block(sheet, calls, n, limit, w, total=call_total),
            "questions": lambda n, limit, w: questions_block(sheet, questions, n, limit, w),
            "steps": lambda n, limit, w: steps_block(sheet, steps, n, limit, w),
            "requests": lambda n, limit, w: requests_block(sheet, requests, n, limit, w,
                                                            ledger_size=len(data.requests)),
            "documents": lambda n, limit, w: documents_block(sheet, documents, n, limit, w),
        }
        self._cache: dict[tuple[str, int, int], tuple[list[Flowable], float]] = {}

    def block(self, name: str, choice: Choice) -> tuple[list[Flowable], float]:
        shown = choice.shown.get(name, 0)
        limit = TEXT_LIMITS[min(choice.level, len(TEXT_LIMITS) - 1)]
        key = (name, shown, limit)
        if key not in self._cache:
            width = self.width if _is_full_width(name) else self.column
            flowables = self._builders[name](shown, limit, width)
            self._cache[key] = (flowables, stack_height(flowables, width))
        return self._cache[key]

    def row_heights(self, choice: Choice) -> list[float]:
        return [max(self.block(name, choice)[1] for name in row) for row in LAYOUT]

    def total_height(self, choice: Choice) -> float:
        return sum(self.row_heights(choice)) + ROW_GAP * (len(LAYOUT) - 1)

    def draw(self, canvas: Any, choice: Choice, x: float, top: float, height: float) -> None:
        """Draw the blocks row by row. Normally they all fit (see :func:`_fit`); if not, the
        rows that fit are drawn, then one line saying the rest is in the folder."""
        bottom = top - height
        heights = self.row_heights(choice)
        overflowing = self.total_height(choice) > height
        notice = Paragraph(CUT_NOTICE, self.sheet.styles.bold)
        reserve = notice.wrap(self.width, height)[1] + ROW_GAP if overflowing else 0.0
        y = top
        for row, row_height in zip(LAYOUT, heights, strict=True):
            if y - row_height - reserve < bottom - 0.01:
                log.warning("summary: the page was still too full; later blocks left out")
                if y - notice.height >= bottom:
                    notice.drawOn(canvas, x, y - notice.height)
                return
            for index, name in enumerate(row):
                flowables, _h = self.block(name, choice)
                width = self.width if len(row) == 1 else self.column
                left = x + index * (self.column + COLUMN_GAP)
                draw_stack(canvas, flowables, left, y, width)
            y -= row_height + ROW_GAP


def _is_full_width(name: str) -> bool:
    return any(len(row) == 1 and row[0] == name for row in LAYOUT)


def _fit(page: _Page, height: float) -> Choice:
    def fits(choice: Choice) -> bool:
        return page.total_height(choice) <= height

    choice = choose(page.lengths, fits)
    if not fits(choice):
        log.warning("summary: even the shortest page is too tall; the rest is left out")
    return choice


def _footer(canvas: Any, page_width: float) -> None:
    width = page_width - 2 * MARGIN
    size = next((s for s in _FOOTER_SIZES
                 if canvas.stringWidth(DISCLAIMER, REGULAR, s) <= width), _FOOTER_SIZES[-1])
    canvas.saveState()
    canvas.setStrokeColor(LIGHT_RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, MARGIN + 13, page_width - MARGIN, MARGIN + 13)
    canvas.setFont(REGULAR, size)
    canvas.drawCentredString(page_width / 2, MARGIN + 2, DISCLAIMER)
    canvas.restoreState()
