"""Plain words for what went wrong and for what a check found, chosen by the type of the error
(never by matching its English), for the command line and the window alike.

Each :class:`~infusion_desk.core.errors.FolderError` carries one sentence that fits anywhere; the
command line says a few of them its own way, naming the command that helps instead of a menu.
"""

from __future__ import annotations

import errno
import logging
import sys
from pathlib import Path

from infusion_desk.core.errors import (
    BackupDiskFullError,
    BackupPlaceMissingError,
    BackupPlaceReadOnlyError,
    FolderError,
    FolderFailedCheckError,
    SearchIndexDamagedError,
)
from infusion_desk.services.reading import CheckReport

LOCK_TAKEN_OVER = "The folder was left open by a program that stopped; it is yours now."

# What each table of a folder file holds, as she would say it.
_TABLES = {
    "profile": "the patient's details",
    "plans": "insurance plans",
    "contacts": "people to call",
    "steps": "coverage steps",
    "documents": "documents",
    "document_pages": "the text of document pages",
    "blobs": "the documents' files",
    "calls": "calls",
    "questions": "questions",
    "requests": "requests",
    "request_documents": "links between requests and documents",
    "alembic_version": "the version record",
}


def command_line_words(error: FolderError, path: Path | None = None) -> str:
    """The sentence the command line prints for ``error`` (about the folder file ``path``)."""
    where = f' "{path}"' if path is not None else " PATH"
    if isinstance(error, SearchIndexDamagedError) or (
            isinstance(error, FolderFailedCheckError) and error.search_index_only):
        return ("The search index is damaged; your records are fine. Rebuild it with: "
                f"infusion-desk check{where} --rebuild-index")
    if isinstance(error, FolderFailedCheckError):
        return (f"{error.message} To see what is damaged, run: infusion-desk check{where}")
    if isinstance(error, (BackupPlaceReadOnlyError, BackupDiskFullError)):
        return f"{error.message} (Give another place with --backups PLACE.)"
    if isinstance(error, BackupPlaceMissingError):
        return f"{error.message} (Or give another place with --backups PLACE.)"
    return error.message


def part_words(table: str, index: str = "") -> str:
    """One damaged part of a folder file, in plain words."""
    what = _TABLES.get(table, f"the table {table}")
    if index:
        return (f"A list that helps find {what} quickly is damaged (the index {index}); "
                f"the {what} themselves read well.")
    return f"The part of the folder file that holds {what} is damaged."


def check_findings(report: CheckReport) -> list[str]:
    """One plain sentence per thing the check found wrong ([] when all is well)."""
    lines: list[str] = []
    if report.header_problems:
        lines.append("The beginning of the folder file (its header) is damaged: "
                     + "; ".join(report.header_problems) + ".")
    lines += [part_words(table, index) for table, index in report.damaged_parts]
    if report.integrity_problems and not report.damaged_parts:
        lines.append("The folder file is damaged: " + "; ".join(report.integrity_problems[:3]))
    if report.search_index_problems:
        lines.append("The search index is damaged; your records are fine."
                     if report.search_index_only else "The search index is damaged too.")
    lines += [f"This document is damaged (its bytes changed): {title}"
              for title in report.damaged_documents]
    lines += [f"This document's file is missing from the folder: {title}"
              for title in report.missing_documents]
    return lines


class PlainLines(logging.Handler):
    """The terminal's only log handler: known trouble is said once, by ``main``, in one plain
    sentence; the log records behind it (and their tracebacks) are not printed. A lock taken
    over from a program that stopped is one plain line."""

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "lock_taken_over", "") == "folder":
            print(LOCK_TAKEN_OVER, file=sys.stderr)


def terminal_hears_only_plain_lines() -> None:
    """Set up logging for the command line (see :class:`PlainLines`)."""
    root = logging.getLogger()
    if not any(isinstance(h, PlainLines) for h in root.handlers):
        root.addHandler(PlainLines(logging.WARNING))
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)


def os_error_words(exc: OSError) -> str:
    """One plain sentence for a file the system refused, by its error number."""
    name = f"“{exc.filename}”" if exc.filename else "A file"
    words = {
        errno.ENOENT: f"{name} was not found.",
        errno.EEXIST: f"{name} is in the way: something with that name is already there.",
        errno.ENOTDIR: f"{name} is not a folder (a file with that name is in the way).",
        errno.EISDIR: f"{name} is a folder, not a file.",
        errno.EACCES: f"{name} may not be opened or changed (no permission).",
        errno.EPERM: f"{name} may not be opened or changed (no permission).",
        errno.EROFS: f"{name} is in a place that cannot be written to (read-only).",
        errno.ENOSPC: f"{name} could not be written: the disk is full. Make room, then "
                      "try again.",
    }
    return words.get(exc.errno or 0, f"{name} could not be used: {exc.strerror or exc}.")
