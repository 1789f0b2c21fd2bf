"""The form building blocks: plain tooltips, the folded "More details", the date field, and a
dialog that opens tall enough for its rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.ui.widgets.date_field import DATE_PLACEHOLDER, DateField
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import combo, heading, line, notes_box, plain_label, plain_tip

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

TODAY = date(2026, 11, 27)


class _Form(FormDialog):
    def __init__(self, *, long_text: str = "") -> None:
        super().__init__("A form")
        self.name = line(accessible_name="Name")
        self.when = DateField(lambda: TODAY, self, accessible_name="When")
        self.form.addRow("Name", self.name)
        self.form.addRow("When", self.when)
        if long_text:
            self.form.addRow(plain_label(long_text, self))
        more = self.more_details()
        self.notes = notes_box()
        self.phone = line(accessible_name="Phone")
        more.addRow("&Notes:", self.notes)
        more.addRow("Phone", self.phone)
        self.saved = False

    def save(self) -> bool:
        self.saved = True
        return True


@pytest.fixture
def made(qtbot: QtBot) -> Iterator[list[QWidget]]:
    widgets: list[QWidget] = []
    yield widgets
    for widget in widgets:
        widget.close()
        widget.deleteLater()


def test_plain_tip_shows_typed_markup_as_typed() -> None:
    assert plain_tip("<b>x</b> & y\nnext") == "<qt>&lt;b&gt;x&lt;/b&gt; &amp; y<br>next</qt>"
    assert plain_tip("   ") == ""


def test_more_details_is_a_flat_toggle_that_names_what_it_holds(
        qtbot: QtBot, made: list[QWidget]) -> None:
    dialog = _Form()
    made.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChildren(QGroupBox) == []  # no empty grey box under it
    [toggle] = dialog.more_toggles()
    assert isinstance(toggle, QToolButton) and toggle.isCheckable()
    assert toggle.text() == "More details (notes, phone)"
    assert toggle.arrowType() is Qt.ArrowType.RightArrow
    assert not dialog.notes.isVisibleTo(dialog)
    folded = dialog.height()

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert dialog.notes.isVisibleTo(dialog) and dialog.phone.isVisibleTo(dialog)
    assert toggle.arrowType() is Qt.ArrowType.DownArrow
    assert dialog.height() > folded  # the window grew to show them

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not dialog.notes.isVisibleTo(dialog)
    dialog.show_more()
    assert dialog.phone.isVisibleTo(dialog)


def test_the_window_opens_tall_enough_for_a_row_that_wraps(
        qtbot: QtBot, made: list[QWidget]) -> None:
    text = " ".join(["Every word of this long note must be readable when the form opens."] * 6)
    dialog = _Form(long_text=text)
    made.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = next(label for label in dialog.findChildren(QLabel)
                if label.text() == text)
    assert note.height() >= note.heightForWidth(note.width())
    assert dialog.width() >= dialog.fontMetrics().averageCharWidth() * 60 or (
        dialog.width() >= dialog.screen().availableGeometry().width() - 32)
    # Enter still saves.
    qtbot.keyClicks(dialog.name, "Dana")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.saved


def test_the_date_field_shows_its_whole_example_and_a_calendar_button(
        qtbot: QtBot, made: list[QWidget]) -> None:
    field = DateField(lambda: TODAY, accessible_name="Due by")
    made.append(field)
    field.show()
    edit = field.findChild(QLineEdit)
    assert edit is field.edit
    assert edit.placeholderText() == DATE_PLACEHOLDER
    assert edit.minimumWidth() > edit.fontMetrics().horizontalAdvance(DATE_PLACEHOLDER)
    assert field.pick.text() == "Calendar"
    qtbot.keyClicks(field.edit, "+7")
    assert field.value() == date(2026, 12, 4)
    assert field.hint.text() == "Fri, Dec 4, 2026"


def test_a_combo_is_never_made_to_look_disabled(made: list[QWidget]) -> None:
    box = combo([("Fax", "fax"), ("Mail", "mail")], accessible_name="How")
    made.append(box)
    assert box.isEnabled()
    assert box.currentText() == "Fax"
    assert box.accessibleName() == "How"


def test_a_heading_grows_with_the_text_around_it(made: list[QWidget]) -> None:
    host = QWidget()
    made.append(host)
    font = QFont(host.font())
    font.setPointSizeF(10)
    host.setFont(font)
    title = heading("Today", host, scale=1.5)
    assert title.font().pointSizeF() == pytest.approx(15)
    assert title.font().bold()
    font.setPointSizeF(20)
    host.setFont(font)
    assert title.font().pointSizeF() == pytest.approx(30)
    # Moved under another parent, it follows that one.
    other = QWidget()
    made.append(other)
    font.setPointSizeF(12)
    other.setFont(font)
    title.setParent(other)
    assert title.font().pointSizeF() == pytest.approx(18)
