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
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from infusion_desk.core.i18n import translate

Index = QModelIndex | QPersistentModelIndex

MIN_ROW = 28
ROWS_MEASURED = 400


class OneLineDelegate(QStyledItemDelegate):
    """A cell that never wraps (an ID breaks at its hyphens otherwise)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined, unused-ignore]


@dataclass(frozen=True)
class Fit:
    """How wide one column wants to be.

    ``sample``: the widest usual value (one line, in bold if ``bold``); ``chars``: or this many
    average characters; ``icon``: room for a status icon. When room is short a column shrinks
    (its text wraps) down to ``least`` (a text that must still fit on one line) or ``min_chars``
    — or not at all if ``keep`` ("2 days overdue" must stay whole). ``hide_rank``: 0 never
    hidden; else hidden when even shrinking is not enough — 1 first, then 2... ``one_line``: the
    values are IDs ("SRX-CALL-671154"): wide enough for the widest one loaded, and never wrapped
    at a hyphen (a value too long for the room is cut with "…" instead).
    """

    column: int
    sample: str = ""
    chars: float = 0
    icon: bool = False
    bold: bool = False
    least: str = ""
    min_chars: float = 6
    keep: bool = False
    hide_rank: int = 0
    one_line: bool = False


class ColumnFitter(QObject):
    """Keeps ``view``'s columns inside its width; ``stretch`` is the column that takes the rest."""

    def __init__(self, view: QTableView, stretch: int, fits: Sequence[Fit], *, lines: int = 2,
                 stretch_chars: float = 22, stretch_share: float = 0.25,
                 stretch_comfort: float = 0.35) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.fits = list(fits)
        self.lines = lines
        self.stretch_chars = stretch_chars
        self.stretch_share = stretch_share
        self.stretch_comfort = stretch_comfort
        self._wanted_hidden: set[int] = set()
        self._fitting = False
        header = view.horizontalHeader()
        if not header.accessibleName():  # a screen reader names the row of titles
            header.setAccessibleName(translate("TableFit", "Column titles"))
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for fit in self.fits:
            header.setSectionResizeMode(fit.column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(True)
        for fit in self.fits:
            if fit.one_line:
                view.setItemDelegateForColumn(fit.column, OneLineDelegate(view))
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(self._on_model_changed)
        model.rowsInserted.connect(self._on_rows_inserted)
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
    def _on_model_changed(self, *_args: object) -> None:
        if any(fit.one_line for fit in self.fits):
            self.fit()

    def _on_rows_inserted(self, _parent: object, first: int, _last: int) -> None:
        # Only the first rows are measured: a page fetched further down while she scrolls
        # changes no width (fitting again at each page made scrolling stutter).
        if first < ROWS_MEASURED:
            self._on_model_changed()

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
        # Hide only when even the narrowest widths leave the main column too little room...
        for fit in sorted((f for f in shown if f.hide_rank), key=lambda f: f.hide_rank):
            if sum(least[f.column] for f in shown) + stretch_need <= available:
                break
            shown.remove(fit)
        # ...then give what is left to the main column first (up to a comfortable share), then
        # to the others up to the width each wants; the main column takes any rest.
        widths = {f.column: least[f.column] for f in shown}
        spare = max(0, available - stretch_need - sum(widths.values()))
        spare -= min(spare, max(0, int(self.stretch_comfort * available) - stretch_need))
        short = sum(wanted[c] - w for c, w in widths.items())
        for column, width in list(widths.items()):
            more = wanted[column] - width
            widths[column] = width + (more if spare >= short else spare * more // max(1, short))
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
        width = max(QFontMetrics(bold).horizontalAdvance(part) for part in text.split("\n"))
        width += self._padding()
        if self.view.isSortingEnabled():
            width += header.fontMetrics().height()  # the sort arrow
        return width

    def _wanted_width(self, fit: Fit) -> int:
        metrics = self.view.fontMetrics()
        font = QFont(self.view.font())
        font.setBold(fit.bold)
        bold = QFontMetrics(font)
        text = max(bold.horizontalAdvance(fit.sample) if fit.sample else 0,
                   int(fit.chars * metrics.averageCharWidth()))
        if fit.one_line:  # the widest value loaded (the first rows are enough)
            model = self.view.model()
            for row in range(min(model.rowCount(), ROWS_MEASURED)):
                value = model.index(row, fit.column).data()
                text = max(text, bold.horizontalAdvance(str(value)) if value else 0)
        icon = metrics.height() + 6 if fit.icon else 0
        return max(text + icon + self._padding(), self._header_width(fit.column))

    def _least_width(self, fit: Fit) -> int:
        metrics = self.view.fontMetrics()
        icon = metrics.height() + 6 if fit.icon else 0
        text = (metrics.horizontalAdvance(fit.least) if fit.least
                else int(fit.min_chars * metrics.averageCharWidth()))
        return max(text + icon + self._padding(), self._header_width(fit.column))
