"""The fields of *Log a call* that behave a little differently from the usual form fields:
drop-downs of known names that take a new one as well, a time that Tab leaves, and Ctrl+Enter
that saves from a multi-line field."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from infusion_desk.core.i18n import translate
from infusion_desk.ui.widgets.form_dialog import FormDialog

MINIMUM_TARGET = 32  # px: as easy to hit as the app's other fields


def scaled(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Make ``widget``'s text ``scale`` times larger (and bold)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)



class NameBox(QComboBox):
    """A drop-down of the names the folder knows; typing a new name is just as fine.

    It reads like the line edit it replaces (``text()``, ``setText()``, ``selectAll()``), and
    suggests matches anywhere in a name as she types ("pine" finds "Silverpine").
    """

    def __init__(self, names: list[str], text: str = "", *, accessible_name: str,
                 placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaxVisibleItems(12)
        self.setMinimumHeight(MINIMUM_TARGET)
        completer = self.completer()
        line_edit = self.lineEdit()
        assert completer is not None and line_edit is not None  # an editable combo has both
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line_edit.setPlaceholderText(placeholder)
        line_edit.setClearButtonEnabled(True)
        for clear in line_edit.findChildren(QToolButton):  # the field's own clear button
            clear.setAccessibleName(translate("CallFields", "Clear"))
        self.set_names(names)
        self.setText(text)

    def names(self) -> list[str]:
        return [self.itemText(n) for n in range(self.count())]

    def set_names(self, names: list[str]) -> None:
        """Offer these names; what is typed stays as typed."""
        if names == self.names():
            return
        typed = self.currentText()
        was = self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setCurrentIndex(-1)
        self.setEditText(typed)
        self.blockSignals(was)

    def text(self) -> str:
        return self.currentText()

    def setText(self, text: str) -> None:  # noqa: N802 - reads like QLineEdit
        self.setEditText(text)

    def selectAll(self) -> None:  # noqa: N802 - reads like QLineEdit
        self.line_edit().selectAll()

    def line_edit(self) -> QLineEdit:
        """The field typed into (an editable drop-down always has one)."""
        edit = self.lineEdit()
        assert edit is not None
        return edit


class CtrlEnterSaves(QObject):
    """Ctrl+Enter inside a multi-line field saves the form (plain Enter starts a new line)."""

    def __init__(self, dialog: FormDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._dialog.save_button.click()
                return True
        return super().eventFilter(watched, event)


class TimeField(QTimeEdit):
    """A time; Tab leaves the field (instead of stepping hours → minutes → AM/PM)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(MINIMUM_TARGET)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)



def now_to_the_minute() -> time:
    """The time now, without seconds (a call is logged to the minute)."""
    now = datetime.now()
    return time(now.hour, now.minute)
