"""Small building blocks shared by the summary and the packet: headings, tables, stacks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from infusion_desk.reports.styles import LIGHT_RULE, RULE, SHADE, Styles

_UNLIMITED = 1e9


def heading(text_markup: str, styles: Styles, width: float) -> Table:
    """A section heading: bold, larger, with a black rule under it."""
    table = Table([[Paragraph(text_markup, styles.heading)]], colWidths=[width])
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 1.0, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def grid(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True,
         shade: bool = True, repeat_header: bool = False) -> Table:
    """A table that reads across: bold column heads over a black rule, light rules between rows
    and every other row lightly shaded (both survive black-and-white printing).

    ``repeat_header`` (for tables that may run over pages) repeats the column heads on each page
    and lets a row taller than a page split across pages."""
    table = Table([list(row) for row in rows], colWidths=list(widths),
                  repeatRows=1 if header and repeat_header else 0,
                  splitInRow=1 if repeat_header else 0)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT_RULE),
    ]
    first = 1 if header else 0
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE))
    if shade:
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [None, SHADE]))
    table.setStyle(TableStyle(commands))
    return table


def stack_height(flowables: Sequence[Flowable], width: float) -> float:
    """The height of ``flowables`` laid one under the other, ``width`` wide."""
    return float(sum(f.wrap(width, _UNLIMITED)[1] for f in flowables))


def draw_stack(canvas: Any, flowables: Sequence[Flowable], x: float, top: float,
               width: float) -> float:
    """Draw ``flowables`` one under the other from ``top`` down; the y where they end."""
    y = top
    for flowable in flowables:
        _w, height = flowable.wrap(width, _UNLIMITED)
        flowable.drawOn(canvas, x, y - height)
        y -= float(height)
    return y
