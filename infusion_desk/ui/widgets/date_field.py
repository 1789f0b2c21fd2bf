"""A date field people can type into (``11/3/2026``, ``Nov 3``, ``today``, ``+7``) or pick on
a calendar, and reading it back with the field's name in the message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from infusion_desk.core.dates import format_day, parse_day
from infusion_desk.core.errors import InputError
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.ui.widgets.forms import big_target

DATE_PLACEHOLDER = QT_TRANSLATE_NOOP("DateField", "e.g. 11/3/2026, today, +7")  # in English


def date_placeholder() -> str:
    """The example in an empty date field: it teaches what to type."""
    return translate("DateField", "e.g. 11/3/2026, today, +7")


class DateField(QWidget):
    """A date that may be empty. Type ``11/3/2026``, ``Nov 3``, ``today``, ``+7``, or choose one
    on the calendar."""

    date_changed = Signal(object)  # date | None

    def __init__(self, clock: Callable[[], date], parent: QWidget | None = None,
                 *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self._clock = clock
        self._value: date | None = None
        name = accessible_name or translate("DateField", "Date")
        placeholder = date_placeholder()
        self.edit = big_target(QLineEdit(self))
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        self.edit.setAccessibleDescription(translate(
            "DateField", "Type a date such as 11/3/2026, Nov 3, today or +7, or choose it on "
                         "the calendar."))
        # No little clear button inside the field: a 22×18 target without a name. Select the
        # text and delete it instead (Ctrl+A, Delete).
        self.edit.setClearButtonEnabled(False)
        metrics = self.edit.fontMetrics()
        # Room for the whole example: it teaches what to type.
        self.edit.setMinimumWidth(metrics.horizontalAdvance(placeholder)
                                  + metrics.height() + 12)
        # A date is short: the spare width goes to the weekday beside it ("Sun, Jul 26, 2026").
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAccessibleName(translate("DateField", "{field}: the date read").format(
            field=name))
        # Room for the longest day it shows, so that the weekday is never cut off.
        self.hint.setMinimumWidth(metrics.horizontalAdvance(format_day(date(2026, 9, 30))) + 6)
        self.pick = big_target(QToolButton(self))
        self.pick.setText(translate("DateField", "Calendar"))
        icon = QIcon.fromTheme("x-office-calendar")
        if not icon.isNull():
            self.pick.setIcon(icon)
            self.pick.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pick.setToolTip(translate("DateField", "Choose the date on a calendar"))
        self.pick.setAccessibleName(translate("DateField", "{field}: choose it on a calendar")
                                    .format(field=name))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        self._calendar = QCalendarWidget(menu)
        self._calendar.setGridVisible(False)
        self._calendar.setAccessibleName(translate("DateField", "Calendar: {field}").format(
            field=name))
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
            self.hint.setText(translate("DateField", "Not a date yet"))
            return
        self.hint.setText(format_day(value))



def read_date(field: DateField, name: str) -> date | None:
    """The field's date, or an ``InputError`` that names the field."""
    try:
        return field.value()
    except InputError as exc:
        field.edit.setFocus()
        raise InputError(translate("DateField", "{field}: {problem}").format(
            field=name, problem=exc)) from None
