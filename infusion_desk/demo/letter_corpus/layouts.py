"""Page layouts for the corpus letters: classic, two columns, coloured band, statement.

A layout draws a :class:`Content` on a :class:`compose.Page`; what a letter says does not depend
on the layout it is drawn in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from infusion_desk.demo.letter_corpus.cast import Org
from infusion_desk.demo.letter_corpus.compose import HEIGHT, WIDTH, Page, Typeface

MARGIN = 60.0
BOTTOM = 54.0  # lowest baseline a layout may use


@dataclass(frozen=True)
class Grid:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # points; they add up to the text width or less


@dataclass(frozen=True)
class Content:
    org: Org
    department: str
    date_line: str
    recipient: tuple[str, ...]
    title: str
    facts: tuple[tuple[str, str], ...]
    paragraphs: tuple[str, ...]
    grid: Grid | None = None
    closing: tuple[str, ...] = ()
    banner: str = ""  # a boxed line, e.g. "THIS IS NOT A BILL"
    contact_line: str = field(default="")


class PageFullError(Exception):
    """The content does not fit on one page at this size."""


def _head_lines(content: Content) -> list[str]:
    org = content.org
    lines = [content.department, org.address]
    phones = f"Phone {org.phone}" + (f" · Fax {org.fax}" if org.fax else "")
    lines.append(content.contact_line or phones)
    return lines


def _body(page: Page, content: Content, x: float, y: float, width: float, *, size: float
          ) -> float:
    """Title, paragraphs, grid, banner and closing, top to bottom, in one column."""
    y = page.paragraph(x, y, width, content.title, size=size + 2.5, bold=True) - size * 0.4
    if content.banner:
        page.box(x, y - size * 0.55, width, size * 2.1, fill="#eeeeee")
        page.text(x + width / 2, y + size * 0.05, content.banner, size=size + 1, bold=True,
                  align="centre")
        y -= size * 2.9
    for text in content.paragraphs:
        y = page.paragraph(x, y, width, text, size=size) - size * 0.55
        _check(y)
    if content.grid is not None:
        y -= size * 0.3
        scale = width / sum(content.grid.widths)
        y = page.table(x, y, content.grid.header, content.grid.rows,
                       [w * scale for w in content.grid.widths], size=size - 1.2)
        _check(y)
    y -= size * 0.6
    for line in content.closing:
        y = page.paragraph(x, y, width, line, size=size)
    _check(y)
    return y


def _check(y: float) -> None:
    if y < BOTTOM:
        raise PageFullError


def classic(page: Page, content: Content, size: float) -> None:
    """Logo and name top left, the date on the right, the address, facts, then the letter."""
    org = content.org
    top = HEIGHT - 52
    page.logo(MARGIN, top - 26, 34, org.logo, org.colour)
    page.text(MARGIN + 44, top - 4, org.name, size=16, bold=True, colour=org.colour)
    y = top - 18
    for line in _head_lines(content):
        page.text(MARGIN + 44, y, line, size=8.5, colour="#333333")
        y -= 10.5
    page.rule(MARGIN, y - 2, WIDTH - MARGIN, colour=org.colour)
    y -= 22
    page.text(WIDTH - MARGIN, y, content.date_line, size=size, align="right")
    for line in content.recipient:
        page.text(MARGIN, y, line, size=size)
        y -= size * 1.3
    y -= size
    y = page.facts(MARGIN, y, content.facts, label_width=150, width=WIDTH - 2 * MARGIN,
                   size=size - 0.5) - size * 0.8
    _body(page, content, MARGIN, y, WIDTH - 2 * MARGIN, size=size)


def two_columns(page: Page, content: Content, size: float) -> None:
    """A shaded left column with the facts; the letter itself on the right."""
    org = content.org
    side = 168.0
    page.box(0, 0, side + 24, HEIGHT, fill="#f1f3f5", stroke=None)
    page.logo(28, HEIGHT - 92, 44, org.logo, org.colour)
    y = HEIGHT - 116
    y = page.paragraph(28, y, side - 16, org.name, size=12.5, bold=True, colour=org.colour)
    for line in _head_lines(content):
        y = page.paragraph(28, y - 2, side - 16, line, size=7.5, colour="#333333")
    y -= 18
    for label, value in content.facts:
        page.text(28, y, label, size=7.5, bold=True, colour="#555555")
        y = page.paragraph(28, y - 10, side - 16, value, size=size - 1) - 6
        _check(y)
    x = side + 48
    width = WIDTH - x - 48
    y = HEIGHT - 70
    page.text(x, y, content.date_line, size=size)
    y -= size * 2.4
    for line in content.recipient:
        page.text(x, y, line, size=size)
        y -= size * 1.3
    _body(page, content, x, y - size * 1.2, width, size=size)


def band(page: Page, content: Content, size: float) -> None:
    """A coloured band with the name in white; the facts in a box under it."""
    org = content.org
    page.band(HEIGHT - 86, 86, org.colour)
    page.logo(WIDTH - MARGIN - 46, HEIGHT - 70, 46, org.logo, "#ffffff")
    page.text(MARGIN, HEIGHT - 44, org.name, size=19, bold=True, colour="#ffffff")
    page.text(MARGIN, HEIGHT - 62, content.department, size=9.5, colour="#ffffff")
    y = HEIGHT - 104
    page.text(MARGIN, y, f"{org.address} · {content.contact_line or 'Phone ' + org.phone}",
              size=8, colour="#333333")
    y -= 26
    page.text(MARGIN, y, content.date_line, size=size)
    y -= size * 2
    for line in content.recipient:
        page.text(MARGIN, y, line, size=size)
        y -= size * 1.3
    y -= size * 0.8
    rows = len(content.facts)
    height = rows * (size - 0.5) * 1.7 + 10
    page.box(MARGIN - 6, y - height + size, WIDTH - 2 * MARGIN + 12, height, stroke="#555555",
             weight=0.8)
    y = page.facts(MARGIN, y, content.facts, label_width=170, width=WIDTH - 2 * MARGIN,
                   size=size - 0.5, rule=False) - size * 1.4
    _body(page, content, MARGIN, y, WIDTH - 2 * MARGIN, size=size)


def statement(page: Page, content: Content, size: float) -> None:
    """A bill or notice: name and address top left, an account box top right, then a table."""
    org = content.org
    top = HEIGHT - 50
    page.logo(MARGIN, top - 30, 30, org.logo, org.colour)
    box_x = WIDTH - MARGIN - 200
    # The name and the lines under it wrap short of the account box, as a real one does.
    room = box_x - 18 - (MARGIN + 40)
    y = page.paragraph(MARGIN + 40, top - 10, room, org.name, size=14, bold=True,
                       colour=org.colour) + 14 * 1.3 - 14
    for line in _head_lines(content):
        y = page.paragraph(MARGIN + 40, y, room, line, size=8, leading=1.25, colour="#333333")
    box_top = top + 8
    height = len(content.facts) * 13.0 + 22
    page.box(box_x - 6, box_top - height, 206, height, stroke=org.colour, weight=1.2)
    fy = box_top - 14
    page.text(box_x, fy, content.date_line, size=8.5, bold=True)
    for label, value in content.facts:
        fy -= 13
        page.text(box_x, fy, f"{label}: {value}", size=8)
    y = min(y, box_top - height) - 24
    for line in content.recipient:
        page.text(MARGIN, y, line, size=size)
        y -= size * 1.3
    _body(page, content, MARGIN, y - size, WIDTH - 2 * MARGIN, size=size)


LAYOUTS: dict[str, Callable[[Page, Content, float], None]] = {
    "classic": classic,
    "two_columns": two_columns,
    "band": band,
    "statement": statement,
}


def draw(content: Content, layout: str, face: Typeface) -> Page:
    """The content drawn in the layout at the largest body size that fits on one page."""
    for size in (10.5, 10.0, 9.5, 9.0, 8.5, 8.0):
        page = Page(face, content.title)
        try:
            LAYOUTS[layout](page, content, size)
        except PageFullError:
            continue
        return page
    raise PageFullError(content.title)
