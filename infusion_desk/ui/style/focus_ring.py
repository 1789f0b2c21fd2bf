"""A focus she can always see: one ring (Qt's ``QFocusFrame``, drawn by the app's style) that
follows the keyboard's focus from widget to widget, whatever kind of widget has it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget


class FocusRing(QObject):
    """Moves the ring to each widget that takes the focus (none for a top-level window)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.frame: QFocusFrame | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_app_focus_changed)
        self._on_app_focus_changed(None, app.focusWidget())

    def stop(self) -> None:
        """No ring any more (the style is taken away)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.disconnect(self._on_app_focus_changed)
        self._drop()

    def around(self) -> QWidget | None:
        """The widget the ring is drawn around now."""
        if self.frame is None or not shiboken6.isValid(self.frame):
            return None
        return self.frame.widget()

    def _drop(self) -> None:
        if self.frame is not None and shiboken6.isValid(self.frame):
            self.frame.hide()
            self.frame.deleteLater()  # made again beside the next widget: it lives in its parent
        self.frame = None

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._drop()
        if (new is None or new.isWindow() or new.parentWidget() is None
                or new.focusPolicy() == Qt.FocusPolicy.NoFocus):
            return
        self.frame = QFocusFrame(new)
        self.frame.setObjectName("qt_focus_ring")  # part of the window, named by Qt's own prefix
        self.frame.setWidget(new)
