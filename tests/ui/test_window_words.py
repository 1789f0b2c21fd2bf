"""The window's own parts (menus, status line, Find and its results, the tab bar, the welcome page,
the backup dialogs, the drop area) in both languages and at 100/150/200 % text on a 1366×768
screen: every word in Spanish, every menu item and button with a keyboard letter or a standard
shortcut (unique in its menu), every widget named for a screen reader, the reading order kept.
Last, the whole window walked in Spanish on a folder made in Spanish (and its size)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from a11y_checks import (
    WINDOW,
    at_text_scale,
    english_left,
    scrolls_sideways,
    small_targets,
    too_big_for_screen,
    unnamed_interactive,
)
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.demo.writer import write_demo_folder
from infusion_desk.paths import app_paths
from infusion_desk.services.backups import BackupStore
from infusion_desk.ui.backup_dialogs import RestoreDialog
from infusion_desk.ui.drop_feedback import DropArea
from infusion_desk.ui.main_window import CANCEL, LOOK, RESTORE_NEWEST, MainWindow, messages
from infusion_desk.ui.settings import AppSettings
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
KEPT_AS_WRITTEN = ("Infusion Desk", "Medicare", "Medicare Advantage", "Medicaid", "English",
                   "MIT", "Python", "PySide6", "PDFium", "ReportLab", "DejaVu", "Google",
                   "Apple", "Outlook", "Walter Brennan Backups")
MNEMONIC = re.compile(r"&(?!&)(\S)")
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "es":
        request.getfixturevalue("spanish")
    return str(request.param)


@pytest.fixture(params=[100, 150, 200])
def scale(request: pytest.FixtureRequest) -> int:
    return int(request.param)


@pytest.fixture
def demo_path(tmp_path: Path, language: str) -> Path:
    path = tmp_path / "Walk.infusiondesk"  # made in the language being checked
    write_demo_folder(path, today=TODAY).close()
    return path


def make_window(qtbot: QtBot, scale: int = 100) -> MainWindow:
    paths = app_paths()
    settings = AppSettings(paths.settings_file)
    settings.set_text_scale(scale)
    window = MainWindow(settings, paths, clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(*WINDOW)
    window.show()
    return window


@pytest.fixture
def window(qtbot: QtBot, language: str, demo_path: Path) -> Iterator[MainWindow]:
    shown = make_window(qtbot)
    assert opened(qtbot, shown, demo_path)
    yield shown
    shown.close()


def actions_of(menu: QMenu) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield menu.title(), action
        if action.menu() is not None:
            yield from actions_of(action.menu())


def own_parts(window: MainWindow) -> list[QWidget]:
    """The window's own widgets (the tabs' contents are the other parts' screens)."""
    assert window.view is not None
    return [window.menuBar(), window.status_label, window.undo_button, window.saved_note,
            window.job_strip.cancel_button, window.view.search_field, window.view.tabs.tabBar(),
            window.view.results]  # (a job's label is said by the part that started it)


def test_every_menu_item_has_a_keyboard_letter_or_a_standard_shortcut(
        window: MainWindow, language: str) -> None:
    problems = []
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    letters = [m.group(1).lower() for t in titles if (m := MNEMONIC.search(t))]
    if len(letters) != len(titles) or len(set(letters)) != len(letters):
        problems.append(f"menu bar: {titles}")
    for top in bar.actions():
        menu = top.menu()
        assert menu is not None
        submenus = [menu, *(a.menu() for _t, a in actions_of(menu) if a.menu() is not None)]
        for shown in submenus:
            used = []
            for action in shown.actions():
                if action.isSeparator() or not action.text():
                    continue
                found = MNEMONIC.search(action.text())
                if found is None and action.shortcut().isEmpty():
                    problems.append(f"{shown.title()!r} > {action.text()!r}: no letter")
                if found is not None:
                    used.append(found.group(1).lower())
            if len(set(used)) != len(used):
                problems.append(f"{shown.title()!r}: a letter used twice {used}")
    assert problems == []


def test_the_window_speaks_her_language_and_names_its_parts(
        qtbot: QtBot, window: MainWindow, language: str) -> None:
    assert window.view is not None
    window.view.search_field.setText("pump")
    qtbot.waitUntil(lambda: window.view is not None and window.view.results.isVisible()
                    and not window.view.results.searching)
    window.say(window.saved_note.text())
    problems = []
    for part in own_parts(window):
        problems += unnamed_interactive(part)
        if language == "es":
            problems += [p for p in english_left(part, allow=KEPT_AS_WRITTEN)
                         if "row " not in p]  # (a result's own words are the folder's)
    cancel = window.job_strip.cancel_button
    assert cancel.accessibleName() and MNEMONIC.search(cancel.text())
    assert window.view.tabs.tabBar().accessibleName()
    assert problems == []


def test_the_reading_order_goes_from_find_to_the_tabs_to_the_results(
        window: MainWindow) -> None:
    assert window.view is not None
    chain: list[QWidget] = []
    widget: QWidget = window.view.search_field
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    focusable = [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    find, bar = window.view.search_field, window.view.tabs.tabBar()
    results = window.view.results.list
    assert focusable.index(find) < focusable.index(bar) < focusable.index(results)


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_the_window_fits_the_screen_at_every_text_size(
        qtbot: QtBot, language: str, scale: int, demo_path: Path) -> None:
    at_text_scale(scale)
    window = make_window(qtbot, scale)
    try:
        assert opened(qtbot, window, demo_path)
        assert window.view is not None
        bar = window.statusBar()
        assert bar.geometry().bottom() < window.height()  # the status line is not cut off
        # the window's own parts never make it wider than the screen (the tabs are the others')
        window.job_strip.begin("x" * 200)  # a long job's words, say at 200 %
        window.say("y" * 300)
        QApplication.processEvents()
        assert bar.layout().minimumSize().width() <= WINDOW[0] * 0.7
        assert window.view.results.minimumSizeHint().width() <= WINDOW[0] * 0.3
        assert window.menuBar().minimumSizeHint().width() <= WINDOW[0]
        top = window.view.layout().itemAt(0).layout()
        assert top is not None and top.minimumSize().width() <= WINDOW[0]
        window.view.search_field.setText("plan")
        qtbot.waitUntil(lambda: window.view is not None and window.view.results.isVisible()
                        and not window.view.results.searching)
        results = window.view.results
        assert results.width() >= 0.35 * window.view.splitter.width()
        problems = scrolls_sideways(results) + unnamed_interactive(window.view.search_field)
        problems += small_targets(window.view.tabs.tabBar())
        # (the search field's height and its clear button: the app-wide style's, ui/style)
        assert problems == []
    finally:
        window.close()


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_the_welcome_page_and_the_backup_dialog(
        qtbot: QtBot, language: str, tmp_path: Path) -> None:
    window = make_window(qtbot)
    try:
        page = window.welcome
        qtbot.waitUntil(page.isVisible)
        problems = unnamed_interactive(page) + small_targets(page)
        for button in (page.new_button, page.open_button, page.demo_button):
            if not MNEMONIC.search(button.text()):
                problems.append(f"no keyboard letter: {button.text()!r}")
        dialog = RestoreDialog(BackupStore(tmp_path / "Backups"), window.jobs, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitSignal(dialog.backups_listed, timeout=10_000)
        problems += unnamed_interactive(dialog) + too_big_for_screen(dialog)
        if language == "es":
            problems += english_left(page, allow=KEPT_AS_WRITTEN)
            problems += english_left(dialog, allow=(*KEPT_AS_WRITTEN, str(tmp_path)))
        assert problems == []
    finally:
        window.close()


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_the_questions_and_the_drop_area_in_spanish(window: MainWindow, language: str) -> None:
    box, _buttons = messages.choice_box(window, messages.damaged_words(),
                                        [LOOK, RESTORE_NEWEST, CANCEL], escape=CANCEL,
                                        icon=QMessageBox.Icon.Warning)
    assert [b.text() for b in box.buttons()] == [
        "&Abrirla para mirar (solo lectura)",
        "&Restaurar la copia de seguridad buena más reciente…", "Cancelar"]
    assert english_left(box, allow=KEPT_AS_WRITTEN) == []
    about = window.show_about()
    QApplication.processEvents()
    assert english_left(about, allow=(*KEPT_AS_WRITTEN, str(app_paths().data),
                                      str(app_paths().config), str(app_paths().temp))) == []
    about.close()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/a.pdf"), QUrl.fromLocalFile("/tmp/b.pdf")])
    QApplication.sendEvent(window, QDragEnterEvent(
        QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))
    area = window.findChild(DropArea)
    assert area is not None and area.isVisible()
    assert english_left(area) == []


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_the_welcome_page_at_200_percent_wraps_and_scrolls_never_cut(
        qtbot: QtBot, language: str) -> None:
    at_text_scale(200)
    window = make_window(qtbot, 200)
    try:
        page = window.welcome
        qtbot.waitUntil(page.isVisible)
        QApplication.processEvents()
        assert scrolls_sideways(page) == []
        for button in (page.new_button, page.open_button, page.demo_button):
            inside = button.mapTo(page, button.rect().topRight())
            assert inside.x() <= page.width(), button.text()  # its words wrap, not run off
            assert button.height() >= button.heightForWidth(button.width())
        assert too_big_for_screen(window) == []
    finally:
        window.close()
