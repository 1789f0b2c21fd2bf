"""The app says who it is: its icon, name and version, and an About box with the licence and
where it keeps its own files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infusion_desk import APP_NAME, __version__
from infusion_desk.app import DESKTOP_ID, make_application
from infusion_desk.paths import app_paths
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]


def test_the_application_carries_its_icon_name_and_version(qapp: QApplication) -> None:
    app = make_application()
    assert app is qapp
    assert not app.windowIcon().pixmap(64, 64).isNull()  # the SVG icon loads (QtSvg plugin)
    assert app.applicationDisplayName() == APP_NAME
    assert app.applicationVersion() == __version__
    assert app.desktopFileName() == DESKTOP_ID
    assert (ROOT / "packaging" / "linux" / f"{DESKTOP_ID}.desktop").is_file()


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    make_application()
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths)
    qtbot.addWidget(win)
    win.show()
    return win


def test_about_names_the_version_the_licence_and_every_place_the_app_writes(
    window: MainWindow,
) -> None:
    box = window.show_about()
    text = box.text() + "\n" + box.informativeText()
    paths = window.paths
    assert f"{APP_NAME} {__version__}" in text
    assert "MIT licence" in text
    for place in (paths.settings_file, paths.log_file, paths.temp, paths.demo_folder):
        assert str(place) in text
    licence = Path(text.split("MIT licence (", 1)[1].split(")", 1)[0])
    assert licence.is_file() and "MIT License" in licence.read_text(encoding="utf-8")
    assert not box.iconPixmap().isNull()
    box.close()


def test_about_is_in_the_help_menu(window: MainWindow, qtbot: QtBot) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about = next(a for a in help_menu.actions() if a.text() == f"&About {APP_NAME}")
    about.trigger()
    qtbot.waitUntil(lambda: getattr(window, "about_box", None) is not None
                    and window.about_box.isVisible())
    window.about_box.close()
