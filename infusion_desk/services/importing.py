"""Bringing files into a folder: read once, fingerprint, never store the same bytes twice.

Used alike by the window (drops, *Add documents…*, paste) and by ``infusion-desk import``.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from infusion_desk.core.errors import FolderError
from infusion_desk.core.records import Document
from infusion_desk.documents import (
    PdfEngine,
    PreparedDocument,
    collect_files,
    prepare_bytes,
    prepare_file,
)
from infusion_desk.services.folder import Folder

log = logging.getLogger(__name__)


class ImportStatus(enum.Enum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportOutcome:
    name: str  # what the person knows the file by
    status: ImportStatus
    message: str  # one plain sentence
    document: Document | None = None  # the stored document (new, or the one it duplicates)
    path: Path | None = None

    @property
    def ok(self) -> bool:
        return self.status is not ImportStatus.REFUSED


def store_prepared(folder: Folder, prepared: PreparedDocument, name: str,
                   path: Path | None, request_id: int | None) -> ImportOutcome:
    """Store a prepared file as a new document, unless the same bytes are in the folder already
    (then that one is the outcome's document). One transaction."""
    existing = folder.find_document_by_hash(prepared.document.sha256)
    if existing is not None and existing.id is not None:
        trashed = folder.is_trashed(Document, existing.id)
        where = " (in the trash)" if trashed else ""
        if request_id is not None and not trashed:
            folder.ledger.attach_papers(request_id, [existing.id])
        return ImportOutcome(name, ImportStatus.DUPLICATE,
                             f"{name}: already in the folder as “{existing.title}”{where}.",
                             existing, path)
    document = folder.records.add_document(prepared.document, prepared.content(),
                                           pages=prepared.pages,
                                           thumbnail=prepared.thumbnail).value
    if request_id is not None and document.id is not None:
        folder.ledger.attach_papers(request_id, [document.id])
    message = f"{name}: added as “{document.title}”."
    if prepared.note:
        message += f" {prepared.note}"
    log.info("imported document id=%s", document.id)
    return ImportOutcome(name, ImportStatus.IMPORTED, message, document, path)


def import_files(
    folder: Folder,
    paths: Iterable[Path],
    *,
    today: date,
    engine: PdfEngine | None = None,
    request_id: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_outcome: Callable[[ImportOutcome], None] | None = None,
) -> list[ImportOutcome]:
    """Import files and the files inside dropped folders. One outcome per file, in order.

    A refused file never stops the others. With ``request_id`` every file that goes in is also
    attached to that request as "what we sent". ``on_outcome`` hears each outcome as soon as
    it is known (a file that went in, once it is stored), so that an import stopped half-way
    has told what it stored.
    """
    files, refused = collect_files(paths)
    outcomes: list[ImportOutcome] = []
    tell = _teller(outcomes, on_outcome)
    for p, why in refused:
        tell(ImportOutcome(p.name or str(p), ImportStatus.REFUSED, f"{p.name or p}: {why}",
                           None, p))
    own_engine = engine is None
    pdf = PdfEngine() if own_engine else engine
    assert pdf is not None
    try:
        for number, path in enumerate(files, start=1):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(number - 1, len(files), path.name)
            tell(_import_one(folder, path, today=today, engine=pdf, request_id=request_id))
        if progress is not None:
            progress(len(files), len(files), "")
    finally:
        if own_engine:
            pdf.close()
    return outcomes


def _teller(outcomes: list[ImportOutcome], on_outcome: Callable[[ImportOutcome], None] | None
            ) -> Callable[[ImportOutcome], None]:
    def tell(outcome: ImportOutcome) -> None:
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    return tell


def _import_one(folder: Folder, path: Path, *, today: date, engine: PdfEngine,
                request_id: int | None) -> ImportOutcome:
    try:
        prepared = prepare_file(path, today=today, engine=engine)
        return store_prepared(folder, prepared, path.name, path, request_id)
    except FolderError as exc:
        return ImportOutcome(path.name, ImportStatus.REFUSED, f"{path.name}: {exc.message}",
                             None, path)


def import_bytes(
    folder: Folder,
    data: bytes,
    name: str,
    *,
    today: date,
    engine: PdfEngine | None = None,
    request_id: int | None = None,
) -> ImportOutcome:
    """Import bytes that never were a file (a pasted picture)."""
    try:
        prepared = prepare_bytes(data, name, today=today, engine=engine)
        return store_prepared(folder, prepared, name, None, request_id)
    except FolderError as exc:
        return ImportOutcome(name, ImportStatus.REFUSED, f"{name}: {exc.message}")


STATUS_WORDS = {ImportStatus.IMPORTED: "imported", ImportStatus.DUPLICATE: "duplicate",
                ImportStatus.REFUSED: "refused"}


def status_line(outcome: ImportOutcome) -> str:
    """``imported: letter.pdf: added as “Approval letter”.`` (the command line's line)."""
    return f"{STATUS_WORDS[outcome.status]}: {outcome.message}"


def summary_line(outcomes: Sequence[ImportOutcome]) -> str:
    """``3 added, 1 already in the folder, 1 could not be added.``"""
    added = sum(o.status is ImportStatus.IMPORTED for o in outcomes)
    duplicates = sum(o.status is ImportStatus.DUPLICATE for o in outcomes)
    refused = sum(o.status is ImportStatus.REFUSED for o in outcomes)
    parts = [f"{added} added"]
    if duplicates:
        parts.append(f"{duplicates} already in the folder")
    if refused:
        parts.append(f"{refused} could not be added")
    return ", ".join(parts) + "."

