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
