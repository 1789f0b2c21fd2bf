"""*Help > Guide* (issue 15, point 8): opened from the Help menu, in her language, fits the screen
at every text size, reachable by keyboard with every button named; Medicare's pages open in her
browser only when she clicks their button; its button adds the three questions to the folder."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from a11y_checks import (
    TEXT_SCALES,
    at_text_scale,
    english_left,
    on_screen,
    scrolls_sideways,
    small_targets,
    too_big_for_screen,
    unnamed_interactive,
)
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from infusion_desk.core import rules
from infusion_desk.paths import app_paths
from infusion_desk.ui import language
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.guide import GuideWindow, guide_text
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.style import AppLook, applied, apply_style

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

# Addresses first: each is taken out whole before a name inside it is.
KEPT = (guide_text.MEDICARE_PAGE, guide_text.CMS_FAQ, "www.medicare.gov", "www.cms.gov",
        "Medicare", "CMS", "PDF")


class Browser(QObject):
    """Stands in for her web browser: what the guide handed it, and nothing goes anywhere."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser() -> Iterator[Browser]:
    browser = Browser()
    for scheme in ("https", "http"):
        QDesktopServices.setUrlHandler(scheme, browser, "show")
    yield browser
    for scheme in ("https", "http"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def look(qapp: QApplication) -> Iterator[AppLook]:
    """The app's own style, as the app starts with it; taken away after the test."""
    already = applied(qapp)
    made = apply_style(qapp)
    yield made
    if already is None:
        made.remove()


def make_guide(qtbot: QtBot, folder: object = None) -> GuideWindow:
    guide = GuideWindow(lambda: folder)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(guide)
    on_screen(guide)
    return guide


def test_help_guide_opens_from_the_menu_with_f1(qtbot: QtBot) -> None:
    window = MainWindow(AppSettings(app_paths().settings_file), app_paths())
    qtbot.addWidget(window)
    window.show()
    assert window.guide_action in window.menuBar().actions()[-1].menu().actions()
    assert window.guide_action.text() == "&Guide"
    window.guide_action.trigger()
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() == "Guide: getting home infusion covered"
    window.guide_action.trigger()  # again: the same guide, brought to the front
    assert len(window.findChildren(GuideWindow)) == 1
    assert not guide.add_button.isEnabled()  # no folder open: nowhere to add questions
    assert guide.folder_state.text() == guide_text.no_folder()
    window.close()


def test_medicare_pages_open_only_when_clicked(qtbot: QtBot, browser: Browser) -> None:
    guide = make_guide(qtbot)
    guide.activateWindow()
    for _ in range(12):  # through every button and back, by keyboard, reading and scrolling
        qtbot.keyClick(QApplication.focusWidget() or guide, Qt.Key.Key_Tab)
        qtbot.keyClick(guide.reader, Qt.Key.Key_PageDown)
    QApplication.processEvents()  # anything the keys set off has happened by now
    assert browser.opened == []

    medicare, cms = guide.link_buttons
    qtbot.mouseClick(medicare, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(browser.opened) == 1)
    assert browser.opened == [guide_text.MEDICARE_PAGE]
    cms.setFocus()
    qtbot.keyClick(cms, Qt.Key.Key_Space)  # by keyboard too
    qtbot.waitUntil(lambda: len(browser.opened) == 2)
    assert browser.opened[1] == guide_text.CMS_FAQ
    assert "www.cms.gov" in cms.toolTip() and guide_text.CMS_FAQ in cms.toolTip()


def test_keyboard_reaches_every_button_in_reading_order(qtbot: QtBot, ctx: FolderContext) -> None:
    guide = make_guide(qtbot, ctx)
    guide.activateWindow()
    guide.reader.setFocus()
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:4] == [guide.add_button, *guide.link_buttons, guide.close_button]
    for button in guide.findChildren(QPushButton):
        assert "&" in button.text()  # a keyboard letter on each


def test_the_three_questions_are_the_ones_the_folder_stores(qtbot: QtBot) -> None:
    assert guide_text.stuck_questions() == list(rules.STUCK_QUESTIONS)
    guide = make_guide(qtbot)
    for question in rules.STUCK_QUESTIONS:
        assert question in guide.questions.text()


@pytest.mark.usefixtures("spanish")
def test_in_spanish_the_three_questions_are_worded_as_the_folder_stores_them(
        qtbot: QtBot) -> None:
    assert guide_text.stuck_questions() == list(rules.stuck_questions())
    guide = make_guide(qtbot)
    for question in rules.stuck_questions():
        assert question in guide.questions.text()


def test_its_button_adds_the_three_questions_to_the_open_folder(
        qtbot: QtBot, ctx: FolderContext) -> None:
    guide = make_guide(qtbot, ctx)
    assert guide.add_button.isEnabled() and not guide.folder_state.isVisible()
    qtbot.mouseClick(guide.add_button, Qt.MouseButton.LeftButton)
    form = guide.stuck_form
    assert form is not None and form.isVisible()
    form.ask_whom.setText("Silverpine Health Plan")
    with qtbot.waitSignal(form.questions_added):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    stored = ctx.folder.questions()
    assert sorted(q.text for q in stored) == sorted(rules.STUCK_QUESTIONS)
    assert {q.ask_whom for q in stored} == {"Silverpine Health Plan"}
    qtbot.waitUntil(guide.folder_state.isVisible)
    assert guide.folder_state.text() == guide_text.added()
    ctx.undo_stack.undo()  # one Undo takes all three back
    assert ctx.folder.questions() == []


def test_no_adding_to_a_folder_open_for_reading_only(qtbot: QtBot) -> None:
    guide = make_guide(qtbot, SimpleNamespace(read_only=True))
    assert not guide.add_button.isEnabled()
    assert guide.folder_state.text() == guide_text.read_only()
    assert guide.add_stuck_questions() is None


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_fits_and_is_named_at_every_text_size(qtbot: QtBot, look: AppLook, scale: int) -> None:
    at_text_scale(scale)
    guide = make_guide(qtbot)
    problems = [*unnamed_interactive(guide), *small_targets(guide), *scrolls_sideways(guide),
                *too_big_for_screen(guide)]
    assert problems == []
    assert guide.width() <= 1366 and guide.height() <= 728


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_in_spanish_every_word_is_spanish(qtbot: QtBot, look: AppLook, spanish: None,
                                          scale: int) -> None:
    at_text_scale(scale)
    guide = make_guide(qtbot)
    assert guide.windowTitle().startswith("Guía")
    assert "no es consejo sobre su cobertura" in guide.note.text()
    assert english_left(guide, allow=KEPT) == []
    assert [*unnamed_interactive(guide), *small_targets(guide), *scrolls_sideways(guide),
            *too_big_for_screen(guide)] == []


def test_a_change_of_language_while_open_rewrites_it(qtbot: QtBot) -> None:
    from built_words import ensure_built

    ensure_built()
    guide = make_guide(qtbot)
    assert guide.close_button.text() == "&Close"
    try:
        language.install(language.LANGUAGES[1])
        qtbot.waitUntil(lambda: guide.close_button.text() == "&Cerrar")
        assert guide.add_button.text() == "&Agregar estas preguntas a mi lista…"
        assert english_left(guide, allow=KEPT) == []
    finally:
        language.reset()
    qtbot.waitUntil(lambda: guide.close_button.text() == "&Close")
