"""The coverage steps as a table under the step track: one row per step, to choose one to edit
or delete. Long words wrap; every row is as tall as its words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableView, QWidget

from infusion_desk.core import rules
from infusion_desk.core.coverage import (
    STEP_EXPLANATIONS,
    STEP_SUBTITLES,
    approved_period,
    is_done,
    mark_of,
    status_word,
)
from infusion_desk.core.records import Step
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.profile_dialogs import REFERENCE_TIP
from infusion_desk.ui.models.table import Column
from infusion_desk.ui.widgets.forms import plain_tip

STEP_WEIGHTS = (3.0, 1.3, 3.0, 1.8, 2.8)  # how the step table's columns share its width


def _step_tip(step: Step) -> str:
    lines = [step.display_title]
    if STEP_SUBTITLES[step.kind]:
        lines.append(STEP_SUBTITLES[step.kind])
    lines.append(STEP_EXPLANATIONS[step.kind])
    return plain_tip("\n".join(lines))


def step_columns(ctx: FolderContext) -> list[Column]:
    return [
        Column("Step", lambda s: s.display_title, tooltip=_step_tip),
        Column("Status", lambda s: f"{mark_of(s).value}\N{NO-BREAK SPACE}{status_word(s)}"),
        Column("Waiting on", lambda s: "" if is_done(s) else s.waiting_on,
               tooltip=lambda s: "" if is_done(s) else plain_tip(s.waiting_on)),
        Column("Reference no.", lambda s: s.reference_number,
               header_tooltip=REFERENCE_TIP),
        Column("Approved period", lambda s: approved_period(s, ctx.today()),
               sort_key=lambda s: s.approved_to or "",
               bold=lambda s: rules.approval_ends_soon(s, ctx.today())),
    ]


class FittingTable(QTableView):
    """A table as tall as its rows (the page scrolls, not the table), whose columns share the
    width by weight so that long text wraps instead of being cut, and whose rows grow to fit
    their wrapped words."""

    def __init__(self, weights: Sequence[float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weights = list(weights)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(max(28, self.fontMetrics().height() + 10))

    def share_width(self) -> None:
        """Give each column its share by weight, but never less than its longest word; then let
        each row be as tall as its wrapped words."""
        model = self.model()
        if model is None:
            return
        count = model.columnCount()
        needs = [self._longest_word(column) for column in range(count)]
        widths = [0] * count
        free = list(range(count))
        room = self.viewport().width()
        while free:
            total = sum(self._weights[c] for c in free)
            shares = {c: room * self._weights[c] / total for c in free}
            squeezed = [c for c in free if shares[c] < needs[c]]
            if not squeezed:
                for c in free:
                    widths[c] = int(shares[c])
                break
            for c in squeezed:
                widths[c] = needs[c]
                room -= needs[c]
                free.remove(c)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Each row as tall as its tallest wrapped cell, plus a little air."""
        model = self.model()
        if model is None:
            return
        floor = self.verticalHeader().minimumSectionSize()
        for row in range(model.rowCount()):
            self.setRowHeight(row, max(floor, self.sizeHintForRow(row) + 6))
        self.updateGeometry()

    def _longest_word(self, column: int) -> int:
        model = self.model()
        metrics = self.fontMetrics()
        header = model.headerData(column, Qt.Orientation.Horizontal) or ""
        widest = self.horizontalHeader().fontMetrics().horizontalAdvance(str(header))
        for row in range(model.rowCount()):
            for word in str(model.index(row, column).data() or "").split(" "):
                widest = max(widest, int(metrics.horizontalAdvance(word) * 1.05))  # bold cells
        return widest + metrics.averageCharWidth() + 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def sizeHint(self) -> QSize:
        model = self.model()
        count = model.rowCount() if model is not None else 0
        rows = sum(self.rowHeight(r) for r in range(count))
        header = self.horizontalHeader().sizeHint().height()
        return QSize(super().sizeHint().width(),
                     header + max(rows, 28) + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.updateGeometry()
