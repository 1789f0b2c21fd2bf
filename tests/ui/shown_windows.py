"""Finding the window a click opened, as she would see it: the one window of that kind on screen."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

WindowT = TypeVar("WindowT", bound=QWidget)


def shown_windows(kind: type[WindowT]) -> list[WindowT]:
    """Every window of ``kind`` on screen now."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def shown_window(kind: type[WindowT]) -> WindowT:
    """The one window of ``kind`` on screen (fails if there is none, or more than one)."""
    windows = shown_windows(kind)
    assert len(windows) == 1, f"expected one {kind.__name__} on screen, found {len(windows)}"
    return windows[0]
