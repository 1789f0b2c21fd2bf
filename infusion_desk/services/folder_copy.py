"""A whole folder copied into a new, empty one: a folder file to a folder on a server, or back.

Every record (those in the trash too), the profile and the folder's settings, every document's
bytes (once per fingerprint), its pages (text, words read, where the text came from), the links
between requests and documents, and the deadlines; each record keeps its version, its times and
(where the target lets it: see ``storage.folder_rows``) its id. The text of PDF pages kept only in
the PDF is indexed again on the target, the way that engine keeps it. All of it is written in
one transaction: stopped or failed, the target holds nothing of it.

Afterwards both folders are counted (:func:`tally`) and compared (:class:`CopyComparison`): the
same number of each kind of record, in the trash and out of it, and every document's fingerprint
the same, its bytes in the copy read back and hashed. ``infusion-desk check`` prints the same
tally.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from infusion_desk.core.copy_errors import CopyStoppedError, TargetNotEmptyError
from infusion_desk.core.errors import FolderExistsError
from infusion_desk.core.records import RECORD_TYPES, RecordKind
from infusion_desk.services.folder import Folder
from infusion_desk.services.reading import FolderReading
from infusion_desk.storage import folder_rows
from infusion_desk.storage.store import Store

if TYPE_CHECKING:
    from infusion_desk.storage.address import ServerAddress

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, of)
Cancel = Callable[[], bool]


def _never() -> bool:
    return False


def _store_of(folder: FolderReading) -> Store:
    return folder._store  # noqa: SLF001 - the services' own folder, read below the records


@contextmanager
def _reading(folder: FolderReading) -> Iterator[folder_rows.Connection]:
    with folder_rows.reading(_store_of(folder)) as conn:
        yield conn


# ---------------------------------------------------------------------- counting
@dataclass(frozen=True)
class KindCount:
    live: int
    trashed: int


@dataclass
class FolderTally:
    """How many records of each kind a folder holds (in the trash and not), every document's
    fingerprint by id, and the fingerprints whose bytes no longer match (when they were read)."""

    kinds: dict[RecordKind, KindCount]
    documents: dict[int, str]
    bytes_checked: bool = False
    not_matching: list[str] = field(default_factory=list)


def tally(folder: FolderReading, *, read_bytes: bool = True) -> FolderTally:
    """Count ``folder``; with ``read_bytes``, hash every document's bytes too."""
    with _reading(folder) as conn:
        kinds = {kind: KindCount(folder_rows.count_records(conn, cls, trashed=False),
                                 folder_rows.count_records(conn, cls, trashed=True))
                 for kind, cls in RECORD_TYPES.items()}
        documents = folder_rows.document_hashes(conn)
        bad = folder_rows.blobs_not_matching(conn) if read_bytes else []
    return FolderTally(kinds, documents, read_bytes, bad)


# ---------------------------------------------------------------------- comparing
@dataclass
class CopyComparison:
    """What the copy holds against what was copied. ``ids_kept``: every record has its id;
    ``counts_differ``: (kind, source's, copy's); ``documents_differ``: the titles (in the
    source) of documents missing from the copy or whose fingerprint or bytes differ there;
    ``damaged_in_source``: titles of documents whose bytes were already wrong in the source."""

    source: FolderTally
    copy: FolderTally
    ids_kept: bool
    counts_differ: list[tuple[RecordKind, KindCount, KindCount]] = field(default_factory=list)
    documents_differ: list[str] = field(default_factory=list)
    damaged_in_source: list[str] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not (self.counts_differ or self.documents_differ)


def compare(source: FolderTally, copy: FolderTally, ids: folder_rows.IdMaps,
            titles: Callable[[set[str]], list[str]] | None = None) -> CopyComparison:
    found = CopyComparison(source, copy, ids.kept())
    for kind in RECORD_TYPES:
        if source.kinds[kind] != copy.kinds[kind]:
            found.counts_differ.append((kind, source.kinds[kind], copy.kinds[kind]))
    wrong: set[str] = set()
    for source_id, sha in source.documents.items():
        copy_id = ids.of("documents", source_id)
        if copy_id is None or copy.documents.get(copy_id) != sha or sha in copy.not_matching:
            wrong.add(sha)
    if wrong:
        found.documents_differ = titles(wrong) if titles is not None else sorted(wrong)
    return found


# ---------------------------------------------------------------------- copying
def copy_folder(source: FolderReading, target: Folder, progress: Progress | None = None,
                cancel: Cancel | None = None) -> CopyComparison:
    """Copy everything in ``source`` into ``target``, which must be new and empty (else
    TargetNotEmptyError, and nothing is written); return the comparison of the two.
    ``cancel()`` is asked between batches: once it says True the copy ends with
    CopyStoppedError and the target is left as it was."""
    stop = cancel or _never
    tell = progress or (lambda _done, _of: None)
    with _reading(source) as src, folder_rows.writing(_store_of(target)) as dst:
        if folder_rows.holds_anything(dst):
            raise TargetNotEmptyError(_where(target))
        total = folder_rows.amount(src)
        pdfs = [0]  # the PDFs read again, told after the rows
        done = [0]

        def step(units: int, _what: str) -> None:
            done[0] += units
            tell(min(done[0], total), total + pdfs[0])

        copied = folder_rows.copy_rows(src, dst, step=step, stop=stop)
        damaged = (folder_rows.document_titles(src, set(copied.damaged_in_source))
                   if copied.damaged_in_source else [])
        if stop():
            raise CopyStoppedError
    log.info("copied %d rows and %d documents' bytes into a folder", copied.rows, copied.blobs)

    def reading_pdfs(read: int, of: int) -> None:
        pdfs[0] = of
        tell(total + read, total + of)

    target.upkeep.rebuild_search_index(progress=reading_pdfs)
    with _reading(source) as conn:
        comparison = compare(tally(source, read_bytes=False), tally(target), copied.ids,
                             lambda hashes: folder_rows.document_titles(conn, hashes))
    comparison.damaged_in_source = damaged
    if not comparison.same:
        log.warning("a copy of a folder differs from it: %d counts, %d documents",
                    len(comparison.counts_differ), len(comparison.documents_differ))
    return comparison


def _where(folder: Folder) -> str:
    location = getattr(folder, "location", None)
    if location is not None and hasattr(location, "display"):
        return str(location.display())
    return str(folder.path)


def copying_path(path: Path) -> Path:
    """Where a copy into a new folder file is written before it takes its name."""
    return path.with_name(path.name + ".copying")


def copy_to_file(source: FolderReading, path: Path, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> CopyComparison:
    """Copy ``source`` into a new folder file at ``path`` (which must not exist yet). The file
    is written beside, under another name, and takes its own only once complete."""
    if path.exists():
        raise FolderExistsError(path)
    partial = copying_path(path)
    _remove_file(partial)
    try:
        with Folder.create(partial) as target:
            comparison = copy_folder(source, target, progress, cancel)
        if path.exists():
            raise FolderExistsError(path)
        os.replace(partial, path)
    except BaseException:
        _remove_file(partial)
        raise
    return comparison


def _remove_file(path: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{path}{extra}").unlink(missing_ok=True)


def copy_to_server(source: FolderReading, address: ServerAddress, password: str | None,
                   progress: Progress | None = None, cancel: Cancel | None = None
                   ) -> CopyComparison:
    """Copy ``source`` into the folder ``address`` names on its server: a new folder, made
    there now, or one made before and still empty (anything else: TargetNotEmptyError)."""
    with _shared_target(address, password) as target:
        return copy_folder(source, target, progress, cancel)


def _shared_target(address: ServerAddress, password: str | None) -> Folder:
    from infusion_desk.core.errors import ServerFolderExistsError

    try:
        return Folder.create_shared(address, password)
    except ServerFolderExistsError:  # made before: copied into only if it is still empty
        return Folder.open_shared(address, password)
