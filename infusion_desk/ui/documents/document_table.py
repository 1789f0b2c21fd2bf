"""The table of documents: the title and the kind always in view, whatever the text size; the
less needed columns step aside when the list is narrow (all of them are in the details pane)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import DocumentKind
from infusion_desk.ui.documents.document_list import (
    DATED,
    KIND,
    PAGES,
    RECEIVED,
    SENDER,
    TITLE,
    being_read_text,
)
from infusion_desk.ui.models.table import RecordFilterProxy

MIN_ROW = 36  # a row is a target: at least 32 px high at any text size


class DocumentTable(QTableView):
    """The list of documents: the title takes the room the other columns leave. When the list
    is narrow (the page preview needs room too), the less needed columns step aside — pages
    first, then the day it came, who sent it, the date on it — so the title and the kind stay
    readable; they come back when there is room. When even the title and the kind are pressed,
    both are elided in the middle (each cell's tooltip has it whole). Nothing scrolls sideways."""

    DROP_ORDER = (PAGES, RECEIVED, SENDER, DATED)
    TITLE_CHARS = 30  # the title's room before the kind gives up any of its own
    KIND_CHARS = 14  # the kind's least room while the title has less than TITLE_CHARS
    KIND_CHARS_MOST = 24  # the kind's widest (longer kinds are elided, whole in the tooltip)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.natural_widths: dict[int, int] = {}  # column -> the width its words need
        self._fitting = False

    def set_up(self, proxy: RecordFilterProxy, metrics: QFontMetrics) -> None:
        """Show ``proxy``: whole rows, newest first, each column as wide as its words."""
        self.setModel(proxy)
        self.setAccessibleName(translate("DocumentList", "Documents"))
        self.setAccessibleDescription(translate(
            "DocumentList", "Every document in the folder, newest first: its title and what kind "
            "of paper it is. The chosen one's details are below the list."))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(max(MIN_ROW, metrics.height() + 12))
        header = self.horizontalHeader()
        header.setAccessibleName(translate("DocumentList", "Columns of the list of documents"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(metrics.averageCharWidth() * 4)
        bold = header.font()
        bold.setBold(True)
        heads = QFontMetrics(bold)
        pad = metrics.averageCharWidth() * 3
        kinds = [kind.label for kind in DocumentKind] + [being_read_text()]
        longest_kind = min(max(metrics.horizontalAdvance(k) for k in kinds),
                           metrics.averageCharWidth() * self.KIND_CHARS_MOST)
        samples = {KIND: longest_kind, DATED: metrics.horizontalAdvance("Sep 30, 2026"),
                   RECEIVED: metrics.horizontalAdvance("Sep 30, 2026"),
                   SENDER: metrics.horizontalAdvance("Silverpine Health"),
                   PAGES: metrics.horizontalAdvance("999")}
        for column, sample in samples.items():
            header_text = str(proxy.headerData(column, Qt.Orientation.Horizontal))
            self.natural_widths[column] = max(sample, heads.horizontalAdvance(header_text)) + pad
            header.resizeSection(column, self.natural_widths[column])
        header.sectionResized.connect(self._on_header_section_resized)
        self.setSortingEnabled(True)
        self.sortByColumn(RECEIVED, Qt.SortOrder.DescendingOrder)
        self.setMinimumHeight(self.verticalHeader().defaultSectionSize() * 5)

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column in (TITLE, KIND) or new <= 0:
            return
        if new != self.natural_widths.get(column):
            self.natural_widths[column] = new  # she widened or narrowed it herself
            self.fit_title()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_title()

    def room(self) -> int:
        """The width the columns share (the vertical scroll bar's room is always kept)."""
        return self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()

    def fit_title(self) -> None:
        char = self.fontMetrics().averageCharWidth()
        least = char * self.TITLE_CHARS
        room = self.room()
        widths = {c: self.natural_widths.get(c, self.horizontalHeader().sectionSize(c))
                  for c in range(self.horizontalHeader().count()) if c != TITLE}
        hidden: set[int] = set()
        for column in self.DROP_ORDER:
            if room - sum(w for c, w in widths.items() if c not in hidden) >= least:
                break
            hidden.add(column)
        shown = {c: w for c, w in widths.items() if c not in hidden}
        if KIND in shown and room - sum(shown.values()) < least:  # only the kind is left
            kind = min(shown[KIND], max(char * self.KIND_CHARS, room - least))
            shown[KIND] = max(1, min(kind, room // 2))
        self._fitting = True
        try:
            for column in widths:
                self.setColumnHidden(column, column in hidden)
                if column in shown and self.horizontalHeader().sectionSize(column) != shown[column]:
                    self.horizontalHeader().resizeSection(column, shown[column])
            self.horizontalHeader().resizeSection(TITLE, max(1, room - sum(shown.values())))
        finally:
            self._fitting = False
