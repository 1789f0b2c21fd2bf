"""The app-wide style, applied once at start (:func:`apply_style`): the desktop's own look with
targets of at least 32×32 px, a focus that can always be seen, and text colours that meet WCAG 2.2
AA contrast on the light and the dark palette alike (the system's palette with its short-falling
text colours moved just enough; again whenever the desktop turns light or dark)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from infusion_desk.ui.style.focus_ring import FocusRing
from infusion_desk.ui.style.palette import readable_palette
from infusion_desk.ui.style.targets import MINIMUM, TargetStyle

__all__ = ["MINIMUM", "AppLook", "FocusRing", "TargetStyle", "applied", "apply_style"]

_NAME = "infusion_desk_look"


class AppLook(QObject):
    """The style in place: the target sizes, the focus ring, the readable palette."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_NAME)
        self._app = app
        self._desktop_style = app.style().name()
        app.setStyle(TargetStyle(QStyleFactory.create(self._desktop_style)))
        self.readable_colours()
        self.ring = FocusRing(self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            self._on_style_hints_color_scheme_changed)

    def readable_colours(self, *, again: bool = False) -> None:
        if again:
            QApplication.setPalette(QPalette())  # the desktop's new palette, then made readable
        QApplication.setPalette(readable_palette(QApplication.palette()))

    def _on_style_hints_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.readable_colours(again=True)

    def remove(self) -> None:
        """Back to the desktop's own style and palette (the tests restore the app with it)."""
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(
            self._on_style_hints_color_scheme_changed)
        self.ring.stop()
        self._app.setStyle(QStyleFactory.create(self._desktop_style))
        QApplication.setPalette(QPalette())
        self.setParent(None)
        self.deleteLater()


def applied(app: QApplication) -> AppLook | None:
    return app.findChild(AppLook, _NAME)


def apply_style(app: QApplication) -> AppLook:
    """Put the app's style in place (once: calling it again changes nothing)."""
    return applied(app) or AppLook(app)
