"""Render every tab of a folder to PNG, offscreen, at text 100, 150 and 200 %, in each language
the app speaks."""

from __future__ import annotations

import os
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from infusion_desk.privacy import make_private_dir, open_private

if TYPE_CHECKING:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QWidget

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate

SIZE = (1366, 768)
SCALES = (100, 150, 200)


def take_screenshots(out_dir: Path, folder_path: Path | None = None) -> list[Path]:
    """Write ``<language>-<scale>-<nn>-<tab>.png`` for each language, text size and tab (the
    demo folder is made in each language); return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from infusion_desk.ui import language

    QApplication.instance() or QApplication(["infusion-desk"])
    make_private_dir(out_dir, tighten=False)
    written: list[Path] = []
    base = QFont(QApplication.font())  # each window scales the app's font from what it finds
    for spoken in language.LANGUAGES:
        language.install(spoken)
        written += _shots_in(out_dir, folder_path, spoken.code, base)
    return written


def _shots_in(out_dir: Path, folder_path: Path | None, code: str, base: QFont) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from infusion_desk.paths import AppPaths
    from infusion_desk.ui.main_window import MainWindow
    from infusion_desk.ui.main_window.opening import wait_for_opening
    from infusion_desk.ui.settings import AppSettings

    app = QApplication.instance()
    assert app is not None
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="infusion-desk-shots-") as scratch:
        root = Path(scratch)
        paths = AppPaths(root / "data", root / "config", root / "tmp", root / "Documents")
        for scale in SCALES:
            QApplication.setFont(base)
            settings = AppSettings(paths.settings_file)
            settings.set_text_scale(scale)
            window = MainWindow(settings, paths)
            window.resize(*SIZE)
            window.show()
            app.processEvents()
            shot = out_dir / f"{code}-{scale}-00-welcome.png"
            _save_png(window, shot)
            written.append(shot)
            if folder_path is not None:
                opened = wait_for_opening(window, partial(window.open_folder, folder_path))
            else:
                opened = wait_for_opening(window, window.open_demo)
            if not opened or window.view is None:
                window.close()
                raise FolderError(translate(  # the window said why; the command line says it
                    "Screenshots", "The folder could not be opened to take the pictures. "
                    "Nothing was changed."))
            tabs = window.view.tabs
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                for _ in range(3):
                    app.processEvents()
                name = tabs.tabText(index).lower().replace(" ", "-")
                shot = out_dir / f"{code}-{scale}-{index + 1:02d}-{name}.png"
                _save_png(window, shot)
                written.append(shot)
            window.close()
            app.processEvents()
    return written


def _save_png(window: QWidget, path: Path) -> None:
    """A picture of ``window`` as a PNG only this user may read (it shows a patient's folder)."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        raise OSError(f"the picture of {path.name} could not be made")
    with open_private(path) as file:
        file.write(bytes(buffer.data().data()))
