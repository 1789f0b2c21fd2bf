"""Building blocks for the forms: a date field people can type into, plain-text labels, and a
dialog that saves on Enter, cancels on Esc and keeps what was typed when saving fails.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from infusion_desk.core.dates import format_day, parse_day
from infusion_desk.core.errors import FolderError


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows text exactly as typed: never as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.25) -> QLabel:
    label = plain_label(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class DateField(QWidget):
    """A date that may be empty. Type ``11/3/2026``, ``Nov 3``, ``today``, ``+7``, or pick one."""

    date_changed = Signal(object)  # date | None

    def __init__(self, clock: Callable[[], date], parent: QWidget | None = None,
                 *, accessible_name: str = "Date") -> None:
        super().__init__(parent)
        self._clock = clock
        self._value: date | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("e.g. 11/3/2026, today, +7")
        self.edit.setAccessibleName(accessible_name)
        self.edit.setClearButtonEnabled(True)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setMinimumWidth(10)
        self.pick = QToolButton(self)
        self.pick.setText("Pick…")
        self.pick.setToolTip("Pick the date on a calendar")
        self.pick.setAccessibleName(f"Pick {accessible_name.lower()} on a calendar")
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
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.pick)
        layout.addWidget(self.hint, 3)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self.edit.textChanged.connect(self._on_edit_text_changed)

    def value(self) -> date | None:
        """The date shown; raises ``ValueError`` (a plain sentence) if the text is not a date."""
        return parse_day(self.edit.text(), self._clock())

    def set_value(self, value: date | None) -> None:
        self._value = value
        self.edit.setText("" if value is None else f"{value.month}/{value.day}/{value.year}")
        self._show_hint()

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True

    def _pick(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        self.date_changed.emit(self._value)

    def _on_menu_about_to_show(self) -> None:
        try:
            current = self.value() or self._clock()
        except ValueError:
            current = self._clock()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _on_edit_text_changed(self, _text: str) -> None:
        self._show_hint()

    def _on_edit_editing_finished(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        if value is not None:
            self.edit.setText(f"{value.month}/{value.day}/{value.year}")
        if value != self._value:
            self._value = value
            self.date_changed.emit(value)

    def _show_hint(self) -> None:
        try:
            value = self.value()
        except ValueError:
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
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


def line(text: str = "", *, accessible_name: str, placeholder: str = "",
         parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setAccessibleName(accessible_name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def notes_box(text: str = "", *, accessible_name: str = "Notes", lines: int = 3,
              parent: QWidget | None = None) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setPlainText(text)
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit


class FormDialog(QDialog):
    """A form in a dialog. Enter saves, Esc cancels; if saving fails the dialog stays open with
    everything as typed, and a plain message says why.

    Subclasses fill ``self.form`` (and ``self.more`` for "More details") and implement
    :meth:`save`, which returns ``True`` when the record was stored.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 save_text: str = "Save") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        self.body = QVBoxLayout()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.body.addLayout(self.form)
        outer.addLayout(self.body, 1)
        self.error_label = plain_label("", self)
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("QLabel#formError { color: palette(bright-text); "
                                       "background: #a4262c; padding: 6px; border-radius: 4px; }")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(save_text)
        save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._more_box: QGroupBox | None = None

    @property
    def save_button(self) -> QToolButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[return-value]

    def more_details(self, title: str = "More details") -> QFormLayout:
        """A group of less-used fields, folded away until asked for."""
        box = QGroupBox(title, self)
        box.setCheckable(True)
        box.setChecked(False)
        inner = QWidget(box)
        layout = QFormLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        wrapper = QVBoxLayout(box)
        wrapper.addWidget(inner)
        inner.setVisible(False)
        box.toggled.connect(inner.setVisible)
        box.toggled.connect(lambda _on: self.adjustSize())
        self.body.addWidget(box)
        self._more_box = box
        return layout

    def show_more(self) -> None:
        if self._more_box is not None:
            self._more_box.setChecked(True)

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
        except ValueError as exc:  # a field could not be read (e.g. a date)
            self.show_problem(str(exc))
            return
        except FolderError as exc:
            self.show_problem(exc.message)
            return
        if saved:
            self.accept()


def read_date(field: DateField, name: str) -> date | None:
    """The field's date, or a ``ValueError`` that names the field."""
    try:
        return field.value()
    except ValueError as exc:
        field.edit.setFocus()
        raise ValueError(f"{name}: {exc}") from None
