"""*Today*: what needs her, most urgent first, each line said as something to do.

Five lines show until she asks for all of them, so "Where things stand" stays in sight. A line
opens its record with a click or Enter; it says so with an "Open ›" at its end, a pointing hand
and a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError
from infusion_desk.core.records import RECORD_TYPES, Call, RecordKind
from infusion_desk.core.rules import TodayItem
from infusion_desk.core.today_words import (
    lines_to_show,
    more_questions_line,
    needs_warning,
    today_line,
)
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.widgets.forms import heading, plain_label, plain_tip
from infusion_desk.ui.widgets.openable_list import OpenableList

MAX_QUESTIONS = 3  # open questions shown in Today; the rest are one click away
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SIGN_ROLE = Qt.ItemDataRole.UserRole + 3  # "warning", "information" or "question"
OPEN_TEXT = "Open ›"
CLICK_HINT = "Click to open it (or press Enter)."
_SIGNS = {  # the same warning sign for anything overdue, whatever it is
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "information": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "question": QStyle.StandardPixmap.SP_MessageBoxQuestion,
}
_PAD = 6  # around a line's words
_GAP = 8  # between the icon, the words and "Open ›"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TodayLine:
    """One line as shown: its words, its sign, and the record it opens."""

    kind: RecordKind
    record_id: int
    text: str
    warning: bool = False


class TodayDelegate(QStyledItemDelegate):
    """Draws a line's sign, its words wrapped (never cut) and "Open ›" at its end."""

    def _text_width(self, option: QStyleOptionViewItem, width: int) -> int:
        metrics = QFontMetrics(option.font)
        icon = option.decorationSize.width()
        return max(width - 2 * _PAD - icon - 2 * _GAP - metrics.horizontalAdvance(OPEN_TEXT),
                   metrics.averageCharWidth() * 12)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = view.viewport().width() if isinstance(view, QListWidget) else opt.rect.width()
        width = max(width, 200)
        metrics = QFontMetrics(opt.font)
        words = metrics.boundingRect(QRect(0, 0, self._text_width(opt, width), 100_000),
                                     Qt.TextFlag.TextWordWrap, opt.text)
        height = max(words.height(), opt.decorationSize.height(), metrics.height())
        return QSize(width, max(height + 2 * _PAD, 28))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, icon = opt.text, QIcon(opt.icon)
        opt.text = ""
        opt.icon = QIcon()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        hovered = bool(opt.state & QStyle.StateFlag.State_MouseOver)
        palette = opt.palette
        painter.save()
        if hovered and not selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(30)
            painter.fillRect(opt.rect, tint)
        area = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        metrics = QFontMetrics(opt.font)
        size = opt.decorationSize
        if not icon.isNull():
            top = area.top() + max((metrics.height() - size.height()) // 2, 0)
            icon.paint(painter, QRect(area.left(), top, size.width(), size.height()))
        left = area.left() + size.width() + _GAP
        words = QRect(left, area.top(), self._text_width(opt, opt.rect.width()), area.height())
        ink = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(ink))
        painter.setFont(opt.font)
        painter.drawText(words, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, text)
        link = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link
        opener = QFont(opt.font)
        opener.setUnderline(hovered)
        painter.setFont(opener)
        painter.setPen(palette.color(link))
        painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         OPEN_TEXT)
        painter.restore()


class TodayList(OpenableList):
    """The Today lines. Click one, or press Enter on it, to open its record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TodayDelegate(self))
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Today: what needs you")
        size = self.fontMetrics().height()
        self.setIconSize(QSize(size, size))

    def sizeHint(self) -> QSize:
        """As tall as every line: the page scrolls, not the list."""
        rows = self.contentsSize().height() if self.count() else 0
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.updateGeometry()


class TodayPanel(QFrame):
    """The Today box: the lines, "Nothing needs you today." when there are none, and "Show all"
    when some are folded away."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lines: list[TodayLine] = []
        self._more: TodayLine | None = None  # "… and 6 more questions"
        self._show_all = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(heading("Today", self, scale=1.2))
        self.hint = plain_label("Most urgent first. Click a line to open it.", self)
        top.addWidget(self.hint, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        self.list = TodayList(self)
        self.list.item_chosen.connect(self._on_list_item_chosen)
        self.empty = plain_label("Nothing needs you today.", self)
        self.empty.setAccessibleName("Today")
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        bottom = QHBoxLayout()
        self.show_all_button = QPushButton("Show all", self)
        self.show_all_button.setCheckable(True)
        self.show_all_button.toggled.connect(self._on_show_all_button_toggled)
        self.folded_note = plain_label("", self)
        bottom.addWidget(self.show_all_button)
        bottom.addWidget(self.folded_note, 1)
        layout.addLayout(bottom)

    # ------------------------------------------------------------------ reading
    def texts(self) -> list[str]:
        """The lines shown, top to bottom."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def is_showing_all(self) -> bool:
        return self._show_all

    # ------------------------------------------------------------------ filling
    def refresh(self) -> None:
        today = self._ctx.today()
        items = self._ctx.folder.today(today)
        questions = [i for i in items if i.kind is RecordKind.QUESTION]
        shown = [i for i in items if i.kind is not RecordKind.QUESTION]
        shown += questions[:MAX_QUESTIONS]
        self._lines = [TodayLine(i.kind, i.record_id, today_line(i, today, self._call(i)),
                                 needs_warning(i, today)) for i in shown]
        hidden = questions[MAX_QUESTIONS:]
        self._more = (TodayLine(RecordKind.QUESTION, hidden[0].record_id,
                                more_questions_line(len(hidden))) if hidden else None)
        self._fill()

    def _call(self, item: TodayItem) -> Call | None:
        if item.kind is not RecordKind.CALL:
            return None
        try:
            return self._ctx.folder.get(Call, item.record_id)
        except FolderError:
            return None

    def _fill(self) -> None:
        total = len(self._lines)
        count = lines_to_show(total, show_all=self._show_all)
        lines = self._lines[:count]
        if self._more is not None and count == total:
            lines.append(self._more)
        self.list.clear()
        style = self.style()
        for line in lines:
            sign = ("warning" if line.warning
                    else "question" if line.kind is RecordKind.QUESTION else "information")
            item = QListWidgetItem(style.standardIcon(_SIGNS[sign]), line.text)
            item.setData(KIND_ROLE, line.kind.value)
            item.setData(ID_ROLE, line.record_id)
            item.setData(SIGN_ROLE, sign)
            item.setToolTip(plain_tip(f"{line.text}\n\n{CLICK_HINT}"))
            self.list.addItem(item)
        self.list.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        self.hint.setVisible(bool(lines))
        folds = lines_to_show(total, show_all=False) < total
        self.show_all_button.setVisible(folds)
        self.folded_note.setVisible(folds and not self._show_all)
        self.show_all_button.setText("Show fewer" if self._show_all else f"Show all ({total})")
        self.show_all_button.setAccessibleName(
            "Show only the most urgent lines" if self._show_all
            else f"Show all {total} lines for today")
        self.folded_note.setText(f"The {count} most urgent are shown.")
        self.list.updateGeometry()

    # ------------------------------------------------------------------ acting
    def _on_show_all_button_toggled(self, on: bool) -> None:
        self._show_all = on
        self._fill()

    def _on_list_item_chosen(self, item: QListWidgetItem) -> None:
        kind = RecordKind.parse(item.data(KIND_ROLE))
        record_id = int(item.data(ID_ROLE))
        try:
            record = self._ctx.folder.get(RECORD_TYPES[kind], record_id)
        except FolderError as exc:
            self._ctx.say(exc.message)
            self.refresh()
            return
        self._ctx.open_record(record)
