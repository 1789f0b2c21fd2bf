"""The frame the tabs share: the page's margins, the sentence and button at the top, and the list
with the selected record beside it in a splitter that never folds either side away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from infusion_desk.ui.widgets.forms import plain_label

MARGIN = 12
SPACING = 10


def page_layout(tab: QWidget) -> QVBoxLayout:
    """The tab's own layout, top to bottom, with the margins every tab keeps."""
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(SPACING)
    return layout


def list_beside_details(records: QWidget, details: QWidget, parent: QWidget,
                        shares: tuple[int, int] = (3, 1)) -> QSplitter:
    """The records on the left and the selected one in full on the right; widening the window
    widens both by ``shares``, and neither side can be dragged shut."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(records)
    splitter.addWidget(details)
    splitter.setStretchFactor(0, shares[0])
    splitter.setStretchFactor(1, shares[1])
    splitter.setChildrenCollapsible(False)
    return splitter


def intro_bar(intro: str, button: QPushButton, parent: QWidget) -> QHBoxLayout:
    """One sentence on what the tab holds, and at the right the button that adds to it."""
    bar = QHBoxLayout()
    bar.addWidget(plain_label(intro, parent), 1)
    bar.addWidget(button)
    return bar
