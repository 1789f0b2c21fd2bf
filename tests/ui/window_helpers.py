"""Opening folders in the window, which happens in the background: start it, wait until over."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from infusion_desk.ui.main_window import MainWindow

OPEN_TIMEOUT_MS = 60_000


def opened(qtbot: QtBot, window: MainWindow, path: Path | None, *,
           read_only: bool = False) -> bool:
    """Open ``path`` as File > Open would; True once it is open, False if it was not."""
    assert path is not None
    with qtbot.waitSignal(window.opening_ended, timeout=OPEN_TIMEOUT_MS) as ended:
        window.open_folder(path, read_only=read_only)
    return bool(ended.args[0])


def demo_opened(qtbot: QtBot, window: MainWindow) -> bool:
    with qtbot.waitSignal(window.opening_ended, timeout=OPEN_TIMEOUT_MS) as ended:
        window.open_demo()
    return bool(ended.args[0])
