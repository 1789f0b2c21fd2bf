"""Checking a folder file before it is opened: its header, and SQLite's ``PRAGMA quick_check``
within a time limit (telling damage that is all in the search index apart from the rest)."""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from infusion_desk.storage.search_index import is_search_table
from infusion_desk.storage.sqlite_files import connect_reading

log = logging.getLogger(__name__)


QUICK_CHECK_SECONDS = 5.0


@dataclass(frozen=True)
class QuickCheck:
    """What ``PRAGMA quick_check`` said. ``complete`` is False when the file was too slow to read
    in full (a very large folder on a slow stick): then every table except the document bytes
    was checked, and those are checked against their fingerprints by the full check.
    ``search_index_only``: the damage is all in the search index's own tables (the records are
    sound, and rebuilding the index from them repairs the file)."""

    problems: list[str] = field(default_factory=list)
    complete: bool = True
    search_index_only: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


_INTERRUPTED = 9  # SQLITE_INTERRUPT: the progress handler stopped the check


def header_problems(path: Path) -> list[str]:
    """What is wrong in the first 100 bytes of a folder file that SQLite itself lets pass (a
    flipped bit there makes the file read-only, or its text read wrongly)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return [f"the header could not be read: {exc.strerror or exc}"]
    if len(header) < 100:
        return ["the header is cut short"]
    problems = []
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        problems.append(f"header bytes 18-19 (file format {header[18]}, {header[19]}) are wrong")
    if int.from_bytes(header[44:48], "big") not in (1, 2, 3, 4):
        problems.append("header bytes 44-47 (schema format) are wrong")
    if int.from_bytes(header[56:60], "big") != 1:
        problems.append("header bytes 56-59 (text encoding) are not UTF-8")
    if int.from_bytes(header[64:68], "big") not in (0, 1):
        problems.append("header bytes 64-67 (incremental vacuum) are wrong")
    if any(header[72:92]):
        problems.append("header bytes 72-91 (reserved, always zero) are not zero")
    return problems


def header_check(path: Path) -> QuickCheck:
    """The check made on opening when the whole file is checked later: the bytes of the header
    SQLite does not check (its schema was read by :func:`inspect_file`). ``complete`` is False:
    the pages themselves are not read."""
    return QuickCheck(header_problems(path), complete=False)


def quick_check(path: Path, *, seconds: float = QUICK_CHECK_SECONDS) -> QuickCheck:
    """SQLite's quick check of the whole file, within about ``seconds``, and of the bytes of its
    header that SQLite does not check; never changes it."""
    header = header_problems(path)
    try:
        conn = connect_reading(path, fold_in_log=False)
    except sqlite3.Error as exc:
        return QuickCheck([*header, str(exc)])
    try:
        found = _quick_check(conn, seconds)
        if found.ok:
            return replace(found, problems=header)
        return replace(found, problems=header + found.problems,
                       search_index_only=not header and _damage_is_in_search_index(conn, seconds))
    finally:
        conn.close()


def _quick_check(conn: sqlite3.Connection, seconds: float) -> QuickCheck:
    try:
        deadline = time.monotonic() + seconds
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1_000)
        try:
            return QuickCheck(_problems(conn.execute("PRAGMA quick_check").fetchall()))
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", None) != _INTERRUPTED:
                return QuickCheck([str(exc)])
        conn.set_progress_handler(None, 0)
        log.info("the quick check ran out of time; checking the records only")
        problems: list[str] = []
        for table in _ordinary_tables(conn):
            if table != "blobs":
                problems += _problems(conn.execute(f"PRAGMA quick_check({_quoted(table)})")
                                      .fetchall())
        return QuickCheck(problems, complete=False)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return QuickCheck([str(exc)])
    finally:
        conn.set_progress_handler(None, 0)


def _damage_is_in_search_index(conn: sqlite3.Connection, seconds: float) -> bool:
    """Whether every table whose own check fails is one of the search index's (each table is
    checked alone, with its indexes); False when that cannot be told in time."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1_000)
    damaged: list[str] = []
    try:
        for table in _ordinary_tables(conn):
            try:
                rows = conn.execute(f"PRAGMA quick_check({_quoted(table)})").fetchall()
            except sqlite3.OperationalError as exc:
                if getattr(exc, "sqlite_errorcode", None) == _INTERRUPTED:
                    return False
                rows = [(str(exc),)]
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
                rows = [(str(exc),)]
            if _problems(rows):
                damaged.append(table)
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False  # not even the list of tables can be read
    finally:
        conn.set_progress_handler(None, 0)
    return bool(damaged) and all(is_search_table(table) for table in damaged)


def _ordinary_tables(conn: sqlite3.Connection) -> list[str]:
    return [str(name) for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'").fetchall()]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _problems(rows: list[tuple[object, ...]]) -> list[str]:
    return [str(r[0]) for r in rows if str(r[0]) != "ok"]
