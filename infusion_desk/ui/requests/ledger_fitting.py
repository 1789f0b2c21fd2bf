"""How the Requests tab fits its ledger to the room and the text size: the details about a third
of the width, the columns shared out (``column_fit``), an open request's right side one stretch
that says "not sent yet", and the rows' heights fitted as they come into view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QTableView

from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.models.table import RecordFilterProxy, RecordTableModel
from infusion_desk.ui.requests.column_band import ColumnGroupBand
from infusion_desk.ui.requests.column_fit import (
    MIN_LINES,
    LedgerFit,
    LedgerWords,
    apply_fit,
    fit_header,
    fit_rows,
    icon_width,
    ledger_words,
    most_lines,
    plan_columns,
    row_height,
)
from infusion_desk.ui.requests.ledger_model import PAPERS, SENT_ON, SENT_SIDE, not_sent

FIT_AHEAD = 24  # rows below the view whose height is fitted before she scrolls to them


class LedgerFitting:
    """Mixed into the Requests tab (before ``QWidget``), which makes the parts named here."""

    ctx: FolderContext
    table: QTableView
    proxy: RecordFilterProxy
    model: RecordTableModel
    band: ColumnGroupBand
    splitter: QSplitter
    detail_scroll: QScrollArea
    fit: LedgerFit | None
    _fitting: bool
    _fitted: set[int]  # the rows (of the proxy) whose height fits their words
    _spans_from: int  # the column the "not sent yet" stretches start at

    def _fit_to_font(self) -> None:
        """A header tall enough for two-word titles; the details about a third of the width."""
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(
            row_height(metrics.lineSpacing(), MIN_LINES))
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(metrics.averageCharWidth() * 3)
        total = sum(self.splitter.sizes())
        least = self.detail_scroll.minimumSizeHint().width()
        detail = max(least, 300, metrics.averageCharWidth() * 34)
        if total:
            detail = max(least, min(detail, total * 2 // 5))
        self.splitter.setSizes([max(0, total - detail) or 1030, detail])
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Share the table's width out (see ``column_fit``): no sideways scrolling, *What* the
        most room, "What we sent" in one *Sent* cell when room is short; rows of 2–3 lines."""
        if self._fitting:
            return
        self._fitting = True
        try:
            for _attempt in range(3):  # taller rows may bring the scroll bar: fit again
                width = self.table.viewport().width()
                self.fit = plan_columns(width, self.table.font(), icon_width(self.table),
                                        self._words())
                apply_fit(self.table, self.fit)
                fit_header(self.table)
                if self.first_sent_column() != self._spans_from:
                    self._update_spans()
                self._fitted.clear()
                self._fit_shown_rows()
                if self.table.viewport().width() == width:
                    break
        finally:
            self._fitting = False

    def _words(self) -> LedgerWords:
        """The words the columns are measured on, in the language shown."""
        titles = [str(self.model.headerData(c, Qt.Orientation.Horizontal) or "")
                  for c in range(self.model.columnCount())]
        return ledger_words(titles, self.ctx.today(), not_sent=not_sent(),
                            sent_side=self.band.labels()[-1].text())

    def _update_spans(self) -> None:
        """An open request's right side is one empty stretch that says "not sent yet"."""
        self.table.clearSpans()
        first = self._spans_from = self.first_sent_column()
        for row in range(self.proxy.rowCount()):
            if not self.proxy.row_object(row).sent:
                self.table.setSpan(row, first, 1, PAPERS - first + 1)

    def first_sent_column(self) -> int:
        """The column where "What we sent" starts: *Sent*, or *Sent on* with room to spare."""
        return next((c for c in SENT_SIDE if not self.table.isColumnHidden(c)), SENT_ON)

    def _on_proxy_layout_changed(self, *_args: object) -> None:
        self._update_spans()
        self._fitted.clear()
        self._fit_shown_rows()

    def _on_scrolled(self, _value: int) -> None:
        self._fit_shown_rows()

    def _fit_shown_rows(self) -> None:
        """Fit the height of the rows in view and of the next few, not of every row: measuring
        the words of 2,000 requests at each change would stop the window for a second. Rows
        not fitted yet are two lines tall (the least a row is); each is fitted as it comes
        into view."""
        count, height = self.proxy.rowCount(), self.table.viewport().height()
        if not count or height <= 0:
            return
        top = max(0, self.table.rowAt(0))
        in_view = height // max(1, self.table.verticalHeader().defaultSectionSize()) + 1
        last = min(count - 1, top + in_view + FIT_AHEAD)  # (no row is less tall than that)
        rows = [row for row in range(top, last + 1) if row not in self._fitted]
        if rows:
            fit_rows(self.table, self.proxy, rows, most_lines(self.table))
            self._fitted.update(rows)
