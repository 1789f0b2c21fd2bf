"""What kind of page a stored document shows as, and the scrolling area a page sits in."""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QScrollArea, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document


class Shape(enum.Enum):
    """How a stored document can be shown here."""

    PAGES = "pages"  # PDF
    PICTURE = "picture"
    TEXT = "text"  # emails and plain text
    ARCHIVE = "archive"  # a ZIP archive: the list of the files inside
    NONE = "none"


ARCHIVE_MEDIA_TYPE = "application/zip"
ARCHIVE_NAMES_SHOWN = 30


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
    if media == ARCHIVE_MEDIA_TYPE:
        return Shape.ARCHIVE
    return Shape.NONE


def printable(document: Document) -> bool:
    return shape_of(document) in (Shape.PAGES, Shape.PICTURE, Shape.TEXT)


def note_for(document: Document, not_previewable: str, could_not_preview: str) -> str:
    """The note shown instead of a page: an archive's files; else why there is no page."""
    if shape_of(document) is Shape.ARCHIVE:
        return archive_note(document)
    return not_previewable if never_previewed(document) else could_not_preview


def archive_note(document: Document) -> str:
    """What a ZIP archive shows instead of a page: "ZIP archive, 3 files", their names, and how
    to add the PDFs and pictures inside."""
    lines = document.text.splitlines()
    names = [line for line in lines[1:] if line.strip()]
    shown = names[:ARCHIVE_NAMES_SHOWN]
    if len(names) > len(shown):
        shown.append(translate("DocumentPreview", "… and {count} more").format(
            count=len(names) - len(shown)))
    hint = translate(
        "DocumentPreview", "To add the PDFs and pictures inside as documents of their own, "
        "choose “Add the files inside”.")
    return "\n".join([lines[0] if lines else "", "", *shown, "", hint]).strip()


def never_previewed(document: Document) -> bool:
    """Files of a kind this app does not show at all (a spreadsheet), as against files of a
    kind it shows that could not be read (a damaged scan)."""
    media = document.media_type
    return not (media == "application/pdf" or media.startswith("image/")
                or media in ("message/rfc822", "text/plain", ARCHIVE_MEDIA_TYPE))


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
