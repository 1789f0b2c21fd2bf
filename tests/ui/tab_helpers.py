"""Shared pieces for the tab tests: make a tab, show it at a laptop size, wait until it is up."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

TabT = TypeVar("TabT", bound=QWidget)


def show_tab(tab: TabT, qtbot: QtBot, tabs: list[QWidget], *, size: tuple[int, int] = (1366, 768),
             add_widget: bool = False) -> TabT:
    """Show ``tab`` at ``size`` and wait for it; the ``tabs`` fixture closes it after the test
    (``add_widget``: pytest-qt closes it as well)."""
    if add_widget:
        qtbot.addWidget(tab)
    tabs.append(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    return tab
