"""Fixtures for driving the window the way a person would (offscreen, fixed clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from infusion_desk.services import Folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

TODAY = date(2026, 11, 27)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    with Folder.create(tmp_path / "Walter Brennan.infusiondesk") as opened:
        yield opened


@pytest.fixture
def ctx(folder: Folder, qtbot: object) -> Iterator[object]:
    from infusion_desk.ui.context import FolderContext

    context = FolderContext(folder, clock=lambda: TODAY)
    yield context
    context.close()


@pytest.fixture(scope="session", autouse=True)
def _app_style(qapp: object) -> None:
    """The app's own style, as ``make_application`` puts it in place: targets of 32 px, the focus
    ring, readable colours (what the screens' checks measure)."""
    from PySide6.QtWidgets import QApplication

    from infusion_desk.ui.style import apply_style

    assert isinstance(qapp, QApplication)
    apply_style(qapp)


@pytest.fixture(autouse=True)
def _restore_app_font(qapp: object) -> Iterator[None]:
    """The window sets the application font for the text size; put it back after each test."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    font = QFont(QApplication.font())
    yield
    QApplication.setFont(font)


@pytest.fixture
def tabs() -> Iterator[list[QWidget]]:
    """Tabs made by a test, closed after the test's model checks have let go of their models.

    (Ask for this fixture before ``qtmodeltester``, so that it is torn down after it.)
    """
    made: list[QWidget] = []
    yield made
    for tab in made:
        tab.close()
        tab.deleteLater()
