"""The shared widgets a screen reader and a keyboard meet (issue 15): a help mark's words reachable
by keyboard and read out, a step marker's state in words, a date field and an ID named, in English
and in Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from a11y_checks import small_targets, unnamed_interactive
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.coverage import Mark
from infusion_desk.ui.widgets.date_field import DateField
from infusion_desk.ui.widgets.help_mark import HelpMark
from infusion_desk.ui.widgets.id_text import IdText
from infusion_desk.ui.widgets.step_marker import StepMarker

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
TODAY = date(2026, 11, 27)
EXPLANATION = "The plan must approve the therapy before it pays for it."


def _page(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_help_marks_words_are_reached_and_read_with_the_keyboard(qtbot: QtBot) -> None:
    mark = HelpMark("Prior authorization", EXPLANATION)
    page = _page(qtbot, mark)
    assert mark.accessibleName() == "What “Prior authorization” means"
    assert mark.accessibleDescription() == EXPLANATION  # read out with the name
    page.activateWindow()
    mark.setFocus()
    qtbot.waitUntil(mark.hasFocus)
    qtbot.keyClick(mark, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: mark.help_box() is not None)
    box = mark.help_box()
    assert box is not None
    assert box.text() == EXPLANATION and box.textFormat() == Qt.TextFormat.PlainText
    assert box.accessibleName() == "What this means"
    assert box.accessibleDescription() == EXPLANATION
    qtbot.waitUntil(box.hasFocus)  # the keyboard is in the box: Esc puts it away
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: mark.help_box() is None)


@pytest.mark.parametrize("language", ["en", "es"])
def test_markers_dates_and_ids_are_named_in_words(qtbot: QtBot, request: pytest.FixtureRequest,
                                                  language: str) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    done = StepMarker(Mark.DONE)
    waiting = StepMarker(Mark.WAITING, current=True)
    field = DateField(lambda: TODAY)
    number = IdText("3HK7-XN2-RW58", name="member ID" if language == "en" else "número de socio")
    page = _page(qtbot, done, waiting, field, number)
    words = {"en": ("Done", "Waiting — the current step", "Date", "Copy the member ID"),
             "es": ("Terminado", "En espera — el paso actual", "Fecha",
                    "Copiar el número de socio")}[language]
    assert done.accessibleName() == words[0]  # the state in words, not by shape or colour alone
    assert waiting.accessibleName() == words[1]
    assert field.edit.accessibleName() == words[2]
    assert field.edit.accessibleDescription()
    assert field.pick.accessibleName().startswith(words[2])
    assert number.copy_button.accessibleName() == words[3]
    # No little unnamed clear button inside the date field; every target 32 px at least.
    assert [b for b in field.edit.findChildren(QToolButton) if b.isVisible()] == []
    assert unnamed_interactive(page) == []
    assert small_targets(page) == []
    QApplication.processEvents()
