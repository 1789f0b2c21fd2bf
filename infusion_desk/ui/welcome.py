"""The calm first screen when no folder is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.dates import relative_past
from infusion_desk.core.i18n import translate
from infusion_desk.ui.widgets.forms import heading, plain_label, scaled_font

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
BUTTON_SCALE = 1.15  # the three big buttons, against the text around them
_PAD_X, _PAD_Y = 12, 8

Index = QModelIndex | QPersistentModelIndex


def changed_words(day: date, today: date) -> str:
    """``today``, ``yesterday``, ``Nov 27``; the year only when it is not this year's."""
    if (today - day).days in (0, 1):
        return relative_past(day, today)
    locale, shown = QLocale(), QDate(day.year, day.month, day.day)
    if day.year == today.year:
        return locale.toString(shown, translate("WelcomePage", "MMM d", "a day of this year"))
    return locale.toString(shown, translate("WelcomePage", "MMM d, yyyy", "a day of another year"))


def recent_detail(path: Path, today: date) -> str:
    """The grey line under a recent folder's name: ``last changed Nov 27 · /home/dana/Documents``.

    The file's own time says when it was last changed (opening it without a change leaves it).
    """
    try:
        changed = datetime.fromtimestamp(path.stat().st_mtime).date()
    except OSError:
        return str(path.parent)
    return translate("WelcomePage", "last changed {when} · {where}").format(
        when=changed_words(changed, today), where=path.parent)


class BigButton(QPushButton):
    """One of the welcome's three choices: a little larger than the text around it, and as
    much larger again when the text size grows. Its words wrap onto more lines rather than run
    off a narrow window (at 200 % text, in Spanish); its keyboard letter stays underlined."""

    PAD = 14

    def __init__(self, text: str, tip: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
        scaled_font(self, BUTTON_SCALE)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # (may be narrower: it wraps)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _flags(self) -> int:
        return int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                   | Qt.TextFlag.TextShowMnemonic)

    def _text_height(self, width: int) -> int:
        room = QRect(0, 0, max(width - 2 * self.PAD, 10), 100_000)
        return self.fontMetrics().boundingRect(room, self._flags(), self.text()).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        one_line = int(self.fontMetrics().height() * 2.6)
        return max(one_line, self._text_height(width) + 2 * self.PAD)

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self.text().replace("&", "")) + 4 * self.PAD
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        words = self.text().replace("&", "").split() or [""]
        width = max(self.fontMetrics().horizontalAdvance(w) for w in words) + 2 * self.PAD
        return QSize(width, self.heightForWidth(self.width() or width))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        painter.drawText(self.rect().adjusted(self.PAD, self.PAD // 2, -self.PAD, -self.PAD // 2),
                         self._flags(), self.text())


class RecentDelegate(QStyledItemDelegate):
    """A recent folder on two lines: its name, and in grey when it changed and where it is."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        name = QFont(option.font)
        name.setBold(True)
        return name, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        name, detail = self._fonts(option)
        height = QFontMetrics(name).height() + QFontMetrics(detail).height() + 2 + 2 * _PAD_Y
        return QSize(super().sizeHint(option, index).width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name_text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        name_font, detail_font = self._fonts(opt)
        area = opt.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        name_metrics, detail_metrics = QFontMetrics(name_font), QFontMetrics(detail_font)
        painter.save()
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.Text))
        top = QRect(area.left(), area.top(), area.width(), name_metrics.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name_metrics.elidedText(name_text, Qt.TextElideMode.ElideRight,
                                                 area.width()))
        painter.setFont(detail_font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.PlaceholderText))
        below = QRect(area.left(), top.bottom() + 2, area.width(), detail_metrics.height())
        detail = str(index.data(DETAIL_ROLE) or "")
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         detail_metrics.elidedText(detail, Qt.TextElideMode.ElideMiddle,
                                                   area.width()))
        painter.restore()


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)  # Path

    def __init__(self, recent: list[Path], parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)  # at 200 % text on a small screen it scrolls, never cut off
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inside = QWidget(scroll)
        scroll.setWidget(inside)
        page.addWidget(scroll)
        outer = QHBoxLayout(inside)
        outer.addStretch(1)
        body = QWidget(inside)  # a readable measure; the whole width when the text is large
        body.setMaximumWidth(self.fontMetrics().averageCharWidth() * 115)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        outer.addWidget(body, 20)
        outer.addStretch(1)

        column.addStretch(1)
        self.title = heading(translate("WelcomePage", "Welcome to Infusion Desk"), self, scale=1.8)
        column.addWidget(self.title)
        column.addWidget(plain_label(translate(
            "WelcomePage",
            "Keep the insurance side of home infusion therapy in one place: letters and other "
            "papers, calls and reference numbers, questions to ask, and what each office asked "
            "for and what you sent. Everything stays on this computer."), self))

        self.new_button = BigButton(
            translate("WelcomePage", "&Start a new folder for someone you care for…"),
            translate("WelcomePage", "One folder for each person. You will be asked for their "
                      "name."), self)
        self.open_button = BigButton(
            translate("WelcomePage", "&Open a folder…"),
            translate("WelcomePage", "Open a folder file you or a family member made before."),
            self)
        self.demo_button = BigButton(
            translate("WelcomePage", "&Look around with a demo folder"),
            translate("WelcomePage", "A made-up patient with letters, calls and requests, to try "
                      "things out safely."), self)
        for button in (self.new_button, self.open_button, self.demo_button):
            column.addWidget(button)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.recent_title = heading(translate("WelcomePage", "Recent folders"), self, scale=1.1)
        self.recent_list = QListWidget(self)
        self.recent_list.setAccessibleName(translate("WelcomePage", "Recent folders"))
        self.recent_list.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent_list.setItemDelegate(RecentDelegate(self.recent_list))
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent_list)
        self.set_recent(recent)
        column.addStretch(2)
        self.new_button.setFocus()

    def set_recent(self, recent: list[Path]) -> None:
        self.recent_list.clear()
        today = self._today()
        for path in recent:
            detail = recent_detail(path, today)
            item = QListWidgetItem(path.stem)
            item.setData(PATH_ROLE, str(path))
            item.setData(DETAIL_ROLE, detail)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, detail)
            item.setToolTip(translate("WelcomePage", "{0}\nDouble-click or press Enter to open it.")
                            .format(path))
            self.recent_list.addItem(item)
        self.recent_title.setVisible(bool(recent))
        self.recent_list.setVisible(bool(recent))
        self._fit_recent()

    def _fit_recent(self) -> None:
        count = min(self.recent_list.count(), 6)
        rows = self.recent_list.sizeHintForRow(0) * count if count else 0
        self.recent_list.setFixedHeight(rows + 2 * self.recent_list.frameWidth() + 2
                                        if count else 0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_recent()

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(PATH_ROLE)))
