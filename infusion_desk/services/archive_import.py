"""Adding the files inside a ZIP archive kept in the folder, when she asks: each PDF and picture
in it becomes a document of its own; the archive itself stays as it was added."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from io import BytesIO

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate_marked
from infusion_desk.core.records import Document
from infusion_desk.documents import PdfEngine, prepare_bytes
from infusion_desk.documents.archives import Member, archive_members, list_archive
from infusion_desk.documents.sniff import Family, sniff
from infusion_desk.services.folder import Folder
from infusion_desk.services.importing import ImportOutcome, ImportStatus, store_prepared

log = logging.getLogger(__name__)

ARCHIVE_MEDIA_TYPE = "application/zip"
# What is taken out of an archive: the letters and scans she can see here.
TAKEN_OUT = frozenset({Family.PDF, Family.IMAGE, Family.HEIF})
LEFT_INSIDE = QT_TRANSLATE_NOOP("ArchiveImport", "{name}: only PDFs and pictures are added from "
                                "an archive, so this file stays inside it.")
NOT_AN_ARCHIVE = QT_TRANSLATE_NOOP("ArchiveImport", "This document is not a ZIP archive, so there "
                                   "are no files inside to add.")
UNREADABLE = QT_TRANSLATE_NOOP("ArchiveImport", "This ZIP archive could not be read, so nothing "
                               "could be taken out of it. It is still kept in the folder as it "
                               "was added.")


def is_archive(document: Document) -> bool:
    """Whether ``document`` is a ZIP archive whose files can be added."""
    return document.media_type == ARCHIVE_MEDIA_TYPE and document.preview_ok


def add_files_inside(
    folder: Folder,
    document_id: int,
    *,
    today: date,
    engine: PdfEngine | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_outcome: Callable[[ImportOutcome], None] | None = None,
) -> list[ImportOutcome]:
    """Add each PDF and picture inside the ZIP archive ``document_id`` as a document of its own,
    one transaction each (one already in the folder is not added twice). One outcome per file
    inside, in the archive's order, each told to ``on_outcome`` as soon as it is known; other
    files are listed as staying inside. Raises FolderError if the archive is gone, is not a ZIP
    archive or cannot be read."""
    archive = folder.get(Document, document_id)
    if archive.media_type != ARCHIVE_MEDIA_TYPE:
        raise FolderError(translate_marked("ArchiveImport", NOT_AN_ARCHIVE))
    data = BytesIO(folder.document_bytes(document_id))
    listing = list_archive(data)
    if listing is None:
        raise FolderError(translate_marked("ArchiveImport", UNREADABLE))
    outcomes: list[ImportOutcome] = []
    own_engine = engine is None
    pdf = PdfEngine() if own_engine else engine
    assert pdf is not None
    total = len(listing.names)
    try:
        for number, member in enumerate(archive_members(data), start=1):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(number - 1, total, member.name)
            outcome = _add_member(folder, member, today=today, engine=pdf)
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
        if progress is not None:
            progress(total, total, "")
    finally:
        if own_engine:
            pdf.close()
    log.info("added the files inside document id=%s: %d of %d", document_id,
             sum(o.status is ImportStatus.IMPORTED for o in outcomes), total)
    return outcomes


def _add_member(folder: Folder, member: Member, *, today: date,
                engine: PdfEngine) -> ImportOutcome:
    name = member.name
    if member.refusal:
        return ImportOutcome(name, ImportStatus.REFUSED, member.refusal)
    if sniff(member.data, name).family not in TAKEN_OUT:
        left = translate_marked("ArchiveImport", LEFT_INSIDE).format(name=name)
        return ImportOutcome(name, ImportStatus.REFUSED, left)
    try:
        prepared = prepare_bytes(member.data, name, today=today, engine=engine)
        return store_prepared(folder, prepared, name, None, None)
    except FolderError as exc:
        return ImportOutcome(name, ImportStatus.REFUSED, f"{name}: {exc.message}")
