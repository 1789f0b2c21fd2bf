"""What kind of page a stored document shows as, and the scrolling area a page sits in."""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QScrollArea, QWidget

from infusion_desk.core.records import Document


class Shape(enum.Enum):
    """How a stored document can be shown here."""

    PAGES = "pages"  # PDF
    PICTURE = "picture"
    TEXT = "text"  # emails and plain text
    NONE = "none"


def shape_of(document: Document) -> Shape:
    if not document.preview_ok:
        return Shape.NONE
    media = document.media_type
    if media == "application/pdf":
        return Shape.PAGES
    if media.startswith("image/"):
        return Shape.PICTURE
    if media in ("message/rfc822", "text/plain"):
        return Shape.TEXT
    return Shape.NONE


def never_previewed(document: Document) -> bool:
    """Files of a kind this app does not show at all (a spreadsheet), as against files of a
    kind it shows that could not be read (a damaged scan)."""
    media = document.media_type
    return not (media == "application/pdf" or media.startswith("image/")
                or media in ("message/rfc822", "text/plain"))


class PageArea(QScrollArea):
    """The scrolling area the page sits in; tells when its width changes."""

    width_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_width = -1
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            width = self.viewport().width()
            if width != self._last_width:
                self._last_width = width
                self.width_changed.emit()
        return super().eventFilter(watched, event)
