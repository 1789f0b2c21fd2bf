"""Turn what was dropped (files and folders) into the list of files to add."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from infusion_desk.documents.errors import DocumentRefusedError
from infusion_desk.documents.reading import refusal_for_os_error, refuse_unless_keepable

# Files that operating systems leave in folders; nobody dropped them on purpose.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r"})
_FILE_ATTRIBUTE_HIDDEN = 0x2


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files to add, and the ones refused with a plain reason each.

    Folders are opened recursively, in name order (``scan 2`` before ``scan 10``), skipping hidden
    and system files; a folder reached twice through links is walked once. A file named more
    than once is listed once. Files dropped one by one are kept even when hidden.
    """
    collector = _Collector()
    for path in paths:
        collector.add(path)
    return collector.files, collector.refused


class _Collector:
    def __init__(self) -> None:
        self.files: list[Path] = []
        self.refused: list[tuple[Path, str]] = []
        self._seen_files: set[tuple[int, int] | str] = set()
        self._seen_folders: set[tuple[int, int] | str] = set()

    def add(self, path: Path) -> None:
        # A stack instead of recursion: a very deep tree must not exhaust Python's stack.
        pending = [path]
        while pending:
            pending.extend(reversed(self._visit(pending.pop())))

    def _visit(self, path: Path) -> list[Path]:
        """Record ``path``; return the entries of a folder still to visit, in order."""
        try:
            status = path.stat()
        except OSError as exc:
            self._refuse(path, refusal_for_os_error(path, exc))
            return []
        identity = _identity(path, status)
        if stat.S_ISDIR(status.st_mode):
            if identity in self._seen_folders:
                return []  # a link back into a folder already being added
            self._seen_folders.add(identity)
            return self._entries(path)
        try:
            refuse_unless_keepable(path, status)
        except DocumentRefusedError as refusal:
            self._refuse(path, refusal)
            return []
        if identity not in self._seen_files:
            self._seen_files.add(identity)
            self.files.append(path)
        return []

    def _entries(self, folder: Path) -> list[Path]:
        try:
            with os.scandir(folder) as scan:
                entries = [entry for entry in scan if not _is_hidden(entry)]
        except OSError as exc:
            self._refuse(folder, refusal_for_os_error(folder, exc))
            return []
        entries.sort(key=lambda entry: _natural_key(entry.name))
        return [folder / entry.name for entry in entries]

    def _refuse(self, path: Path, refusal: DocumentRefusedError) -> None:
        self.refused.append((path, refusal.message))


def _identity(path: Path, status: os.stat_result) -> tuple[int, int] | str:
    """What makes two paths the same file: the inode, or the real path where there is none."""
    if status.st_ino:
        return (status.st_dev, status.st_ino)
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def _is_hidden(entry: os.DirEntry[str]) -> bool:
    name = entry.name
    if name.startswith((".", "~$")) or name.lower() in _SYSTEM_FILES:
        return True
    if os.name != "nt":
        return False
    try:
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attributes & _FILE_ATTRIBUTE_HIDDEN)


def _natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    parts = re.split(r"(\d+)", name.casefold())
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts if part)
