"""Small building blocks for every screen and form: labels that show text exactly as typed,
headings that grow with the text size, and the plain fields (a choice, a line, a few lines of
notes). The date field lives in :mod:`date_field`; the dialog that saves, in :mod:`form_dialog`.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import LabelledEnum

MIN_TARGET = 32  # px: the least height (and width) of anything she clicks (WCAG 2.2, with margin)

WidgetT = TypeVar("WidgetT", bound=QWidget)


def big_target(widget: WidgetT) -> WidgetT:
    """At least :data:`MIN_TARGET` pixels tall, whatever the style draws. (Its width comes from
    its words, which are wider than that: an explicit least width, set before the words, would
    let a layout squeeze it below them.)"""
    widget.setMinimumHeight(max(widget.minimumHeight(), MIN_TARGET))
    return widget


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


def combo(items: Sequence[tuple[str, Any]], parent: QWidget | None = None,
          *, accessible_name: str = "") -> QComboBox:
    box = big_target(QComboBox(parent))
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
        box.setItemData(index, translate(
            "Forms", "This was chosen in a newer version of Infusion Desk. It is kept as it is "
                     "unless you choose something else."), Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(index, 0))


def line(text: str = "", *, accessible_name: str, placeholder: str = "",
         parent: QWidget | None = None) -> QLineEdit:
    edit = big_target(QLineEdit(text, parent))
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


def notes_box(text: str = "", *, accessible_name: str = "", lines: int = 3,
              parent: QWidget | None = None) -> QPlainTextEdit:
    edit = _NotesBox(lines, parent)
    edit.setPlainText(text)
    edit.setAccessibleName(accessible_name or translate("Forms", "Notes"))
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit
