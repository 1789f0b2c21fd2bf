"""The one-page summary, made for one meeting: whatever the folder holds, exactly one page.

What the meeting needs (:func:`~infusion_desk.core.meeting.meeting_page`) leads the page under
the patient essentials and the plan IDs; brief lists of everything else follow. How it stays on
one page: every block is a list of flowables measured with ``wrap()`` at its real width, and
:func:`~infusion_desk.reports.fitting.choose` picks how many items of each list to show and how
short long text must be so that the blocks fit the frame. The meeting's items outrank every other
item, so none of them is left out while anything for another meeting is shown. A cut list says
how many more there are and on which tab of the app; a cut field ends with "…". Nothing is ever
drawn past the frame: if even the smallest choice were too tall, the page prints what fits and
says the rest is in the folder.
"""

from __future__ import annotations

import logging
import time
from io import BytesIO
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from infusion_desk.core.counts import FolderCounts
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.core.meeting import Audience, Meeting, MeetingPage, meeting_page
from infusion_desk.reports.data import SummaryData, folder_records, summary_counts
from infusion_desk.reports.fitting import Choice, choose
from infusion_desk.reports.fonts import REGULAR, PrintableText
from infusion_desk.reports.layout import draw_stack, stack_height
from infusion_desk.reports.styles import LIGHT_RULE, MARGIN, Paper, make_styles, page_size
from infusion_desk.reports.summary_blocks import Sheet
from infusion_desk.reports.summary_pages import Layout, brief_page, meeting_blocks
from infusion_desk.reports.words import DISCLAIMER, said

log = logging.getLogger(__name__)

BODY_SIZE = 10.0  # the smallest type on the page, footer included
ROW_GAP = 5.0
COLUMN_GAP = 18.0
FOOTER_HEIGHT = 34.0
# Longest text per field, most generous first; the fitting loop steps down this list.
TEXT_LIMITS = (200, 140, 110, 90, 72, 56, 40)  # by fitting.TEXT_STEPS
CUT_NOTICE = QT_TRANSLATE_NOOP(
    "SummaryPage", "This page has no room for the rest: it is in the app, on its tabs.")
MEETING_TIER = 1000.0  # an item of the meeting's own outranks anything for another meeting

def build_summary(data: SummaryData, *, paper: Paper = "letter",
                  meeting: Meeting | None = None) -> bytes:
    """The one-page summary of ``data`` for ``meeting`` (everything, in brief, by default), as
    PDF bytes (US Letter or A4). Raises :class:`~infusion_desk.core.errors.NoSuchContactError`
    when the meeting names a doctor or plan the folder does not hold."""
    started = time.perf_counter()
    meeting = meeting or Meeting()
    page_width, page_height = page_size(paper)
    chosen = meeting_page(meeting, folder_records(data), data.today)
    styles = make_styles(body=BODY_SIZE, small=BODY_SIZE, spacing=1.2)
    sheet = Sheet(styles, PrintableText(), data.today, _about(data))
    width = page_width - 2 * MARGIN
    height = page_height - 2 * MARGIN - FOOTER_HEIGHT
    page = _Page(sheet, width, page_layout(sheet, data, chosen, summary_counts(data)))
    choice = _fit(page, height)

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(page_width, page_height), pageCompression=1,
                    initialFontName=REGULAR)
    name = sheet.text.plain(data.profile.patient_name)
    canvas.setTitle(translate("SummaryPage", "Summary — {name}").format(name=name) if name
                    else translate("SummaryPage", "Appointment summary"))
    canvas.setAuthor("Infusion Desk")
    canvas.setSubject(translate("SummaryPage", "Appointment summary: {meeting}").format(
        meeting=chosen.title))
    canvas.setCreator("Infusion Desk")
    page.draw(canvas, choice, MARGIN, page_height - MARGIN, height)
    _footer(canvas, sheet, page_width)
    canvas.showPage()
    canvas.save()
    sheet.text.log_substitutions("summary")
    log.info("summary built in %.2f s (%s, %s)", time.perf_counter() - started, paper,
             meeting.audience.value)
    return buffer.getvalue()


def page_layout(sheet: Sheet, data: SummaryData, chosen: MeetingPage, counts: FolderCounts
                ) -> Layout:
    """Everything in brief, or the meeting's sections first and brief lists of the rest."""
    if chosen.meeting.audience is Audience.ALL:
        return brief_page(sheet, data, chosen, counts)
    return meeting_blocks(sheet, data, chosen, counts, tier=MEETING_TIER)


def _about(data: SummaryData) -> dict[tuple[str, int], str]:
    about = {("request", r.id): r.what for r in data.requests if r.id is not None}
    about.update({("step", s.id): s.display_title for s in data.steps if s.id is not None})
    return about


class _Page:
    """The summary's blocks, built on demand and measured once for each size."""

    def __init__(self, sheet: Sheet, width: float, layout: Layout) -> None:
        self.sheet = sheet
        self.width = width
        self.column = (width - COLUMN_GAP) / 2
        self.layout = layout
        self.full = {row[0] for row in layout.rows if len(row) == 1}
        self._cache: dict[tuple[Any, ...], tuple[list[Flowable], float]] = {}

    @property
    def lengths(self) -> dict[str, int]:
        return {name: block.length for name, block in self.layout.blocks.items()}

    @property
    def priorities(self) -> dict[str, tuple[float, ...]]:
        return {name: block.priorities for name, block in self.layout.blocks.items()}

    def block(self, name: str, choice: Choice) -> tuple[list[Flowable], float]:
        block = self.layout.blocks[name]
        limit = max(TEXT_LIMITS[min(choice.level, len(TEXT_LIMITS) - 1)], block.floor)
        key = (name, limit, *(choice.shown.get(d, 0) for d in (name, *block.depends)))
        if key not in self._cache:
            width = self.width if name in self.full else self.column
            flowables = block.build(choice, limit, width)
            self._cache[key] = (flowables, stack_height(flowables, width))
        return self._cache[key]

    def row_heights(self, choice: Choice) -> list[float]:
        return [max(self.block(name, choice)[1] for name in row) for row in self.layout.rows]

    def total_height(self, choice: Choice) -> float:
        heights = [h for h in self.row_heights(choice) if h > 0]
        return sum(heights) + ROW_GAP * max(len(heights) - 1, 0)

    def draw(self, canvas: Any, choice: Choice, x: float, top: float, height: float) -> None:
        """Draw the blocks row by row. Normally they all fit (see :func:`_fit`); if not, the
        rows that fit are drawn, then one line saying the rest is in the folder."""
        bottom = top - height
        heights = self.row_heights(choice)
        overflowing = self.total_height(choice) > height
        notice = Paragraph(said(CUT_NOTICE, "SummaryPage"), self.sheet.styles.bold)
        reserve = notice.wrap(self.width, height)[1] + ROW_GAP if overflowing else 0.0
        y = top
        for row, row_height in zip(self.layout.rows, heights, strict=True):
            if row_height <= 0:
                continue
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


def _fit(page: _Page, height: float) -> Choice:
    def fits(choice: Choice) -> bool:
        return page.total_height(choice) <= height

    choice = choose(page.lengths, fits, priorities=page.priorities,
                    protected=page.layout.protected)
    if not fits(choice):
        log.warning("summary: even the shortest page is too tall; the rest is left out")
    return choice


def _footer(canvas: Any, sheet: Sheet, page_width: float) -> None:
    """The disclaimer under a rule, at body size (on two lines if it must)."""
    width = page_width - 2 * MARGIN
    note = Paragraph(sheet.text.markup(said(DISCLAIMER)), sheet.styles.body)
    _w, note_height = note.wrap(width, FOOTER_HEIGHT)
    canvas.saveState()
    canvas.setStrokeColor(LIGHT_RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, MARGIN + note_height + 3, page_width - MARGIN, MARGIN + note_height + 3)
    canvas.restoreState()
    note.drawOn(canvas, MARGIN, MARGIN)

