"""An unexpected error: written to the log with its traceback (no exception text), said plainly,
the app keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from infusion_desk.app import ERROR_TEXT, install_error_handler, setup_logging
from infusion_desk.paths import AppPaths, app_paths


@pytest.fixture
def paths() -> Iterator[AppPaths]:
    root = logging.getLogger()
    before, hook, level = list(root.handlers), sys.excepthook, root.level
    found = app_paths()
    setup_logging(found)
    yield found
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    sys.excepthook = hook


def test_unexpected_error_is_logged_and_said_plainly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, paths: AppPaths
) -> None:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    handle = install_error_handler(paths)
    assert sys.excepthook is handle

    patient = "Walter " + "Brennan"

    def slot() -> None:
        raise ZeroDivisionError(f"a bug in a slot, while showing {patient}")

    try:
        slot()
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())  # what Qt does with an exception escaping a slot
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged
    assert "Traceback (most recent call last)" in logged
    assert "ZeroDivisionError" in logged and "in slot" in logged  # what and where
    assert "Walter Brennan" not in logged  # an exception's text can hold personal text
    assert len(shown) == 1 and shown[0].startswith(ERROR_TEXT)
    assert str(paths.log_file) in shown[0]

    # The app keeps running: the event loop still delivers work afterwards.
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran))
    assert QApplication.instance() is not None
