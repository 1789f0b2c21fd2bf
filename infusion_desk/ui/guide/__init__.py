"""*Help > Guide*: the usual steps of getting home infusion covered, what slows them down, the three
questions for when she is stuck, and Medicare's own pages (opened in her browser only on a click).

The window adds the menu entry with :func:`add_guide_action`.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from infusion_desk.ui.guide import guide_text
from infusion_desk.ui.guide.guide_window import FolderSource, GuideWindow, open_in_browser

__all__ = ["GuideWindow", "add_guide_action", "open_in_browser", "show_guide"]

_GUIDE = "guide_window"  # the window's property holding its one guide


def show_guide(window: QWidget, folder: FolderSource) -> GuideWindow:
    """Show the window's guide (made on first use, then brought to the front)."""
    guide = window.findChild(GuideWindow, _GUIDE)
    if guide is None:
        guide = GuideWindow(folder, window)
        guide.setObjectName(_GUIDE)
        guide.resize(guide.sizeHint())
    guide.refresh_folder()
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def add_guide_action(menu: QMenu, window: QWidget, folder: FolderSource) -> QAction:
    """Add *Guide* (F1) to ``menu``; ``folder`` gives the folder open in ``window`` (or None)."""
    action = QAction(guide_text.menu_entry(), window)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.setToolTip(guide_text.menu_tip())
    action.setStatusTip(guide_text.menu_tip())
    action.triggered.connect(lambda _checked=False: show_guide(window, folder))
    menu.addAction(action)
    return action
