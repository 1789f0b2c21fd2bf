"""Sharing the ledger's width out, from the font and the words in use: never sideways scrolling,
*What they asked for* and *Asked on* always shown, *What* the most room.

Dates, states and numbers get what their words need (measured in the language shown). *What*,
*Asked by*, what we sent and the papers share the rest and wrap onto two or three lines. When
there is not room for *Sent on*, *How* and *To whom* side by side (large text, a small window),
"What we sent" folds them into one *Sent* cell: "Nov 22 · Fax · to Meadowbrook". When even that
is tight, the secondary columns step aside in turn — *Confirmation number*, *Papers*, *Asked by*,
*Status* — and the details beside the list show them; *What* and *Asked on* never do.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from infusion_desk.core.dates import relative_due
from infusion_desk.core.ledger_words import short_day
from infusion_desk.core.records import RequestState, SendMethod
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
ROWS_AT_THREE_LINES = 6  # rows take up to three lines only when this many still fit in view
# Into the details pane, in this order. Without *Status*, a row still says where it stands in
# words: "3 days overdue" under its due date, "— not sent yet —" or what we sent.
STEP_ASIDE = (CONFIRMATION, PAPERS, ASKED_BY, STATE)


@dataclass(frozen=True)
class Share:
    """A column that takes a share of the room left: at least ``least`` characters wide, more
    by ``weight``; ``enough`` characters is what it needs to read comfortably."""

    least: int
    enough: int
    weight: float


SHARES_SHORT = {WHAT: Share(18, 30, 4), ASKED_BY: Share(10, 18, 2), SENT: Share(10, 24, 2.5),
                CONFIRMATION: Share(8, 14, 1), PAPERS: Share(7, 16, 1.5)}
SHARES_LONG = {WHAT: Share(18, 30, 4), ASKED_BY: Share(10, 18, 2), TO_WHOM: Share(10, 18, 2),
               PAPERS: Share(7, 16, 1.5)}
WRAPPING = (STATE, ASKED_BY, WHAT, DUE_BY, SENT, TO_WHOM, CONFIRMATION, PAPERS)
PAD = 12  # the item view's text margins and a little air
ONE_LINE_TITLE = 4  # characters a column may widen by to keep its title on one line
EDGE = 4  # the line between the two sides


@dataclass(frozen=True)
class LedgerWords:
    """The words the widths are measured on, in the language shown: the column titles, the
    states, a short date and the due words."""

    titles: dict[int, str]
    states: tuple[str, ...]
    overdue: str  # the state drawn in bold
    days: tuple[str, ...] = ()
    due: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    not_sent: str = ""  # what an open request's right side says
    sent_side: str = ""  # the title over the right side


def ledger_words(titles: Sequence[str], today: date, *, not_sent: str = "",
                 sent_side: str = "") -> LedgerWords:
    """The words of a ledger whose column titles are ``titles`` (the model's, translated)."""
    days = tuple(short_day(date(today.year, month, 30 if month != 2 else 28), today)
                 for month in range(1, 13))
    due = tuple(relative_due(today + timedelta(days=n), today) for n in (-3, -1, 0, 1, 3))
    return LedgerWords(dict(enumerate(titles)), tuple(s.label for s in RequestState),
                       RequestState.OVERDUE.label, days, due, tuple(m.label for m in SendMethod),
                       not_sent, sent_side)


def _longest_word(text: str, metrics: QFontMetrics) -> int:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def _two_lines(text: str, metrics: QFontMetrics) -> int:
    """The least width that holds ``text`` on two lines, broken at a space."""
    words = text.split()
    if len(words) < 2:
        return metrics.horizontalAdvance(text)
    return min(max(metrics.horizontalAdvance(" ".join(words[:n])),
                   metrics.horizontalAdvance(" ".join(words[n:]))) for n in range(1, len(words)))


@dataclass(frozen=True)
class LedgerFit:
    short: bool  # "What we sent" as one *Sent* cell
    widths: dict[int, int]  # the shown columns' widths
    hidden: frozenset[int]  # the columns not shown


def plan_columns(width: int, font: QFont, icon: int, words: LedgerWords) -> LedgerFit:
    """How wide each shown column is, for a table ``width`` pixels wide in ``font``.

    With room to spare, "What we sent" has its five columns. When room is short, *Sent* folds
    the first three into one cell. When even that is tight (large text), the secondary columns
    step aside (``STEP_ASIDE``; the details beside the list, and the tooltips, still say them).
    *What* and *Asked on* are always shown.
    """
    metrics = QFontMetrics(font)
    bold_font = QFont(font)
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    em = metrics.averageCharWidth()

    def values(*texts: str) -> int:
        return max((metrics.horizontalAdvance(t) for t in texts if t), default=0) + PAD

    def heading(column: int) -> int:  # titles are bold in some styles; they wrap at spaces
        return _longest_word(words.titles.get(column, ""), bold) + PAD

    states = max([bold.horizontalAdvance(words.overdue)]
                 + [_longest_word(s, metrics) for s in words.states])  # "Confirmed received" wraps
    def title_fits(column: int, width: int) -> int:
        """``width``, or the title's whole width if that costs little more: a title on one
        line keeps the header one line tall, which leaves room for more rows."""
        whole = bold.horizontalAdvance(words.titles.get(column, "")) + PAD + 4
        return max(width, heading(column), whole if whole <= width + ONE_LINE_TITLE * em else 0)

    fixed = {
        STATE: title_fits(STATE, states + icon + 6 + PAD),
        ASKED_ON: title_fits(ASKED_ON, values(*words.days)),
        DUE_BY: title_fits(DUE_BY, values(*words.days, *words.due)),
    }
    room = max(0, width - 1)
    floors = {c: heading(c) for c in (*SHARES_SHORT, *SHARES_LONG)}
    floors[WHAT] = max(floors[WHAT], 10 * em)  # *What* never narrower than this
    # The right side's first column holds "— not sent yet —" and its title over it (in bold,
    # in a box) on two lines.
    floors[SENT] = max(floors[SENT], _two_lines(words.not_sent, metrics) + PAD,
                       _two_lines(words.sent_side, bold) + 3 * PAD)
    long_fixed = {**fixed, CONFIRMATION: max(8 * em + PAD, heading(CONFIRMATION)),
                  SENT_ON: max(values(*words.days), heading(SENT_ON)) + EDGE,
                  HOW: max(values(*words.methods), heading(HOW))}
    if sum(long_fixed.values()) + sum(s.enough * em for s in SHARES_LONG.values()) <= room:
        return LedgerFit(False, {**long_fixed, **_share(room - sum(long_fixed.values()),
                                                        SHARES_LONG, em, floors)}, SHORT_ONLY)
    hidden = set(LONG_ONLY)
    shares = dict(SHARES_SHORT)
    for column in STEP_ASIDE:
        least = sum(max(s.least * em, floors[c]) for c, s in shares.items())
        if sum(fixed.values()) + EDGE + least <= room:
            break
        shares.pop(column, None)
        fixed.pop(column, None)
        hidden.add(column)
    widths = {**fixed, **_share(room - sum(fixed.values()) - EDGE, shares, em, floors)}
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


def most_lines(table: QTableView) -> int:
    """Three lines a row when that still leaves room for a good many rows, else two (large
    text): she sees more requests at once, and each one whole beside the list."""
    line = table.fontMetrics().lineSpacing()
    room = table.viewport().height()
    return MAX_LINES if room >= ROWS_AT_THREE_LINES * row_height(line, MAX_LINES) else MIN_LINES


def row_height(line: int, lines: int) -> int:
    return max(28, lines * line + 12)


def fit_header(table: QTableView) -> None:
    """The titles' row as tall as the most lines a shown title wraps onto, no taller."""
    header = table.horizontalHeader()
    bold_font = QFont(header.font())
    bold_font.setBold(True)
    metrics = QFontMetrics(bold_font)
    model = table.model()
    lines = 1
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        rect = metrics.boundingRect(QRect(0, 0, max(1, header.sectionSize(column) - 10), 10_000),
                                    int(Qt.TextFlag.TextWordWrap), title)
        lines = max(lines, round(rect.height() / metrics.lineSpacing()))
    height = lines * metrics.lineSpacing() + 12
    if header.height() != height:
        header.setFixedHeight(height)


def fit_rows(table: QTableView, proxy: RecordFilterProxy, rows: Iterable[int] | None = None,
             most: int = MAX_LINES) -> None:
    """Each row (of ``rows``; all when None) as tall as its longest wrapped cell needs: two
    lines at least, ``most`` at most (longer text ends with "…"; all of it is in the tooltip
    and beside the list)."""
    metrics = table.fontMetrics()
    line = metrics.lineSpacing()
    inner = PAD - 4  # the item view's text margins, left and right
    header = table.horizontalHeader()
    columns = [c for c in WRAPPING if not header.isSectionHidden(c)]
    icon = icon_width(table)
    for row in range(proxy.rowCount()) if rows is None else rows:
        lines = MIN_LINES
        for column in columns:
            if table.columnSpan(row, column) > 1 or lines >= most:
                continue
            text = proxy.index(row, column).data()
            if not text:
                continue
            width = table.columnWidth(column) - inner - (icon + 4 if column == STATE else 0)
            rect = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000),
                                        int(Qt.TextFlag.TextWordWrap), str(text))
            lines = max(lines, min(most, math.ceil(rect.height() / line)))
        height = row_height(line, lines)
        if table.rowHeight(row) != height:
            table.setRowHeight(row, height)
