"""Pictures of the window (``infusion-desk screenshots``) are private files, as every export."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from infusion_desk.ui.screenshots import _save_png


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_screenshot_is_a_private_png(qtbot: QtBot, tmp_path: Path) -> None:
    label = QLabel("Walter Brennan")
    qtbot.addWidget(label)
    label.resize(200, 40)
    label.show()
    shot = tmp_path / "100-01-overview.png"
    old = os.umask(0o022)
    try:
        _save_png(label, shot)
    finally:
        os.umask(old)
    assert stat.S_IMODE(shot.stat().st_mode) == 0o600
    picture = QImage(str(shot))
    assert not picture.isNull() and picture.width() >= 200


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_settings_file_stays_private_after_qt_saves_it(qtbot: QtBot, tmp_path: Path) -> None:
    """It lists recent folders, whose names often name the patient."""
    from infusion_desk.ui.settings import AppSettings

    file = tmp_path / "settings" / "settings.ini"
    old = os.umask(0o022)
    try:
        settings = AppSettings(file)
        settings.add_recent_folder(tmp_path / "Walter Brennan.infusiondesk")
        settings.sync()
        settings.set_tab(2)
        settings.sync()
    finally:
        os.umask(old)
    assert "Walter Brennan" in file.read_text(encoding="utf-8")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_settings_file_left_readable_by_an_older_version_is_made_private(tmp_path: Path) -> None:
    from infusion_desk.ui.settings import AppSettings

    file = tmp_path / "settings.ini"
    file.write_text("[window]\ntab=1\n", encoding="utf-8")
    file.chmod(0o644)
    AppSettings(file).sync()
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
