"""Pasting into the Documents tab: copied files, or a copied picture (a screenshot, a photo)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage, QPixmap

from infusion_desk.core.i18n import translate
from infusion_desk.ui.documents.dropped import split_urls
from infusion_desk.ui.documents.import_queue import ImportBatch


def nothing_to_paste() -> str:
    return translate("PasteDocuments", "There is no picture or file to paste. Copy a picture or "
                     "a file first, then press Ctrl+V here.")


def pasted_name(when: datetime) -> str:
    """``Pasted picture 2026-11-27 14.05.png`` (no colons: they are not allowed in file names
    on every computer)."""
    return translate("PasteDocuments", "Pasted picture {when}.png").format(
        when=f"{when:%Y-%m-%d %H.%M}")


def pasted_batch(mime: QMimeData | None, when: datetime) -> ImportBatch | None:
    """What a paste brings in: files on this computer first, else a picture; None if nothing."""
    if mime is None:
        return None
    paths, refused = split_urls(mime.urls()) if mime.hasUrls() else ([], [])
    if paths:
        return ImportBatch(tuple(paths), refused=tuple(refused))
    if mime.hasImage():
        data = mime.imageData()
        image = data.toImage() if isinstance(data, QPixmap) else QImage(data)
        if not image.isNull():
            return ImportBatch(pictures=((pasted_name(when), image),))
    if refused:
        return ImportBatch(refused=tuple(refused))
    return None
