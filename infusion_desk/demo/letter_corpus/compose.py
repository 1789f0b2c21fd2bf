"""Drawing a one-page letter with ReportLab's canvas while writing down what it says.

Every string drawn on the page goes through :class:`Page`, which keeps it, in reading order, as
the letter's ground-truth text. Layouts (one or two columns, ruled tables, drawn logos) are built
from these few calls, so what the scorer compares against is exactly what is printed.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from infusion_desk.reports.fonts import BOLD, REGULAR, register_fonts

WIDTH, HEIGHT = LETTER  # points


@dataclass(frozen=True)
class Typeface:
    regular: str
    bold: str


TYPEFACES: dict[str, Typeface] = {
    "helvetica": Typeface("Helvetica", "Helvetica-Bold"),
    "times": Typeface("Times-Roman", "Times-Bold"),
    "courier": Typeface("Courier", "Courier-Bold"),
    "dejavu": Typeface(REGULAR, BOLD),
}


@dataclass
class Page:
    """One page being drawn; ``lines`` is what it says, in the order a person reads it."""

    face: Typeface
    title: str
    lines: list[str] = field(default_factory=list)
    _out: io.BytesIO = field(default_factory=io.BytesIO)
    _canvas: Any = None

    def __post_init__(self) -> None:
        register_fonts()
        self._canvas = Canvas(self._out, pagesize=LETTER, invariant=1)
        self._canvas.setTitle(self.title)
        self._canvas.setCreator("Infusion Desk letter corpus")

    # ------------------------------------------------------------------------------ text
    def text(
        self, x: float, y: float, words: str, *, size: float = 10, bold: bool = False,
        colour: str = "#202020", align: str = "left", record: bool = True,
    ) -> None:
        c = self._canvas
        c.setFont(self.face.bold if bold else self.face.regular, size)
        c.setFillColor(colors.HexColor(colour))
        if align == "right":
            c.drawRightString(x, y, words)
        elif align == "centre":
            c.drawCentredString(x, y, words)
        else:
            c.drawString(x, y, words)
        if record and words.strip():
            self.lines.append(words)

    def paragraph(
        self, x: float, y: float, width: float, words: str, *, size: float = 10,
        bold: bool = False, leading: float = 1.3, colour: str = "#202020",
    ) -> float:
        """Wrapped text from its first baseline at ``y``; returns the baseline below it."""
        font = self.face.bold if bold else self.face.regular
        for line in simpleSplit(words, font, size, width):
            self.text(x, y, line, size=size, bold=bold, colour=colour)
            y -= size * leading
        return y

    def width_of(self, words: str, size: float, *, bold: bool = False) -> float:
        font = self.face.bold if bold else self.face.regular
        return float(self._canvas.stringWidth(words, font, size))

    def facts(
        self, x: float, y: float, rows: Sequence[tuple[str, str]], *, label_width: float,
        width: float, size: float = 9.5, rule: bool = True,
    ) -> float:
        """Label / value rows (a label and its value are one line of the text)."""
        widest = max((self.width_of(label, size, bold=True) for label, _ in rows), default=0.0)
        label_width = max(label_width, widest + 10)
        for label, value in rows:
            self._canvas.setFont(self.face.bold, size)
            self._canvas.setFillColor(colors.HexColor("#202020"))
            self._canvas.drawString(x, y, label)
            value_lines = simpleSplit(value, self.face.regular, size, width - label_width)
            self.lines.append(f"{label} {value_lines[0] if value_lines else ''}".strip())
            for number, line in enumerate(value_lines):
                self.text(x + label_width, y, line, size=size, record=number > 0)
                y -= size * 1.35
            if rule:
                self.rule(x, y + size * 0.95, x + width, colour="#c8c8c8", weight=0.3)
            y -= size * 0.35
        return y

    def table(
        self, x: float, y: float, header: Sequence[str], rows: Sequence[Sequence[str]],
        widths: Sequence[float], *, size: float = 8.5, shade: str = "#e4e9ef",
    ) -> float:
        """A ruled grid, one text line per row (cells joined by spaces); returns y below it.

        The text shrinks until every cell fits its column; a heading too wide for its column
        goes on two lines or more, as printed statements do (rather than shrinking the whole
        table to a size nobody prints)."""
        size = self._table_size(header, rows, widths, size)
        heads = [simpleSplit(cell, self.face.bold, size, cell_width - 8) or [""]
                 for cell, cell_width in zip(header, widths, strict=True)]
        extra = size * 1.15 * (max(len(lines) for lines in heads) - 1)
        total = sum(widths)
        for number, row in enumerate([header, *rows]):
            top = y + size * 1.35
            height = size * 2.0 + (extra if number == 0 else 0.0)
            if number == 0:
                self._canvas.setFillColor(colors.HexColor(shade))
                self._canvas.rect(x, top - height, total, height, stroke=0, fill=1)
            left = x
            for column, (cell, cell_width) in enumerate(zip(row, widths, strict=True)):
                numeric = cell[:1] in "$-(" or cell[:1].isdigit()
                if number == 0:
                    for line_number, line in enumerate(heads[column]):
                        self.text(left + 4, y - line_number * size * 1.15, line, size=size,
                                  bold=True, record=False)
                elif numeric:
                    self.text(left + cell_width - 4, y, cell, size=size, record=False,
                              align="right")
                else:
                    self.text(left + 4, y, cell, size=size, record=False)
                left += cell_width
            self.lines.append(" ".join(c for c in row if c))
            self._canvas.setStrokeColor(colors.HexColor("#808080"))
            self._canvas.setLineWidth(0.5)
            self._canvas.rect(x, top - height, total, height, stroke=1, fill=0)
            left = x
            for cell_width in widths[:-1]:
                left += cell_width
                self._canvas.line(left, top - height, left, top)
            y -= height
        return y - size

    def _table_size(self, header: Sequence[str], rows: Sequence[Sequence[str]],
                    widths: Sequence[float], size: float) -> float:
        """The largest size up to ``size`` at which every cell, and every word of a heading,
        fits its column."""
        for row in rows:
            for cell, cell_width in zip(row, widths, strict=True):
                wide = self.width_of(cell, 1.0)
                if wide:
                    size = min(size, (cell_width - 8) / wide)
        for cell, cell_width in zip(header, widths, strict=True):
            for word in cell.split():
                size = min(size, (cell_width - 8) / self.width_of(word, 1.0, bold=True))
        return size

    # ------------------------------------------------------------------------------ shapes
    def rule(self, x0: float, y: float, x1: float, *, colour: str = "#808080",
             weight: float = 0.8) -> None:
        self._canvas.setStrokeColor(colors.HexColor(colour))
        self._canvas.setLineWidth(weight)
        self._canvas.line(x0, y, x1, y)

    def box(self, x: float, y: float, w: float, h: float, *, fill: str | None = None,
            stroke: str | None = "#404040", weight: float = 1.0) -> None:
        c = self._canvas
        if fill:
            c.setFillColor(colors.HexColor(fill))
        if stroke:
            c.setStrokeColor(colors.HexColor(stroke))
            c.setLineWidth(weight)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def logo(self, x: float, y: float, size: float, shape: str, colour: str) -> None:
        """A wordless mark at (x, y) bottom left: shapes only, so it adds no text."""
        c = self._canvas
        ink = colors.HexColor(colour)
        c.setFillColor(ink)
        c.setStrokeColor(ink)
        half = size / 2
        if shape == "pine":
            for step in range(3):
                base = y + step * size * 0.22
                width = size * (0.9 - step * 0.22)
                path = c.beginPath()
                path.moveTo(x + half - width / 2, base)
                path.lineTo(x + half + width / 2, base)
                path.lineTo(x + half, base + size * 0.45)
                path.close()
                c.drawPath(path, stroke=0, fill=1)
        elif shape == "waves":
            c.setLineWidth(size * 0.08)
            for step in range(3):
                path = c.beginPath()
                base = y + size * (0.25 + step * 0.25)
                path.moveTo(x, base)
                for k in range(1, 21):
                    px = x + size * k / 20
                    path.lineTo(px, base + size * 0.08 * math.sin(k / 20 * 2 * math.pi))
                c.drawPath(path, stroke=1, fill=0)
        elif shape == "cross":
            third = size / 3
            c.rect(x + third, y, third, size, stroke=0, fill=1)
            c.rect(x, y + third, size, third, stroke=0, fill=1)
        elif shape == "leaf":
            path = c.beginPath()
            path.moveTo(x, y)
            path.curveTo(x, y + size, x + size * 0.6, y + size, x + size, y + size)
            path.curveTo(x + size, y + size * 0.3, x + size * 0.6, y, x, y)
            c.drawPath(path, stroke=0, fill=1)
        elif shape == "sun":
            c.circle(x + half, y + half, size * 0.28, stroke=0, fill=1)
            c.setLineWidth(size * 0.06)
            for k in range(8):
                angle = k * math.pi / 4
                c.line(x + half + math.cos(angle) * size * 0.36,
                       y + half + math.sin(angle) * size * 0.36,
                       x + half + math.cos(angle) * size * 0.5,
                       y + half + math.sin(angle) * size * 0.5)
        else:  # "rings"
            c.setLineWidth(size * 0.07)
            for k in range(3):
                c.circle(x + half, y + half, size * (0.18 + 0.14 * k), stroke=1, fill=0)

    def band(self, y: float, h: float, colour: str) -> None:
        self.box(0, y, WIDTH, h, fill=colour, stroke=None)

    def pdf(self) -> bytes:
        self._canvas.showPage()
        self._canvas.save()
        return self._out.getvalue()

    @property
    def ground_truth(self) -> str:
        return "\n".join(self.lines)
