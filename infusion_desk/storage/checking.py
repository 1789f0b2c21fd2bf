"""The full check of a folder file: SQLite's integrity check of every table and index, the bytes
of the header SQLite lets pass, and the search index against the records.

Damage SQLite finds is put where it is: in the search index (made from the records, so it can be
rebuilt from them) or in the records' own tables, each named with the index of it that is
damaged when the table's own pages read well. Never writes to the folder file.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from infusion_desk.storage.search_index import index_problems, is_search_table

_INDEX_NAMED = re.compile(r"\bindex (\w+)")


@dataclass(frozen=True)
class DamagedPart:
    """A table of the records whose pages are damaged; ``index``: only this index of it is."""

    table: str
    index: str = ""


@dataclass
class FileCheck:
    problems: list[str] = field(default_factory=list)  # SQLite's own words, for the details
    damaged_parts: list[DamagedPart] = field(default_factory=list)
    search_index: list[str] = field(default_factory=list)  # what is wrong with the index

    @property
    def records_ok(self) -> bool:
        return not self.problems


def check_file(conn: sqlite3.Connection) -> FileCheck:
    """Check the folder file open on ``conn`` (read-only is enough)."""
    lines = _lines(conn, "PRAGMA integrity_check")
    try:
        lines += [f"broken link in {r[0]}" for r in conn.execute("PRAGMA foreign_key_check")]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        lines.append(str(exc))
    if not lines:
        return FileCheck(search_index=_index_problems(conn))
    per_table = _per_table(conn)
    if per_table is not None and per_table and all(is_search_table(t) for t in per_table):
        return FileCheck(search_index=lines)  # only the index's pages: the records read well
    parts = [] if per_table is None else _parts(conn, per_table)
    found = FileCheck(problems=lines, damaged_parts=parts)
    if per_table is not None and not any(is_search_table(t) for t in per_table):
        # The records cannot all be read: check the index only against itself.
        found.search_index = _index_problems(conn, against_records=False)
    return found


def _index_problems(conn: sqlite3.Connection, *, against_records: bool = True) -> list[str]:
    try:
        return index_problems(conn, against_records=against_records)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [str(exc)]


def _lines(conn: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        return [str(r[0]) for r in conn.execute(pragma) if str(r[0]) != "ok"]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # too damaged to finish
        return [str(exc)]


def _per_table(conn: sqlite3.Connection) -> dict[str, list[str]] | None:
    """Each ordinary table whose own check (with its indexes) fails, and what it said; None if
    not even the list of tables can be read."""
    try:
        tables = [str(name) for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return None
    damaged: dict[str, list[str]] = {}
    for table in tables:
        said = _lines(conn, f"PRAGMA integrity_check({_quoted(table)})")
        if said:
            damaged[table] = said
    return damaged


def _parts(conn: sqlite3.Connection, per_table: dict[str, list[str]]) -> list[DamagedPart]:
    """The damaged tables of the records, each with its damaged indexes when the table itself
    reads well (its rows are all there: the index can be made again from them)."""
    parts: list[DamagedPart] = []
    for table, said in per_table.items():
        if is_search_table(table):
            continue
        indexes = {m for line in said for m in _INDEX_NAMED.findall(line)}
        indexes |= _unreadable_indexes(conn, table)
        if indexes and _reads_well(conn, table):
            parts += [DamagedPart(table, index) for index in sorted(indexes)]
        else:
            parts.append(DamagedPart(table))
    return parts


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _reads_well(conn: sqlite3.Connection, table: str) -> bool:
    """Whether every row of ``table`` reads from the table itself (no index used)."""
    try:
        for _row in conn.execute(f"SELECT * FROM {_quoted(table)} NOT INDEXED"):  # noqa: S608
            pass
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False
    return True


def _unreadable_indexes(conn: sqlite3.Connection, table: str) -> set[str]:
    """The indexes of ``table`` whose pages SQLite cannot read through."""
    try:
        names = [str(n) for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,))]
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return set()
    bad: set[str] = set()
    for name in names:
        try:
            first = conn.execute(f"PRAGMA index_info({_quoted(name)})").fetchone()
            if first is None or first[2] is None:
                continue  # an index on an expression: left to the integrity check
            column = _quoted(str(first[2]))
            # Ordered by the index's first column and told to use it: SQLite walks its pages.
            for _row in conn.execute(f"SELECT {column} FROM {_quoted(table)} "  # noqa: S608
                                     f"INDEXED BY {_quoted(name)} ORDER BY {column}"):
                pass
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            bad.add(name)
    return bad
