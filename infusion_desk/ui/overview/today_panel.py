"""*Today*: what needs her, ranked by consequence (``core.today``), each line said as something
to do.

A line that can stop the therapy looks different, and not by colour alone: it carries the words
"Can stop the therapy" above it, its own sign (a stop sign), a tinted band and a bar at its edge;
it ends with whom to call and their number. Those lines are never folded away: five lines (or all
that can stop the therapy, if more) show until she asks for all of them, so "Where things stand"
stays in sight. A line opens its record with a click or Enter; it says so with an "Open ›" at its
end, a pointing hand and a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
)
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
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import RECORD_TYPES, Call, RecordKind
from infusion_desk.core.today import TodayItem
from infusion_desk.core.today_words import (
    Sign,
    lines_to_show,
    more_questions_line,
    sign_of,
    tag_of,
    today_line,
)
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.overview.page import big_target
from infusion_desk.ui.widgets.forms import heading, plain_label, plain_tip
from infusion_desk.ui.widgets.openable_list import OpenableList

MAX_QUESTIONS = 3  # open questions shown in Today; the rest are one click away
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SIGN_ROLE = Qt.ItemDataRole.UserRole + 3  # "stop", "warning", "information" or "question"
TAG_ROLE = Qt.ItemDataRole.UserRole + 4  # "Can stop the therapy", or empty
STOP_ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "can-stop-therapy.svg"
STOP_COLOUR = QColor("#c62828")  # repeats what the words and the stop sign already say
_SIGNS = {  # the same warning sign for anything overdue, whatever it is
    Sign.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Sign.INFORMATION: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Sign.QUESTION: QStyle.StandardPixmap.SP_MessageBoxQuestion,
}
_PAD = 6  # around a line's words
_GAP = 8  # between the icon, the words and "Open ›"
_BAR = 5  # the bar at the edge of a line that can stop the therapy
_STOP_SCALE = 1.6  # its sign is this many times the text's height
SMALLEST_ROW = 32  # px: a line is never a smaller target than this


def open_text() -> str:
    """The words at the end of each line."""
    return translate("TodayPanel", "Open ›")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TodayLine:
    """One line as shown: its words, its sign, and the record it opens."""

    kind: RecordKind
    record_id: int
    text: str
    sign: Sign = Sign.INFORMATION
    tag: str = ""  # "Can stop the therapy", shown above the words


def _tag_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _icon_size(option: QStyleOptionViewItem, tagged: bool) -> QSize:
    if not tagged:
        return option.decorationSize
    side = int(QFontMetrics(option.font).height() * _STOP_SCALE)
    return QSize(side, side)


class TodayDelegate(QStyledItemDelegate):
    """Draws a line's sign, its words wrapped (never cut) and "Open ›" at its end; a line that
    can stop the therapy has its words "Can stop the therapy" above, a tinted band and a bar."""

    def _text_width(self, option: QStyleOptionViewItem, width: int, tagged: bool = False) -> int:
        metrics = QFontMetrics(option.font)
        icon = _icon_size(option, tagged).width() + (_BAR if tagged else 0)
        return max(width - 2 * _PAD - icon - 2 * _GAP - metrics.horizontalAdvance(open_text()),
                   metrics.averageCharWidth() * 12)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = view.viewport().width() if isinstance(view, QListWidget) else opt.rect.width()
        width = max(width, 200)
        tag = str(index.data(TAG_ROLE) or "")
        metrics = QFontMetrics(opt.font)
        text_width = self._text_width(opt, width, bool(tag))
        words = metrics.boundingRect(QRect(0, 0, text_width, 100_000),
                                     Qt.TextFlag.TextWordWrap, opt.text).height()
        if tag:
            words += QFontMetrics(_tag_font(opt.font)).boundingRect(
                QRect(0, 0, text_width, 100_000), Qt.TextFlag.TextWordWrap, tag).height()
        height = max(words, _icon_size(opt, bool(tag)).height(), metrics.height())
        return QSize(width, max(height + 2 * _PAD, SMALLEST_ROW))

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
        tag = str(index.data(TAG_ROLE) or "")
        palette = opt.palette
        painter.save()
        if tag and not selected:
            band = QColor(STOP_COLOUR)
            band.setAlpha(28)
            painter.fillRect(opt.rect, band)
        if tag:
            painter.fillRect(QRect(opt.rect.left(), opt.rect.top(), _BAR, opt.rect.height()),
                             STOP_COLOUR)
        if hovered and not selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(30)
            painter.fillRect(opt.rect, tint)
        area = opt.rect.adjusted(_PAD + (_BAR if tag else 0), _PAD, -_PAD, -_PAD)
        metrics = QFontMetrics(opt.font)
        size = _icon_size(opt, bool(tag))
        if not icon.isNull():
            top = area.top() + max((metrics.height() - size.height()) // 2, 0)
            icon.paint(painter, QRect(area.left(), top, size.width(), size.height()))
        left = area.left() + size.width() + _GAP
        words = QRect(left, area.top(), self._text_width(opt, opt.rect.width(), bool(tag)),
                      area.height())
        ink = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(ink))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        if tag:
            painter.setFont(_tag_font(opt.font))
            drawn = painter.drawText(words, flags, tag)
            words.setTop(drawn.bottom() + 1)
        painter.setFont(opt.font)
        painter.drawText(words, flags, text)
        link = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link
        opener = QFont(opt.font)
        opener.setUnderline(hovered)
        painter.setFont(opener)
        painter.setPen(palette.color(link))
        painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         open_text())
        painter.restore()


class TodayList(OpenableList):
    """The Today lines. Click one, or press Enter or Space on it, to open its record."""

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
        self.setAccessibleName(translate("TodayPanel", "Today: what needs you"))
        self.setAccessibleDescription(translate(
            "TodayPanel", "What needs doing, the most urgent first. Press Enter on a line to "
            "open it."))
        size = self.fontMetrics().height()
        self.setIconSize(QSize(size, size))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space opens the line too, as on a button."""
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            self.item_chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing in lands on the first line, ready for Enter."""
        super().focusInEvent(event)
        keyboard = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if event.reason() in keyboard and self.currentItem() is None and self.count():
            self.setCurrentRow(0)

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
        self._lines: list[TodayLine] = []  # the words of the first of ``_items``, as shown
        self._items: list[TodayItem] = []
        self._calls: dict[int, Call] = {}
        self._today = date.min
        self._more: TodayLine | None = None  # "… and 6 more questions"
        self._show_all = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(heading(translate("TodayPanel", "Today"), self, scale=1.2))
        self.hint = plain_label(translate(
            "TodayPanel", "What can stop the therapy comes first. Click a line to open it."),
            self)
        top.addWidget(self.hint, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        self.list = TodayList(self)
        self.list.item_chosen.connect(self._on_list_item_chosen)
        self.empty = plain_label(translate("TodayPanel", "Nothing needs you today."), self)
        self.empty.setAccessibleName(translate("TodayPanel", "Today"))
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        bottom = QHBoxLayout()
        self.show_all_button = QPushButton(self)
        self.show_all_button.setCheckable(True)
        big_target(self.show_all_button)
        self.show_all_button.toggled.connect(self._on_show_all_button_toggled)
        self.folded_note = plain_label("", self)
        bottom.addWidget(self.show_all_button)
        bottom.addWidget(self.folded_note, 1)
        layout.addLayout(bottom)

    # ------------------------------------------------------------------ reading
    def texts(self) -> list[str]:
        """The lines shown, top to bottom."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def tags(self) -> list[str]:
        """Each line's "Can stop the therapy" (or empty), top to bottom."""
        return [str(self.list.item(i).data(TAG_ROLE) or "") for i in range(self.list.count())]

    def is_showing_all(self) -> bool:
        return self._show_all

    # ------------------------------------------------------------------ filling
    def refresh(self) -> None:
        today = self._ctx.today()
        self.show_items(*self._ctx.folder.today_with_calls(today), today)

    def show_items(self, items: list[TodayItem], calls: dict[int, Call], today: date) -> None:
        """Show Today's ``items`` (read already, with their follow-up ``calls`` by id). A line's
        words are made when it is first shown: a large folder's hundreds of lines wait for
        "Show all"."""
        questions = [i for i in items if i.kind is RecordKind.QUESTION]
        shown = [i for i in items if i.kind is not RecordKind.QUESTION]
        shown += questions[:MAX_QUESTIONS]
        self._items, self._calls, self._today = shown, calls, today
        self._lines = []
        hidden = questions[MAX_QUESTIONS:]
        self._more = (TodayLine(RecordKind.QUESTION, hidden[0].record_id,
                                more_questions_line(len(hidden))) if hidden else None)
        self._fill()

    def _lines_up_to(self, count: int) -> list[TodayLine]:
        today = self._today
        for i in self._items[len(self._lines):count]:
            call = self._calls.get(i.record_id) if i.kind is RecordKind.CALL else None
            self._lines.append(TodayLine(i.kind, i.record_id, today_line(i, today, call),
                                         sign_of(i, today), tag_of(i)))
        return self._lines[:count]

    def _fill(self) -> None:
        total = len(self._items)
        keep = sum(1 for i in self._items if tag_of(i))  # they come first: never folded away
        count = lines_to_show(total, show_all=self._show_all, keep=keep)
        lines = self._lines_up_to(count)
        if self._more is not None and count == total:
            lines.append(self._more)
        self.list.clear()
        for line in lines:
            item = QListWidgetItem(self._icon(line.sign), line.text)
            item.setData(KIND_ROLE, line.kind.value)
            item.setData(ID_ROLE, line.record_id)
            item.setData(SIGN_ROLE, line.sign.value)
            item.setData(TAG_ROLE, line.tag)
            said = (translate("TodayPanel", "{tag}: {line}").format(tag=line.tag, line=line.text)
                    if line.tag else line.text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
            item.setToolTip(plain_tip(said + "\n\n" + translate(
                "TodayPanel", "Click to open it (or press Enter).")))
            self.list.addItem(item)
        self.list.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        self.hint.setVisible(bool(lines))
        folds = lines_to_show(total, show_all=False, keep=keep) < total
        self.show_all_button.setVisible(folds)
        self.folded_note.setVisible(folds and not self._show_all)
        self.show_all_button.setText(
            translate("TodayPanel", "Sho&w fewer") if self._show_all
            else translate("TodayPanel", "Sho&w all ({0})").format(total))
        self.show_all_button.setAccessibleName(
            translate("TodayPanel", "Show only the most urgent lines") if self._show_all
            else translate("TodayPanel", "Show all %n lines for today", None, total))
        self.folded_note.setText(
            translate("TodayPanel", "The %n most urgent are shown.", None, count))
        self.list.updateGeometry()

    def _icon(self, sign: Sign) -> QIcon:
        if sign is Sign.CAN_STOP_THERAPY:
            return QIcon(str(STOP_ICON))
        return self.style().standardIcon(_SIGNS[sign])

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
