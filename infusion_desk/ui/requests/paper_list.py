"""A list of papers that shows each title whole: wrapped, with its kind and date on a grey line
under it ("Clinical notes · Nov 25, 2026"). The item's text stays the title alone."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from infusion_desk.core.dates import format_short
from infusion_desk.core.records import Document

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 20  # the grey second line
MARGIN = 4
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
SEPARATOR = " · "


def paper_title(document: Document) -> str:
    return document.title or document.original_name or "Untitled document"


def paper_detail(document: Document) -> str:
    """``Clinical notes · Nov 25, 2026``: the kind, and the day it came (or is dated)."""
    when = format_short(document.received_on or document.document_date)
    return document.kind.label + (f"{SEPARATOR}{when}" if when else "")


def paper_item(document: Document) -> QListWidgetItem:
    item = QListWidgetItem(paper_title(document))
    item.setData(Qt.ItemDataRole.UserRole, document.id)
    item.setData(DETAIL_ROLE, paper_detail(document))
    return item


class PaperDelegate(QStyledItemDelegate):
    """Draws a paper: the whole title wrapped to the list's width, then a grey detail line."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                width: int | None = None) -> tuple[QStyleOptionViewItem, QRect, int, int]:
        """The prepared option, the rectangle for the words, the title's and the grey line's
        heights (both wrap)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if width is not None:
            opt.rect = QRect(0, 0, width, 100_000)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        text = text.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        metrics = QFontMetrics(opt.font)
        room = QRect(0, 0, max(1, text.width()), 100_000)
        title = metrics.boundingRect(room, WRAP, opt.text)
        detail = str(index.data(DETAIL_ROLE) or "")
        below = metrics.boundingRect(room, WRAP, detail).height() if detail else 0
        return opt, text, title.height(), below

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._view.viewport().width()
        opt, _text, title_height, detail_height = self._layout(option, index, width)
        metrics = QFontMetrics(opt.font)
        return QSize(width, max(metrics.lineSpacing(), title_height) + detail_height
                     + 2 * MARGIN + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt, text_rect, title_height, detail_height = self._layout(option, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.Text))
        painter.drawText(text_rect, WRAP, title)
        detail = str(index.data(DETAIL_ROLE) or "")
        if detail:
            below = QRect(text_rect.left(), text_rect.top() + title_height, text_rect.width(),
                          detail_height)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.PlaceholderText))
            painter.drawText(below, WRAP, detail)
        painter.restore()


def paper_list(parent: QWidget | None = None) -> QListWidget:
    """A list for papers: whole titles, wrapped; never sideways scrolling."""
    papers = QListWidget(parent)
    papers.setWordWrap(True)
    papers.setResizeMode(QListView.ResizeMode.Adjust)
    papers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    papers.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    papers.setItemDelegate(PaperDelegate(papers))
    return papers


def fit_height(papers: QListWidget, most: int) -> None:
    """As tall as its first ``most`` papers (at least one line); the rest scroll."""
    rows = min(papers.count(), most)
    height = sum(papers.sizeHintForRow(n) for n in range(rows)) or papers.fontMetrics().height()
    papers.setFixedHeight(height + 2 * papers.frameWidth() + 2)
