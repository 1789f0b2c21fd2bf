"""Tables that never scroll sideways: columns sized from the font, the main text column stretching.

A list of calls or people must show its key columns at any text size (100–200 %) in a 1366-pixel
window. :class:`ColumnFitter` sizes every column from the table's font (a sample of the widest
usual value, never narrower than its header), lets one main column take the rest and wrap, hides
the least useful columns when even that leaves too little room (the details pane shows them), and
sizes rows and icons from the font too. It refits on every resize and font change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

MIN_ROW = 28


@dataclass(frozen=True)
class Fit:
    """How wide one column wants to be.

    ``sample``: the widest usual value (one line, in bold if ``bold``); ``chars``: or this many
    average characters; ``icon``: room for a status icon; ``min_chars``: how far it may shrink
    (wrapping) when room is short — or never, if ``keep`` ("2 days overdue" must stay whole);
    ``hide_rank``: 0 never hidden, else hidden when room is short — 1 first, then 2...
    """

    column: int
    sample: str = ""
    chars: float = 0
    icon: bool = False
    bold: bool = False
    min_chars: float = 6
    keep: bool = False
    hide_rank: int = 0


class ColumnFitter(QObject):
    """Keeps ``view``'s columns inside its width; ``stretch`` is the column that takes the rest."""

    def __init__(self, view: QTableView, stretch: int, fits: Sequence[Fit], *, lines: int = 2,
                 stretch_chars: float = 22, stretch_share: float = 0.28) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.fits = list(fits)
        self.lines = lines
        self.stretch_chars = stretch_chars
        self.stretch_share = stretch_share
        self._wanted_hidden: set[int] = set()
        self._fitting = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for fit in self.fits:
            header.setSectionResizeMode(fit.column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(True)
        self._viewport = view.viewport()
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self.fit()

    # ------------------------------------------------------------------ asking
    def hide_columns(self, columns: Iterable[int]) -> None:
        """Keep these columns hidden whatever the room (e.g. nothing in them to show)."""
        wanted = set(columns)
        if wanted != self._wanted_hidden:
            self._wanted_hidden = wanted
            self.fit()

    def hidden_columns(self) -> set[int]:
        return {f.column for f in self.fits if self.view.isColumnHidden(f.column)}

    # ------------------------------------------------------------------ fitting
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if ((watched is self.view and kind == QEvent.Type.FontChange)
                or (watched is self._viewport and kind == QEvent.Type.Resize)) and (
                shiboken6.isValid(self.view)):
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        if self._fitting:  # hiding a column resizes the viewport, which asks again
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        view = self.view
        metrics = view.fontMetrics()
        height = metrics.height()
        view.setIconSize(QSize(height, height))
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(min(MIN_ROW, height))
        rows.setDefaultSectionSize(max(MIN_ROW, self.lines * metrics.lineSpacing() + 12))
        header = view.horizontalHeader()
        header.setMinimumSectionSize(max(16, metrics.averageCharWidth() * 3))

        wanted = {fit.column: self._wanted_width(fit) for fit in self.fits}
        least = {fit.column: wanted[fit.column] if fit.keep
                 else min(wanted[fit.column], self._least_width(fit)) for fit in self.fits}
        available = view.viewport().width()
        if available <= 0:
            return
        stretch_need = max(self._header_width(self.stretch),
                           int(self.stretch_chars * metrics.averageCharWidth()),
                           int(self.stretch_share * available))
        shown = [f for f in self.fits if f.column not in self._wanted_hidden]
        for fit in sorted((f for f in shown if f.hide_rank), key=lambda f: f.hide_rank):
            if sum(wanted[f.column] for f in shown) + stretch_need <= available:
                break
            shown.remove(fit)
        widths = {f.column: wanted[f.column] for f in shown}
        over = sum(widths.values()) + stretch_need - available
        if over > 0:  # shrink (and wrap) the other columns toward their least width
            room = sum(width - least[column] for column, width in widths.items())
            for column, width in list(widths.items()):
                give = width - least[column]
                widths[column] = width - (min(give, (over * give + room - 1) // room)
                                          if room else 0)
        shown_columns = {f.column for f in shown}
        for fit in self.fits:
            view.setColumnHidden(fit.column, fit.column not in shown_columns)
        view.setColumnHidden(self.stretch, False)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _padding(self) -> int:
        return self.view.fontMetrics().averageCharWidth() + 10

    def _header_width(self, column: int) -> int:
        header = self.view.horizontalHeader()
        text = str(self.view.model().headerData(column, header.orientation()) or "")
        bold = QFont(header.font())
        bold.setBold(True)  # some styles draw headers bold: leave room for it
        width = QFontMetrics(bold).horizontalAdvance(text) + self._padding()
        if self.view.isSortingEnabled():
            width += header.fontMetrics().height()  # the sort arrow
        return width

    def _wanted_width(self, fit: Fit) -> int:
        metrics = self.view.fontMetrics()
        font = QFont(self.view.font())
        font.setBold(fit.bold)
        text = max(QFontMetrics(font).horizontalAdvance(fit.sample) if fit.sample else 0,
                   int(fit.chars * metrics.averageCharWidth()))
        icon = metrics.height() + 6 if fit.icon else 0
        return max(text + icon + self._padding(), self._header_width(fit.column))

    def _least_width(self, fit: Fit) -> int:
        metrics = self.view.fontMetrics()
        icon = metrics.height() + 6 if fit.icon else 0
        return int(fit.min_chars * metrics.averageCharWidth()) + icon + self._padding()
