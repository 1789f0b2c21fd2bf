"""What was dropped or pasted: files on this computer to add, and web addresses turned away."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from infusion_desk.core.i18n import translate
from infusion_desk.services.importing import ImportOutcome, ImportStatus


def can_take(mime: QMimeData) -> bool:
    return mime.hasUrls()


def split_urls(urls: Iterable[QUrl]) -> tuple[list[Path], list[ImportOutcome]]:
    """Files on this computer, and one refusal for each other address."""
    paths: list[Path] = []
    refused: list[ImportOutcome] = []
    for url in urls:
        if url.isLocalFile() and url.toLocalFile():
            paths.append(Path(url.toLocalFile()))
            continue
        name = (url.fileName() or url.host() or url.toDisplayString()[:80]
                or translate("DroppedFiles", "A dropped item"))
        refused.append(ImportOutcome(name, ImportStatus.REFUSED, translate(
            "DroppedFiles", "{name}: only files on this computer can be added. Save it to this "
            "computer first (for example in Downloads), then drag it here.").format(name=name)))
    return paths, refused
