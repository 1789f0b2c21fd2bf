"""A small ReportLab letter builder: a letterhead, blocks of text and tables, real extractable text.

The demo's letters are built from plain data with it, so each letter reads like a letter and its
words can be found by the folder's search.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable


@dataclass(frozen=True)
class Letterhead:
    organization: str
    lines: tuple[str, ...] = ()  # address, phone and fax lines under the name
    colour: str = "#1f4e79"
    footer: str = ""  # printed at the bottom of every page, e.g. "THIS IS NOT A BILL"


@dataclass
class LetterBuilder:
    """Collects a letter's blocks in reading order; :meth:`pdf` renders them."""

    head: Letterhead
    title: str
    blocks: list[Flowable] = field(default_factory=list)

    def text(self, *paragraphs: str, style: str = "body") -> LetterBuilder:
        """Plain text (escaped); ``**bold**`` spans are the only markup."""
        for paragraph in paragraphs:
            self.blocks.append(Paragraph(_markup(paragraph), _styles()[style]))
        return self

    def heading(self, text: str) -> LetterBuilder:
        self.blocks.append(Paragraph(_markup(text), _styles()["heading"]))
        return self

    def banner(self, text: str) -> LetterBuilder:
        """A large boxed line, for "THIS IS NOT A BILL" and decisions."""
        table = Table([[Paragraph(_markup(text), _styles()["banner"])]], colWidths=[6.5 * inch])
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        self.blocks += [table, Spacer(1, 8)]
        return self

    def address(self, lines: Sequence[str]) -> LetterBuilder:
        self.blocks.append(Paragraph("<br/>".join(escape(x) for x in lines), _styles()["body"]))
        return self

    def facts(self, rows: Sequence[tuple[str, str]]) -> LetterBuilder:
        """Label / value pairs, as on the top of a plan letter."""
        data = [
            [Paragraph(escape(k), _styles()["label"]), Paragraph(_markup(v), _styles()["cell"])]
            for k, v in rows
        ]
        table = Table(data, colWidths=[1.9 * inch, 4.6 * inch])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8c8c8")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        self.blocks += [table, Spacer(1, 8)]
        return self

    def grid(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> LetterBuilder:
        """A ruled table with a shaded header row; ``widths`` in inches."""
        cell = _styles()["cell"]
        data: list[list[Any]] = [[Paragraph(f"<b>{escape(h)}</b>", cell) for h in header]]
        data += [[Paragraph(_markup(c), cell) for c in row] for row in rows]
        table = Table(data, colWidths=[w * inch for w in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        self.blocks += [table, Spacer(1, 8)]
        return self

    def signature(self, *lines: str) -> LetterBuilder:
        block = [Spacer(1, 10)] + [Paragraph(_markup(x), _styles()["body"]) for x in lines]
        self.blocks.append(KeepTogether(block))
        return self

    def gap(self, points: float = 8) -> LetterBuilder:
        self.blocks.append(Spacer(1, points))
        return self

    def new_page(self) -> LetterBuilder:
        self.blocks.append(PageBreak())
        return self

    def pdf(self) -> bytes:
        out = io.BytesIO()
        doc = SimpleDocTemplate(
            out,
            pagesize=LETTER,
            leftMargin=inch,
            rightMargin=inch,
            topMargin=1.55 * inch,
            bottomMargin=0.9 * inch,
            title=self.title,
            author=self.head.organization,
            creator="Infusion Desk demo",
            invariant=True,  # same input, same bytes: no timestamp or random ID in the file
        )
        doc.build(list(self.blocks), onFirstPage=self._decorate, onLaterPages=self._decorate)
        return out.getvalue()

    def _decorate(self, canvas: Any, doc: Any) -> None:
        width, height = LETTER
        head = self.head
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(head.colour))
        canvas.rect(inch, height - 0.62 * inch, 0.16 * inch, 0.36 * inch, stroke=0, fill=1)
        canvas.setFont("Helvetica-Bold", 15)
        canvas.drawString(1.3 * inch, height - 0.55 * inch, head.organization)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.setFont("Helvetica", 8.5)
        y = height - 0.78 * inch
        for line in head.lines:
            canvas.drawString(1.3 * inch, y, line)
            y -= 11
        canvas.setStrokeColor(colors.HexColor(head.colour))
        canvas.setLineWidth(0.8)
        canvas.line(inch, height - 1.3 * inch, width - inch, height - 1.3 * inch)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(inch, 0.55 * inch, f"{head.organization} · {self.title}")
        canvas.drawRightString(width - inch, 0.55 * inch, f"Page {doc.page}")
        if head.footer:
            canvas.setFont("Helvetica-Bold", 9)
            canvas.drawCentredString(width / 2, 0.72 * inch, head.footer)
        canvas.restoreState()


def _markup(text: str) -> str:
    """Escape text for a Paragraph, then turn ``**x**`` into bold and newlines into breaks."""
    parts = escape(text).split("**")
    out = "".join(f"<b>{p}</b>" if i % 2 else p for i, p in enumerate(parts))
    return out.replace("\n", "<br/>")


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()["Normal"]
    return {
        "body": ParagraphStyle("body", base, fontName="Helvetica", fontSize=10, leading=13.5,
                               spaceAfter=6),
        "small": ParagraphStyle("small", base, fontName="Helvetica", fontSize=8.5, leading=11,
                                spaceAfter=4),
        "heading": ParagraphStyle("heading", base, fontName="Helvetica-Bold", fontSize=11.5,
                                  leading=15, spaceBefore=6, spaceAfter=4),
        "title": ParagraphStyle("title", base, fontName="Helvetica-Bold", fontSize=14,
                                leading=18, spaceAfter=8),
        "banner": ParagraphStyle("banner", base, fontName="Helvetica-Bold", fontSize=12.5,
                                 leading=16, alignment=1),
        "label": ParagraphStyle("label", base, fontName="Helvetica-Bold", fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", base, fontName="Helvetica", fontSize=9, leading=12),
    }
