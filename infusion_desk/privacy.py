"""Private by default: files only this user may read, and a log that holds no personal text.

Every file the app writes holds health information (a folder file, a backup, an export, the log),
so on POSIX each is created readable and writable by its owner only (0600), before any byte is
written, and each directory the app makes for them can be entered by its owner only (0700).
Programs that create files themselves are handed an empty private file to fill in: SQLite keeps
its mode, and gives its ``-wal``, ``-shm`` and journal files the same mode as the database.

The log keeps ids, counts and the names of kinds of trouble. A traceback in it lists where the
code was (file, line, function, source line) and the type of each exception, with an ``OSError``'s
errno or SQLite's error code, never an exception's text: that text often carries a path, a
typed word or a record's text.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import logging.handlers
import os
import sqlite3
import traceback
from io import BufferedWriter, TextIOWrapper
from pathlib import Path
from types import TracebackType
from typing import Any

FILE_MODE = 0o600
DIR_MODE = 0o700
_POSIX = os.name == "posix"


# ---------------------------------------------------------------------------------- files
def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for :func:`open`: a new file is made 0600, and so is an older one reused."""
    descriptor = os.open(path, flags | getattr(os, "O_BINARY", 0), FILE_MODE)
    if _POSIX:
        with contextlib.suppress(OSError):  # (a FAT stick has no modes, and says so)
            os.fchmod(descriptor, FILE_MODE)
    return descriptor


def open_private(path: Path) -> BufferedWriter:
    """``open(path, "wb")`` for a file only this user may read."""
    return open(path, "wb", opener=private_opener)  # noqa: SIM115 - the caller closes it


def create_private_file(path: Path) -> Path:
    """An empty new file at ``path`` only this user may read, for SQLite (or another program)
    to fill in; FileExistsError if something is there already."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    os.close(private_opener(str(path), flags))
    return path


def make_private_dir(path: Path, *, tighten: bool = True) -> Path:
    """Make ``path`` and any missing parents, each 0700.

    With ``tighten`` an existing ``path`` is made 0700 too (the app's own directories: its data
    folder, a folder's Backups); parents that were there already are never changed.
    """
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for directory in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            directory.mkdir(mode=DIR_MODE)
            _chmod(directory, DIR_MODE)
    if tighten and not missing:
        _chmod(path, DIR_MODE)
    if not path.is_dir():
        raise FileExistsError(errno.EEXIST, "not a directory", str(path))
    return path


def make_private(path: Path) -> None:
    """Make an existing file 0600 (one written by a library that cannot be given an opener)."""
    _chmod(path, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    if _POSIX:
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


# ---------------------------------------------------------------------------------- the log
class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """The app's log file, rotated, each file 0600 in a 0700 folder."""

    def __init__(self, path: Path, *, max_bytes: int = 1_000_000, backups: int = 3) -> None:
        make_private_dir(path.parent)
        for older in path.parent.glob(path.name + "*"):  # written by an older version, maybe
            make_private(older)
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def _open(self) -> TextIOWrapper:
        return open(self.baseFilename, "a", encoding=self.encoding, errors=self.errors,
                    opener=private_opener)


class PrivateFormatter(logging.Formatter):
    """Formats tracebacks without the text of any exception (see :func:`traceback_lines`)."""

    def format(self, record: logging.LogRecord) -> str:
        # Never a traceback another handler formatted and left on the record: it may hold an
        # exception's text.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        _kind, value, tb = ei
        if value is None:
            return ""
        return "".join(traceback_lines(value, tb)).rstrip("\n")

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging's name
        return stack_info  # (where the code was: no values)


def traceback_lines(error: BaseException, tb: TracebackType | None = None) -> list[str]:
    """A traceback of ``error`` and the errors it came from, with no exception's text."""
    lines: list[str] = []
    seen: set[int] = set()
    chain: list[tuple[BaseException, str]] = []
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "which was caused by:\n"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "which happened while handling:\n"
        else:
            current = None
    for index, (one, how) in enumerate(chain):
        lines.append(how)
        lines.append("Traceback (most recent call last):\n")
        frames = traceback.extract_tb(tb if index == 0 and tb is not None else one.__traceback__)
        for frame in frames:
            lines.append(f'  File "{_code_path(frame.filename)}", line {frame.lineno}, '
                         f"in {frame.name}\n")
            if frame.line:
                lines.append(f"    {frame.line.strip()}\n")
        lines.append(describe_error(one) + "\n")
    return lines


def describe_error(error: BaseException) -> str:
    """The type of ``error`` and its code (errno, SQLite's error name), never its text."""
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ == "builtins" else \
        f"{kind.__module__}.{kind.__qualname__}"
    codes: list[str] = []
    if isinstance(error, OSError) and error.errno is not None:
        codes.append(f"errno {errno.errorcode.get(error.errno, error.errno)}")
    for candidate in (error, getattr(error, "orig", None)):  # (SQLAlchemy wraps sqlite3's)
        if isinstance(candidate, sqlite3.Error):
            code = getattr(candidate, "sqlite_errorname", None)
            if code:
                codes.append(str(code))
            if candidate is not error:
                codes.append(f"from {type(candidate).__module__}.{type(candidate).__qualname__}")
    return f"{name} ({', '.join(codes)})" if codes else name


def _code_path(filename: str) -> str:
    """Where the code is, from its package down (the folders above can hold a user's name)."""
    parts = Path(filename).parts
    for anchor in ("infusion_desk", "site-packages", "dist-packages"):
        if anchor in parts:
            at = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[at if anchor == "infusion_desk" else at + 1:])
    return Path(filename).name
