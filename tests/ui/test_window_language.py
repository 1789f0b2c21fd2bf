"""View > Language switches the running window: menus, tabs and status line in the new language on
the folder already open (not opened again, the tab and the search kept), the choice remembered;
the language follows the computer when none is chosen; the first window fits the screen."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from built_words import ROOT, ensure_built
from PySide6.QtCore import QByteArray, QLocale, QRect
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from infusion_desk.core import i18n
from infusion_desk.core.records import Call, Profile, Request
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui import language
from infusion_desk.ui.main_window import MainWindow, language_actions, window_size
from infusion_desk.ui.settings import AppSettings
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
SCREEN_1366 = QRect(0, 0, 1366, 768 - 40)  # a 1366×768 screen less its task bar


@pytest.fixture
def back_to_english() -> Iterator[None]:
    ensure_built()
    yield
    language.reset()


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        folder.records.add(Request(what="Signed plan of care", due_on=date(2026, 12, 4)))
        folder.records.add(Call(organization="Sunrise Home Infusion", reference_number="SR-99017",
                                summary="Pump delivery set for Friday"))
    return path


@pytest.fixture
def window(qtbot: QtBot, back_to_english: None) -> Iterator[MainWindow]:
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    yield win
    win.close()


def menu_titles(window: QMainWindow) -> list[str]:
    """The menus she sees (Folder shows only for a shared folder)."""
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


def tab_names(window: MainWindow) -> list[str]:
    assert window.view is not None
    return [window.view.tabs.tabText(i) for i in range(window.view.tabs.count())]


def choose(window: MainWindow, code: str) -> None:
    action = language_actions.language_action(window, code)
    assert action is not None
    action.trigger()


def test_view_language_switches_the_running_window_on_the_open_folder(
        qtbot: QtBot, window: MainWindow, folder_path: Path) -> None:
    assert opened(qtbot, window, folder_path)
    assert window.view is not None and window.ctx is not None
    ctx, folder = window.ctx, window.ctx.folder
    window.view.tabs.setCurrentWidget(window.view.calls)
    window.view.search_field.setText("SR-99017")
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]

    choose(window, "es")

    assert menu_titles(window) == ["&Archivo", "&Editar", "&Ver", "Ay&uda"]
    assert tab_names(window) == ["Inicio", "Solicitudes", "Llamadas", "Preguntas para hacer",
                                 "Documentos", "Contactos"]
    assert window.saved_note.text() == "Cada cambio se guarda en cuanto lo hace."
    assert window.view.search_field.placeholderText().startswith("Buscar")
    assert window.ctx is ctx and window.ctx.folder is folder  # not opened again
    assert window.view.tabs.currentWidget() is window.view.calls  # the tab she was on
    assert window.view.search_field.text() == "SR-99017"  # what she was looking for
    assert window.settings.language() == "es"  # remembered
    assert QLocale().language() == QLocale.Language.Spanish  # dates in Qt's widgets follow
    checked = [a.objectName() for a in window.findChildren(type(window.new_action))
               if a.objectName().startswith("language_action") and a.isChecked()]
    assert checked == ["language_action:es"]
    # the menus were made again, not added to: one of each, and the old actions are gone
    assert len(window.menuBar().actions()) == 5  # File, Edit, Folder (hidden: a file), View, Help
    assert window.new_action.text() == "Carpeta &nueva…"
    qtbot.waitUntil(lambda: window.view is not None
                    and window.view.results.list.count() == 1)  # the search ran again

    choose(window, "en")
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert tab_names(window)[0] == "Overview"
    assert window.settings.language() == "en"
    assert QLocale().language() == QLocale.Language.English


def test_the_welcome_page_is_spoken_again_too(qtbot: QtBot, window: MainWindow) -> None:
    assert window.welcome.title.text() == "Welcome to Infusion Desk"
    choose(window, "es")
    qtbot.waitUntil(window.welcome.isVisible)
    assert window.welcome.title.text() == "Le damos la bienvenida a Infusion Desk"
    assert window.welcome.open_button.text() == "Abrir una &carpeta…"
    choose(window, "")  # the computer's language (the tests run in English)
    assert window.settings.language() == ""
    assert window.welcome.title.text() == "Welcome to Infusion Desk"


def test_the_chosen_language_is_used_at_the_next_start(window: MainWindow) -> None:
    choose(window, "es")
    settings = AppSettings(app_paths().settings_file)  # read again, as a new start does
    assert settings.language() == "es"
    assert language.chosen_language(settings.language()).code == "es"


def run_with(env: dict[str, str], code: str, home: Path) -> str:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES")}
    environment.update(env, QT_QPA_PLATFORM="offscreen", INFUSION_DESK_HOME=str(home),
                       PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True,
                          text=True, timeout=120, check=True)
    return done.stdout.strip()


START = """
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from infusion_desk.core.i18n import translate
from infusion_desk.paths import app_paths
from infusion_desk.ui.language import chosen_language, install
from infusion_desk.ui.settings import AppSettings
app = QApplication([])
spoken = install(chosen_language(AppSettings(app_paths().settings_file).language()))
print(spoken.code, translate("Menus", "&File"), QLocale().name())
"""


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANGUAGE": "es_US"}, "es &Archivo es_US"),
    ({"LANG": "es_MX.UTF-8"}, "es &Archivo es_US"),
    ({"LANG": "C.UTF-8"}, "en &File en_US"),
    ({"LANGUAGE": "fr_FR"}, "en &File en_US"),  # not one the app speaks: English
])
def test_the_language_follows_the_computer_when_none_is_chosen(
        tmp_path: Path, back_to_english: None, env: dict[str, str], expected: str) -> None:
    assert run_with(env, START, tmp_path) == expected


def test_a_language_chosen_in_the_app_wins_over_the_computer(
        tmp_path: Path, back_to_english: None) -> None:
    run_with({}, "from infusion_desk.paths import app_paths\n"
                 "from infusion_desk.ui.settings import AppSettings\n"
                 "s = AppSettings(app_paths().settings_file); s.set_language('en'); s.sync()",
             tmp_path)
    assert run_with({"LANGUAGE": "es_US"}, START, tmp_path) == "en &File en_US"


def test_translate_speaks_spanish_in_a_direct_call(back_to_english: None) -> None:
    language.install(language.LANGUAGES[1])
    assert i18n.translate("Menus", "&File") == "&Archivo"
    assert i18n.translate("SearchPanel", "%n found for “{0}”", None, 1) == "1 resultado para “{0}”"
    assert i18n.translate("SearchPanel", "%n found for “{0}”", None, 3) == "3 resultados para “{0}”"


# ---------------------------------------------------------------- the first window's size
def fits(window: QMainWindow, area: QRect) -> bool:
    """The whole window, title bar and borders too, is inside ``area``."""
    return area.contains(window.frameGeometry())


def test_the_first_window_fits_a_1366_by_768_screen_status_line_and_all(
        qtbot: QtBot, window: MainWindow) -> None:
    window_size.place_first(window, None, SCREEN_1366)
    assert fits(window, SCREEN_1366)
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() < window.height()  # not cut off
    assert window.width() >= 1280  # as wide as it wants where there is room


def test_a_saved_size_that_no_longer_fits_is_brought_inside(
        qtbot: QtBot, window: MainWindow) -> None:
    big = QMainWindow()
    qtbot.addWidget(big)
    big.resize(1800, 1000)
    big.move(600, 300)
    saved = QByteArray(big.saveGeometry())  # from a larger screen
    window_size.place_first(window, saved, SCREEN_1366)
    assert fits(window, SCREEN_1366)
    assert window.width() <= 1366 and window.height() <= 728


def test_a_window_not_shown_yet_leaves_room_for_its_title_bar(qtbot: QtBot) -> None:
    paths = app_paths()
    hidden = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(hidden)
    window_size.place_first(hidden, None, SCREEN_1366)  # as at the start, before it shows
    room = window_size.FRAME_ROOM
    assert hidden.height() + room.height() <= SCREEN_1366.height()
    assert hidden.y() + hidden.height() + room.height() <= SCREEN_1366.bottom() + 1


def test_a_first_window_on_a_large_screen_keeps_its_size(
        qtbot: QtBot, window: MainWindow) -> None:
    window_size.place_first(window, None, QRect(0, 0, 1920, 1040))
    assert (window.width(), window.height()) == (1280, 760)
    assert fits(window, QRect(0, 0, 1920, 1040))
