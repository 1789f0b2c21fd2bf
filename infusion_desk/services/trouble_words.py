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
from infusion_desk.core.i18n import translate
from infusion_desk.services.reading import CheckReport


def lock_taken_over() -> str:
    return translate("TroubleWords",
                     "The folder was left open by a program that stopped; it is yours now.")

def _table_words(table: str) -> str:
    """What each table of a folder file holds, as she would say it."""
    return {
        "profile": translate("TroubleWords", "the patient's details"),
        "plans": translate("TroubleWords", "insurance plans"),
        "contacts": translate("TroubleWords", "people to call"),
        "steps": translate("TroubleWords", "coverage steps"),
        "documents": translate("TroubleWords", "documents"),
        "document_pages": translate("TroubleWords", "the text of document pages"),
        "blobs": translate("TroubleWords", "the documents' files"),
        "calls": translate("TroubleWords", "calls"),
        "questions": translate("TroubleWords", "questions"),
        "requests": translate("TroubleWords", "requests"),
        "request_documents": translate("TroubleWords", "links between requests and documents"),
        "alembic_version": translate("TroubleWords", "the version record"),
    }.get(table) or translate("TroubleWords", "the table {table}").format(table=table)


def command_line_words(error: FolderError, path: Path | None = None) -> str:
    """The sentence the command line prints for ``error`` (about the folder file ``path``)."""
    where = f' "{path}"' if path is not None else " PATH"
    if isinstance(error, SearchIndexDamagedError) or (
            isinstance(error, FolderFailedCheckError) and error.search_index_only):
        return translate("TroubleWords", "The search index is damaged; your records are fine. "
                                         "Rebuild it with: infusion-desk check{where} "
                                         "--rebuild-index").format(where=where)
    if isinstance(error, FolderFailedCheckError):
        return translate("TroubleWords", "{message} To see what is damaged, run: infusion-desk "
                                         "check{where}").format(message=error.message, where=where)
    if isinstance(error, (BackupPlaceReadOnlyError, BackupDiskFullError)):
        return translate("TroubleWords", "{message} (Give another place with --backups "
                                         "PLACE.)").format(message=error.message)
    if isinstance(error, BackupPlaceMissingError):
        return translate("TroubleWords", "{message} (Or give another place with --backups "
                                         "PLACE.)").format(message=error.message)
    return error.message


def part_words(table: str, index: str = "") -> str:
    """One damaged part of a folder file, in plain words."""
    what = _table_words(table)
    if index:
        return translate("TroubleWords", "A list that helps find {what} quickly is damaged (the "
                                         "index {index}); the {what} themselves read well.").format(
            what=what, index=index)
    return translate("TroubleWords", "The part of the folder file that holds {what} is "
                                     "damaged.").format(what=what)


def check_findings(report: CheckReport) -> list[str]:
    """One plain sentence per thing the check found wrong ([] when all is well)."""
    lines: list[str] = []
    if report.header_problems:
        lines.append(translate("TroubleWords", "The beginning of the folder file (its header) "
                                               "is damaged: {problems}.").format(
            problems="; ".join(report.header_problems)))
    lines += [part_words(table, index) for table, index in report.damaged_parts]
    if report.integrity_problems and not report.damaged_parts:
        lines.append(translate("TroubleWords", "The folder file is damaged: {problems}").format(
            problems="; ".join(report.integrity_problems[:3])))
    if report.search_index_problems:
        lines.append(translate("TroubleWords", "The search index is damaged; your records are "
                                               "fine.")
                     if report.search_index_only
                     else translate("TroubleWords", "The search index is damaged too."))
    lines += [translate("TroubleWords", "This document is damaged (its bytes changed): "
                                        "{title}").format(title=title)
              for title in report.damaged_documents]
    lines += [translate("TroubleWords", "This document's file is missing from the folder: "
                                        "{title}").format(title=title)
              for title in report.missing_documents]
    return lines


class PlainLines(logging.Handler):
    """The terminal's only log handler: known trouble is said once, by ``main``, in one plain
    sentence; the log records behind it (and their tracebacks) are not printed. A lock taken
    over from a program that stopped is one plain line."""

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "lock_taken_over", "") == "folder":
            print(lock_taken_over(), file=sys.stderr)


def terminal_hears_only_plain_lines() -> None:
    """Set up logging for the command line (see :class:`PlainLines`)."""
    root = logging.getLogger()
    if not any(isinstance(h, PlainLines) for h in root.handlers):
        root.addHandler(PlainLines(logging.WARNING))
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)


def os_error_words(exc: OSError) -> str:
    """One plain sentence for a file the system refused, by its error number."""
    name = f"“{exc.filename}”" if exc.filename else translate("TroubleWords", "A file")
    number = exc.errno or 0
    if number == errno.ENOENT:
        words = translate("TroubleWords", "{name} was not found.")
    elif number == errno.EEXIST:
        words = translate("TroubleWords", "{name} is in the way: something with that name is "
                                          "already there.")
    elif number == errno.ENOTDIR:
        words = translate("TroubleWords", "{name} is not a folder (a file with that name is in "
                                          "the way).")
    elif number == errno.EISDIR:
        words = translate("TroubleWords", "{name} is a folder, not a file.")
    elif number in (errno.EACCES, errno.EPERM):
        words = translate("TroubleWords", "{name} may not be opened or changed (no permission).")
    elif number == errno.EROFS:
        words = translate("TroubleWords", "{name} is in a place that cannot be written to "
                                          "(read-only).")
    elif number == errno.ENOSPC:
        words = translate("TroubleWords", "{name} could not be written: the disk is full. Make "
                                          "room, then try again.")
    else:
        return translate("TroubleWords", "{name} could not be used: {why}.").format(
            name=name, why=exc.strerror or exc)
    return words.format(name=name)
