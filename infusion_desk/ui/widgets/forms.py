"""Building blocks for the forms: a date field people can type into, plain-text labels, and a
dialog that saves on Enter, cancels on Esc and keeps what was typed when saving fails.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from infusion_desk.core.dates import format_day, parse_day
from infusion_desk.core.errors import FolderError, InputError
from infusion_desk.core.records import LabelledEnum
from infusion_desk.ui.editing import editing


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows text exactly as typed: never as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain_tip(text: str) -> str:
    """A tooltip that shows typed text literally: Qt would otherwise read ``<b>`` as markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text.strip() else ""


class _FontFollower(QObject):
    """Keeps a widget's font a fixed step larger (or bolder) than its parent's, also after the
    parent's font changes (View > Text size), so that headings and big buttons grow with the
    text around them."""

    def __init__(self, widget: QWidget, scale: float, bold: bool) -> None:
        super().__init__(widget)
        self._widget = widget
        self._scale = scale
        self._bold = bold
        self._parent: QWidget | None = None
        widget.installEventFilter(self)
        self._watch_parent()
        self.apply()

    def _watch_parent(self) -> None:
        parent = self._widget.parentWidget()
        if parent is self._parent:
            return
        if self._parent is not None:
            with contextlib.suppress(RuntimeError):  # the old parent is already gone
                self._parent.removeEventFilter(self)
        self._parent = parent
        if parent is not None:
            parent.installEventFilter(self)

    def apply(self) -> None:
        base = QFont(self._parent.font() if self._parent is not None else QApplication.font())
        font = QFont(base)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * self._scale)
        elif base.pixelSize() > 0:
            font.setPixelSize(round(base.pixelSize() * self._scale))
        font.setBold(self._bold or base.bold())
        if font != self._widget.font():
            self._widget.setFont(font)
            self._widget.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._widget and kind == QEvent.Type.ParentChange:
            self._watch_parent()
            self.apply()
        elif watched is self._parent and kind == QEvent.Type.FontChange:
            self.apply()
        return False


def scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> QWidget:
    """Give ``widget`` a font ``scale`` times its parent's, now and whenever the parent's font
    changes (the text size is chosen after the screen is built)."""
    _FontFollower(widget, scale, bold)
    return widget


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.25) -> QLabel:
    label = plain_label(text, parent)
    scaled_font(label, scale, bold=True)
    label.setAccessibleName(text)
    return label


DATE_PLACEHOLDER = "e.g. 11/3/2026, today, +7"


class DateField(QWidget):
    """A date that may be empty. Type ``11/3/2026``, ``Nov 3``, ``today``, ``+7``, or choose one
    on the calendar."""

    date_changed = Signal(object)  # date | None

    def __init__(self, clock: Callable[[], date], parent: QWidget | None = None,
                 *, accessible_name: str = "Date") -> None:
        super().__init__(parent)
        self._clock = clock
        self._value: date | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(DATE_PLACEHOLDER)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setClearButtonEnabled(True)
        metrics = self.edit.fontMetrics()
        # Room for the whole example and the clear button: the example teaches what to type.
        self.edit.setMinimumWidth(metrics.horizontalAdvance(DATE_PLACEHOLDER)
                                  + metrics.height() * 2 + 12)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setMinimumWidth(10)
        self.pick = QToolButton(self)
        self.pick.setText("Calendar")
        icon = QIcon.fromTheme("x-office-calendar")
        if not icon.isNull():
            self.pick.setIcon(icon)
            self.pick.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pick.setToolTip("Choose the date on a calendar")
        self.pick.setAccessibleName(f"Choose {accessible_name.lower()} on a calendar")
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        self._calendar = QCalendarWidget(menu)
        self._calendar.setGridVisible(False)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self._calendar.clicked.connect(self._pick)
        self._calendar.clicked.connect(menu.close)
        self.pick.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.pick)
        layout.addWidget(self.hint, 1)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self.edit.textChanged.connect(self._on_edit_text_changed)

    def value(self) -> date | None:
        """The date shown; raises ``InputError`` (a plain sentence) if the text is not a date."""
        return parse_day(self.edit.text(), self._clock())

    def set_value(self, value: date | None) -> None:
        self._value = value
        self.edit.setText("" if value is None else f"{value.month}/{value.day}/{value.year}")
        self._show_hint()

    def is_valid(self) -> bool:
        try:
            self.value()
        except InputError:
            return False
        return True

    def _pick(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        self.date_changed.emit(self._value)

    def _on_menu_about_to_show(self) -> None:
        try:
            current = self.value() or self._clock()
        except InputError:
            current = self._clock()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _on_edit_text_changed(self, _text: str) -> None:
        self._show_hint()

    def _on_edit_editing_finished(self) -> None:
        try:
            value = self.value()
        except InputError:
            return
        if value is not None:
            self.edit.setText(f"{value.month}/{value.day}/{value.year}")
        if value != self._value:
            self._value = value
            self.date_changed.emit(value)

    def _show_hint(self) -> None:
        try:
            value = self.value()
        except InputError:
            self.hint.setText("Not a date yet")
            return
        self.hint.setText(format_day(value))


def combo(items: Sequence[tuple[str, Any]], parent: QWidget | None = None,
          *, accessible_name: str = "") -> QComboBox:
    box = QComboBox(parent)
    for text, value in items:
        box.addItem(text, value)
    if accessible_name:
        box.setAccessibleName(accessible_name)
    return box


def set_combo_value(box: QComboBox, value: Any) -> None:
    """Choose the item whose data is ``value`` (the first item if there is none).

    A kind written by a newer version (a :class:`LabelledEnum` value this version does not know,
    passed as the enum value itself, not its ``.value``) is added as a choice of its own,
    "(a kind from a newer version)", holding the stored text: saving the form after changing
    some other field keeps it exactly, and choosing a real kind changes it.
    """
    index = box.findData(value)
    if index < 0 and isinstance(value, LabelledEnum) and not value.is_known:
        box.addItem(value.label, value.value)
        index = box.count() - 1
        box.setItemData(index, QCoreApplication.translate(
            "set_combo_value", "This was chosen in a newer version of Infusion Desk. It is "
            "kept as it is unless you choose something else."), Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(index, 0))


def line(text: str = "", *, accessible_name: str, placeholder: str = "",
         parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setAccessibleName(accessible_name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class _NotesBox(QPlainTextEdit):
    """A few lines for notes: it asks for about that much room (a form opens compact) and
    takes more when the window grows."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines

    def _height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 16

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._lines + 1))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height(self._lines))


def notes_box(text: str = "", *, accessible_name: str = "Notes", lines: int = 3,
              parent: QWidget | None = None) -> QPlainTextEdit:
    edit = _NotesBox(lines, parent)
    edit.setPlainText(text)
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit


def _field_name(label: QLayoutItem | None) -> str:
    """A form row's label as it reads inside a sentence: ``Notes:`` -> ``notes``."""
    widget = label.widget() if label is not None else None
    if not isinstance(widget, QLabel):
        return ""
    text = " ".join(widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                    .split()).rstrip(":")
    if len(text) > 1 and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


class _FormScroll(QScrollArea):
    """Holds the form. It asks for the form's whole size, so the window opens big enough for
    every row (wrapped ones too); only when the screen is too small does it scroll."""

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._content = content
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def _content_height(self, width: int) -> int:
        content = self._content
        if content.hasHeightForWidth():
            return max(content.heightForWidth(width), content.minimumSizeHint().height())
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:
        content = self._content.sizeHint()
        width = content.width() + self._bar()
        return QSize(width, self._content_height(content.width()))

    def minimumSizeHint(self) -> QSize:
        content = self._content.minimumSizeHint()
        rows = self.fontMetrics().height() * 6
        return QSize(content.width() + self._bar(), min(content.height(), rows))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._content_height(max(width - self._bar(), 1))


class FormDialog(QDialog):
    """A form in a dialog. Enter saves, Esc cancels; if saving fails the dialog stays open with
    everything as typed, and a plain message says why.

    Subclasses fill ``self.form`` (and the layouts :meth:`more_details` returns, folded away
    until asked for) and implement :meth:`save`, which returns ``True`` when the record was
    stored. The window opens tall enough for every row, wrapped ones too, and scrolls only when
    the screen is too small for it.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 save_text: str = "Save") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        content = QWidget(self)
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.form = _form_layout()
        self.body.addLayout(self.form)
        self._form_scroll = _FormScroll(content, self)
        outer.addWidget(self._form_scroll, 1)
        self.error_label = plain_label("", self)
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("QLabel#formError { color: palette(bright-text); "
                                       "background: #a4262c; padding: 6px; border-radius: 4px; }")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save_button = editing(self.buttons.button(QDialogButtonBox.StandardButton.Save))
        save_button.setText(save_text)
        save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._more: list[tuple[QToolButton, QWidget, QFormLayout, str]] = []

    @property
    def save_button(self) -> QToolButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[return-value]

    def more_details(self, title: str = "More details") -> QFormLayout:
        """Less-used fields, folded away under a "▸ More details (notes, …)" button until asked
        for. Returns the form to add them to."""
        toggle = QToolButton(self)
        toggle.setCheckable(True)
        toggle.setAutoRaise(True)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setText(title)
        toggle.setAccessibleName(title)
        toggle.setToolTip(f"Show or hide {title[0].lower() + title[1:]}")
        toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        # Flat in both states: a pressed-in panel under it would look like an empty box.
        toggle.setStyleSheet("QToolButton { border: none; background: transparent; "
                             "padding: 4px 2px; }")
        inner = QWidget(self)
        layout = _form_layout()
        inner.setLayout(layout)
        indent = toggle.iconSize().width() + 8
        layout.setContentsMargins(indent, 0, 0, 0)
        inner.setVisible(False)
        toggle.toggled.connect(lambda on: self._on_more_toggled(toggle, inner, on))
        self.body.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(inner)
        self._more.append((toggle, inner, layout, title))
        return layout

    def more_toggles(self) -> list[QToolButton]:
        """The buttons that show and hide the folded fields, in order."""
        return [toggle for toggle, *_rest in self._more]

    def show_more(self) -> None:
        for toggle in self.more_toggles():
            toggle.setChecked(True)

    def _on_more_toggled(self, toggle: QToolButton, inner: QWidget, on: bool) -> None:
        toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        inner.setVisible(on)
        if self.isVisible():
            self.fit_to_contents(shrink=not on)
            if on:
                self._form_scroll.ensureWidgetVisible(inner)

    def _name_more(self) -> None:
        """Say what is folded away: ``More details (notes, part of the step)``."""
        for toggle, _inner, layout, title in self._more:
            names = [_field_name(layout.itemAt(row, QFormLayout.ItemRole.LabelRole))
                     for row in range(layout.rowCount())]
            names = [n for n in names if n]
            if not names:
                continue
            shown = ", ".join(names[:4]) + (", …" if len(names) > 4 else "")
            toggle.setText(f"{title} ({shown})")

    def fit_to_contents(self, *, shrink: bool = False) -> None:
        """Size the window to its rows (a row that wrapped under its label makes it taller),
        within the screen; never narrower than about 60 characters. Unless ``shrink``, a window
        already sized (by its subclass, or by her) only grows."""
        self._form_scroll.updateGeometry()  # the form inside changed: forget its old size
        layout = self.layout()
        assert layout is not None
        layout.invalidate()
        layout.activate()
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        room = QSize(area.width() - 32, area.height() - 64) if area else QSize(4000, 4000)
        sized = self.isVisible() or self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        now = self.size() if sized and not shrink else QSize(0, 0)
        hint = self.sizeHint()
        width = max(hint.width(), self.minimumWidth(), now.width(),
                    self.fontMetrics().averageCharWidth() * 60)
        width = min(width, room.width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else hint.height()
        self.resize(width, min(max(height, now.height()), room.height()))

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            self._name_more()
            self.fit_to_contents()
        super().setVisible(visible)

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> bool:
        """Store what the form holds; subclasses define it. ``False`` keeps the dialog open."""
        raise TypeError(f"{type(self).__name__} must define save()")

    def _on_buttons_accepted(self) -> None:
        self.error_label.hide()
        try:
            saved = self.save()
        except InputError as exc:  # a field could not be read (e.g. a date); a bug goes on
            self.show_problem(str(exc))
            return
        except FolderError as exc:
            self.show_problem(exc.message)
            return
        if saved:
            self.accept()


def _form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def read_date(field: DateField, name: str) -> date | None:
    """The field's date, or an ``InputError`` that names the field."""
    try:
        return field.value()
    except InputError as exc:
        field.edit.setFocus()
        raise InputError(f"{name}: {exc}") from None
