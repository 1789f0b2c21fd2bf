"""A list of papers that shows each title whole: wrapped, with its kind and date in grey beside it
when the line has room, else on a line under it ("Clinical notes · Nov 25, 2026"). The item's
text stays the title alone.

The list to tick papers in (*Mark as sent*) is :class:`PaperChecklist`: rows at least 32 px tall,
a check box drawn as tall as the text, the whole row (the title too) ticks and unticks it, Space
does the same, and each paper says in words whether it was sent ("sent", "not sent").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from infusion_desk.core.dates import format_short
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document
from infusion_desk.ui.widgets.brushes import quiet_colour

Index = QModelIndex | QPersistentModelIndex
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 20  # the grey second line
MARGIN = 4
MIN_ROW = 32  # px: the least a row is, so that it is an easy target (WCAG 2.2, with margin)
GAP = 12  # between the title and the grey words beside it
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
ONE_LINE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
SEPARATOR = " · "
WIDEST_CHARS = 80  # a list of papers asks for at most this many characters' width


def paper_title(document: Document) -> str:
    return document.title or document.original_name or translate("PaperList",
                                                                 "Untitled document")


def paper_detail(document: Document) -> str:
    """``Clinical notes · Nov 25, 2026``: the kind, and the day it came (or is dated)."""
    when = format_short(document.received_on or document.document_date)
    return document.kind.label + (f"{SEPARATOR}{when}" if when else "")


def paper_item(document: Document) -> QListWidgetItem:
    item = QListWidgetItem(paper_title(document))
    item.setData(Qt.ItemDataRole.UserRole, document.id)
    item.setData(DETAIL_ROLE, paper_detail(document))
    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, paper_detail(document))
    return item


def sent_words(title: str, sent: bool) -> str:
    """What a screen reader says for a paper in *Mark as sent*: its title and, in words, its
    state."""
    if sent:
        return translate("PaperList", "{title}: sent").format(title=title)
    return translate("PaperList", "{title}: not sent").format(title=title)


@dataclass(frozen=True)
class _Places:
    """Where a paper's parts go in its row."""

    check: QRect  # the check box (empty when the list has none)
    title: QRect
    detail: QRect  # beside the title, or under it
    height: int  # the row's height
    beside: bool  # the detail beside the title, both on one line


def _checkable(index: Index) -> bool:
    """Whether the paper has a check box (a list item may tick without having one)."""
    return (bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            and index.data(Qt.ItemDataRole.CheckStateRole) is not None)


class PaperDelegate(QStyledItemDelegate):
    """Draws a paper: the whole title wrapped to the list's width, its grey detail beside it when
    there is room, else under it; with a large check box when the list is for ticking."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _prepared(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return opt

    def _places(self, opt: QStyleOptionViewItem, index: Index, rect: QRect) -> _Places:
        metrics = QFontMetrics(opt.font)
        line = metrics.lineSpacing()
        left, width = rect.left() + MARGIN, rect.width() - 2 * MARGIN
        check = QRect()
        if _checkable(index):
            side = max(20, metrics.height())
            check = QRect(left + 2, 0, side, side)
            left = check.right() + 1 + 2 * MARGIN + 2
            width = rect.right() - MARGIN - left + 1
        width = max(1, width)
        room = QRect(0, 0, width, 100_000)
        text = opt.text
        detail = str(index.data(DETAIL_ROLE) or "")
        one_line = metrics.horizontalAdvance(text)
        beside = bool(detail) and one_line + GAP + metrics.horizontalAdvance(detail) <= width
        title_height = max(line, metrics.boundingRect(room, WRAP, text).height())
        below = 0 if beside or not detail else metrics.boundingRect(room, WRAP, detail).height()
        words = title_height + below
        # The box sits beside the first line; the whole is centred in the row.
        words_down = max(0, (check.height() - line) // 2) if check.isValid() else 0
        check_down = max(0, (line - check.height()) // 2)
        block = max(words_down + words, check_down + check.height())
        height = max(MIN_ROW, block + 2 * MARGIN + 2)
        top = rect.top() + (height - block) // 2
        check.moveTop(top + check_down)
        if beside:
            title_rect = QRect(left, top + words_down, one_line + GAP // 2, title_height)
            detail_rect = QRect(left + one_line + GAP, title_rect.top(),
                                max(1, width - one_line - GAP), title_height)
        else:
            title_rect = QRect(left, top + words_down, width, title_height)
            detail_rect = QRect(left, title_rect.bottom() + 1, width, below)
        return _Places(check, title_rect, detail_rect, height, beside)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width()
        return QSize(width, self.row_height(option, index, width))

    def row_height(self, option: QStyleOptionViewItem, index: Index, width: int) -> int:
        """How tall the paper's row is in a list ``width`` pixels wide."""
        opt = self._prepared(option, index)
        return self._places(opt, index, QRect(0, 0, width, 100_000)).height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = self._prepared(option, index)
        places = self._places(opt, index, opt.rect)
        title = opt.text
        opt.text = ""
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator  # type: ignore[attr-defined, unused-ignore]
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        if places.check.isValid():
            box = QStyleOptionButton()
            box.rect = places.check
            box.palette = palette
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            box.state = (QStyle.StateFlag.State_Enabled
                         | (QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off))
            style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter,
                                opt.widget)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.Text))
        flags = ONE_LINE if places.beside else WRAP
        painter.drawText(places.title, flags, title)
        detail = str(index.data(DETAIL_ROLE) or "")
        if detail:
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected
                           else quiet_colour(palette))
            painter.drawText(places.detail, flags, detail)
        painter.restore()

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: Index) -> bool:
        """In a list for ticking, a click anywhere on the row (the title too) ticks or unticks
        the paper, and so do Space and Select."""
        if not _checkable(index) or not index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return super().editorEvent(event, model, option, index)
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            if (event.button() != Qt.MouseButton.LeftButton
                    or not option.rect.contains(event.position().toPoint())):
                return False
            if kind == QEvent.Type.MouseButtonDblClick:
                return True  # its release ticks again, as a second click would
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return bool(model.setData(index, new, Qt.ItemDataRole.CheckStateRole))


def paper_list(parent: QWidget | None = None) -> QListWidget:
    """A list for papers: whole titles, wrapped; never sideways scrolling."""
    papers = QListWidget(parent)
    _set_up(papers)
    return papers


def _set_up(papers: QListWidget) -> None:
    papers.setWordWrap(True)
    papers.setResizeMode(QListView.ResizeMode.Adjust)
    papers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    papers.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    papers.setItemDelegate(PaperDelegate(papers))


class PaperChecklist(QListWidget):
    """The papers to tick in *Mark as sent*: a row per paper, the whole row a target; it asks for
    the room of every paper, so the dialog shows as many as the screen has room for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _set_up(self)
        self.setAccessibleName(translate("PaperList", "Papers we sent"))
        self.setToolTip(translate("PaperList", "Tick the papers from the folder that you "
                                               "included."))
        self.setAccessibleDescription(translate(
            "PaperList", "Tick the papers from the folder that you included. Click a paper or "
                         "press Space to tick or untick it."))
        self.itemChanged.connect(self._on_item_changed)

    def add_paper(self, document: Document, sent: bool) -> QListWidgetItem:
        item = paper_item(document)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if sent else Qt.CheckState.Unchecked)
        self.addItem(item)
        self._name(item)
        return item

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        self._name(item)

    @staticmethod
    def _name(item: QListWidgetItem) -> None:
        words = sent_words(item.text(), item.checkState() == Qt.CheckState.Checked)
        if item.data(Qt.ItemDataRole.AccessibleTextRole) != words:
            item.setData(Qt.ItemDataRole.AccessibleTextRole, words)

    def rows_height(self, rows: int | None = None) -> int:
        """The height of the first ``rows`` papers (all when None), with the frame: measured at
        the list's width, or at its least width before it is laid out."""
        count = self.count() if rows is None else min(rows, self.count())
        delegate = self.itemDelegate()
        width = max(self.width(), self.minimumWidth()) - 2 * self.frameWidth() - (
            self.verticalScrollBar().sizeHint().width())
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        height = sum(delegate.row_height(option, self.model().index(n, 0), width)
                     if isinstance(delegate, PaperDelegate) else self.sizeHintForRow(n)
                     for n in range(count)) or MIN_ROW
        return height + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        """Every paper on one line, if its words are not too long for that; every row."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(n).text()) + GAP
                      + metrics.horizontalAdvance(str(self.item(n).data(DETAIL_ROLE) or ""))
                      for n in range(self.count())), default=0)
        widest += max(20, metrics.height()) + 6 * MARGIN + 6  # the check box and the margins
        widest = min(widest, metrics.averageCharWidth() * WIDEST_CHARS)
        width = (max(widest, self.minimumWidth()) + 2 * self.frameWidth()
                 + self.verticalScrollBar().sizeHint().width())
        return QSize(width, self.rows_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the titles wrap otherwise: the rows' heights change

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.rows_height(3))

    def shown_rows(self) -> int:
        """How many papers are wholly in view now."""
        view = self.viewport().rect()
        return sum(1 for n in range(self.count())
                   if view.contains(self.visualItemRect(self.item(n))))


def fit_height(papers: QListWidget, most: int) -> None:
    """As tall as its first ``most`` papers (at least one line); the rest scroll."""
    rows = min(papers.count(), most)
    height = sum(papers.sizeHintForRow(n) for n in range(rows)) or papers.fontMetrics().height()
    papers.setFixedHeight(height + 2 * papers.frameWidth() + 2)
