"""Sharing the ledger's width out, from the font: never sideways scrolling, *What* the most room.

Dates, states and numbers get what their words need. *What*, *Asked by*, what we sent and the
papers share the rest and wrap onto two or three lines. When there is not room for *Sent on*,
*How* and *To whom* side by side (large text, a small window), "What we sent" folds them into one
*Sent* cell: "Nov 22 · Fax · to Meadowbrook".
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from infusion_desk.ui.models.table import RecordFilterProxy
from infusion_desk.ui.requests.ledger_model import (
    ASKED_BY,
    ASKED_ON,
    CONFIRMATION,
    DUE_BY,
    HOW,
    LONG_ONLY,
    PAPERS,
    SENT,
    SENT_ON,
    SHORT_ONLY,
    STATE,
    TO_WHOM,
    WHAT,
)

MIN_LINES, MAX_LINES = 2, 3


@dataclass(frozen=True)
class Share:
    """A column that takes a share of the room left: at least ``least`` characters wide, more
    by ``weight``; ``enough`` characters is what it needs to read comfortably."""

    least: int
    enough: int
    weight: float


SHARES_SHORT = {WHAT: Share(18, 30, 4), ASKED_BY: Share(10, 18, 2), SENT: Share(10, 24, 2.5),
                PAPERS: Share(7, 16, 1.5)}
SHARES_LONG = {WHAT: Share(18, 30, 4), ASKED_BY: Share(10, 18, 2), TO_WHOM: Share(10, 18, 2),
               PAPERS: Share(7, 16, 1.5)}
LONGEST_WORD = {WHAT: "What", ASKED_BY: "Asked", SENT: "Sent", TO_WHOM: "whom",
                PAPERS: "Papers"}  # of each sharing column's title: it never gets narrower
WRAPPING = (STATE, ASKED_BY, WHAT, DUE_BY, SENT, TO_WHOM, CONFIRMATION, PAPERS)
PAD = 12  # the item view's text margins and a little air
EDGE = 4  # the line between the two sides


@dataclass(frozen=True)
class LedgerFit:
    short: bool  # "What we sent" as one *Sent* cell
    widths: dict[int, int]  # the shown columns' widths
    hidden: frozenset[int]  # the columns not shown


def plan_columns(width: int, font: QFont, icon: int) -> LedgerFit:
    """How wide each shown column is, for a table ``width`` pixels wide in ``font``.

    With room to spare, "What we sent" has its five columns. When room is short, *Sent* folds
    the first three into one cell. When even that is tight (very large text), *Asked on* steps
    aside (the details beside the list, and the tooltips, still say it) and *Due by* wraps its
    "3 days overdue" onto the cell's third line.
    """
    metrics = QFontMetrics(font)
    bold_font = QFont(font)
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    em = metrics.averageCharWidth()

    def words(*texts: str) -> int:
        return max(metrics.horizontalAdvance(t) for t in texts) + PAD

    def heading(*texts: str) -> int:  # header titles are bold in some styles
        return max(bold.horizontalAdvance(t) for t in texts) + PAD

    fixed = {
        STATE: max(max(bold.horizontalAdvance("Overdue"), metrics.horizontalAdvance("Confirmed"))
                   + icon + 6 + PAD, heading("Status")),  # "Confirmed received" wraps
        ASKED_ON: max(words("Sep 30"), heading("Asked")),
        DUE_BY: max(words("3 days overdue"), heading("Due by")),
        CONFIRMATION: max(words("Confirmation"), heading("Confirmation")),
    }
    room = max(0, width - 1)
    floors = {c: heading(word) for c, word in LONGEST_WORD.items()}
    floors[WHAT] = max(floors[WHAT], 10 * em)  # below this, better to scroll (200 % text)
    long_fixed = {**fixed, SENT_ON: max(words("Sep 30"), heading("Sent on")) + EDGE,
                  HOW: max(words("Online"), heading("How"))}
    if sum(long_fixed.values()) + sum(s.enough * em for s in SHARES_LONG.values()) <= room:
        return LedgerFit(False, {**long_fixed, **_share(room - sum(long_fixed.values()),
                                                        SHARES_LONG, em, floors)}, SHORT_ONLY)
    hidden = set(LONG_ONLY)
    if sum(fixed.values()) + EDGE + sum(s.least * em for s in SHARES_SHORT.values()) > room:
        del fixed[ASKED_ON]
        hidden.add(ASKED_ON)
        fixed[DUE_BY] = max(words("Nov 30", "overdue", "due in 3", "tomorrow"), heading("Due by"))
    widths = {**fixed, **_share(room - sum(fixed.values()) - EDGE, SHARES_SHORT, em, floors)}
    widths[SENT] += EDGE
    return LedgerFit(True, widths, frozenset(hidden))


def _share(room: int, shares: dict[int, Share], em: int,
           floors: dict[int, int]) -> dict[int, int]:
    least = {c: max(s.least * em, floors.get(c, 0)) for c, s in shares.items()}
    total_least = sum(least.values())
    if room <= total_least:  # a very small window: everyone gives up the same part
        return _squeeze(room, least, {c: floors.get(c, 4 * em) for c in least})
    extra = room - total_least
    total_weight = sum(s.weight for s in shares.values())
    widths = {c: least[c] + int(extra * s.weight / total_weight) for c, s in shares.items()}
    widths[WHAT] += room - sum(widths.values())  # the odd pixels go to *What*
    return widths


def _squeeze(room: int, least: dict[int, int], floors: dict[int, int]) -> dict[int, int]:
    """Shares of ``room`` in proportion to ``least``, none below its floor (a title's word); the
    columns that would go below it keep their floor and the others share what is left."""
    widths: dict[int, int] = {}
    rest = dict(least)
    budget = room
    while rest:
        total = max(1, sum(rest.values()))
        shares = {c: max(0, budget) * w // total for c, w in rest.items()}
        pinched = [c for c, w in shares.items() if w < floors[c]]
        if not pinched:
            widths.update(shares)
            if WHAT in shares:
                widths[WHAT] += max(0, budget - sum(shares.values()))
            break
        for column in pinched:
            widths[column] = floors[column]
            budget -= floors[column]
            del rest[column]
    return widths


def icon_width(table: QTableView) -> int:
    """How wide the state icons are drawn in ``table``."""
    size = table.iconSize()
    if size.isValid() and size.width() > 0:
        return size.width()
    return table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)


def apply_fit(table: QTableView, fit: LedgerFit) -> None:
    header = table.horizontalHeader()
    for column in range(header.count()):
        hidden = column in fit.hidden
        if header.isSectionHidden(column) != hidden:
            table.setColumnHidden(column, hidden)
        if not hidden and column in fit.widths and table.columnWidth(column) != fit.widths[column]:
            table.setColumnWidth(column, fit.widths[column])


def fit_rows(table: QTableView, proxy: RecordFilterProxy, rows: Iterable[int] | None = None
             ) -> None:
    """Each row (of ``rows``; all when None) as tall as its longest wrapped cell needs: two
    lines at least, three at most (longer text ends with "…"; all of it is in the tooltip and
    beside the list)."""
    metrics = table.fontMetrics()
    line = metrics.lineSpacing()
    inner = PAD - 4  # the item view's text margins, left and right
    header = table.horizontalHeader()
    columns = [c for c in WRAPPING if not header.isSectionHidden(c)]
    icon = icon_width(table)
    for row in range(proxy.rowCount()) if rows is None else rows:
        lines = MIN_LINES
        for column in columns:
            if table.columnSpan(row, column) > 1 or lines >= MAX_LINES:
                continue
            text = proxy.index(row, column).data()
            if not text:
                continue
            width = table.columnWidth(column) - inner - (icon + 4 if column == STATE else 0)
            rect = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000),
                                        int(Qt.TextFlag.TextWordWrap), str(text))
            lines = max(lines, min(MAX_LINES, math.ceil(rect.height() / line)))
        height = max(28, lines * line + 12)
        if table.rowHeight(row) != height:
            table.setRowHeight(row, height)
