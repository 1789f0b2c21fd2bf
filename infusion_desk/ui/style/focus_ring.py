"""A focus she can always see: a ring on the edge of whatever widget has the keyboard's focus, in
a colour that stands out from the window, moved from widget to widget as the focus moves.

The ring is a small see-through widget laid over the focused one (a child of it, so it moves,
hides and is clipped with it, and never catches a click). Qt's own ``QFocusFrame`` was tried first:
it lives in the window or a scroll area's viewport and lost its place when lists scrolled.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from infusion_desk.ui.style.targets import FOCUS_WIDTH, paint_ring


class RingOverlay(QWidget):
    """The ring itself, over ``target``'s whole rectangle."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("qt_focus_ring")  # part of its widget, named with Qt's own prefix
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Asked only of the target's events; read from Qt, not from Python attributes, as it can
        # be asked while either of them is being taken apart.
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        target = self.parentWidget()
        painter = QPainter(self)
        paint_ring(painter, self.rect(), (target or self).palette(), FOCUS_WIDTH)
        painter.end()


class FocusRing(QObject):
    """Puts the ring on each widget that takes the focus (none on a window itself)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.frame: RingOverlay | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_app_focus_changed)
        self._on_app_focus_changed(None, app.focusWidget())

    def around(self) -> QWidget | None:
        """The widget the ring is on now."""
        if self.frame is None or not shiboken6.isValid(self.frame):
            return None
        return self.frame.parentWidget()

    def stop(self) -> None:
        """No ring any more (the style is taken away)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.disconnect(self._on_app_focus_changed)
        self._drop()

    def _drop(self) -> None:
        if self.frame is not None and shiboken6.isValid(self.frame):
            self.frame.hide()
            self.frame.deleteLater()
        self.frame = None

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._drop()
        if new is None or new.isWindow() or new.focusPolicy() == Qt.FocusPolicy.NoFocus:
            return
        self.frame = RingOverlay(new)
